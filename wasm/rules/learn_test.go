//go:build !js

package rules

import (
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// The trainer of the learned models (learned.go). `make learn` runs
// TestLearn with -learn, which trains each model on the corpus's tuning part
// and writes it to its file; without the flag, TestLearn checks that the
// checker weighs every tuning note as the trainer does.

var (
	learnWrite = flag.Bool("learn", false, "train the learned models on the corpus's tuning part and write them (make learn)")
	learnCV    = flag.Bool("learn.cv", false, "print how the learned models do on authors they were not trained on (make learn-cv)")
)

// learnedModels are the rules with a learned model: the rule, the file and
// the constant that hold it, and the probability of the rule's finding at
// the model's mark. An intent's model fires the rule at or over its mark:
// for sales-pitch, whose misses are what the checker is most often wrong
// about, at a lower probability than for job-ask, whose false alarms cost
// more than its few misses. A required element's model keeps the rule
// quiet under its mark, so only when it is all but sure. (Chosen by
// crossValidate, make learn-cv.)
var learnedModels = []struct {
	rule, file, name string
	mark             float64
}{
	{"sales-pitch", "rules_pitch_learned.go", "pitchLearned", 0.9},
	{"job-ask", "rules_jobs_learned.go", "jobLearned", 0.95},
	{"no-reason", "rules_reason_learned.go", "reasonLearned", 0.001},
	{"no-introduction", "rules_intro_learned.go", "introLearned", 0.002},
}

// Training settings. They were chosen by cross-validation over authors (a
// model trained without an author's notes, tried on them), not on the
// held-out part.
const (
	learnMinNotes = 20   // a feature must occur in this many tuning notes: fewer is a name or a one-off wording
	learnL2       = 1e-4 // weight decay
	learnEpochs   = 4    // passes over the notes
	learnRate     = 0.5  // AdaGrad's step
	learnKeep     = 1.0  // after a first training, features under this weight (in logits) are dropped…
	learnDrop     = 0.25 // …and after the second, on the features kept, these
	learnMark     = 0.9  // the probability at which the model fires
	learnUnit     = 4    // weights are written in quarters of a logit
	learnLangs    = "en es pt fr de"
)

// learnNote is a tuning note as the trainer sees it: its label and the
// features the checker will weigh.
type learnNote struct {
	y     float64
	feats []int
}

// noteFeatures returns the features of a checked note as learned.weigh
// reads them: the relationship, each word, and each pair of words next to
// each other in a sentence.
func noteFeatures(c *checker) []string {
	var fs []string
	if c.opts.Relationship != "" {
		fs = append(fs, relationshipWord(c.opts.Relationship))
	}
	it := newFeatures(&c.d, c.name, c.lang)
	prev := ""
	for {
		_, w, alone, paired, ok := it.next()
		if !ok {
			return fs
		}
		if alone {
			fs = append(fs, w)
		}
		if paired {
			fs = append(fs, prev+"+"+w)
		}
		prev = w
	}
}

// A sample is a note the trainer learns from: its labels and features, and
// how many times it counts.
type sample struct {
	fire, either []string
	feats        []string
	times        int
	where        string // file:line, or rule/bad/n for an example
	author       string // the corpus author ("t12"), "" for an example
	note         string
	opts         Options
}

// exampleTimes is how many corpus notes a catalog example counts as: the
// examples are few, and each was written to show where the rule's line is.
const exampleTimes = 5

// samples reads every tuning note in a modelled language and every catalog
// example of the learned rules.
func samples(t *testing.T) []sample {
	var ss []sample
	add := func(where, note string, opts Options, fire, either []string, times int) *sample {
		var k Checker
		k.Check(note, opts)
		ss = append(ss, sample{fire: fire, either: either, feats: noteFeatures(&k.c), times: times, where: where, note: note, opts: opts})
		return &ss[len(ss)-1]
	}
	for _, n := range loadCorpus(t) {
		if n.part == "tune" && strings.Contains(learnLangs, n.Lang) {
			_, rest, _ := strings.Cut(n.ID, "-")
			author, _, _ := strings.Cut(rest, "-")
			add(n.file, n.Note, n.options(), n.Fire, n.Either, 1).author = author
		}
	}
	for _, lm := range learnedModels {
		r, _ := Lookup(lm.rule)
		for i, ex := range r.Bad {
			add(lm.rule+"/bad/"+itoa(i), ex.Note, ex.Options, []string{lm.rule}, nil, exampleTimes)
		}
		for i, ex := range r.Good {
			add(lm.rule+"/good/"+itoa(i), ex.Note, ex.Options, nil, nil, exampleTimes)
		}
	}
	return ss
}

// train fits a logistic regression by AdaGrad, in the notes' order, so that
// the same corpus always gives the same model. w[len(w)-1] is the bias.
func train(notes []learnNote, dim int) []float64 {
	w := make([]float64, dim+1)
	g2 := make([]float64, dim+1)
	step := func(f int, g float64) {
		g += learnL2 * w[f]
		g2[f] += g * g
		w[f] -= learnRate * g / math.Sqrt(g2[f]+1e-8)
	}
	for range learnEpochs {
		for _, n := range notes {
			z := w[dim]
			for _, f := range n.feats {
				z += w[f]
			}
			g := 1/(1+math.Exp(-z)) - n.y
			for _, f := range n.feats {
				step(f, g)
			}
			step(dim, g)
		}
	}
	return w
}

// learn trains the model of rule and returns its text.
func learn(rule string, mark float64, ss []sample) string {
	// Features of enough notes, numbered in order of appearance.
	df := map[string]int{}
	for _, s := range ss {
		for _, f := range uniq(s.feats) {
			df[f]++
		}
	}
	num := map[string]int{}
	var names []string
	var ln []learnNote
	for _, s := range ss {
		if slices.Contains(s.either, rule) {
			continue // a mentor could go either way: no lesson
		}
		x := learnNote{y: 0}
		if slices.Contains(s.fire, rule) {
			x.y = 1
		}
		for _, f := range s.feats { // as often as it occurs, as the checker counts
			if df[f] < learnMinNotes {
				continue
			}
			k, ok := num[f]
			if !ok {
				k = len(names)
				num[f] = k
				names = append(names, f)
			}
			x.feats = append(x.feats, k)
		}
		for range s.times {
			ln = append(ln, x)
		}
	}
	// Train, keep the features that weigh, train again on them alone.
	w := train(ln, len(names))
	for i := range ln {
		ln[i].feats = slices.DeleteFunc(slices.Clone(ln[i].feats), func(f int) bool { return math.Abs(w[f]) < learnKeep })
	}
	w = train(ln, len(names))
	// Write: the bias and the mark, then the features by weight.
	byLevel := map[int][]string{}
	for f, name := range names {
		if math.Abs(w[f]) < learnDrop {
			continue
		}
		if lvl := int(math.Round(w[f] * learnedUnit)); lvl != 0 {
			byLevel[clampInt8(lvl)] = append(byLevel[clampInt8(lvl)], name)
		}
	}
	levels := make([]int, 0, len(byLevel))
	for l := range byLevel {
		levels = append(levels, l)
	}
	slices.Sort(levels)
	slices.Reverse(levels)
	at := int(math.Ceil(math.Log(mark/(1-mark)) * learnedUnit))
	var b strings.Builder
	fmt.Fprintf(&b, "%d %d\n", int(math.Round(w[len(names)]*learnedUnit)), at)
	for _, l := range levels {
		fs := byLevel[l]
		slices.Sort(fs)
		fmt.Fprintf(&b, "%d %s\n", l, strings.Join(fs, " "))
	}
	return b.String()
}

func clampInt8(n int) int { return max(-127, min(127, n)) }

func uniq(fs []string) []string {
	fs = slices.Clone(fs)
	slices.Sort(fs)
	return slices.Compact(fs)
}

// TestLearn writes the learned models with -learn. Without it, it checks
// that the checker weighs each sample's features as the trainer reads them:
// the two must never disagree on what a feature is.
func TestLearn(t *testing.T) {
	ss := samples(t)
	for _, lm := range learnedModels {
		if *learnCV {
			crossValidate(t, lm.rule, ss)
		}
		if *learnWrite {
			src := learn(lm.rule, lm.mark, ss)
			out := fmt.Sprintf("// Code generated by TestLearn (make learn) from the corpus's tuning part and the rule's examples; DO NOT EDIT.\n\npackage rules\n\n"+
				"// %s is %s's learned model (learned.go).\nconst %s = `\n%s`\n", lm.name, lm.rule, lm.name, src)
			if err := os.WriteFile(lm.file, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		m := learnedOf(t, lm.rule)
		weights := learnedWeights(m)
		for _, s := range ss {
			want := m.bias
			for _, f := range s.feats {
				want += weights[f]
			}
			var k Checker
			k.Check(s.note, s.opts)
			if got := m.weigh(&k.c, nil); got != want {
				t.Errorf("%s: %s: the checker weighs %d, the trainer's features %d", s.where, lm.rule, got, want)
			}
		}
	}
}

// learnedOf returns the compiled model of the rule with the given id.
func learnedOf(t *testing.T, id string) *learned {
	t.Helper()
	for i := range engine.rules {
		if engine.rules[i].rule.ID == id {
			switch m := engine.rules[i].m.(type) {
			case *intentMatcher:
				if m.learned != nil {
					return m.learned
				}
			case *requiredMatcher:
				if m.learned != nil {
					return m.learned
				}
			}
		}
	}
	t.Fatalf("%s has no learned model", id)
	return nil
}

// learnedWeights returns a model's weights by feature, as the trainer names
// them.
func learnedWeights(m *learned) map[string]int {
	ws := map[string]int{}
	for n, w := range m.vocab.words {
		if m.uni[n] != 0 {
			ws[w] = int(m.uni[n])
		}
	}
	for i, k := range m.pairs {
		ws[m.vocab.words[k>>32]+"+"+m.vocab.words[uint32(k)]] = int(m.pairW[i])
	}
	return ws
}

// crossValidate prints, for folds of authors, how the rule does with its cues
// alone and with a model trained without those authors' notes, at a few
// marks: the honest measure of what the model adds, as every author's notes
// share wordings the model would otherwise have seen.
func crossValidate(t *testing.T, rule string, ss []sample) {
	const folds = 5
	m := learnedOf(t, rule)
	saved := *m
	defer func() { *m = saved }()
	marks := []float64{0.8, 0.9, 0.95, 0.98}
	veto := isRequired(rule) // the model keeps the rule quiet rather than firing it
	if veto {
		marks = []float64{0.005, 0.01, 0.02, 0.05}
	}
	type counts struct{ tp, fp, fn int }
	cues, with := counts{}, make([]counts, len(marks))
	tally := func(c *counts, y, fired bool) {
		switch {
		case y && fired:
			c.tp++
		case fired:
			c.fp++
		case y:
			c.fn++
		}
	}
	for k := range folds {
		var train []sample
		for _, s := range ss {
			if s.author == "" || int(hashWord(s.author))%folds != k {
				train = append(train, s)
			}
		}
		*m = *compileLearned(learn(rule, 0.5, train))
		for _, s := range ss {
			if s.author == "" || int(hashWord(s.author))%folds != k || slices.Contains(s.either, rule) {
				continue
			}
			y := slices.Contains(s.fire, rule)
			m.mark = math.MaxInt // the cues alone
			if veto {
				m.mark = math.MinInt
			}
			var c Checker
			byCues := hasRule(c.Check(s.note, s.opts), rule)
			tally(&cues, y, byCues)
			score := m.weigh(&c.c, nil)
			for i, p := range marks {
				reaches := float64(score) >= math.Log(p/(1-p))*learnedUnit
				if veto {
					tally(&with[i], y, byCues && reaches)
				} else {
					tally(&with[i], y, byCues || reaches)
				}
			}
		}
	}
	line := func(what string, c counts) {
		fmt.Printf("%-12s %-20s tp %5d  fp %4d  fn %4d  P %.3f  R %.3f\n", rule, what, c.tp, c.fp, c.fn,
			float64(c.tp)/float64(c.tp+c.fp), float64(c.tp)/float64(c.tp+c.fn))
	}
	line("cues alone", cues)
	if veto {
		fmt.Printf("%-12s (quiet where the model's probability is under the mark)\n", rule)
	}
	for i, p := range marks {
		line(fmt.Sprintf("with model at %.3f", p), with[i])
	}
}

// isRequired reports whether the rule with the given id is a required
// element's.
func isRequired(id string) bool {
	for i := range engine.rules {
		if engine.rules[i].rule.ID == id {
			_, ok := engine.rules[i].m.(*requiredMatcher)
			return ok
		}
	}
	return false
}
