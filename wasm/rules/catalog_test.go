package rules

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// designIDs are the rule ids DESIGN.md promises, with their severities.
var designIDs = []struct {
	id  string
	sev Severity
}{
	{"default-message", Error},
	{"too-long", Error},
	{"placeholder", Error},
	{"wrong-name", Error},
	{"too-personal", Error},
	{"sales-pitch", Warning},
	{"job-ask", Warning},
	{"vague-compliment", Warning},
	{"no-reason", Warning},
	{"generic-salutation", Warning},
	{"link", Warning},
	{"never", Suggestion},
	{"no-greeting", Suggestion},
	{"no-introduction", Suggestion},
	{"no-common-ground", Suggestion},
	{"closed-question", Suggestion},
	{"shouting", Suggestion},
}

// TestExamples runs every catalog example, like ESLint's RuleTester: each bad
// note must produce a finding of its rule that highlights exactly the words
// the example names, each good note must not.
func TestExamples(t *testing.T) {
	for _, r := range Catalog() {
		for i, ex := range r.Bad {
			t.Run(r.ID+"/bad/"+strconv.Itoa(i), func(t *testing.T) {
				rep := Check(ex.Note, ex.Options)
				f := findRule(rep, r.ID)
				if f == nil {
					t.Fatalf("no %s finding for %q (%+v)\n%s", r.ID, ex.Note, ex.Options, describe(rep))
				}
				got := spanTexts(ex.Note, f)
				if f.HasSpan() && len(ex.Flag) == 0 {
					t.Fatalf("the example must name the words its finding highlights: Flag: %#v", got)
				}
				if !slices.Equal(got, ex.Flag) {
					t.Errorf("%q: the finding highlights %#v, want %#v", ex.Note, got, ex.Flag)
				}
			})
		}
		for i, ex := range r.Good {
			t.Run(r.ID+"/good/"+strconv.Itoa(i), func(t *testing.T) {
				rep := Check(ex.Note, ex.Options)
				if hasRule(rep, r.ID) {
					t.Errorf("unexpected %s finding for %q (%+v)\n%s", r.ID, ex.Note, ex.Options, describe(rep))
				}
			})
		}
	}
}

// TestFirstGoodExampleIsReady checks the example the rules page shows as the
// good one: it must be a note ready to send, not merely one that avoids the rule.
func TestFirstGoodExampleIsReady(t *testing.T) {
	for _, r := range Catalog() {
		ex := r.Good[0]
		rep := Check(ex.Note, ex.Options)
		if rep.Verdict != Ready || len(rep.Findings) > 0 {
			t.Errorf("%s: first good example is %s with findings:\n%s", r.ID, rep.Verdict, describe(rep))
		}
	}
}

var adviceID = regexp.MustCompile(`^[A-E][0-9]+$`)

func TestCatalogComplete(t *testing.T) {
	if len(docs) != len(catalog) {
		t.Fatalf("%d rules but %d documentation entries: catalog.go's two lists must match", len(catalog), len(docs))
	}
	cat := Catalog()
	seen := map[string]bool{}
	for _, r := range cat {
		if seen[r.ID] {
			t.Errorf("duplicate rule id %q", r.ID)
		}
		seen[r.ID] = true
		if len(r.Bad) < 4 || len(r.Good) < 4 {
			t.Errorf("%s: %d bad and %d good examples, want at least 4 of each", r.ID, len(r.Bad), len(r.Good))
		}
		if r.Title == "" || strings.ToUpper(r.Title[:1]) != r.Title[:1] || strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: title %q should be sentence case with no full stop", r.ID, r.Title)
		}
		if n := strings.Count(r.Explanation, ". ") + 1; r.Explanation == "" || n < 2 || n > 4 {
			t.Errorf("%s: explanation has %d sentences, want 2 to 4", r.ID, n)
		}
		if len(r.Advice) == 0 {
			t.Errorf("%s: no advice ids", r.ID)
		}
		for _, a := range r.Advice {
			if !adviceID.MatchString(a) {
				t.Errorf("%s: advice id %q does not match %s", r.ID, a, adviceID)
			}
		}
		if !strings.HasPrefix(r.Guide, "/guide/") || !strings.Contains(r.Guide, "#") {
			t.Errorf("%s: guide link %q must start with /guide/ and name an anchor", r.ID, r.Guide)
		}
		switch r.Severity {
		case Error, Warning, Suggestion:
		default:
			t.Errorf("%s: unknown severity %q", r.ID, r.Severity)
		}
		for _, ex := range append(append([]Example{}, r.Bad...), r.Good...) {
			if strings.TrimSpace(ex.Note) == "" {
				t.Errorf("%s: empty example note", r.ID)
			}
		}
	}
	for _, d := range designIDs {
		r, ok := Lookup(d.id)
		if !ok {
			t.Errorf("rule %q from DESIGN.md is missing", d.id)
			continue
		}
		if r.Severity != d.sev {
			t.Errorf("%s: severity %s, DESIGN.md says %s", d.id, r.Severity, d.sev)
		}
	}
	if len(cat) < len(designIDs) {
		t.Errorf("catalog has %d rules, want at least %d", len(cat), len(designIDs))
	}
}

// TestGuideLinks pins the anchors the guide writer creates.
func TestGuideLinks(t *testing.T) {
	want := map[string]string{
		"default-message":    "/guide/why-the-note-matters/#stock-text",
		"too-long":           "/guide/length-and-limits/#limits",
		"placeholder":        "/guide/what-to-leave-out/#leftover-blanks",
		"wrong-name":         "/guide/what-to-leave-out/#wrong-name",
		"too-personal":       "/guide/what-to-leave-out/#match-the-relationship",
		"sales-pitch":        "/guide/what-to-leave-out/#no-pitch",
		"job-ask":            "/guide/what-to-leave-out/#no-job-ask",
		"vague-compliment":   "/guide/what-to-leave-out/#generic-flattery",
		"link":               "/guide/what-to-leave-out/#links",
		"never":              "/guide/what-to-leave-out/#never",
		"no-reason":          "/guide/anatomy-of-a-good-note/#reason",
		"no-introduction":    "/guide/anatomy-of-a-good-note/#who-you-are",
		"no-common-ground":   "/guide/anatomy-of-a-good-note/#common-ground",
		"no-greeting":        "/guide/anatomy-of-a-good-note/#greeting",
		"generic-salutation": "/guide/anatomy-of-a-good-note/#greeting",
		"closed-question":    "/guide/anatomy-of-a-good-note/#open-questions",
		"shouting":           "/guide/anatomy-of-a-good-note/#tone",
	}
	for id, link := range want {
		if r, _ := Lookup(id); r.Guide != link {
			t.Errorf("%s: guide %q, want %q", id, r.Guide, link)
		}
	}
}

func TestCatalogIsACopy(t *testing.T) {
	a := Catalog()
	a[0].ID = "changed"
	a[0].Advice[0] = "Z9"
	a[0].Bad[0].Note = "changed"
	b := Catalog()
	if b[0].ID == "changed" || b[0].Advice[0] == "Z9" || b[0].Bad[0].Note == "changed" {
		t.Fatal("changing Catalog's result changed the catalog")
	}
	r, _ := Lookup(b[0].ID)
	r.Advice[0] = "Z9"
	if c, _ := Lookup(b[0].ID); c.Advice[0] == "Z9" {
		t.Fatal("changing Lookup's result changed the catalog")
	}
	if _, ok := Lookup("no-such-rule"); ok {
		t.Fatal("Lookup found a rule that does not exist")
	}
}

// spanTexts returns the text of each place a finding highlights.
func spanTexts(note string, f *Finding) []string {
	if !f.HasSpan() {
		return nil
	}
	spans := f.Spans
	if len(spans) == 0 {
		spans = []Span{{f.Start, f.End}}
	}
	var out []string
	for _, sp := range spans {
		out = append(out, utf16Slice(note, sp.Start, sp.End))
	}
	return out
}

func hasRule(r Report, id string) bool {
	for _, f := range r.Findings {
		if f.Rule == id {
			return true
		}
	}
	return false
}

// describe prints a report for test failures.
func describe(r Report) string {
	var b strings.Builder
	b.WriteString("  " + string(r.Verdict) + " score " + strconv.Itoa(r.Score) + " length " + strconv.Itoa(r.Length) + "/" + strconv.Itoa(r.Limit) + "\n")
	for _, f := range r.Findings {
		b.WriteString("  " + string(f.Severity) + " " + f.Rule + " [" + strconv.Itoa(f.Start) + "," + strconv.Itoa(f.End) + "): " + f.Message + "\n")
	}
	return b.String()
}
