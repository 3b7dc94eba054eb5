package rules

// The vocabulary the learned models of an engine share: their words,
// numbered once, and the pairs of words they weigh, numbered once; each
// model's weights by those numbers. A check reads the note's words once
// (modelWords) and scores it for every model in the same pass, so a model
// more costs a few additions per word, not a look-up.

// A learnedVocab numbers the words and pairs of the learned models'
// features and holds each model's weights, by its slot.
type learnedVocab struct {
	lexicon
	pairs pairIndex
	uni   [][]int8 // by slot, then word number: the word's weight alone
	pairW [][]int8 // by slot, then pair number

	// Which of the engine lexicon's words are the vocabulary's: a token's
	// word then needs no second look-up.
	byWid    []int32 // by the engine lexicon's number: the word's number here, or -1
	name     int32   // the number of "N", or -1
	number   int32   // the number of "#", or -1
	mappedOf *lexicon
}

// set gives feature f (a word, or two joined by "+") the weight w in the
// model of the given slot.
func (v *learnedVocab) set(slot int, f string, w int8) {
	if a, b, pair := cut(f, "+"); pair {
		k := v.pairs.add(uint64(v.add(a))<<32 | uint64(v.add(b)))
		v.pairW[slot] = grown(v.pairW[slot], k)
		v.pairW[slot][k] = w
		return
	}
	n := int(v.add(f))
	v.uni[slot] = grown(v.uni[slot], n)
	v.uni[slot][n] = w
}

// grown returns ws long enough to hold index i.
func grown(ws []int8, i int) []int8 {
	for len(ws) <= i {
		ws = append(ws, 0)
	}
	return ws
}

// weightAt returns ws[i], 0 for -1 (no word) and past its end: a model
// holds no weight for the words and pairs only later models added.
func weightAt(ws []int8, i int) int {
	if uint(i) < uint(len(ws)) {
		return int(ws[i])
	}
	return 0
}

// mapLexicon maps the engine lexicon x's words to the vocabulary's.
func (v *learnedVocab) mapLexicon(x *lexicon) {
	v.byWid = make([]int32, len(x.words))
	for n, w := range x.words {
		v.byWid[n] = v.lookup(w)
	}
	v.name, v.number, v.mappedOf = v.lookup("N"), v.lookup("#"), x
}

// of returns the vocabulary number of token t's word w.
func (v *learnedVocab) of(t *token, w string, x *lexicon) int32 {
	if v.mappedOf != x {
		v.mapLexicon(x) // a vocabulary of its own (tests): mapped at first use
	}
	switch {
	case w == "N":
		return v.name
	case w == "#":
		return v.number
	case t.wid >= 0 && len(x.words[t.wid]) == len(w):
		// The lexicon's word is the token's, unless it is a German
		// compound's last part, which is shorter (engine.compound).
		return v.byWid[t.wid]
	}
	return v.lookup(w)
}

// A modelWord is a word of the note as the models read it.
type modelWord struct {
	tok           int32 // its token
	id            int32 // its number in the vocabulary, or -1
	pair          int32 // the number of the pair it ends, or -1
	alone, paired bool  // see features.next
}

// modelScores returns the note's score (without the bias) for each model
// of vocab, by slot, reading the note once per check.
func (c *checker) modelScores(v *learnedVocab) []int {
	if c.mwOf == v {
		return c.mscores
	}
	c.mwOf, c.mw = v, c.mw[:0]
	c.mscores = c.mscores[:0]
	for range v.uni {
		c.mscores = append(c.mscores, 0)
	}
	if n := v.lookup(relationshipWord(c.opts.Relationship)); n >= 0 {
		for s := range v.uni {
			c.mscores[s] += weightAt(v.uni[s], int(n))
		}
	}
	it := newFeatures(&c.d, c.name, c.lang)
	prev := int32(-1)
	for {
		i, w, alone, paired, ok := it.next()
		if !ok {
			return c.mscores
		}
		mw := modelWord{tok: int32(i), id: v.of(&c.d.toks[i], w, &engine.lexicon), pair: -1, alone: alone, paired: paired}
		if mw.id >= 0 && alone {
			for s := range v.uni {
				c.mscores[s] += weightAt(v.uni[s], int(mw.id))
			}
		}
		if mw.id >= 0 && paired && prev >= 0 {
			if mw.pair = v.pairs.index(uint64(prev)<<32 | uint64(mw.id)); mw.pair >= 0 {
				for s := range v.pairW {
					c.mscores[s] += weightAt(v.pairW[s], int(mw.pair))
				}
			}
		}
		c.mw = append(c.mw, mw)
		prev = mw.id
	}
}

// each calls f for each feature of the note that the model of the given
// slot weighs, with the tokens [i, j) it covers and its weight.
func (v *learnedVocab) each(c *checker, slot int, f func(i, j, w int)) {
	c.modelScores(v)
	for k, mw := range c.mw {
		if x := weightAt(v.uni[slot], int(mw.id)); mw.id >= 0 && mw.alone && x != 0 {
			f(int(mw.tok), int(mw.tok)+1, x)
		}
		if x := weightAt(v.pairW[slot], int(mw.pair)); mw.pair >= 0 && x != 0 {
			f(int(c.mw[k-1].tok), int(mw.tok)+1, x)
		}
	}
}

// A pairIndex numbers pairs of words, keyed by their numbers (first<<32 |
// second): a hash table with open addressing, like the lexicon.
type pairIndex struct {
	keys  []uint64
	slots []int32 // the number+1 of the key hashed there, 0 when free; a power of two long
}

// pairHash spreads a key over the slots (Fibonacci hashing).
func pairHash(k uint64, mask uint32) uint32 { return uint32((k*0x9E3779B97F4A7C15)>>32) & mask }

// add returns the number of pair k, adding it if it is new.
func (p *pairIndex) add(k uint64) int {
	if n := p.index(k); n >= 0 {
		return int(n)
	}
	p.keys = append(p.keys, k)
	if 2*len(p.keys) > len(p.slots) { // at most half full
		p.slots = make([]int32, max(1024, 2*len(p.slots)))
		for i := range p.keys {
			p.place(i)
		}
	} else {
		p.place(len(p.keys) - 1)
	}
	return len(p.keys) - 1
}

func (p *pairIndex) place(i int) {
	mask := uint32(len(p.slots) - 1)
	j := pairHash(p.keys[i], mask)
	for p.slots[j] != 0 {
		j = (j + 1) & mask
	}
	p.slots[j] = int32(i + 1)
}

// index returns the number of pair k, or -1.
func (p *pairIndex) index(k uint64) int32 {
	mask := uint32(len(p.slots) - 1)
	for j := pairHash(k, mask); len(p.slots) > 0; j = (j + 1) & mask {
		n := p.slots[j]
		if n == 0 {
			break
		}
		if p.keys[n-1] == k {
			return n - 1
		}
	}
	return -1
}
