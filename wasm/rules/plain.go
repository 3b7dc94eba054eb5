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
		if len(f.Spans) > 1 {
			spans := make([]any, len(f.Spans))
			for j, sp := range f.Spans {
				spans[j] = map[string]any{"start": sp.Start, "end": sp.End}
			}
			m["spans"] = spans
		}
		if len(f.Fixes) > 0 {
			fixes := make([]any, len(f.Fixes))
			for j, x := range f.Fixes {
				edits := make([]any, len(x.Edits))
				for k, e := range x.Edits {
					edits[k] = map[string]any{"start": e.Start, "end": e.End, "text": e.Text}
				}
				fixes[j] = map[string]any{"title": x.Title, "edits": edits}
			}
			m["fixes"] = fixes
		}
		findings[i] = m
	}
	return map[string]any{
		"length":   r.Length,
		"limit":    r.Limit,
		"account":  string(r.Account),
		"language": r.Language,
		"score":    r.Score,
		"verdict":  string(r.Verdict),
		"findings": findings,
	}
}
