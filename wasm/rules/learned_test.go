package rules

import (
	"slices"
	"strings"
	"testing"
)

// A small model written by hand, in the format the trainer writes: the
// features, and the bias, the mark and each feature's weight as a
// character ('O' + weight).
const (
	testFeatures = "@interviewer demo our+N our+platform your+talk"
	testModel    = "-6 4\n" + "K" + "[" + "Q" + "W" + "G" // -4 +12 +2 +8 -8
)

func TestLearnedWeigh(t *testing.T) {
	m := compileLearned(new(learnedVocab), testFeatures, testModel)
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
		if got := m.weigh(&k.c); got != tt.score {
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

// TestLearnedVeto checks that a model's head may carry a veto, and that a
// model without one never overrules its cues.
func TestScoresAdd(t *testing.T) {
	var w weights
	for i := range w {
		w[i] = int8(i + 1)
	}
	var s scores
	s.add(w)
	s.add(w)
	for i := range s {
		if s[i] != 2*(i+1) {
			t.Errorf("slot %d: %d, want %d: scores.add misses a slot (maxModels is %d)", i, s[i], 2*(i+1), maxModels)
		}
	}
}

func TestLearnedVeto(t *testing.T) {
	if m := compileLearned(new(learnedVocab), testFeatures, testModel); m.vetoes {
		t.Errorf("a model without a veto has the veto %d", m.veto)
	}
	m := compileLearned(new(learnedVocab), testFeatures, "-6 4 -10\nK[QWG")
	if m.bias != -6 || m.mark != 4 || m.veto != -10 || !m.vetoes {
		t.Errorf("read bias %d, mark %d, veto %d; want -6, 4, -10", m.bias, m.mark, m.veto)
	}
	if !strings.Contains(pitchLearned[:strings.IndexByte(pitchLearned, '\n')], " -") {
		t.Errorf("sales-pitch's model has no veto: make learn")
	}
	// An intent's cues are overruled under the veto; a required element
	// the cues found is reported missing at or over it.
	for _, tt := range []struct {
		note             string
		intent, required bool
	}{
		{"Hi Ana, our platform has a demo.", false, true}, // 14
		{"Hi Ana, loved your talk.", true, false},         // -14
		{"Hi Ana, our platform.", false, true},            // -6 + 8 = 2
	} {
		var k Checker
		k.Check(tt.note, Options{})
		if got := m.overrules(&k.c, true); got != tt.intent {
			t.Errorf("%q (score %d): an intent's cues overruled %v, want %v", tt.note, m.weigh(&k.c), got, tt.intent)
		}
		if got := m.overrules(&k.c, false); got != tt.required {
			t.Errorf("%q (score %d): a required element's cues overruled %v, want %v", tt.note, m.weigh(&k.c), got, tt.required)
		}
	}
	if (*learned)(nil).overrules(nil, true) {
		t.Error("no model overrules nothing")
	}
}

// TestLearnedModelsParse checks that every learned model in the catalog
// reads back as the trainer wrote it: a weight for each feature, and
// enough words and pairs to be a trained model.
func TestLearnedModelsParse(t *testing.T) {
	for _, src := range []string{pitchLearned, jobLearned, reasonLearned, introLearned, groundLearned} {
		if _, weights, _ := cut(src, "\n"); len(weights) != len(strings.Fields(learnedFeatures)) {
			t.Fatalf("a model has %d weights for %d features: make learn", len(weights), len(strings.Fields(learnedFeatures)))
		}
		v := new(learnedVocab)
		m := compileLearned(v, learnedFeatures, src)
		words, pairs := 0, 0
		for _, w := range v.uni {
			words += min(int(w[m.slot])*int(w[m.slot]), 1)
		}
		for _, w := range v.pairW {
			pairs += min(int(w[m.slot])*int(w[m.slot]), 1)
		}
		if words < 100 || pairs < 100 {
			t.Errorf("model with %d words and %d pairs: not a trained model", words, pairs)
		}
		for i, k := range v.pairs.words {
			if got := v.pairs.lookup(k); got != int32(i) {
				t.Fatalf("pair %d found as %d", i, got)
			}
		}
	}
}

// BenchmarkCompileLearned measures reading the five models, which the
// engine does once, as it compiles their rules.
func BenchmarkCompileLearned(b *testing.B) {
	for b.Loop() {
		for _, src := range []string{pitchLearned, jobLearned, reasonLearned, introLearned, groundLearned} {
			compileLearned(new(learnedVocab), learnedFeatures, src)
		}
	}
}
