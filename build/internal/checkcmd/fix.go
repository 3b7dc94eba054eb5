package checkcmd

import "github.com/connectwell/connectwell/wasm/rules"

// maxRounds bounds the check-and-apply loop of --fix. The engine keeps the
// first fixes of different findings from overlapping, so one round applies
// them all at once; a fix held back because it edited the same words as a
// more important one gets its turn in the next round, and a fix that needs
// an earlier one first (a note short enough to trim only once a job ask has
// gone) in the one after. A few rounds are all a note needs; the bound only
// guards against fixes that would undo each other for ever.
const maxRounds = 5

// A madeFix is a fix --fix made: its finding's rule and its title.
type madeFix struct{ rule, title string }

// fixNote applies every fix the checker offers to text, checking the result
// again and applying what it then offers, until none is left or maxRounds
// have passed. It returns the fixed note, the fixes made, and the report on
// the fixed note, by which the note is judged.
func fixNote(text string, opts rules.Options) (string, []madeFix, rules.Report) {
	r := rules.Check(text, opts)
	var made []madeFix
	for range maxRounds {
		var round []madeFix
		for _, f := range r.Findings {
			if len(f.Fixes) > 0 {
				round = append(round, madeFix{f.Rule, f.Fixes[0].Title})
			}
		}
		if len(round) == 0 {
			break
		}
		// ApplyFixes fails only if the engine's fixes did not fit its own
		// report; then the note stays as the last good round left it.
		next, ok := rules.ApplyFixes(text, r)
		if !ok || next == text {
			break
		}
		text, made = next, append(made, round...)
		r = rules.Check(text, opts)
	}
	return text, made, r
}
