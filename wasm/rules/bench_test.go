package rules

import (
	"strconv"
	"strings"
	"testing"
)

// benchNote is a realistic Premium note of about 300 characters.
const benchNote = "Hi Beatriz, I'm a conservation architect in Porto and your paper on lime mortars in the Ribeira houses has been on my desk for a month. We're restoring a row of facades near Miragaia and keep debating hydraulic versus air lime. I'd love to hear how you'd treat the sea-facing walls."

// benchText returns about n bytes of varied note text, so large inputs
// exercise every rule rather than repeating one sentence.
func benchText(n int) string {
	var notes []string
	for _, r := range Catalog() {
		for _, ex := range append(r.Bad, r.Good...) {
			notes = append(notes, ex.Note)
		}
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(notes[i%len(notes)])
		b.WriteString("\n\n")
	}
	return b.String()[:n]
}

func BenchmarkCheck(b *testing.B) {
	cases := []struct {
		name string
		text string
	}{
		{"note300", benchNote},
		{"10KB", benchText(10 << 10)},
		{"100KB", benchText(100 << 10)},
		{"1MB", benchText(1 << 20)},
	}
	opts := Options{Account: Premium, Name: "Beatriz"}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				Check(c.text, opts)
			}
		})
	}
}

func TestBenchNoteIsRealistic(t *testing.T) {
	r := Check(benchNote, Options{Account: Premium, Name: "Beatriz"})
	if r.Length < 280 || r.Length > 300 || r.Verdict != Ready {
		t.Fatalf("bench note: %d characters, %s; want about 300 and ready\n%s", r.Length, r.Verdict, describe(r))
	}
	_ = strconv.Itoa
}
