package rules

import "unicode/utf8"

// AppendJSON appends the report as JSON to b: the bytes encoding/json writes
// for r.Plain(), keys in the same (sorted) order and strings escaped the
// same way, without reflection. The wasm bridge hands this text to the
// browser's JSON.parse, which builds the result object far faster than
// setting its properties one call at a time.
func (r Report) AppendJSON(b []byte) []byte {
	w := jsonWriter{b}
	w.str(`{"account":`, string(r.Account))
	w.raw(`,"findings":[`)
	for i := range r.Findings {
		if i > 0 {
			w.raw(",")
		}
		w.finding(&r.Findings[i])
	}
	w.str(`],"language":`, r.Language)
	w.int(`,"length":`, r.Length)
	w.int(`,"limit":`, r.Limit)
	w.int(`,"score":`, r.Score)
	w.str(`,"verdict":`, string(r.Verdict))
	w.raw("}")
	return w.b
}

// A jsonWriter appends JSON to b. Each value comes with the text before it,
// separators and key included, so writing a field is one call.
type jsonWriter struct{ b []byte }

func (w *jsonWriter) finding(f *Finding) {
	w.raw(`{"advice":[`)
	for j, a := range f.Advice {
		if j > 0 {
			w.raw(",")
		}
		w.str("", a)
	}
	w.raw("]")
	if f.HasSpan() {
		w.int(`,"end":`, f.End)
	}
	if len(f.Fixes) > 0 {
		w.raw(`,"fixes":[`)
		for j, x := range f.Fixes {
			if j > 0 {
				w.raw(",")
			}
			w.raw(`{"edits":[`)
			for k, e := range x.Edits {
				if k > 0 {
					w.raw(",")
				}
				w.int(`{"end":`, e.End)
				w.int(`,"start":`, e.Start)
				w.str(`,"text":`, e.Text)
				w.raw("}")
			}
			w.str(`],"title":`, x.Title)
			w.raw("}")
		}
		w.raw("]")
	}
	w.str(`,"guide":`, f.Guide)
	w.str(`,"message":`, f.Message)
	w.str(`,"rule":`, f.Rule)
	w.str(`,"severity":`, string(f.Severity))
	if len(f.Spans) > 1 {
		w.raw(`,"spans":[`)
		for j, sp := range f.Spans {
			if j > 0 {
				w.raw(",")
			}
			w.int(`{"end":`, sp.End)
			w.int(`,"start":`, sp.Start)
			w.raw("}")
		}
		w.raw("]")
	}
	if f.HasSpan() {
		w.int(`,"start":`, f.Start)
	}
	w.raw("}")
}

//go:noinline
func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

// int writes before, then n in decimal.
//
//go:noinline
func (w *jsonWriter) int(before string, n int) { w.b = appendInt(append(w.b, before...), n) }

// str writes before, then s as a JSON string escaped as encoding/json does:
// quotes, backslashes and control characters, the HTML-sensitive < > &,
// U+2028 and U+2029, and each invalid UTF-8 byte as U+FFFD. Runs of text
// that need no escape are copied whole.
//
//go:noinline
func (w *jsonWriter) str(before, s string) {
	const hex = "0123456789abcdef"
	b := append(append(w.b, before...), '"')
	done := 0 // s[:done] is written
	for i := 0; i < len(s); {
		c := s[i]
		r, n := rune(c), 1
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
		} else if r, n = decodeRune(s[i:]); r != '\u2028' && r != '\u2029' && (r != utf8.RuneError || n > 1) {
			i += n
			continue
		}
		esc := [6]byte{'\\', 'u', hex[r>>12&0xF], hex[r>>8&0xF], hex[r>>4&0xF], hex[r&0xF]}
		k := 6
		switch r {
		case '"', '\\':
			esc[1], k = c, 2
		case '\n':
			esc[1], k = 'n', 2
		case '\r':
			esc[1], k = 'r', 2
		case '\t':
			esc[1], k = 't', 2
		case '\b':
			esc[1], k = 'b', 2
		case '\f':
			esc[1], k = 'f', 2
		}
		b = append(append(b, s[done:i]...), esc[:k]...)
		i += n
		done = i
	}
	w.b = append(append(b, s[done:]...), '"')
}
