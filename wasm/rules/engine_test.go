package rules

import "testing"

// The engine is built in steps, one per rule of the catalog and one for the
// greeting; once complete, a step changes nothing.
func TestEngineSteps(t *testing.T) {
	e := newEngine()
	steps := 1
	for !e.step() {
		steps++
	}
	if want := len(catalog) + 1; steps != want {
		t.Errorf("%d steps, want %d (one per rule and the greeting)", steps, want)
	}
	if len(e.rules) != len(catalog) || len(e.greet.openers) == 0 {
		t.Fatalf("after the last step: %d rules of %d compiled, %d greeting openers", len(e.rules), len(catalog), len(e.greet.openers))
	}
	words := len(e.lexicon)
	if !e.step() || len(e.rules) != len(catalog) || len(e.lexicon) != words {
		t.Errorf("a step after the last changed the engine")
	}
	// Check completes the package's engine itself, and then Prepare has
	// nothing left to do.
	if Check("Hi Ana", Options{}).Verdict == "" || !Prepare() {
		t.Errorf("after a check, Prepare reports the set-up unfinished")
	}
}
