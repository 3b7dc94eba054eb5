package rules

import "unsafe"

// The vocabulary the learned models of an engine share: their words,
// numbered once, and the pairs of words they weigh, numbered once, with
// every model's weight for each. A check reads the note's words once
// (modelScores) and scores it for every model in the same pass, so a model
// more costs an addition per word, not a look-up.

// maxModels is how many learned models an engine holds at most: a word's
// weights for them all are one small array, read at once.
const maxModels = 6

// weights are a word's or a pair's weight in each model, by slot.
type weights [maxModels]int8

// A learnedVocab numbers the words and pairs of the learned models'
// features and holds each model's weights, by its slot.
type learnedVocab struct {
	lexicon
	pairs  lexicon   // the pairs, by pairKey
	uni    []weights // by word number: the word's weights alone
	pairW  []weights // by pair number
	models int       // the slots taken

	// Which of the engine lexicon's words are the vocabulary's: a token's
	// word then needs no second look-up.
	byWid    []int32 // by the engine lexicon's number: the word's number here, or -1
	name     int32   // the number of "N", or -1
	number   int32   // the number of "#", or -1
	mappedOf *lexicon
}

// slot returns a new model's slot.
func (v *learnedVocab) slot() int {
	if v.models == maxModels {
		panic("rules: an engine has at most maxModels learned models")
	}
	v.models++
	return v.models - 1
}

// set gives feature f (a word, or two joined by "+") the weight w in the
// model of the given slot.
func (v *learnedVocab) set(slot int, f string, w int8) {
	if a, b, pair := cut(f, "+"); pair {
		var buf [8]byte
		pairKey(&buf, v.add(a), v.add(b))
		k := v.pairs.add(string(buf[:]))
		v.pairW = grown(v.pairW, k)
		v.pairW[k][slot] = w
		return
	}
	n := v.add(f)
	v.uni = grown(v.uni, n)
	v.uni[n][slot] = w
}

// grown returns ws long enough to hold index i.
func grown(ws []weights, i int32) []weights {
	for int(i) >= len(ws) {
		ws = append(ws, weights{})
	}
	return ws
}

// pairKey writes into k the key under which the pairs lexicon holds the
// pair of the words numbered a and b (their numbers' bytes), and returns it
// as a string that lives in k: a look-up needs no copy.
func pairKey(k *[8]byte, a, b int32) string {
	for i := range 4 {
		k[i], k[4+i] = byte(a>>(8*i)), byte(b>>(8*i))
	}
	return unsafe.String(&k[0], len(k))
}

// uniAt returns the weights of the word numbered n; none for -1 and for a
// word only in pairs.
func (v *learnedVocab) uniAt(n int32) weights {
	if uint(n) < uint(len(v.uni)) {
		return v.uni[n]
	}
	return weights{}
}

// mapLexicon maps the engine lexicon x's words to the vocabulary's.
func (v *learnedVocab) mapLexicon(x *lexicon) {
	v.byWid = make([]int32, len(x.words))
	for n, w := range x.words {
		v.byWid[n] = v.lookup(w)
	}
	v.name, v.number, v.mappedOf = v.lookup("N"), v.lookup("#"), x
}

// of returns the vocabulary number of token t's word w; x is the lexicon
// the vocabulary is mapped to.
func (v *learnedVocab) of(t *token, w string, x *lexicon) int32 {
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

// scores are a note's scores (without the bias) in each model, by slot.
type scores [maxModels]int

// add adds w to s slot by slot, written out rather than looped for the
// walk's hot loop; TestScoresAdd fails if maxModels outgrows the lines.
func (s *scores) add(w weights) {
	s[0] += int(w[0])
	s[1] += int(w[1])
	s[2] += int(w[2])
	s[3] += int(w[3])
	s[4] += int(w[4])
	s[5] += int(w[5])
}

// modelScores returns the note's scores in the models of vocab, reading the
// note once per check for them all.
func (c *checker) modelScores(v *learnedVocab) *scores {
	if c.mwOf != v {
		c.mwOf, c.mscores = v, scores{}
		c.mscores.add(v.uniAt(v.lookup(relationshipWord(c.opts.Relationship))))
		v.walk(c, func(tok, prev, id int32, alone bool, pair int32) {
			if alone {
				c.mscores.add(v.uniAt(id))
			}
			if pair >= 0 {
				c.mscores.add(v.pairW[pair])
			}
		})
	}
	return &c.mscores
}

// walk calls f for each word of the note the vocabulary numbers, with its
// token, the token of the word before it, its number, whether it counts
// alone, and the number of the pair it ends with the word before, or -1.
func (v *learnedVocab) walk(c *checker, f func(tok, prev, id int32, alone bool, pair int32)) {
	x := &engine.lexicon
	if v.mappedOf != x {
		v.mapLexicon(x) // a vocabulary of its own (tests): mapped at first use
	}
	it := newFeatures(&c.d, c.name, c.lang)
	last, lastTok := int32(-1), int32(-1)
	for {
		i, w, alone, paired, ok := it.next()
		if !ok {
			return
		}
		id := v.of(&c.d.toks[i], w, x)
		if id >= 0 {
			pair := int32(-1)
			if paired && last >= 0 {
				var buf [8]byte
				pair = v.pairs.lookup(pairKey(&buf, last, id))
			}
			f(int32(i), lastTok, id, alone, pair)
		}
		last, lastTok = id, int32(i)
	}
}

// each calls f for each feature of the note that the model of the given
// slot weighs, with the tokens [i, j) it covers and its weight.
func (v *learnedVocab) each(c *checker, slot int, f func(i, j, w int)) {
	v.walk(c, func(tok, prev, id int32, alone bool, pair int32) {
		if x := int(v.uniAt(id)[slot]); alone && x != 0 {
			f(int(tok), int(tok)+1, x)
		}
		if pair >= 0 && v.pairW[pair][slot] != 0 {
			f(int(prev), int(tok)+1, int(v.pairW[pair][slot]))
		}
	})
}
