package rules

import (
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
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
	// The page checks as someone types with one Checker, which keeps the
	// memory a check works in: this is the figure of that path.
	b.Run("note300-reused", func(b *testing.B) {
		var k Checker
		b.SetBytes(int64(len(benchNote)))
		b.ReportAllocs()
		for b.Loop() {
			k.Check(benchNote, opts)
		}
	})
}

func TestBenchNoteIsRealistic(t *testing.T) {
	r := Check(benchNote, Options{Account: Premium, Name: "Beatriz"})
	if r.Length < 280 || r.Length > 300 || r.Verdict != Ready {
		t.Fatalf("bench note: %d characters, %s; want about 300 and ready\n%s", r.Length, r.Verdict, describe(r))
	}
}

// pathological are inputs shaped to defeat a tokenizer or matcher that
// rescans: long runs without spaces, one endless sentence, repeated matches.
func pathological(n int) map[string]string {
	rep := func(s string) string { return strings.Repeat(s, n/len(s)+1)[:n] }
	return map[string]string{
		"hyphens":      rep("a-"),
		"underscores":  rep("a_"),
		"dots":         rep("a."),
		"url-ish":      rep("ab.cd/"),
		"at-signs":     rep("a@b"),
		"brackets":     rep("[a"),
		"one-sentence": rep("would you, do you, are you hiring, never, your profile, "),
		"questions":    rep("do you? "),
		"caps":         rep("HELLO "),
		"titles":       rep("THE QUIET LEDGER and "),
		"emoji":        rep("🎉 "),
		"kisses":       rep("you look great 😘 "),
		"bangs":        rep("!?"),
		"spaces":       rep(" "),
		"combining":    rep("e\u0301"),
		"invalid":      rep("\xff"),
		"quotes":       rep(`Hi [NAME], "I'd like to add you to my network" ASAP!! 😀 XXX `),
		"stock-line":   rep("I'd like to add you to my professional network on LinkedIn. Visit https://example.com/x "),
	}
}

// TestNoQuadraticBlowUp checks that checking stays linear on pathological
// text: a megabyte must take less than 128 times what 64 KB takes. Linear
// code takes 16 times, up to about 70 with the garbage collector and caches
// working harder on a megabyte; a rescan from each word takes 256. A ratio
// of two runs on the same machine moments apart holds whatever the load,
// unlike a time limit; each figure is the best of three, in CPU time where
// the system has a clock for it (see timeCPU).
func TestNoQuadraticBlowUp(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	best := func(text string) time.Duration {
		var d time.Duration
		for i := range 3 {
			if e := timeCPU(func() { Check(text, Options{}) }); i == 0 || e < d {
				d = e
			}
		}
		return d
	}
	// WebAssembly's 4 GB of linear memory fragments under a run of
	// megabyte checks (each allocates up to 100 MB, and
	// freed blocks cannot be handed back): there the same ratio is taken
	// on a quarter of the sizes, with a collection between texts.
	size := 1 << 20
	if runtime.GOARCH == "wasm" {
		size >>= 2
	}
	small, large := pathological(size/16), pathological(size)
	for _, name := range slices.Sorted(maps.Keys(large)) {
		runtime.GC()
		s, l := best(small[name]), best(large[name])
		if s > 0 && l > 128*s && l > 50*time.Millisecond {
			t.Errorf("%s: %d KB took %v, %.0f times %d KB (%v): not linear", name, size>>10, l, float64(l)/float64(s), size>>14, s)
		}
	}
}

func BenchmarkCheckPathological(b *testing.B) {
	for name, text := range pathological(100 << 10) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Check(text, Options{})
			}
		})
	}
}
