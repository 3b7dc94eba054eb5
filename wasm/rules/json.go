package rules

import "unicode/utf8"

// AppendJSON appends the report as JSON to b: the bytes encoding/json writes
// for r.Plain(), keys in the same (sorted) order and strings escaped the
// same way, without reflection. The wasm bridge hands this text to the
// browser's JSON.parse, which builds the result object far faster than
// setting its properties one call at a time.
func (r Report) AppendJSON(b []byte) []byte {
	b = jsonField(b, '{', "account", string(r.Account), true)
	b = append(b, `,"findings":[`...)
	for i, f := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"advice":[`...)
		for j, a := range f.Advice {
			if j > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, a)
		}
		b = append(b, ']')
		if f.HasSpan() {
			b = jsonField(b, ',', "end", itoa(f.End), false)
		}
		if len(f.Fixes) > 0 {
			b = append(b, `,"fixes":[`...)
			for j, x := range f.Fixes {
				if j > 0 {
					b = append(b, ',')
				}
				b = append(b, `{"edits":[`...)
				for k, e := range x.Edits {
					if k > 0 {
						b = append(b, ',')
					}
					b = jsonField(b, '{', "end", itoa(e.End), false)
					b = jsonField(b, ',', "start", itoa(e.Start), false)
					b = jsonField(b, ',', "text", e.Text, true)
					b = append(b, '}')
				}
				b = append(b, ']')
				b = jsonField(b, ',', "title", x.Title, true)
				b = append(b, '}')
			}
			b = append(b, ']')
		}
		b = jsonField(b, ',', "guide", f.Guide, true)
		b = jsonField(b, ',', "message", f.Message, true)
		b = jsonField(b, ',', "rule", f.Rule, true)
		b = jsonField(b, ',', "severity", string(f.Severity), true)
		if len(f.Spans) > 1 {
			b = append(b, `,"spans":[`...)
			for j, sp := range f.Spans {
				if j > 0 {
					b = append(b, ',')
				}
				b = jsonField(b, '{', "end", itoa(sp.End), false)
				b = jsonField(b, ',', "start", itoa(sp.Start), false)
				b = append(b, '}')
			}
			b = append(b, ']')
		}
		if f.HasSpan() {
			b = jsonField(b, ',', "start", itoa(f.Start), false)
		}
		b = append(b, '}')
	}
	b = append(b, ']')
	b = jsonField(b, ',', "language", r.Language, true)
	b = jsonField(b, ',', "length", itoa(r.Length), false)
	b = jsonField(b, ',', "limit", itoa(r.Limit), false)
	b = jsonField(b, ',', "score", itoa(r.Score), false)
	b = jsonField(b, ',', "verdict", string(r.Verdict), true)
	return append(b, '}')
}

// jsonField appends a separator, a key and a value, quoted if str.
func jsonField(b []byte, sep byte, key, val string, str bool) []byte {
	b = append(b, sep, '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	if str {
		return appendJSONString(b, val)
	}
	return append(b, val...)
}

// appendJSONString appends s as a JSON string escaped as encoding/json does:
// quotes, backslashes and control characters, the HTML-sensitive < > &,
// U+2028 and U+2029, and each invalid UTF-8 byte as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		var esc string
		switch {
		case r == '"':
			esc = `\"`
		case r == '\\':
			esc = `\\`
		case r == '\n':
			esc = `\n`
		case r == '\r':
			esc = `\r`
		case r == '\t':
			esc = `\t`
		case r == '\b':
			esc = `\b`
		case r == '\f':
			esc = `\f`
		case r == utf8.RuneError && n == 1:
			esc = `\ufffd`
		case r < 0x20 || r == '<' || r == '>' || r == '&' || r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', hex[r>>12&0xF], hex[r>>8&0xF], hex[r>>4&0xF], hex[r&0xF])
			i += n
			continue
		default:
			esc = s[i : i+n]
		}
		b = append(b, esc...)
		i += n
	}
	return append(b, '"')
}
