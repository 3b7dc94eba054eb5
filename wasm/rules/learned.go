package rules

// Learned weights back up a rule's cues. Cues are phrases someone wrote
// down, and a pitch or a job ask worded in a way nobody wrote down slips
// past them. Across thousands of labelled notes, though, the words that sell
// or ask ("our", "demo", "clients", "opening", "referral") add up even when
// no cue holds their order. So a rule may carry a linear model over its
// note's words and pairs of neighbouring words, trained on the corpus's
// tuning part (learn_test.go writes it, `make learn`). An intent whose cues
// find nothing fires when the words' weights still add up past the model's
// mark, and highlights the words that weighed most, so the finding still
// says what decided it. The other way round, an intent whose cues fire is
// not reported when the note scores under the model's veto: a cue is a
// phrase, and "freelance", "clients" or "I'm a consultant" sell in one note
// and only introduce the sender in another, which the words around them
// tell apart. A required element the cues find missing is not reported when
// the note scores under the mark: its words all but say the element is
// there (kinds.go); one the cues find is reported all the same when the
// note scores at or over the veto ("I'm weighing the same call" is no
// introduction, whatever "I'm" promises).
//
// A model is data in two parts. learnedFeatures (learned_data.go) lists
// the features of every model, one to a space, so that a feature that
// several models weigh ("i+am") ships once. A model itself is a line "bias
// mark" or "bias mark veto", then one character per feature of that list:
// its weight, in quarters of a logit, as the distance from 'O' ('O' for
// none, 'P' for +1, 'N' for -1). So with the features "demo our+platform
// your+talk",
//
//	"-21 9\n[WG"
//
// has a bias of -21, fires at 9, and weighs "demo" +12, "our platform" +8
// and "your talk" -8.
//
// A feature is a word as the checker folds it ("#" for a number, "N" for a
// name), two words next to each other in a sentence joined by "+", or the
// relationship the checker was told of ("@interviewer").

// learnedUnit is how many steps of a model's weights make a logit.
const learnedUnit = 4

// evenOdds is the score of a note as likely to break the rule as not.
const evenOdds = 0

// zeroWeight is the character of a weight of 0 in a model's text.
const zeroWeight = 'O'

// learned is a compiled model: its weights live in the vocabulary it shares
// with the engine's other models (learned_vocab.go), at its slot.
type learned struct {
	vocab            *learnedVocab
	slot             int
	bias, mark, veto int  // veto: where the model overrules the rule's cues (overrules)
	vetoes           bool // whether it ever does
	even             int  // where the words lean towards the rule (leans): even odds
}

// compileLearned reads a model's text over its list of features, numbering
// their words and pairs in vocab.
func compileLearned(vocab *learnedVocab, features, src string) *learned {
	m := &learned{vocab: vocab, slot: vocab.slot(), even: evenOdds}
	head, weights, _ := cut(src, "\n")
	bias, rest, _ := cut(head, " ")
	mark, veto, vetoed := cut(rest, " ")
	m.bias, m.mark = atoi(bias), atoi(mark)
	if vetoed {
		m.veto, m.vetoes = atoi(veto), true
	}
	for k := 0; features != "" && k < len(weights); k++ {
		var f string
		f, features, _ = cut(features, " ")
		if w := int8(int(weights[k]) - zeroWeight); w != 0 {
			vocab.set(m.slot, f, w)
		}
	}
	return m
}

// learned compiles a rule's model, if it has one, into the engine's shared
// vocabulary.
func (b *compiler) learned(src string) *learned {
	if src == "" {
		return nil
	}
	return compileLearned(&b.e.learned, learnedFeatures, src)
}

// overrules reports whether the note's words overrule what the cues found:
// for an intent, whose cues fired, a score under the veto; for a required
// element, which the cues found, a score at or over it (the words all but
// say it is missing).
func (m *learned) overrules(c *checker, intent bool) bool {
	return m != nil && m.vetoes && (m.weigh(c) < m.veto) == intent
}

// leans reports whether the note's words make the rule more likely than
// not: not enough to fire it on their own, but enough to decide for cues
// that fell one weight short of firing it (intentMatcher.find).
func (m *learned) leans(c *checker) bool { return m.weigh(c) >= m.even }

// weigh returns the note's score.
func (m *learned) weigh(c *checker) int {
	return m.bias + c.modelScores(m.vocab)[m.slot]
}

// features walks the words of a note as a model reads them. A word's form
// is its folded form, "#" for any number and "N" for a name: a word of the
// recipient's, one capitalised after a title, or one capitalised inside a
// sentence (except in German, which capitalises every noun). Which people, employers and events the
// corpus's authors happened to name says nothing about the next note, but
// that a note names them does ("at N", "N's team").
type features struct {
	d     *doc
	names [3]string // the words of the recipient's name, folded
	de    bool
	i     int // the next token to look at
	last  int // the token of the last word, -1 at first
}

func newFeatures(d *doc, name string, l lang) features {
	it := features{d: d, de: l == langDE, last: -1}
	for k := range it.names {
		it.names[k], name, _ = cut(name, " ")
	}
	return it
}

// isName reports whether w is a word of the recipient's name.
func (it *features) isName(w string) bool {
	return w == it.names[0] || w == it.names[1] || w == it.names[2]
}

// next returns the next word's token and form, whether it is a feature on
// its own, and whether the word before it in its sentence is a feature too
// (the two make a pair). A function word ("to", "for", "chez") is a feature
// only in pairs ("refer me", "our platform"): alone it says little, and a
// finding that highlighted it would explain nothing.
func (it *features) next() (i int, w string, alone, paired, ok bool) {
	for ; it.i < len(it.d.toks); it.i++ {
		t := &it.d.toks[it.i]
		switch {
		case t.kind == tNum:
			w = "#"
		case t.kind != tWord:
			continue
		case it.isName(t.norm) || it.named(t):
			w = "N"
		default:
			w = t.norm
		}
		i, it.i = it.i, it.i+1
		paired = it.last >= 0 && it.d.toks[it.last].sent == t.sent
		it.last = i
		return i, w, t.langs == 0, paired, true
	}
	return 0, "", false, false, false
}

// named reports whether a word is a name: capitalised after a title ("Herr
// Becker", "Dr. Silva"), or, except in German, inside a sentence.
func (it *features) named(t *token) bool {
	if t.flags&(fCap|fCaps) != fCap || it.last < 0 {
		return false
	}
	prev := &it.d.toks[it.last]
	return prev.lists&inTitles != 0 || !it.de && prev.sent == t.sent
}

// relationshipWord is the feature that stands for the relationship the
// checker was told of: a note to an interviewer may mention future roles.
func relationshipWord(r Relationship) string { return "@" + string(r) }

// mostShown is how many features a learned finding highlights at most.
const mostShown = 4

// find reports the note if its score reaches the mark, highlighting the
// features that weighed most for it.
func (m *learned) find(c *checker, msg string) {
	if m.weigh(c) >= m.mark {
		m.explain(c, msg)
	}
}

// explain highlights the features that weighed most for the rule.
func (m *learned) explain(c *checker, msg string) {
	type feature struct{ i, j, w int }
	var top [mostShown]feature
	m.vocab.each(c, m.slot, func(i, j, w int) {
		if w <= top[mostShown-1].w {
			return
		}
		k := mostShown - 1
		for ; k > 0 && w > top[k-1].w; k-- {
			top[k] = top[k-1]
		}
		top[k] = feature{i, j, w}
	})
	// The strongest always; the others if each weighs a logit or more: a
	// feature that weighs less explains little on its own.
	for k, f := range top {
		if f.w > 0 && (k == 0 || f.w >= learnedUnit) {
			c.reportTokens(f.i, f.j, msg)
		}
	}
}
