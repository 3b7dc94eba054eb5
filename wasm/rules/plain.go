package rules

// Plain returns the report as plain data (maps, slices, strings and ints) in
// the shape of one JSON report of the check command. It is the one definition
// of that shape: the command encodes it as JSON, and AppendJSON, which the
// wasm bridge uses, is tested to write exactly the same bytes, so both always
// agree.
func (r Report) Plain() map[string]any {
	findings := make([]any, len(r.Findings))
	for i, f := range r.Findings {
		advice := make([]any, len(f.Advice))
		for j, a := range f.Advice {
			advice[j] = a
		}
		m := map[string]any{
			"rule":     f.Rule,
			"severity": string(f.Severity),
			"message":  f.Message,
			"advice":   advice,
			"guide":    f.Guide,
		}
		if f.HasSpan() {
			m["start"], m["end"] = f.Start, f.End
		}
		findings[i] = m
	}
	return map[string]any{
		"length":   r.Length,
		"limit":    r.Limit,
		"account":  string(r.Account),
		"score":    r.Score,
		"verdict":  string(r.Verdict),
		"findings": findings,
	}
}
