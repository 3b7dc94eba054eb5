//go:build !js

package rules

import "testing"

// The needs filter only saves work: a pattern it rules out at a token does
// not match there. Every indexed pattern is tried at every token of the
// corpus's notes and of the catalog's examples, after each note's check
// has marked its classes.
func TestNeedsRuleOutNoMatch(t *testing.T) {
	engine.complete()
	var notes []string
	for _, n := range loadCorpus(t) {
		notes = append(notes, n.Note)
	}
	for _, r := range Catalog() {
		for _, ex := range append(r.Bad, r.Good...) {
			notes = append(notes, ex.Note)
		}
	}
	var k Checker
	ruledOut := 0
	for _, note := range notes {
		k.Check(note, Options{})
		c := &k.c
		for i := range c.d.toks {
			tok := &c.d.toks[i]
			var lists [][]ref
			if tok.wid >= 0 && int(tok.wid) < len(engine.byWord) {
				lists = append(lists, engine.byWord[tok.wid])
			}
			for n := tok.pfx; n > 0; n = engine.trie.nodes[n].parent {
				lists = append(lists, engine.trie.nodes[n].refs)
			}
			if tok.kind == tNum {
				lists = append(lists, engine.numRefs)
			}
			if tok.kind == tURL {
				lists = append(lists, engine.urlRefs)
			}
			for _, refs := range lists {
				for j := range refs {
					r := &refs[j]
					if c.hasNeeds(&r.needs) {
						continue
					}
					ruledOut++
					if _, ok := c.d.match(r.pat, i); ok {
						t.Fatalf("%q at token %d (%q) of %q: ruled out by its needs, yet it matches", r.pat.src, i, tok.norm, note)
					}
				}
			}
		}
	}
	if ruledOut == 0 {
		t.Fatal("the needs ruled out no pattern: the test tests nothing")
	}
	t.Logf("%d notes, %d patterns ruled out at a token by their needs", len(notes), ruledOut)
}
