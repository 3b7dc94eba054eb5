package rules

// The engine is the catalog compiled once. Every word the rules know goes in
// one lexicon, with a number and the word lists it belongs to; a check looks
// each token up once, and from then on compares numbers and tests bits
// instead of comparing strings. Each phrase pattern is indexed by its first
// word, so a check reads each token once whatever the number of rules. The
// engine is never written after it is built.
//
// Compiling the rules is most of the package's start-up, tens of
// milliseconds in WebAssembly, longer than a page's main thread can spare at
// once; so it is done in small steps (step). Natively every step is taken
// when the package loads (engine_load.go); in WebAssembly, Prepare takes one
// step a call, so a host can spread the work over many short tasks, and the
// first check takes whatever steps are left.
var engine = newEngine()

type engineData struct {
	rules    []compiledRule
	lexicon  map[string]lexEntry
	byWord   [][]ref          // indexed patterns, by the number of their first word
	numRefs  []ref            // indexed patterns that start with a number
	prefixed [256][]prefixRef // indexed patterns that start with a word prefix, by its first byte

	greet greetingPatterns // see greeting.go

	compiled int        // the rules of the catalog compiled so far, and 1 more once the greeting is
	pending  []indexJob // lists of patterns to index, in the order the rules gave them
}

// An indexJob is a list of patterns a rule gave the compiler to index,
// compiled and indexed by later steps, a few patterns at a time.
type indexJob struct {
	srcs       []string
	rule, slot int
}

// indexBatch is how many patterns one step compiles and indexes at most.
// With it, the longest steps take about a millisecond natively (a few in
// WebAssembly): compiling a rule's exceptions, or a batch of patterns that
// word lists and optional words expand into many.
const indexBatch = 24

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
	rule *Rule
	m    matcher
}

// A ref is an indexed pattern and the rule and slot (a list within the
// rule's kind) it belongs to. next, when set, is the pattern's second element,
// a plain word: checking it against the next token rules out most candidates
// before the full match is tried.
type ref struct {
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

// newEngine starts an engine with the lexicon of the word lists; step
// compiles the rules into it.
func newEngine() *engineData {
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
	return e
}

// step takes the next step of building the engine, and reports whether the
// engine is complete. A step compiles a rule of the catalog, except for its
// indexed patterns, which it leaves to the following steps, indexBatch at a
// time, before the next rule; after the last rule, the greeting's word
// classes. The patterns are indexed in the order the rules give them, as if
// each were indexed at once.
func (e *engineData) step() bool {
	switch i := e.compiled; {
	case len(e.pending) > 0:
		job := &e.pending[0]
		n := min(len(job.srcs), indexBatch)
		e.index(job.srcs[:n], job.rule, job.slot)
		if job.srcs = job.srcs[n:]; len(job.srcs) == 0 {
			e.pending = e.pending[1:]
		}
	case i < len(catalog):
		b := compiler{e: e, rule: i}
		e.rules = append(e.rules, compiledRule{rule: catalog[i], m: catalog[i].check.compile(&b)})
		e.compiled++
	case i == len(catalog):
		e.greet = e.compileGreeting()
		e.compiled++
	}
	return e.compiled > len(catalog) && len(e.pending) == 0
}

// complete takes every step left.
func (e *engineData) complete() {
	for !e.step() {
	}
}

// Prepare takes one step of the checker's one-time set-up (a rule, or a
// batch of its patterns), and reports whether the set-up is done. It is for hosts that must
// not be busy for long at a time, such as a page's main thread running the
// WebAssembly build: they call it once a task until it reports true. Check
// does whatever is left itself, and natively nothing is left once the
// package has loaded.
func Prepare() bool { return engine.step() }

// word returns the number of w, adding it to the lexicon if it is new.
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
			if x, ok := e.lexicon[d.normOf(t)]; ok {
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

// index gives a list of patterns to index a slot, which it returns; the
// engine's next steps compile and index them. (Not inlined: its callers are
// many, and each copy would weigh on the WebAssembly binary.)
//
//go:noinline
func (b *compiler) index(srcs []string) int {
	slot := b.slots
	b.slots++
	if len(srcs) > 0 {
		b.e.pending = append(b.e.pending, indexJob{srcs: srcs, rule: b.rule, slot: slot})
	}
	return slot
}

// index compiles and indexes patterns of the rule's slot.
func (e *engineData) index(srcs []string, rule, slot int) {
	var ps []pattern
	for _, s := range srcs {
		ps = append(ps, compilePattern(s).variants()...)
	}
	e.linkAll(ps)
	for i := range ps {
		p := &ps[i]
		r := ref{pat: p, rule: uint16(rule), slot: uint16(slot)}
		if len(p.elems) > 1 && p.elems[0].kind != eStart {
			if el := &p.elems[1]; el.kind == eWord && !el.opt && !el.num && len(el.prefixes) == 0 {
				r.next = el
			}
		}
		switch lead := p.lead(); lead.kind {
		case eNum:
			e.numRefs = append(e.numRefs, r)
		default:
			if lead.num {
				e.numRefs = append(e.numRefs, r)
			}
			for _, id := range lead.ids {
				for int(id) >= len(e.byWord) {
					e.byWord = append(e.byWord, nil)
				}
				e.byWord[id] = append(e.byWord[id], r)
			}
			for _, w := range lead.prefixes {
				e.prefixed[w[0]] = append(e.prefixed[w[0]], prefixRef{w, r})
			}
		}
	}
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
			n := d.normOf(t)
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
