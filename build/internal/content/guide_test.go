package content

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/connectwell/connectwell/build/internal/testtree"
	"github.com/connectwell/connectwell/wasm/rules"
)

// The real guide, as the build loads it.
func loadGuide(t *testing.T) *Site {
	t.Helper()
	s, err := Load("../../../content", "")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The guide shows enough example notes. Loading it already proves each one:
// the build fails when a good example is not ready or a bad one does not
// trip its rule (see judgeExample).
func TestGuideExamples(t *testing.T) {
	s := loadGuide(t)
	n := 0
	for _, p := range s.Pages {
		n += len(p.Examples)
	}
	if n < 20 {
		t.Errorf("the guide shows %d example notes; expected at least 20", n)
	}
}

// Filled with its sample, each template is ready for the relationship it is
// written for and fits the account's limit; left unfilled, it trips the
// placeholder rule.
func TestTemplates(t *testing.T) {
	s := loadGuide(t)
	if len(s.Templates) < 14 {
		t.Errorf("%d templates; the library promises at least 14", len(s.Templates))
	}
	for _, tpl := range s.Templates {
		t.Run(tpl.ID, func(t *testing.T) {
			filled := tpl.Fill(tpl.Sample)
			r := rules.Check(filled, tpl.Options(tpl.Sample))
			if r.Verdict != rules.Ready {
				t.Errorf("filled template is %s: %s\n%s", r.Verdict, findings(r), filled)
			}
			if r.Length > r.Limit {
				t.Errorf("filled template is %d characters, over the %s limit of %d", r.Length, r.Account, r.Limit)
			}
			if len(tpl.Blanks()) == 0 {
				t.Fatal("template has no blanks")
			}
			if u := rules.Check(tpl.Text, tpl.Options(nil)); !has(u, "placeholder") {
				t.Errorf("unfilled template does not trip placeholder (found: %s)", findings(u))
			}
		})
	}
}

// Every rule's guide link lands on a page of the guide; the build's link
// check then proves the anchor exists.
func TestRuleGuideLinks(t *testing.T) {
	s := loadGuide(t)
	urls := map[string]bool{}
	for _, p := range s.Pages {
		urls[p.URL] = true
	}
	for _, r := range rules.Catalog() {
		page, anchor, ok := strings.Cut(r.Guide, "#")
		if !ok || anchor == "" || !urls[page] {
			t.Errorf("rule %s links to %s, which is not a section of a guide page", r.ID, r.Guide)
		}
	}
}

func has(r rules.Report, rule string) bool {
	for _, f := range r.Findings {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

func findings(r rules.Report) string {
	var s []string
	for _, f := range r.Findings {
		s = append(s, f.Rule+" ("+string(f.Severity)+": "+f.Message+")")
	}
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, "; ")
}

// The platform's limits (ADVICE.md D4, the monthly notes of a free account,
// and D5, the limits on invitations) are advice the guide must teach: the
// ids are in advice.yaml, some page covers each, and a guide in which no
// page covers one fails to load, naming the id.
func TestPlatformLimitsTaught(t *testing.T) {
	s := loadGuide(t)
	for _, id := range []string{"D4", "D5"} {
		t.Run(id, func(t *testing.T) {
			if !slices.ContainsFunc(s.Advice, func(a Advice) bool { return a.ID == id }) {
				t.Fatalf("content/advice.yaml has no %s", id)
			}
			dir := filepath.Join(t.TempDir(), "content")
			testtree.Copy(t, "../../../content", dir)
			taught := 0
			for _, p := range s.Pages {
				if !slices.Contains(p.Covers, id) {
					continue
				}
				taught++
				file := filepath.Join(dir, filepath.FromSlash(p.Rel))
				line := "covers: [" + strings.Join(p.Covers, ", ") + "]"
				testtree.Edit(t, file, line, "covers: ["+strings.Join(slices.DeleteFunc(slices.Clone(p.Covers), func(c string) bool { return c == id }), ", ")+"]")
			}
			if taught == 0 {
				t.Fatalf("no page covers %s", id)
			}
			_, err := Load(dir, "")
			if want := "advice " + id + " is taught by no page"; err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("with no page covering %s, Load says %v; want an error containing %q", id, err, want)
			}
		})
	}
}
