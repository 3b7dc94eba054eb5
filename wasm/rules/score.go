package rules

// The score summarises a report in one number for the page's meter. It
// counts rules, not findings, so five shouted words cost no more than one:
//
//	score = 100 − 40 × (rules with an error)
//	            − 15 × (rules with a warning)
//	            −  5 × (rules with a suggestion)
//
// clamped to 0–100, then capped by the verdict so the number never
// contradicts it: at most 40 for do-not-send, at most 75 for revise. A ready
// note scores at least 65 (there are seven suggestion rules) and 100 when
// nothing at all was found.
const (
	errorCost      = 40
	warningCost    = 15
	suggestionCost = 5
	doNotSendCap   = 40
	reviseCap      = 75
)

// tally counts the rules that reported findings, by severity.
type tally struct{ errors, warnings, suggestions int }

func (t *tally) add(s Severity) {
	switch s {
	case Error:
		t.errors++
	case Warning:
		t.warnings++
	default:
		t.suggestions++
	}
}

// verdict returns the verdict and the score.
func (t tally) verdict() (Verdict, int) {
	score := max(0, 100-errorCost*t.errors-warningCost*t.warnings-suggestionCost*t.suggestions)
	switch {
	case t.errors > 0:
		return DoNotSend, min(score, doNotSendCap)
	case t.warnings > 0:
		return Revise, min(score, reviseCap)
	}
	return Ready, score
}
