package rules

// Needs: every word of a pattern that is not optional must be somewhere in
// the note for the pattern to match. So before a check matches a pattern at
// a token, it tests that the note holds a word of each element the pattern
// needs besides its first two (ref.needs): one bit each. Most patterns a
// common word leads are ruled out so, without a match ("your ... (talk|post
// |article|…)" in a note about no talk, post or article).
//
// Elements with the same words are one class: most come from the same word
// lists. Once the engine is complete, the index lists the classes of each
// word and of each word beginning, so a check marks the classes its note
// holds reading each token once (checker.markNeeds).

// maxNeeds is how many elements a pattern's ref tests at most; maxClasses
// is how many classes are told apart (an element of a class past it is not
// tested).
const (
	maxNeeds   = 4
	maxClasses = 64 * 64
)

// needIndex numbers the classes and lists each word's.
type needIndex struct {
	keys  lexicon  // the classes, as their words' numbers encoded; class n is key n-1
	at    []int32  // the classes of slot s are list[at[s]:at[s+1]]
	list  []uint16 // classes, by slot
	words int32    // slots below are words' numbers; word beginning n is slot words+n
}

// class returns the number of the class of e's words, from 1, or 0 when it
// is past maxClasses. A class's key is its sorted numbers, four bytes each.
func (x *needIndex) class(e *elem) uint16 {
	b := make([]byte, 0, 4*len(e.ids))
	for _, id := range e.ids {
		b = append(b, byte(id), byte(id>>8), byte(id>>16), byte(id>>24))
	}
	if n := x.keys.add(string(b)) + 1; n < maxClasses {
		return uint16(n)
	}
	return 0
}

// build lists the classes of each of the lexicon's words and of each of the
// trie's nodes, once every pattern is indexed. The lists are laid end to
// end: a count per slot, then each class put in at the end of its slot's
// room, counting down.
func (x *needIndex) build(words, nodes int) {
	x.words = int32(words)
	x.at = make([]int32, words+nodes+1)
	for pass := range 2 {
		if pass == 1 {
			for s := 1; s < len(x.at); s++ {
				x.at[s] += x.at[s-1]
			}
			x.list = make([]uint16, x.at[len(x.at)-1])
		}
		for k, key := range x.keys.words[:min(len(x.keys.words), maxClasses-1)] {
			for ; len(key) >= 4; key = key[4:] { // (no bounds checks below)
				id := int32(key[0]) | int32(key[1])<<8 | int32(key[2])<<16 | int32(key[3])<<24
				s := id
				if id >= prefixID {
					s = x.words + id - prefixID
				}
				if pass == 0 {
					x.at[s]++
				} else {
					x.at[s]--
					x.list[x.at[s]] = uint16(k + 1)
				}
			}
		}
	}
	x.keys = lexicon{} // only build reads them
}

// markNeeds marks the classes of the note's words and of the beginnings
// they start with: each token's word's slot, then its beginnings', longest
// first.
func (c *checker) markNeeds() {
	e := engine
	x := &e.needs
	for i := range c.d.toks {
		t := &c.d.toks[i]
		for s, n := t.wid, t.pfx; ; s, n = x.words+n, e.trie.nodes[n].parent {
			if s >= 0 {
				for _, k := range x.list[x.at[s]:x.at[s+1]] {
					c.have[k>>6] |= 1 << (k & 63)
				}
			}
			if n == 0 {
				break
			}
		}
	}
}

// hasNeeds reports whether the note holds a word of each class of needs.
func (c *checker) hasNeeds(needs *[maxNeeds]uint16) bool {
	for _, n := range needs {
		if n != 0 && c.have[n>>6]&(1<<(n&63)) == 0 {
			return false
		}
	}
	return true
}
