package rules

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"
)

// FuzzCheck checks what must hold for any text and options: no panic, spans
// inside the text on character boundaries, the same report twice, a length
// that matches the text's UTF-16 length (each invalid UTF-8 byte decoding to
// one U+FFFD, as in a range loop), and fixes that keep their promises (see
// checkFixes).
func FuzzCheck(f *testing.F) {
	for _, r := range Catalog() {
		for _, ex := range append(r.Bad, r.Good...) {
			f.Add(ex.Note, string(ex.Options.Account), ex.Options.Name, string(ex.Options.Relationship))
		}
	}
	for _, s := range []string{
		"",
		"\xff\xfe\xfd",
		"Hi \xe2\x82 Ana, \xed\xa0\x80 never \xc0\xaf",
		"Hi\x00Ana,\x00I'd like to add you\x00to my professional network",
		"Hi \u202eanA\u202c, I \u202dnever\u202c met you",
		"Hi 👩‍💻‍, 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦 ne\u200dver",
		"Hi Zoe\u0308\u0301\u0302, Jo\u0301se\u0301 here \u0301\u0301",
		"[[[{{{<<<%%%___XXX]]]}}}>>>",
		"https://", "www.", "a@b.co", "x.com/", "-", "—-—", "?!?!?!", "…...",
		"Hi Jean-\u200b-Luc, O’’Neil ‘’“”′ '",
		"\U0001F1F3\U0001F1EC\U0001F1F3", "\U0001F3FB\u200d\u200d", "1\ufe0f\u20e3 #\ufe0f\u20e3",
		strings.Repeat("🙂", 101),
		strings.Repeat("a", 199) + "🙂",
	} {
		f.Add(s, "", "", "")
	}
	f.Add(strings.Repeat("Hi Ana, we've never met but are you hiring?? Check https://x.io/a [Name] 🎉🎉🎉 ", 1<<20/80), "premium", "Ana", "met")
	f.Fuzz(func(t *testing.T, text, account, name, rel string) {
		opts := Options{Account: Account(account), Name: name, Relationship: Relationship(rel)}
		r := Check(text, opts)
		units := utf16.Encode([]rune(text))
		if r.Length != len(units) {
			t.Fatalf("length %d, want %d", r.Length, len(units))
		}
		if r.Limit != 200 && r.Limit != 300 {
			t.Fatalf("limit %d", r.Limit)
		}
		if r.Score < 0 || r.Score > 100 {
			t.Fatalf("score %d", r.Score)
		}
		worst := Suggestion
		for i, f := range r.Findings {
			if f.HasSpan() {
				if f.Start < 0 || f.End > len(units) || f.Start >= f.End {
					t.Fatalf("%s: span [%d,%d) outside the text of %d units", f.Rule, f.Start, f.End, len(units))
				}
				for _, at := range []int{f.Start, f.End} {
					if at > 0 && at < len(units) && utf16.IsSurrogate(rune(units[at])) && units[at] >= 0xDC00 {
						t.Fatalf("%s: span [%d,%d) splits a surrogate pair", f.Rule, f.Start, f.End)
					}
				}
			} else if f.Start != 0 || f.End != 0 {
				t.Fatalf("%s: empty span [%d,%d) not zero", f.Rule, f.Start, f.End)
			}
			if f.Message == "" || f.Guide == "" || len(f.Advice) == 0 {
				t.Fatalf("%s: incomplete finding %+v", f.Rule, f)
			}
			if i > 0 && compareFindings(&r.Findings[i-1], &f) > 0 {
				t.Fatalf("findings out of order at %d", i)
			}
			if f.Severity == Error || f.Severity == Warning && worst != Error {
				worst = f.Severity
			}
		}
		want := map[Severity]Verdict{Error: DoNotSend, Warning: Revise, Suggestion: Ready}[worst]
		if r.Verdict != want {
			t.Fatalf("verdict %s with worst severity %s", r.Verdict, worst)
		}
		if want, err := json.Marshal(r.Plain()); err != nil || !bytes.Equal(r.AppendJSON(nil), want) {
			t.Fatalf("AppendJSON differs from encoding/json:\n%s\n%s", r.AppendJSON(nil), want)
		}
		if again := Check(text, opts); describe(again) != describe(r) || !sameFindings(again.Findings, r.Findings) {
			t.Fatalf("two checks differ:\n%s\n%s", describe(r), describe(again))
		}
		if len(units) <= maxFixLength {
			checkFixes(t, text, opts)
		}
	})
}

func sameFindings(a, b []Finding) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Rule != b[i].Rule || a[i].Message != b[i].Message || a[i].Start != b[i].Start ||
			a[i].End != b[i].End || a[i].Severity != b[i].Severity || strings.Join(a[i].Advice, " ") != strings.Join(b[i].Advice, " ") {
			return false
		}
	}
	return true
}
