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
	rules   []compiledRule
	lexicon lexicon
	byWord  [][]ref // indexed patterns, by the number of their first word
	numRefs []ref   // indexed patterns that start with a number
	urlRefs []ref   // indexed patterns that start with a web address
	// The word beginnings of the patterns (word*), with the indexed
	// patterns that start with each.
	trie prefixTrie

	greet   greetingPatterns // see greeting.go
	needs   needIndex        // see needs.go
	learned learnedVocab     // the learned models' words and weights (learned_vocab.go)

	compiled int        // the rules of the catalog compiled so far, 1 more once the greeting is, and 1 more once the learned models' words are mapped
	pending  []indexJob // lists of patterns to index, in the order the rules gave them
	aliases  []alias    // typed short forms, by the number of the word they stand for
}

// alias is a short form typed for a word ("u" for "you", "vc" for "você"):
// a pattern naming the word matches it too.
type alias struct{ full, short int32 }

// capitalPronouns are German's polite pronouns, and its familiar ones as
// letters capitalise them: a capital says nothing of a name ("gibt es bei
// Ihnen", "wie geht es Dir").
const capitalPronouns = " sie ihnen ihr ihre ihren ihrem ihrer ihres du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer "

// shortForms are the short forms of chat and phone typing, "short:word",
// folded. Only those that are no other word a note is likely to hold: not
// "im" (German "in the"), "pr" (a pull request), "sr" (señor).
const shortForms = " u:you ur:your r:are pls:please plz:please thx:thanks tks:thanks ty:thanks abt:about" +
	" b4:before gr8:great tmrw:tomorrow tmr:tomorrow yrs:years exp:experience cuz:because coz:because" +
	" msg:message ppl:people rly:really convo:conversation luv:love" +
	" q:que k:que xq:porque pq:porque tb:tambien tmb:tambien tb:tambem tbm:tambem dnd:donde msj:mensaje" +
	" bn:bien xa:para grax:gracias vc:voce vcs:voces mto:muito msm:mesmo obg:obrigado obgd:obrigado" +
	" vlw:valeu cmg:comigo hj:hoje blz:beleza agr:agora dps:depois qdo:quando qnd:quando bjs:beijos" +
	" qd:quand bcp:beaucoup tjrs:toujours tjs:toujours bjr:bonjour slt:salut dsl:desole mtn:maintenant" +
	" vrmt:vraiment qlq:quelque avc:avec pcq:parce vllt:vielleicht vlt:vielleicht nen:einen "

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

// A lexEntry is the word lists a word is in.
type lexEntry struct {
	lists uint16
	langs uint16 // bit 1<<l for each lang whose function words hold it
}

// A lexicon numbers words, in the order they are added, and keeps the lists
// each is in. It is a hash table with open addressing: in WebAssembly,
// smaller and quicker than a Go map with string keys.
type lexicon struct {
	words []string   // by number
	info  []lexEntry // by number
	slots []int32    // the number+1 of the word hashed there, 0 when free; a power of two long
}

// lookup returns the number of w, or -1 when it is not in the lexicon.
func (x *lexicon) lookup(w string) int32 {
	mask := uint32(len(x.slots) - 1)
	for i := hashWord(w) & mask; len(x.slots) > 0; i = (i + 1) & mask {
		n := x.slots[i]
		if n == 0 {
			break
		}
		if x.words[n-1] == w {
			return n - 1
		}
	}
	return -1
}

// add returns the number of w, adding it if it is new.
func (x *lexicon) add(w string) int32 {
	if n := x.lookup(w); n >= 0 {
		return n
	}
	n := int32(len(x.words))
	x.words = append(x.words, w)
	x.info = append(x.info, lexEntry{})
	if 2*len(x.words) > len(x.slots) { // at most half full
		x.slots = make([]int32, max(1024, 2*len(x.slots)))
		for k, w := range x.words {
			x.put(w, int32(k))
		}
	} else {
		x.put(w, n)
	}
	return n
}

// put adds w as number n. (Not inlined: add would hold two copies.)
//
//go:noinline
func (x *lexicon) put(w string, n int32) {
	mask := uint32(len(x.slots) - 1)
	i := hashWord(w) & mask
	for x.slots[i] != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = n + 1
}

// The FNV-1a hash's constants, shared by hashWord and prefixTrie.longest,
// which hashes a word's beginnings one byte at a time.
const fnvOffset, fnvPrime = 2166136261, 16777619

// hashWord is the FNV-1a hash of w.
func hashWord(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

// Word lists a token can be in (lexEntry.lists, token.lists).
const (
	inTitles        = 1 << iota // Dr, Prof: titles before a name
	inNotNames                  // words after "Hi" that are not names
	inGreetingWords             // words that open a note without naming anyone
	inLoud                      // words written in capitals for emphasis
	inAcronyms                  // acronyms of four letters or more
	inPronouns                  // German pronouns written with a capital: no name
)

type compiledRule struct {
	_    noCompare
	rule *Rule
	m    matcher
}

// A ref is an indexed pattern and the rule and slot (a list within the
// rule's kind) it belongs to. next, when set, is the element after the
// pattern's lead, a plain word: checking it against the next token rules out
// most candidates before the full match is tried.
type ref struct {
	_          noCompare
	pat        *pattern
	next       *elem            // the word after the lead, when it is a plain one
	needs      [maxNeeds]uint16 // classes of words it needs further on, 0 for none (see needs.go)
	rule, slot uint16
	lang       lang // the pattern's
}

// A hit is a match of an indexed pattern: tokens [start, end).
type hit struct {
	rule, slot uint16
	start, end int32
}

// newEngine starts an engine with the lexicon of the word lists; step
// compiles the rules into it.
func newEngine() *engineData {
	e := &engineData{}
	for _, l := range []struct {
		words string
		bit   uint16
	}{
		{titles, inTitles}, {notNames, inNotNames}, {greetingWords, inGreetingWords},
		{loudWords, inLoud}, {acronyms, inAcronyms}, {capitalPronouns, inPronouns},
	} {
		for rest := l.words; rest != ""; {
			var w string
			if w, rest = nextWord(rest); w != "" {
				e.lexicon.info[e.word(w)].lists |= l.bit
			}
		}
	}
	for rest := shortForms; rest != ""; {
		var pair string
		if pair, rest = nextWord(rest); pair != "" {
			short, full, _ := cut(pair, ":")
			// Kept in order of the full word, by insertion: few, and once.
			a := alias{e.word(full), e.word(short)}
			i := len(e.aliases)
			e.aliases = append(e.aliases, a)
			for ; i > 0 && e.aliases[i-1].full > a.full; i-- {
				e.aliases[i] = e.aliases[i-1]
			}
			e.aliases[i] = a
		}
	}
	for l, words := range langWords {
		for rest := words; rest != ""; {
			var w string
			if w, rest = nextWord(rest); w != "" {
				e.lexicon.info[e.word(w)].langs |= 1 << l
			}
		}
	}
	return e
}

// step takes the next step of building the engine, and reports whether the
// engine is complete. A step compiles a rule of the catalog, except for its
// indexed patterns, which it leaves to the following steps, indexBatch at a
// time, before the next rule; after the last rule, the greeting's word
// classes and the needs index, which must see every pattern (needs.go). The
// patterns are indexed in the order the rules give them, as if each were
// indexed at once.
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
		e.needs.build(len(e.lexicon.words), len(e.trie.nodes))
		e.compiled++
	case i == len(catalog)+1: // once every pattern's words are in the lexicon
		e.learned.mapLexicon(&e.lexicon)
		e.compiled++
	}
	return e.compiled > len(catalog)+1 && len(e.pending) == 0
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
//
//go:noinline
func (e *engineData) word(w string) int32 { return e.lexicon.add(w) }

// link gives the words of a pattern their numbers.
func (e *engineData) link(p *pattern) {
	for i := range p.elems {
		el := &p.elems[i]
		// A mark gets its number too: a pattern that begins with one is
		// indexed under it, as one beginning with a word is under the word.
		if el.kind != eWord && el.kind != ePunct {
			continue
		}
		for k := range len(el.words) + len(el.prefixes) {
			var id int32
			var shorts []alias
			if k < len(el.words) {
				id = e.word(el.words[k])
				shorts = e.shortsOf(id)
			} else {
				id = prefixID + e.trie.add(el.prefixes[k-len(el.words)])
			}
			// The word's short forms, then the word: one copy of the append.
			for n := 0; n <= len(shorts); n++ {
				x := id
				if n < len(shorts) {
					x = shorts[n].short
				}
				el.ids = append(el.ids, x)
				el.mask |= 1 << (uint32(x) & 63)
			}
		}
		sortIDs(el.ids)
		if el.kind == eWord {
			// Numbered, the strings are no longer read: dropping them
			// spares the garbage collector thousands of small lists to
			// scan after every few thousand checks.
			el.words, el.prefixes = nil, nil
		}
	}
}

// shortsOf returns the short forms of the word numbered id.
func (e *engineData) shortsOf(id int32) []alias {
	i, j := 0, len(e.aliases)
	for i < j {
		if m := int(uint(i+j) >> 1); e.aliases[m].full < id {
			i = m + 1
		} else {
			j = m
		}
	}
	for j < len(e.aliases) && e.aliases[j].full == id {
		j++
	}
	return e.aliases[i:j]
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
	d.trie = &e.trie
	words, caps, capped := 0, 0, 0
	for i := range d.toks {
		t := &d.toks[i]
		t.wid = -1
		if t.kind == tWord {
			if t.flags&fCap != 0 {
				capped++
			}
			if len(t.norm) > 1 {
				words++
				if t.flags&fCaps != 0 {
					caps++
				}
			}
		}
		if t.kind == tWord && t.flags&fCaps != 0 && d.capsField(i) {
			t.kind, t.norm = tBlank, ""
		}
		if t.kind == tWord || t.kind == tNum || t.kind == tPunct {
			n := e.lexicon.lookup(t.norm)
			if n < 0 && t.kind == tWord {
				n = e.unheld(t)
			}
			if n >= 0 {
				x := e.lexicon.info[n]
				t.wid, t.lists, t.langs = n, x.lists, x.langs
			}
			if t.kind == tWord {
				t.pfx = e.trie.longest(t.norm)
			}
		}
	}
	// In a note shouted in capitals, a word in capitals is no name: a
	// pattern's N does not match it ("ANY JOB IN YOUR COMPANY I WILL DO").
	d.shouted = words >= 3 && 3*caps >= 2*words
	// Nor does a note typed with no capital at all mark its names: there a
	// word the lexicon does not know stands for one ("hiring at monzo").
	d.uncased = words >= 3 && capped == 0
	d.splitSentences()
}

// reread reads again the words the lexicon does not know in a German or a
// French note. German typed without umlauts ("moechte", "hinzufuegen",
// "fuer") is read as its folded forms ("mochte", "hinzufugen", "fur"):
// folding turns ä into a, so the ae, oe and ue of a keyboard without
// umlauts would match no word or stem of the patterns. French glues its
// articles to the noun ("l'atelier", "d'article"), which the patterns
// name without them. A word the lexicon knows as it is stays, and so do
// the recipient's name and words that would shrink under three letters
// ("Mae", "Joe").
func (e *engineData) reread(d *doc, name string, l lang) {
	for i := range d.toks {
		t := &d.toks[i]
		if t.wid >= 0 || t.kind != tWord || t.norm == name {
			continue
		}
		w, ok := withoutUmlautE(t.norm)
		if l == langFR {
			w, ok = withoutArticle(t.norm)
		}
		if ok && len(w) >= 3 {
			t.norm = w
			t.pfx = e.trie.longest(w)
			e.know(t, e.lexicon.lookup(w))
		}
		if l == langDE && t.wid < 0 {
			e.compound(t)
		}
	}
}

// falseHeads are last parts that name something else in the patterns than
// in the compounds that end in them: a Mittelstand is no trade-fair stand,
// a Nachfolge no podcast episode, an Unterscheidung no divorce, a
// Frankenwein-Forum no glass of wine.
const falseHeads = " stand folge scheidung wein "

// know gives token t the lexicon's word n, if n is one.
func (e *engineData) know(t *token, n int32) {
	if n >= 0 {
		x := e.lexicon.info[n]
		t.wid, t.lists, t.langs = n, x.lists, x.langs
	}
}

// compound reads an unknown German word by its last part, as German builds
// words: a Versicherungsmakler is a Makler, a Werkstudentenstelle a Stelle,
// a Buchhaltungssoftware a Software, whichever compound a note coins. The
// part must be a word of the patterns four letters long or more, after
// four letters or more, which leaves out most verbs' prefixes (Entscheidung
// is no Scheidung). The longest such part wins; a beginning the whole word
// starts with (immobil* in Immobilienmakler) stays.
func (e *engineData) compound(t *token) {
	w := t.norm
	for k := 4; len(w)-k >= 4; k++ {
		s := w[k:]
		if n := e.lexicon.lookup(s); n >= 0 && !hasWord(falseHeads, s) {
			e.know(t, n)
			if t.pfx == 0 {
				t.pfx = e.trie.longest(s)
			}
			return
		}
	}
}

// withoutArticle returns w without an elided article, l' or d', and
// whether it had one.
func withoutArticle(w string) (string, bool) {
	if len(w) > 2 && (w[0] == 'l' || w[0] == 'd') && w[1] == '\'' {
		return w[2:], true
	}
	return w, false
}

// withoutUmlautE returns w with the e dropped from each ae, oe and ue, and
// whether there was one.
func withoutUmlautE(w string) (string, bool) {
	var b []byte
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == 'e' && (w[i-1] == 'a' || w[i-1] == 'o' || w[i-1] == 'u') {
			if b == nil {
				b = append(make([]byte, 0, len(w)), w[:i]...)
			}
			continue
		}
		if b != nil {
			b = append(b, w[i])
		}
	}
	if b == nil {
		return w, false
	}
	return string(b), true
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
		ps = compilePattern(s).variants(ps)
	}
	e.linkAll(ps)
	for i := range ps {
		p := &ps[i]
		r := ref{pat: p, rule: uint16(rule), slot: uint16(slot), lang: p.lang}
		k := p.lead()
		lead := &p.elems[k]
		// The element right after the lead, even past a ^ before it: many
		// patterns start with a clause mark and a common word.
		if k++; k < len(p.elems) {
			if el := &p.elems[k]; el.kind == eWord && !el.opt && !el.num && !el.hasPfx {
				r.next = el
			}
		}
		r.needs = e.needsOf(p, lead, r.next)
		if lead.kind == eNum || lead.num {
			addRef(&e.numRefs, &r)
		}
		if lead.kind == eURL {
			addRef(&e.urlRefs, &r)
		}
		if lead.kind == eNum || lead.kind == eURL {
			continue
		}
		for _, id := range lead.ids {
			if id >= prefixID {
				addRef(&e.trie.nodes[id-prefixID].refs, &r)
				continue
			}
			for int(id) >= len(e.byWord) {
				e.byWord = append(e.byWord, nil)
			}
			addRef(&e.byWord[id], &r)
		}
	}
}

// addRef appends r to list. (Not inlined: each copy of an append of a ref
// weighed on the WebAssembly binary.)
//
//go:noinline
func addRef(list *[]ref, r *ref) { *list = append(*list, *r) }

// linkAll gives the compiler's patterns their word numbers and the classes
// of words they need: matched where they stand, not through the index,
// they need every word that must match.
func (b *compiler) linkAll(ps []pattern) []pattern {
	b.e.linkAll(ps)
	for i := range ps {
		ps[i].needs = b.e.needsOf(&ps[i], nil, nil)
	}
	return ps
}

// needsOf returns the classes of the first words that must match in p,
// besides lead and next, which the index has tested already (needs.go).
func (e *engineData) needsOf(p *pattern, lead, next *elem) (needs [maxNeeds]uint16) {
	n := 0
	for k := range p.elems {
		if el := &p.elems[k]; el != lead && el != next && el.kind == eWord && !el.opt && !el.num && n < maxNeeds {
			needs[n] = e.needs.class(el)
			n++
		}
	}
	return needs
}

// scan finds every indexed pattern in the note, in token order.
func (c *checker) scan() {
	d, e := &c.d, engine
	c.markNeeds()
	for i := range d.toks {
		t := &d.toks[i]
		if t.wid >= 0 && int(t.wid) < len(e.byWord) {
			c.try(e.byWord[t.wid], i)
		}
		switch t.kind {
		case tWord:
			if t.pfx > 0 {
				c.tryPrefixed(t.pfx, i)
			}
		case tNum:
			c.try(e.numRefs, i)
		case tURL:
			c.try(e.urlRefs, i)
		}
	}
}

// tryPrefixed tries the patterns led by the beginnings the word at token i
// starts with: the trie node n and the beginnings above it. (Hits of one
// token come out in another order than the patterns were indexed in when
// the word starts with two beginnings that lead patterns; nothing that reads
// hits depends on the order of those that start at one token.)
func (c *checker) tryPrefixed(n int32, i int) {
	for pt := &engine.trie; n > 0; n = pt.nodes[n].parent {
		c.try(pt.nodes[n].refs, i)
	}
}

// try tries the patterns refs at token i. Their language and second word,
// when it is a plain one, rule most of them out before a pattern is matched.
func (c *checker) try(refs []ref, i int) {
	next := int32(-1) // the number of the word after i
	if i+1 < len(c.d.toks) {
		next = c.d.toks[i+1].wid
	}
	for k := range refs {
		r := &refs[k]
		if r.lang != langNone && r.lang != c.lang || r.next != nil && !r.next.has(next) || !c.hasNeeds(&r.needs) {
			continue
		}
		if end, ok := c.d.match(r.pat, i); ok {
			c.hits = append(c.hits, hit{rule: r.rule, slot: r.slot, start: int32(i), end: int32(end)})
		}
	}
}

// A prefixTrie numbers the word beginnings of the patterns (word*) and
// every beginning of those, as the nodes of a trie: a node's parent is its
// string less the last byte, and node 0 is the empty string. Reading a note,
// each word walks it once, to the longest beginning it starts with
// (token.pfx); the beginnings a word starts with are that node and the
// beginnings above it, so from then on a pattern's word* is tested with
// numbers rather than by comparing strings. In elem.ids, node n is
// prefixID+n.
type prefixTrie struct {
	strs  lexicon // node n is string n-1
	nodes []trieNode
}

type trieNode struct {
	parent int32
	last   byte  // its string's
	begins bool  // a beginning of the patterns', not only the start of one
	refs   []ref // the indexed patterns it leads
}

// prefixID is the number of the trie's node 0 in elem.ids, past any word's.
const prefixID = 1 << 24

// longest returns the node of the longest beginning w starts with, or 0.
func (t *prefixTrie) longest(w string) int32 {
	// The lexicon's lookup of w[:i+1], but with its hash taken on from
	// w[:i]'s, and its string known by its parent and last byte.
	n, at, h := int32(0), int32(0), uint32(fnvOffset)
	mask := uint32(len(t.strs.slots) - 1)
	for i := 0; i < len(w) && len(t.strs.slots) > 0; i++ {
		h = (h ^ uint32(w[i])) * fnvPrime // hashWord(w[:i+1])
		for j := h & mask; ; j = (j + 1) & mask {
			k := t.strs.slots[j]
			if k == 0 {
				return n
			}
			if t.nodes[k].parent == at && t.nodes[k].last == w[i] {
				at = k
				break
			}
		}
		if t.nodes[at].begins {
			n = at
		}
	}
	return n
}

// add returns the node of the beginning w, adding it if it is new.
func (t *prefixTrie) add(w string) int32 {
	if len(t.nodes) == 0 {
		t.nodes = make([]trieNode, 1)
	}
	n := int32(0)
	for i := 1; i <= len(w); i++ {
		p := n
		if n = t.strs.add(w[:i]) + 1; int(n) == len(t.nodes) {
			t.nodes = append(t.nodes, trieNode{parent: p, last: w[i-1]})
		}
	}
	t.nodes[n].begins = true
	return n
}

// starts reports whether a word whose longest node is n starts with one of
// the beginnings of e.
func (t *prefixTrie) starts(n int32, e *elem) bool {
	for ; n > 0; n = t.nodes[n].parent {
		if e.has(prefixID + n) { // (a node that begins nothing is in no elem)
			return true
		}
	}
	return false
}

// unheld reads a word typed with its last letter held ("graciasss", "tiaaa",
// "sooo") as the word the lexicon knows with it once or twice, and
// returns that word's number, or -1. Names are left as typed: the
// greeting reads their held letters itself (petForm).
func (e *engineData) unheld(t *token) int32 {
	w := t.norm
	k := heldFrom(w)
	if len(w)-k < 3 || w[k] == 'x' { // XXX is a blank
		return -1
	}
	for _, end := range [2]int{k + 1, k + 2} {
		if n := e.lexicon.lookup(w[:end]); n >= 0 {
			t.norm = w[:end]
			return n
		}
	}
	return -1
}
