package rules

// Phrase patterns: a tiny language, compiled once when the package loads, in
// which the catalog writes the phrases its rules look for. A pattern is a list
// of elements separated by spaces, matched against consecutive tokens (a
// hyphen between words counts as a space; other punctuation breaks a match
// unless the pattern names it):
//
//	word        the word, in folded form: lower case, no accents, straight '
//	(a|b|c)     any one of the words (or marks: (and|&))
//	word*       any word starting with "word" (also inside alternatives)
//	x?          x is optional (any element but the first)
//	_           any one word or number
//	#           a number
//	N           a word starting with a capital letter, as a name does (not "I",
//	            German "Sie", "Ihnen", "Dir", nor a word in capitals in a note
//	            shouted in capitals); in a note typed with no capital at all,
//	            a word no list holds
//	...         up to four words
//	^           the start of a clause: the note's start, or after punctuation
//	$           the end of a clause: the note's end, or before punctuation
//	U           a web address (calendly.com/x, www.site.fr)
//	, ? ! : — / % € £ " '   that mark (? and ! also match runs like ?!)
//
// A word also matches its typed short forms ("u" for "you", see
// shortForms in engine.go).
//
// For example "(book|schedule) a (quick|short)? (call|demo)" matches "Book a
// quick demo" and "schedule a call".
//
// A pattern may start with a language code and a colon, "es: me encantaria
// ...": it then matches only in notes written in that language (see lang.go).

type elemKind uint8

const (
	eWord elemKind = iota
	ePunct
	eAny
	eNum
	eCap
	eGap
	eStart
	eEnd
	eURL
)

type elem struct {
	kind     elemKind
	opt      bool
	num      bool     // eWord: any number matches too ((a|#))
	hasPfx   bool     // eWord: it has word beginnings (word*), tried through the engine's trie
	words    []string // eWord: whole words, until the engine numbers them (link); ePunct: the mark
	ids      []int32  // eWord: the words' numbers in the engine's lexicon, then the prefixes' (prefixID on), sorted
	mask     uint64   // eWord: bit id%64 of each of ids, to rule most tokens out at once
	prefixes []string // eWord: word beginnings, until the engine numbers them
}

type pattern struct {
	src   string
	lang  lang // the language it is written in; langNone matches in any
	elems []elem
	// The classes of words it needs (see needs.go), for a pattern matched
	// where it stands rather than found through the index (an exception):
	// one a note lacks is not tried at all.
	needs [maxNeeds]uint16
}

// maxGap is how many words ... may skip.
const maxGap = 4

func compilePattern(src string) pattern {
	p := pattern{src: src}
	rest := src
	if len(src) > 4 && src[2] == ':' && src[3] == ' ' {
		l, ok := langOf(src[:2])
		if !ok {
			panic("rules: unknown language in pattern " + strconvQuote(src))
		}
		p.lang, rest = l, src[4:]
	}
	for rest != "" {
		var f string
		f, rest = nextWord(rest)
		if f == "" {
			continue
		}
		var e elem
		if len(f) > 1 && f[len(f)-1] == '?' {
			e.opt = true
			f = f[:len(f)-1]
		}
		switch f {
		case "_":
			e.kind = eAny
		case "#":
			e.kind = eNum
		case "N":
			e.kind = eCap
		case "...":
			e.kind = eGap
		case "^":
			e.kind = eStart
		case "$":
			e.kind = eEnd
		case "U":
			e.kind = eURL
		default:
			if isMarkWord(f) || f == `"` || f == "'" || f == "(" { // "(" alone opens an aside, not alternatives
				e.kind, e.words = ePunct, []string{f}
				break
			}
			e.kind = eWord
			if open, shut := f[0] == '(', f[len(f)-1] == ')'; open != shut {
				panic("rules: unbalanced parentheses (alternatives are single words) in pattern " + strconvQuote(src))
			} else if open {
				f = f[1 : len(f)-1]
			}
			for f != "" {
				w := f
				if i := indexByte(f, '|'); i >= 0 {
					w, f = f[:i], f[i+1:]
				} else {
					f = ""
				}
				if w == "#" {
					e.num = true
					continue
				}
				list := &e.words // one copy of the append for either list
				if len(w) > 1 && w[len(w)-1] == '*' {
					list, w, e.hasPfx = &e.prefixes, w[:len(w)-1], true
				}
				*list = append(*list, w)
			}
		}
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 {
		panic("rules: empty pattern")
	}
	return p
}

// isMarkWord reports whether an alternative is a punctuation mark.
func isMarkWord(w string) bool {
	return len(w) == 1 && indexByte(",?!:/%&+@.|", w[0]) >= 0 || w == "—" || w == "€" || w == "£" || w == "·"
}

// variants appends to out the pattern itself, or, when its first word is
// optional, the patterns with it and without it, so that each starts with a
// word the index can find.
func (p pattern) variants(out []pattern) []pattern {
	for {
		i := 0
		for i < len(p.elems) && (p.elems[i].kind == eStart || p.elems[i].kind == eEnd) {
			i++
		}
		last := i == len(p.elems) || !p.elems[i].opt
		v := p // the pattern, or the one with its optional first word
		if !last {
			v.elems = append([]elem(nil), p.elems...)
			v.elems[i].opt = false
		}
		out = append(out, v) // one copy of the append of a pattern
		if last {
			return out
		}
		p.elems = append(append([]elem(nil), p.elems[:i]...), p.elems[i+1:]...)
	}
}

// lead returns the index of the first element that consumes a token, which
// indexes the pattern; it must be a word or a punctuation mark and not
// optional.
//
//go:noinline
func (p *pattern) lead() int {
	for i := range p.elems {
		e := &p.elems[i]
		switch e.kind {
		case eStart, eEnd:
			continue
		case eWord, ePunct, eNum, eURL:
			if !e.opt {
				return i
			}
		}
		panic("rules: pattern " + strconvQuote(p.src) + " must begin with a word, a number, a mark or a web address")
	}
	panic("rules: pattern " + strconvQuote(p.src) + " matches nothing")
}

// match tries p at token i and returns the end of the match (exclusive).
func (d *doc) match(p *pattern, i int) (int, bool) {
	return d.matchElems(p.elems, i)
}

func (d *doc) matchElems(es []elem, i int) (int, bool) {
	// Elements that must match are matched in a loop; an optional element
	// or a gap tries each way in turn, matching the rest by recursion.
	for k := range es {
		e := &es[k]
		switch e.kind {
		case eStart:
			if !d.clauseStart(i) {
				return 0, false
			}
			continue
		case eEnd:
			if !d.clauseEnd(i) {
				return 0, false
			}
			continue
		case eGap:
			for g, j := 0, i; g <= maxGap; g++ {
				if end, ok := d.matchElems(es[k+1:], j); ok {
					return end, true
				}
				if j >= len(d.toks) {
					break
				}
				// "&" joins the words of a name ("Hack & Tell", "Ernst &
				// Young"): a gap skips it as it skips the words.
				if t := &d.toks[j]; isWordish(t.kind) || t.norm == "&" {
					j++
				} else if j = d.titleEnd(j); j < 0 {
					break
				}
			}
			return 0, false
		case eAny:
			if i < len(d.toks) && !isWordish(d.toks[i].kind) {
				// A quoted title stands for one word: "your 'Pricing
				// Pages That Don't Suck' teardown" reads as "your _
				// teardown".
				end := d.titleEnd(i)
				if end < 0 {
					if e.opt {
						continue
					}
					return 0, false
				}
				if !e.opt {
					i = end
					continue
				}
				if end, ok := d.matchElems(es[k+1:], end); ok {
					return end, true
				}
				continue
			}
		}
		if e.kind == eWord && !e.opt && !e.num && !e.hasPfx { // a plain word, the most common element
			if i >= len(d.toks) || !e.has(d.toks[i].wid) {
				return 0, false
			}
			i++
			continue
		}
		if e.opt {
			if i < len(d.toks) && d.matchOne(e, &d.toks[i]) {
				if end, ok := d.matchElems(es[k+1:], i+1); ok {
					return end, true
				}
			}
			continue // without it
		}
		if i >= len(d.toks) || !d.matchOne(e, &d.toks[i]) {
			return 0, false
		}
		i++
	}
	return i, true
}

func isWordish(k tokKind) bool { return k == tWord || k == tNum }

// titleEnd returns the index after the quoted title that opens at token i
// ("'Pricing Pages That Don't Suck'", a talk's or a post's name), or -1 when
// no title opens there: an opening quote mark glued to the word after it,
// closed by a mark glued to the word before it within maxTitle words on
// the same line.
func (d *doc) titleEnd(i int) int {
	t := &d.toks[i]
	if t.kind != tPunct || t.norm != `"` && t.norm != "'" || i+1 >= len(d.toks) || d.toks[i+1].bs != t.be ||
		i > 0 && d.toks[i-1].be == t.bs {
		return -1
	}
	for j := i + 2; j < len(d.toks) && j <= i+1+maxTitle; j++ {
		u := &d.toks[j]
		if u.kind == tBreak {
			break
		}
		if u.kind == tPunct && u.norm == t.norm && d.toks[j-1].be == u.bs {
			return j + 1
		}
	}
	return -1
}

// maxTitle is the most words a quoted title spans.
const maxTitle = 12

// matchOne matches one token-consuming element against one token.
func (d *doc) matchOne(e *elem, t *token) bool {
	_ = *t               // one nil check for every case below, rather than one in each
	if e.kind == eWord { // most elements: a token not looked up has no number
		return e.has(t.wid) || e.num && t.kind == tNum || t.pfx > 0 && e.hasPfx && d.trie.starts(t.pfx, e)
	}
	switch e.kind {
	case eAny:
		return isWordish(t.kind)
	case eNum:
		return t.kind == tNum
	case eURL:
		return t.kind == tURL
	case eCap:
		if t.kind != tWord || t.norm == "i" || t.lists&inPronouns != 0 {
			return false
		}
		if d.uncased {
			return t.wid < 0 // typed without capitals: a word no list holds
		}
		return t.flags&fCap != 0 && (t.flags&fCaps == 0 || !d.shouted)
	case ePunct:
		if t.kind != tPunct {
			return false
		}
		if w := e.words[0]; w == "?" || w == "!" {
			return indexByte(t.norm, w[0]) >= 0
		}
		return t.norm == e.words[0]
	}
	return false
}

// has reports whether the word numbered id is one of an eWord's words.
func (e *elem) has(id int32) bool {
	return id >= 0 && e.mask&(1<<(uint32(id)&63)) != 0 && idIn(id, e.ids)
}

// idIn reports whether id is in the sorted list ids.
func idIn(id int32, ids []int32) bool {
	lo, hi := 0, len(ids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ids[m] < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(ids) && ids[lo] == id
}

func sortIDs(s []int32) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// strconvQuote quotes s for a panic message without importing strconv's
// larger quoting tables.
//
//go:noinline
func strconvQuote(s string) string { return `"` + s + `"` }

// lines splits a list of patterns written one to a line in a raw string:
// blank lines and lines starting with # are left out. One string weighs much
// less in the WebAssembly binary than a slice literal of many strings, which
// the linker scatters where gzip cannot share their words.
func lines(s string) []string {
	var out []string
	for s != "" {
		line := s
		if i := indexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if line = trimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}
