//go:build !js

package rules

import (
	"fmt"
	"io"
	"slices"
	"testing"
)

// modelEffect counts, for one rule and part, what the rule's learned model
// changes against its cues alone: the errors the model mends and the ones
// it makes. It tells whether a rule's errors on the held-out part are its
// cues' (a wording no cue holds, a reason nobody wrote down) or its model's,
// and so where the next work on the rule should go.
type modelEffect struct {
	alone, with        cell
	fixedFP, fixedFN   int // the cues' errors the model mends
	causedFP, causedFN int // the errors the model makes
}

// modelEffects checks every note again with the cues alone and counts, by
// rule and part, what the learned models change against what fired with
// them (fired, by note, as evaluate found it).
func modelEffects(t *testing.T, notes []*corpusNote, fired []map[string]bool) map[[2]string]*modelEffect {
	t.Helper()
	var ids []string
	for _, lm := range learnedModels {
		m := learnedOf(t, lm.rule)
		defer func(saved learned) { *m = saved }(*m) // as shipped, whatever happens
		cuesAlone(m, isRequired(lm.rule))
		ids = append(ids, lm.rule)
	}
	effects := map[[2]string]*modelEffect{}
	for i, n := range notes {
		alone := Check(n.Note, n.options())
		for _, id := range ids {
			if slices.Contains(n.Either, id) {
				continue
			}
			k := [2]string{id, n.part}
			e := effects[k]
			if e == nil {
				e = &modelEffect{}
				effects[k] = e
			}
			y, w, a := slices.Contains(n.Fire, id), fired[i][id], hasRule(alone, id)
			e.alone.add(y, a)
			e.with.add(y, w)
			switch {
			case w == a:
			case w == y && a: // the cues' false alarm, quieted
				e.fixedFP++
			case w == y: // the cues' miss, found
				e.fixedFN++
			case w: // a false alarm the model raised
				e.causedFP++
			default: // a finding the model quieted
				e.causedFN++
			}
		}
	}
	return effects
}

// add counts one note in the cell: whether the rule should fire, and did.
func (c *cell) add(want, got bool) {
	switch {
	case want && got:
		c.tp++
	case got:
		c.fp++
	case want:
		c.fn++
	}
}

// printModelEffects prints modelEffects as a table, a row per rule and part.
func printModelEffects(w io.Writer, effects map[[2]string]*modelEffect) {
	fmt.Fprintf(w, "\nWhat the learned models change (every rule with one), against its cues alone:\n")
	fmt.Fprintf(w, "%-17s %-7s | cues alone P     R | with model P     R | mended fp   fn | made fp   fn\n", "rule", "part")
	pr := func(c cell) string {
		p, _ := c.precision()
		r, _ := c.recall()
		return fmt2(p) + " " + fmt2(r)
	}
	for _, lm := range learnedModels {
		for _, part := range evalParts() {
			e := effects[[2]string{lm.rule, part}]
			if e == nil {
				continue
			}
			fmt.Fprintf(w, "%-17s %-7s |      %s |      %s |      %4d %4d |  %4d %4d\n",
				lm.rule, part, pr(e.alone), pr(e.with), e.fixedFP, e.fixedFN, e.causedFP, e.causedFN)
		}
	}
}
