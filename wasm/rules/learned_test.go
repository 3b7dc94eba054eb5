package rules

import (
	"slices"
	"testing"
)

// A small model written by hand, in the format the trainer writes.
const testModel = `
-6 4
12 demo
8 our+platform
-8 your+talk
-4 @interviewer
2 our+N
`

func TestLearnedWeigh(t *testing.T) {
	m := compileLearned(testModel)
	tests := []struct {
		note  string
		opts  Options
		score int
		shown []string // the features find highlights when the score reaches the mark
	}{
		{"Hi Ana, our platform has a demo.", Options{}, -6 + 8 + 12, []string{"demo", "our platform"}},
		{"Hi Ana, loved your talk. Our platform has a demo.", Options{}, -6 - 8 + 8 + 12, []string{"Our platform", "demo"}},
		{"Hi Ana, a demo.", Options{Relationship: Interviewer}, -6 + 12 - 4, nil},
		// A pair is two words next to each other in one sentence, not
		// across a sentence's end; a name is the word N.
		{"Hi Ana, ours. Platform news.", Options{}, -6, nil},
		{"Hi Ana, our Acme platform.", Options{}, -6 + 2, nil},
		{"Hi Ana, our N platform.", Options{}, -6 + 2, nil},
		// The recipient's name is a name, even where it is a word the
		// model weighs.
		{"Hi Demo, our platform.", Options{Name: "Demo"}, -6 + 8, nil},
		{"", Options{}, -6, nil},
	}
	for _, tt := range tests {
		var k Checker
		k.Check(tt.note, tt.opts)
		if got := m.weigh(&k.c, nil); got != tt.score {
			t.Errorf("%q: score %d, want %d", tt.note, got, tt.score)
		}
		k.c.pend = k.c.pend[:0]
		m.find(&k.c, "{text}")
		var shown []string
		for _, p := range k.c.pend {
			shown = append(shown, tt.note[p.bs:p.be])
		}
		slices.Sort(shown)
		if !slices.Equal(shown, tt.shown) {
			t.Errorf("%q: highlights %q, want %q", tt.note, shown, tt.shown)
		}
	}
}

// TestLearnedModelsParse checks that every learned model in the catalog
// reads back as the trainer wrote it: a bias, a mark that takes evidence
// to reach, and weights within int8.
func TestLearnedModelsParse(t *testing.T) {
	for _, src := range []string{pitchLearned, jobLearned} {
		m := compileLearned(src)
		if m.mark <= 0 || len(m.vocab.words) < 100 || len(m.pairs) < 100 {
			t.Errorf("model with mark %d, %d words and %d pairs: not a trained model", m.mark, len(m.vocab.words), len(m.pairs))
		}
		for i := 1; i < len(m.pairs); i++ {
			if m.pairs[i] <= m.pairs[i-1] {
				t.Fatalf("pairs not sorted and unique at %d", i)
			}
		}
	}
}
