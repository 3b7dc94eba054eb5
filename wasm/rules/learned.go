package rules

// Learned weights back up an intent's cues. Cues are phrases someone wrote
// down, and a pitch or a job ask worded in a way nobody wrote down slips
// past them. Across thousands of labelled notes, though, the words that sell
// or ask ("our", "demo", "clients", "opening", "referral") add up even when
// no cue holds their order. So an intent may carry a linear model over its
// note's words and pairs of neighbouring words, trained on the corpus's
// tuning part (learn_test.go writes it, `make learn`): when the cues find
// nothing and the words' weights still add up past the model's mark, the
// intent fires and highlights the words that weighed most, so the finding
// still says what decided it.
//
// A model is data in two parts. learnedFeatures (learned_data.go) lists
// the features of every model, one to a space, so that a feature that
// several models weigh ("i+am") ships once. A model itself is a line "bias
// mark", then one character per feature of that list: its weight, in
// quarters of a logit, as the distance from 'O' ('O' for none, 'P' for
// +1, 'N' for -1). So with the features "demo our+platform your+talk",
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

// learned is a compiled model.
type learned struct {
	vocab      lexicon
	uni        []int8 // by vocab number; 0 for words that weigh only in pairs
	pairs      pairTable
	bias, mark int
}

// zeroWeight is the character of a weight of 0 in a model's text.
const zeroWeight = 'O'

// compileLearned reads a model's text over its list of features.
func compileLearned(features, src string) *learned {
	m := &learned{}
	head, weights, _ := cut(src, "\n")
	bias, mark, _ := cut(head, " ")
	m.bias, m.mark = atoi(bias), atoi(mark)
	for k := 0; features != "" && k < len(weights); k++ {
		var f string
		f, features, _ = cut(features, " ")
		w := int8(int(weights[k]) - zeroWeight)
		switch a, b, pair := cut(f, "+"); {
		case w == 0:
		case pair:
			m.pairs.put(m.word(a)<<32|m.word(b), w)
		default:
			m.uni[m.word(f)] = w
		}
	}
	return m
}

// word returns the vocabulary number of w, adding it if it is new.
func (m *learned) word(w string) uint64 {
	n := m.vocab.add(w)
	if int(n) == len(m.uni) {
		m.uni = append(m.uni, 0)
	}
	return uint64(n)
}

// A pairTable holds the weights of pairs of words, keyed by their
// vocabulary numbers (first<<32 | second): a hash table with open
// addressing, like the lexicon.
type pairTable struct {
	keys  []uint64
	ws    []int8
	slots []int32 // the index+1 of the key hashed there, 0 when free; a power of two long
}

// pairHash spreads a key over the slots (Fibonacci hashing).
func pairHash(k uint64, mask uint32) uint32 { return uint32((k*0x9E3779B97F4A7C15)>>32) & mask }

// put adds the pair k with weight w; the trainer writes each pair once.
func (p *pairTable) put(k uint64, w int8) {
	p.keys = append(p.keys, k)
	p.ws = append(p.ws, w)
	if 2*len(p.keys) > len(p.slots) { // at most half full
		p.slots = make([]int32, max(1024, 2*len(p.slots)))
		for i := range p.keys {
			p.place(i)
		}
	} else {
		p.place(len(p.keys) - 1)
	}
}

func (p *pairTable) place(i int) {
	mask := uint32(len(p.slots) - 1)
	j := pairHash(p.keys[i], mask)
	for p.slots[j] != 0 {
		j = (j + 1) & mask
	}
	p.slots[j] = int32(i + 1)
}

// weight returns the weight of the pair k, 0 for a pair the table lacks.
func (p *pairTable) weight(k uint64) int {
	mask := uint32(len(p.slots) - 1)
	for j := pairHash(k, mask); len(p.slots) > 0; j = (j + 1) & mask {
		n := p.slots[j]
		if n == 0 {
			break
		}
		if p.keys[n-1] == k {
			return int(p.ws[n-1])
		}
	}
	return 0
}

// features walks the words of a note as a model reads them. A word's form
// is its folded form, "#" for any number and "N" for a name: the
// recipient's, or a capitalised word inside a sentence (except in German,
// which capitalises every noun). Which people, employers and events the
// corpus's authors happened to name says nothing about the next note, but
// that a note names them does ("at N", "N's team").
type features struct {
	d    *doc
	name string // the recipient's name, folded
	de   bool
	i    int // the next token to look at
	last int // the token of the last word, -1 at first
}

func newFeatures(d *doc, name string, l lang) features {
	return features{d: d, name: name, de: l == langDE, last: -1}
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
		case t.norm == it.name || t.flags&(fCap|fCaps) == fCap && !it.de && it.last >= 0 && it.d.toks[it.last].sent == t.sent:
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

// relationshipWord is the feature that stands for the relationship the
// checker was told of: a note to an interviewer may mention future roles.
func relationshipWord(r Relationship) string { return "@" + string(r) }

// weigh calls f for each feature of the note that the model weighs, with
// the tokens [i, j) it covers, and returns the note's score.
func (m *learned) weigh(c *checker, f func(i, j, w int)) int {
	score := m.bias
	if c.opts.Relationship != "" {
		if n := m.vocab.lookup(relationshipWord(c.opts.Relationship)); n >= 0 {
			score += int(m.uni[n])
		}
	}
	it := newFeatures(&c.d, c.name, c.lang)
	prev, pi := int32(-1), -1 // the previous word's number and token
	for {
		i, w, alone, paired, ok := it.next()
		if !ok {
			return score
		}
		n := m.vocab.lookup(w)
		if n >= 0 {
			if x := int(m.uni[n]); x != 0 && alone {
				score += x
				if f != nil {
					f(i, i+1, x)
				}
			}
			if paired && prev >= 0 {
				if x := m.pairs.weight(uint64(prev)<<32 | uint64(n)); x != 0 {
					score += x
					if f != nil {
						f(pi, i+1, x)
					}
				}
			}
		}
		prev, pi = n, i
	}
}

// mostShown is how many features a learned finding highlights at most.
const mostShown = 4

// find reports the note if its score reaches the mark, highlighting the
// features that weighed most for it.
func (m *learned) find(c *checker, msg string) {
	if m.weigh(c, nil) < m.mark {
		return
	}
	type feature struct{ i, j, w int }
	var top [mostShown]feature
	m.weigh(c, func(i, j, w int) {
		if w <= top[mostShown-1].w {
			return
		}
		k := mostShown - 1
		for ; k > 0 && w > top[k-1].w; k-- {
			top[k] = top[k-1]
		}
		top[k] = feature{i, j, w}
	})
	// The strongest always; the others if each weighs a logit or more, as
	// a word that weighs less ("for", "the") explains nothing alone.
	for k, f := range top {
		if f.w > 0 && (k == 0 || f.w >= learnedUnit) {
			c.reportTokens(f.i, f.j, msg)
		}
	}
}
