package content

import (
	"strconv"
	"strings"
	"testing"

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

// Every example note the guide shows as good passes the checker as ready,
// and every one it shows as bad trips the rule it illustrates.
func TestGuideExamples(t *testing.T) {
	s := loadGuide(t)
	n := 0
	for _, p := range s.Pages {
		for _, ex := range p.Examples {
			n++
			r := rules.Check(ex.Message, ex.Options())
			where := p.File + ":" + strconv.Itoa(ex.Line)
			if ex.Good {
				if r.Verdict != rules.Ready {
					t.Errorf("%s: good example is %s: %s\n%s", where, r.Verdict, findings(r), ex.Message)
				}
				continue
			}
			if !has(r, ex.Rule) {
				t.Errorf("%s: bad example does not trip %s (found: %s)\n%s", where, ex.Rule, findings(r), ex.Message)
			}
		}
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
