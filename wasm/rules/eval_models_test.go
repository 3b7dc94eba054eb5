//go:build !js

package rules

import (
	"fmt"
	"io"
	"math"
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

// modelEffects checks every note twice, with the learned models and with
// the cues alone, and counts what the models change, by rule and part.
func modelEffects(t *testing.T, notes []*corpusNote) map[[2]string]*modelEffect {
	t.Helper()
	type off struct {
		m     *learned
		saved learned
		req   bool
	}
	var shipped []off
	var ids []string
	for _, lm := range learnedModels {
		m := learnedOf(t, lm.rule)
		shipped = append(shipped, off{m, *m, isRequired(lm.rule)})
		ids = append(ids, lm.rule)
	}
	// models turns every learned model on (as shipped) or off (the cues
	// alone).
	models := func(on bool) {
		for _, o := range shipped {
			*o.m = o.saved
			if on {
				continue
			}
			// As in crossValidate: an intent's model never fires or vetoes,
			// a required element's never keeps the rule quiet.
			o.m.mark, o.m.vetoes, o.m.even = math.MaxInt, false, math.MaxInt
			if o.req {
				o.m.mark = math.MinInt
			}
		}
	}
	defer models(true) // as they were, whatever happens
	effects := map[[2]string]*modelEffect{}
	for _, n := range notes {
		models(true)
		with := Check(n.Note, n.options())
		models(false)
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
			y, w, a := slices.Contains(n.Fire, id), hasRule(with, id), hasRule(alone, id)
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
