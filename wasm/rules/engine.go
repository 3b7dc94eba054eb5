package rules

// The engine is the catalog compiled once, when the package loads. Every word
// the rules know goes in one lexicon, with a number and the word lists it
// belongs to; a check looks each token up once, and from then on compares
// numbers and tests bits instead of comparing strings. Each phrase pattern is
// indexed by its first word, so a check reads each token once whatever the
// number of rules. The engine is never written after it is built.
var engine = compile(catalog)

type engineData struct {
	rules    []compiledRule
	lexicon  map[string]lexEntry
	byWord   [][]ref          // indexed patterns, by the number of their first word
	numRefs  []ref            // indexed patterns that start with a number
	prefixed [256][]prefixRef // indexed patterns that start with a word prefix, by its first byte

	greet greetingPatterns // see greeting.go
}

// A lexEntry is a word's number and the word lists it is in.
type lexEntry struct {
	id    int32
	lists uint16
	langs uint16 // bit 1<<l for each lang whose function words hold it
}

// Word lists a token can be in (lexEntry.lists, token.lists).
const (
	inTitles        = 1 << iota // Dr, Prof: titles before a name
	inNotNames                  // words after "Hi" that are not names
	inGreetingWords             // words that open a note without naming anyone
	inLoud                      // words written in capitals for emphasis
	inAcronyms                  // acronyms of four letters or more
)

type compiledRule struct {
	_    noCompare
	rule *Rule
	m    matcher
}

// A ref is an indexed pattern and the rule and slot (a list within the
// rule's kind) it belongs to. next, when set, is the pattern's second element,
// a plain word: checking it against the next token rules out most candidates
// before the full match is tried.
type ref struct {
	_          noCompare
	pat        *pattern
	next       *elem
	rule, slot uint16
}

type prefixRef struct {
	prefix string
	ref
}

// A hit is a match of an indexed pattern: tokens [start, end).
type hit struct {
	rule, slot uint16
	start, end int32
}

func compile(cat []*Rule) *engineData {
	e := &engineData{lexicon: map[string]lexEntry{}}
	for _, l := range []struct {
		words string
		bit   uint16
	}{
		{titles, inTitles}, {notNames, inNotNames}, {greetingWords, inGreetingWords},
		{loudWords, inLoud}, {acronyms, inAcronyms},
	} {
		for rest := l.words; rest != ""; {
			var w string
			if w, rest = nextWord(rest); w != "" {
				e.word(w)
				x := e.lexicon[w]
				x.lists |= l.bit
				e.lexicon[w] = x
			}
		}
	}
	for l, words := range langWords {
		for rest := words; rest != ""; {
			var w string
			if w, rest = nextWord(rest); w != "" {
				e.word(w)
				x := e.lexicon[w]
				x.langs |= 1 << l
				e.lexicon[w] = x
			}
		}
	}
	for i, r := range cat {
		b := compiler{e: e, rule: i}
		e.rules = append(e.rules, compiledRule{rule: r, m: r.check.compile(&b)})
	}
	e.greet = e.compileGreeting()
	return e
}

// word returns the number of w, adding it to the lexicon if it is new.
//
//go:noinline
func (e *engineData) word(w string) int32 {
	if x, ok := e.lexicon[w]; ok {
		return x.id
	}
	id := int32(len(e.lexicon))
	e.lexicon[w] = lexEntry{id: id}
	return id
}

// link gives the words of a pattern their numbers.
func (e *engineData) link(p *pattern) {
	for i := range p.elems {
		el := &p.elems[i]
		if el.kind != eWord {
			continue
		}
		for _, w := range el.words {
			el.ids = append(el.ids, e.word(w))
		}
		sortIDs(el.ids)
	}
}

//go:noinline
func (e *engineData) linkAll(ps []pattern) []pattern {
	for i := range ps {
		e.link(&ps[i])
	}
	return ps
}

// read tokenizes a note, looks its words up and splits it into sentences.
func (e *engineData) read(d *doc, text string) {
	tokenize(d, text)
	for i := range d.toks {
		t := &d.toks[i]
		t.wid = -1
		if t.kind == tWord || t.kind == tNum || t.kind == tPunct {
			if x, ok := e.lexicon[t.norm]; ok {
				t.wid, t.lists, t.langs = x.id, x.lists, x.langs
			}
		}
	}
	d.splitSentences()
}

// A compiler compiles one rule's kind, registering its indexed patterns.
type compiler struct {
	e     *engineData
	rule  int
	slots int
}

// index compiles and indexes a list of patterns and returns its slot.
func (b *compiler) index(srcs []string) int {
	slot := b.slots
	b.slots++
	var ps []pattern
	for _, s := range srcs {
		ps = append(ps, compilePattern(s).variants()...)
	}
	b.e.linkAll(ps)
	for i := range ps {
		p := &ps[i]
		r := ref{pat: p, rule: uint16(b.rule), slot: uint16(slot)}
		if len(p.elems) > 1 && p.elems[0].kind != eStart {
			if e := &p.elems[1]; e.kind == eWord && !e.opt && !e.num && len(e.prefixes) == 0 {
				r.next = e
			}
		}
		switch lead := p.lead(); lead.kind {
		case eNum:
			b.e.numRefs = append(b.e.numRefs, r)
		default:
			if lead.num {
				b.e.numRefs = append(b.e.numRefs, r)
			}
			for _, id := range lead.ids {
				for int(id) >= len(b.e.byWord) {
					b.e.byWord = append(b.e.byWord, nil)
				}
				b.e.byWord[id] = append(b.e.byWord[id], r)
			}
			for _, w := range lead.prefixes {
				b.e.prefixed[w[0]] = append(b.e.prefixed[w[0]], prefixRef{prefix: w, ref: r})
			}
		}
	}
	return slot
}

// linkAll gives the compiler's patterns their word numbers.
func (b *compiler) linkAll(ps []pattern) []pattern { return b.e.linkAll(ps) }

// scan finds every indexed pattern in the note, in token order.
func (c *checker) scan() {
	d := &c.d
	for i := range d.toks {
		t := &d.toks[i]
		if t.wid >= 0 && int(t.wid) < len(engine.byWord) {
			c.try(engine.byWord[t.wid], i)
		}
		switch t.kind {
		case tWord:
			n := t.norm
			if n == "" {
				break
			}
			refs := engine.prefixed[n[0]]
			for k := range refs {
				if hasPrefix(n, refs[k].prefix) {
					c.tryOne(&refs[k].ref, i)
				}
			}
		case tNum:
			c.try(engine.numRefs, i)
		}
	}
}

func (c *checker) try(refs []ref, i int) {
	for k := range refs {
		c.tryOne(&refs[k], i)
	}
}

func (c *checker) tryOne(r *ref, i int) {
	if r.pat.lang != langNone && r.pat.lang != c.lang {
		return
	}
	if r.next != nil && (i+1 >= len(c.d.toks) || !c.d.matchOne(r.next, &c.d.toks[i+1])) {
		return
	}
	if end, ok := c.d.match(r.pat, i); ok {
		c.hits = append(c.hits, hit{rule: r.rule, slot: r.slot, start: int32(i), end: int32(end)})
	}
}
