//go:build !js

package rules

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The evaluation runs every note of the labelled corpus (testdata/corpus)
// through Check and compares the rules that fire with the labels: precision
// and recall per rule and language, on the part the rules are tuned on and on
// the part nobody tunes on, and how often the verdict agrees. `make eval`
// prints the whole table and the misjudged notes; TestEval fails when any
// rule in any language falls under the floor on the held-out part.

var (
	evalReport = flag.Bool("eval", false, "print the corpus evaluation (make eval)")
	evalWrong  = flag.String("eval.wrong", "tune", "the parts whose misjudged notes -eval lists (make eval asks for tune,holdout; tuning work should not read the held-out notes)")
	evalValid  = flag.String("eval.valid", "", "authors (as t6,t7) whose tuning notes form a validation part, to see how the rules do on wordings from an author they were not tuned on")
)

// evalParts are the parts -eval shows: a validation part only when asked for.
func evalParts() []string {
	if *evalValid == "" {
		return corpusParts
	}
	return []string{"tune", "valid", "holdout"}
}

// splitValidation moves the tuning notes of the -eval.valid authors to a part
// of their own.
func splitValidation(notes []*corpusNote) {
	if *evalValid == "" {
		return
	}
	authors := strings.Split(*evalValid, ",")
	for _, n := range notes {
		base := strings.TrimSuffix(filepath.Base(strings.Split(n.file, ":")[0]), ".yaml")
		_, author, _ := strings.Cut(base, "-")
		if n.part == "tune" && slices.Contains(authors, strings.TrimRight(author, "abcdefghijklmnopqrstuvwxyz")) {
			n.part = "valid"
		}
	}
}

// evalFloor is the precision and recall every rule must reach on the
// held-out part; make eval holds every rule to it and shows it per language
// as well.
const evalFloor = 0.9

// evalReached is what the rules that do not reach the floor yet do reach on
// the held-out part (precision, recall), a little rounded down: TestEval,
// which make test runs, fails when a change makes any rule worse than this
// or than the floor, while make eval holds every rule to the floor itself.
// Raise a figure when a rule improves; delete its line when it reaches the
// floor.
// Round 19 took every rule to the floor; round 20 added eighteen authors
// (h10 to h27, 3,600 notes written during and after the round's changes
// and never tuned on) to the held-out part, on which no-reason's
// precision (0.87), no-introduction's precision and recall (0.89, 0.87),
// vague-compliment's recall (0.86) and sales-pitch's (0.897) are under
// it: these authors read a reason or an introduction into more notes than
// the tuning part's did, and word introductions, praise and pitches in
// ways no cue or model holds yet. Round 21 added eight more (h28 to h35,
// 1,600 notes written after most of its changes, never read); on the 6,440
// notes no-reason's precision is 0.874 (its new authors read a reason into
// more notes again: 0.80 on h32 to h35), no-introduction's 0.893 and
// 0.871, vague-compliment's recall 0.874 and sales-pitch's 0.894. (On the
// first 4,840 alone, no-introduction's precision fell from 0.886 to 0.879
// with the round's retrained models, which gained 4 verdicts there.)
// Round 22 brought sales-pitch (0.91) and vague-compliment (0.94 with its
// new model) over the floor, then added eight more authors (h36 to h43,
// 1,600 notes written during the round and never read): on the 8,040
// notes no-reason's precision is 0.844 (its new authors read a reason into
// more notes still: 0.72 on h36 to h43), no-introduction's 0.876 and 0.870
// (0.878 recall, 797 of 908, once the job a sender seeks no longer
// introduces them, as the hard cases say), and no-common-ground's
// precision 0.899. Round 23 moved four authors written after round 22's
// last change to the held-out part unread (h44, h45; the other two, read,
// to the tuning part): on 8,440 notes no-common-ground's precision was
// 0.895. Its models, retrained on 33,796 tuning notes, took
// no-common-ground over the floor (0.91, 0.93), no-introduction's
// precision to 0.894 (its recall down to 0.874) and no-reason's to 0.86.
// Then eight more authors, written during the round and never read (h46
// to h53, 1,600 notes), joined the held-out part: on its 10,040 notes
// no-reason's precision is 0.860 and no-introduction's 0.886 and 0.864;
// no-common-ground stays over the floor (0.91, 0.93). Round 24 moved six
// authors written at its start to the held-out part unread (h54 to h59,
// 1,200 notes, 1,149 verdicts on round 23's last rules): on its 11,240
// notes no-reason's precision is 0.861 and no-introduction's 0.884 and
// 0.860 (0.86 and 0.82 on the six). Round 25 moved six more, written at
// its start and never read (h60 to h65, 1,139 of 1,200 verdicts on its
// first rules and on its last): on 12,440 notes no-reason's precision is
// 0.862 and no-introduction's 0.874 and 0.856 (0.78 and 0.79 on the six).
var evalReached = map[string][2]float64{
	"no-reason":       {0.855, evalFloor},
	"no-introduction": {0.87, 0.855},
}

// A cell counts one rule's outcomes in one language and part.
type cell struct{ tp, fp, fn int }

func (c cell) precision() (float64, bool) {
	return float64(c.tp) / float64(c.tp+c.fp), c.tp+c.fp > 0
}

func (c cell) recall() (float64, bool) {
	return float64(c.tp) / float64(c.tp+c.fn), c.tp+c.fn > 0
}

type cellKey struct{ part, rule, lang string }

// An evaluation is the corpus run through Check.
type evaluation struct {
	notes    int
	cells    map[cellKey]*cell
	verdicts map[string][2]int // part → right, total
	wrong    []string          // misjudged notes, described
	fired    []map[string]bool // by note, the rules that fired
}

func evaluate(notes []*corpusNote) *evaluation {
	ev := &evaluation{notes: len(notes), cells: map[cellKey]*cell{}, verdicts: map[string][2]int{}}
	for _, n := range notes {
		r := Check(n.Note, n.options())
		got := map[string]bool{}
		for _, f := range r.Findings {
			got[f.Rule] = true
		}
		ev.fired = append(ev.fired, got)
		var missed, extra []string
		for _, rule := range Catalog() {
			id := rule.ID
			want, doubt := slices.Contains(n.Fire, id), slices.Contains(n.Either, id)
			if doubt {
				continue
			}
			for _, lang := range []string{n.Lang, "all"} {
				k := cellKey{n.part, id, lang}
				c := ev.cells[k]
				if c == nil {
					c = &cell{}
					ev.cells[k] = c
				}
				c.add(want, got[id])
			}
			switch {
			case want && !got[id]:
				missed = append(missed, id)
			case got[id] && !want:
				extra = append(extra, id)
			}
		}
		v := ev.verdicts[n.part]
		v[1]++
		if r.Verdict == n.Verdict {
			v[0]++
		}
		ev.verdicts[n.part] = v
		if len(missed)+len(extra) > 0 || r.Verdict != n.Verdict {
			var b strings.Builder
			fmt.Fprintf(&b, "%-8s %s %s:", n.part, n.ID, n.file)
			if len(missed) > 0 {
				fmt.Fprintf(&b, " missed %s;", strings.Join(missed, ", "))
			}
			if len(extra) > 0 {
				fmt.Fprintf(&b, " extra %s;", strings.Join(extra, ", "))
			}
			if r.Verdict != n.Verdict {
				fmt.Fprintf(&b, " verdict %s, want %s;", r.Verdict, n.Verdict)
			}
			fmt.Fprintf(&b, " [%s] %q", r.Language, n.Note)
			ev.wrong = append(ev.wrong, b.String())
		}
	}
	return ev
}

// langs returns the languages in the evaluation, modelled ones first.
func (ev *evaluation) langs() []string {
	seen := map[string]bool{}
	for k := range ev.cells {
		seen[k.lang] = true
	}
	var ls []string
	for l := range seen {
		ls = append(ls, l)
	}
	rank := func(l string) int {
		if i := slices.Index([]string{"all", "en", "es", "pt", "fr", "de"}, l); i >= 0 {
			return i
		}
		return 10
	}
	sort.Slice(ls, func(i, j int) bool {
		if rank(ls[i]) != rank(ls[j]) {
			return rank(ls[i]) < rank(ls[j])
		}
		return ls[i] < ls[j]
	})
	return ls
}

// below lists the held-out cells of the given languages under the floor, or,
// with reached, under what each rule reached so far.
func (ev *evaluation) below(langs []string, reached bool) []string {
	var out []string
	for _, rule := range Catalog() {
		floor := [2]float64{evalFloor, evalFloor}
		if r, ok := evalReached[rule.ID]; ok && reached {
			floor = r
		}
		for _, lang := range langs {
			c := ev.cells[cellKey{"holdout", rule.ID, lang}]
			if c == nil {
				continue
			}
			if p, ok := c.precision(); ok && p < floor[0] {
				out = append(out, fmt.Sprintf("%s/%s precision %.3f (%d of %d), under %.3f", rule.ID, lang, p, c.tp, c.tp+c.fp, floor[0]))
			}
			if r, ok := c.recall(); ok && r < floor[1] {
				out = append(out, fmt.Sprintf("%s/%s recall %.3f (%d of %d), under %.3f", rule.ID, lang, r, c.tp, c.tp+c.fn, floor[1]))
			}
		}
	}
	return out
}

func (ev *evaluation) print(w io.Writer) {
	fmt := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	num := func(x float64, ok bool) string {
		if !ok {
			return "   - "
		}
		return fmt2(x)
	}
	fmt("Corpus evaluation: %d notes. P precision, R recall, n positives (tp+fn), fp false alarms.\n", ev.notes)
	fmt("Held-out floor: %.2f for every rule (TestEval: all languages together); \"< floor\" marks each rule and language under it.\n\n", evalFloor)
	fmt("%-19s %-4s", "rule", "lang")
	for _, part := range evalParts() {
		fmt(" | %-26s", fmt3(part))
	}
	fmt("\n")
	for _, rule := range Catalog() {
		for _, lang := range ev.langs() {
			var cells []*cell
			any := false
			for _, part := range evalParts() {
				c := ev.cells[cellKey{part, rule.ID, lang}]
				cells = append(cells, c)
				any = any || c != nil && c.tp+c.fn+c.fp > 0
			}
			if !any {
				continue // the rule never applies in this language: nothing to show
			}
			row := func(c *cell) string {
				if c == nil {
					return strings.Repeat(" ", 26)
				}
				p, pok := c.precision()
				r, rok := c.recall()
				return "      " + num(p, pok) + " " + num(r, rok) + " " + pad(c.tp+c.fn) + " " + pad(c.fp)
			}
			mark := ""
			if h := ev.cells[cellKey{"holdout", rule.ID, lang}]; h != nil {
				if p, ok := h.precision(); ok && p < evalFloor {
					mark = "  < floor"
				}
				if r, ok := h.recall(); ok && r < evalFloor {
					mark = "  < floor"
				}
			}
			fmt("%-19s %-4s", rule.ID, lang)
			for _, c := range cells {
				fmt(" |%s", row(c))
			}
			fmt("%s\n", mark)
		}
	}
	fmt("\nVerdict accuracy:")
	for _, part := range evalParts() {
		v := ev.verdicts[part]
		if v[1] > 0 {
			fmt("  %s %.2f (%d of %d)", part, float64(v[0])/float64(v[1]), v[0], v[1])
		}
	}
	fmt("\n\nMisjudged notes (%d), parts %s:\n", len(ev.wrong), *evalWrong)
	for _, s := range ev.wrong {
		if part, _, _ := strings.Cut(s, " "); slices.Contains(strings.Split(*evalWrong, ","), part) {
			fmt("  %s\n", s)
		}
	}
}

func fmt2(x float64) string { return fmt.Sprintf("%5.2f", x) }

// fmt3 heads a part's columns.
func fmt3(part string) string { return fmt.Sprintf("%-7s P     R     n   fp", part) }
func pad(n int) string        { return fmt.Sprintf("%4d", n) }

// TestEval runs the corpus. In make test it fails when a rule does worse on
// the held-out part than it has reached (evalReached) or than the floor; in
// make eval (-eval) it prints the whole evaluation and fails when any rule is
// under the floor. Both judge each rule over all languages together, as the
// held-out part has only a handful of notes per rule in some languages, where
// one note is a sixth of the score; make eval marks the languages under the
// floor too.
func TestEval(t *testing.T) {
	notes := loadCorpus(t)
	if len(notes) == 0 {
		t.Fatal("the corpus is empty")
	}
	splitValidation(notes)
	ev := evaluate(notes)
	if *evalReport {
		ev.print(os.Stdout)
		printModelEffects(os.Stdout, modelEffects(t, notes, ev.fired))
	}
	if below := ev.below([]string{"all"}, !*evalReport); len(below) > 0 {
		what := "under what they reached so far (evalReached): a change made them worse"
		if *evalReport {
			what = fmt.Sprintf("under the floor of %.2f", evalFloor)
		}
		t.Errorf("on the held-out corpus, %d rule figures are %s:\n  %s", len(below), what, strings.Join(below, "\n  "))
	}
}
