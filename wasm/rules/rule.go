package rules

import "slices"

// A Rule is one entry of the catalog: what it catches, why it matters, how
// severe it is, and example notes that must and must not trigger it. The
// examples are run as tests and shown on the site's rules page, so the
// documentation and the behaviour cannot drift apart.
type Rule struct {
	ID          string   // public and stable, e.g. "default-message"
	Severity    Severity // the default; see Quiet and Relaxed
	Title       string   // short, sentence case
	Explanation string   // a few sentences: what the rule catches and why it matters
	Advice      []string // the ADVICE.md points it enforces, e.g. "C1"
	Guide       string   // site-root-relative link to the guide section, e.g. "/guide/x/#y"

	// Quiet lists relationships for which the rule does not apply (someone
	// who knows you needs no introduction). Relaxed lists relationships for
	// which its findings are only suggestions.
	Quiet, Relaxed []Relationship

	Bad  []Example // notes that trigger the rule; the first is the clearest
	Good []Example // similar notes that must not; the first would be ready to send

	check kind // how the rule finds problems; see kinds.go
}

// An Example is a note and the options it is checked with.
type Example struct {
	Note    string
	Options Options
	Why     string // optional: what the example shows

	// Flag, for a bad example of a rule that points at words, lists the
	// words the finding must highlight: each is the text of one of its
	// spans, in order.
	Flag []string
}

// ruleDocs is the part of a rule that only people read.
type ruleDocs struct {
	Title       string
	Explanation string
	Bad, Good   []Example
}

// Catalog returns every rule in catalog order. The result is a copy: changing
// it changes nothing in the package.
func Catalog() []Rule {
	rs := make([]Rule, len(catalog))
	for i := range catalog {
		rs[i] = ruleAt(i)
	}
	return rs
}

// Lookup returns the rule with the given id.
func Lookup(id string) (Rule, bool) {
	for i := range catalog {
		if catalog[i].ID == id {
			return ruleAt(i), true
		}
	}
	return Rule{}, false
}

// IsRule reports whether id names a rule. Unlike Lookup it needs no rule's
// documentation, so a program that only checks notes (the WebAssembly
// checker) is built without the prose and the examples.
func IsRule(id string) bool {
	_, ok := ruleByID(id)
	return ok
}

// ruleAt returns a deep copy of the i'th rule with its documentation.
func ruleAt(i int) Rule {
	r, d := *catalog[i], docs[i]
	r.Title, r.Explanation = d.Title, d.Explanation
	r.Advice = slices.Clone(r.Advice)
	r.Quiet = slices.Clone(r.Quiet)
	r.Relaxed = slices.Clone(r.Relaxed)
	r.Bad = slices.Clone(d.Bad)
	r.Good = slices.Clone(d.Good)
	r.check = nil
	return r
}
