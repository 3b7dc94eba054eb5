package rules

import (
	"strings"
	"unicode/utf8"
)

// Check reviews a note and reports what to change before sending it.
// It never fails: any text, however strange, gets a report.
func Check(text string, opts Options) Report {
	if opts.Account != Premium {
		opts.Account = Free
	}
	r := Report{
		Length:  utf16Len(text),
		Limit:   opts.Account.Limit(),
		Account: opts.Account,
	}
	if r.Length > r.Limit {
		r.Findings = append(r.Findings, Finding{
			Rule: "too-long", Severity: Error,
			Message: "The note is longer than the account's limit.",
			Advice:  []string{"D1"}, Guide: "/guide/length-and-limits/#limits",
		})
	}
	if strings.Contains(strings.ToLower(text), "i'd like to add you to my professional network") {
		sev := Error
		if opts.Relationship == Close {
			sev = Suggestion
		}
		r.Findings = append(r.Findings, Finding{
			Rule: "default-message", Severity: sev,
			Message: "This is LinkedIn's stock invitation text.",
			Advice:  []string{"A3", "A4"}, Guide: "/guide/why-the-note-matters/#stock-text",
		})
	}
	r.Score, r.Verdict = 100, Ready
	for _, f := range r.Findings {
		switch f.Severity {
		case Error:
			r.Score -= 40
			r.Verdict = DoNotSend
		case Warning:
			r.Score -= 15
			if r.Verdict == Ready {
				r.Verdict = Revise
			}
		}
	}
	r.Score = max(r.Score, 0)
	return r
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 && r <= utf8.MaxRune {
			n += 2
		} else {
			n++
		}
	}
	return n
}
