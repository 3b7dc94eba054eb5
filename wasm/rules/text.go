package rules

import "unicode/utf8"

// This file turns a note into tokens. Rules never look at raw text: they see
// words in a folded form (lower case, accents and combining marks removed,
// every kind of apostrophe made straight), punctuation in a normal form, and
// whole URLs, e-mail addresses and template blanks as single tokens. Each token
// keeps its place in the text both in bytes and in UTF-16 code units, so a
// finding can point at it in a browser.

type tokKind uint8

const (
	tWord  tokKind = iota // letters (and digits); norm is the folded word
	tNum                  // digits only, with inner . or ,
	tPunct                // norm is the normal form: ' " — ... , and runs of ! and ?
	tBreak                // a line break; ends a sentence
	tURL                  // a web address
	tEmail                // an e-mail address
	tBlank                // a template blank: [Name], {first_name}, XXX, ___
)

const (
	fCap    = 1 << iota // the first letter is not lower case (Maria, 美咲)
	fCaps               // every letter is upper case and there are at least two
	fJoined             // glued to the previous word by a hyphen (the Luc of Jean-Luc)
)

type token struct {
	_      noCompare
	bs, be int32  // bytes in the text
	us, ue int32  // UTF-16 code units in the text
	norm   string // the normal form
	sent   int32  // index in doc.sents
	wid    int32  // the word's number in the engine's lexicon, or -1
	pfx    int32  // a word's longest beginning in the engine's prefixTrie, or 0
	lists  uint16 // the word lists it is in (inTitles, ...)
	langs  uint16 // the languages whose function words hold it (1<<lang)
	kind   tokKind
	flags  uint8
}

type sentence struct {
	_          noCompare
	first, end int32 // tokens [first, end)
	question   bool  // ends with a question mark
}

// A face is an emoji: its first code point, the token it precedes, and
// where it starts (UTF-16, then bytes).
type face struct {
	r           rune
	tok, us, bs int32
}

// A span is a stretch of text in UTF-16 code units.
type span struct{ start, end, bs, be int32 } // UTF-16, then bytes

// A doc is a tokenized note. Emoji are kept out of the token stream (a rule
// reading "love 🚀 your talk" sees "love your talk"); each is remembered with
// the token it precedes (faces), and runs of three or more are
// remembered for the shouting rule.
type doc struct {
	text    string
	toks    []token
	sents   []sentence
	emoji   []span      // runs of at least three emoji
	faces   []face      // every emoji, by its first code point
	length  int         // UTF-16 code units
	shouted bool        // most words are in capitals: capitals name nothing (see engine.read)
	uncased bool        // no word has a capital: an unknown word may be a name (see engine.read)
	norm    builder     // the tokens' normal forms, which share its bytes
	trie    *prefixTrie // the engine's that read it, which token.pfx numbers
}

// tokenizer holds the state of one pass over the text.
type tokenizer struct {
	d        *doc
	text     string
	i, u     int // position in bytes and UTF-16 code units
	nb       builder
	joinNext bool // the next word follows a joining hyphen
	noURL    int  // byte offset before which no word can start a URL (already tried)

	runStart, runEnd, runN int32 // the current run of emoji, in UTF-16 code units
	runStartByte           int
	runEndByte             int
}

func tokenize(d *doc, text string) {
	d.text = text
	z := tokenizer{d: d, text: text, nb: d.norm}
	z.nb.buf, d.toks, d.emoji, d.faces = z.nb.buf[:0], d.toks[:0], d.emoji[:0], d.faces[:0]
	if n := len(text) + 8; cap(z.nb.buf) < n {
		z.nb.buf = make([]byte, 0, n)
	}
	if n := len(text)/4 + 16; cap(d.toks) < n {
		d.toks = make([]token, 0, n)
	}
	for z.i < len(text) {
		// Spaces and ASCII words first, without a call: most of any note.
		switch c := text[z.i]; {
		case c == ' ':
			z.i++
			z.u++
		case asciiClass[c]&(lowerCase|upperCase|digit) != 0:
			if !z.asciiWord() {
				z.word()
			}
		case c == ',' || c == '.' && (z.i+1 == len(text) || text[z.i+1] != '.' && text[z.i+1] != "…"[0]):
			z.emit(tPunct, z.i+1, z.u+1, text[z.i:z.i+1], 0) // a comma, or a full stop and not an ellipsis
		default:
			z.step()
		}
	}
	z.flushEmoji()
	d.length = z.u
	d.norm = z.nb
}

// step consumes one token, or one piece of white space or invisible text,
// that is neither an ASCII space nor an ASCII word (see tokenize).
func (z *tokenizer) step() {
	r, w := decodeRune(z.text[z.i:])
	switch {
	case r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x85:
		z.emit(tBreak, z.i+w, z.u+1, "\n", 0)
	case isSpace(r) || isInvisible(r) || isMark(r):
		z.advance(r, w)
	case isEmoji(r):
		z.emojiCluster()
	case r == '〇' && z.blank(r):
	case isWordRune(r):
		z.word()
	case isHyphen(r) && z.between():
		z.joinNext = true
		z.advance(r, w)
	case (r == '\'' || r == '’') && z.shortYear(w):
		z.advance(r, w) // CHI '23, class of '19: the year, a number
	default:
		if !z.blank(r) {
			z.punct(r, w)
		}
	}
}

// shortYear reports whether the apostrophe at the current position, w
// bytes long, starts a year written with two digits ('23) after a space.
func (z *tokenizer) shortYear(w int) bool {
	t := z.text[z.i+w:]
	return (z.i == 0 || z.text[z.i-1] == ' ' || z.text[z.i-1] == '(') && len(t) >= 2 && isDigit(rune(t[0])) && isDigit(rune(t[1])) &&
		(len(t) == 2 || !isWordRune(runeAt(t, 2)))
}

// advance skips a rune that makes no token.
func (z *tokenizer) advance(r rune, w int) {
	z.i += w
	z.u += utf16Len(r)
}

// emit appends a token that runs from the current position to byte end and
// UTF-16 offset uend, with the given normal form.
func (z *tokenizer) emit(k tokKind, end, uend int, norm string, flags uint8) {
	if k != tWord && k != tNum {
		z.joinNext = false
	}
	z.flushEmoji()
	ns := z.nb.len()
	z.nb.writeString(norm)
	z.push(k, end, uend, ns, flags)
}

// push appends a token. (Not inlined: its three callers' copies weighed on
// the WebAssembly binary more than the call costs.)
//
//go:noinline
func (z *tokenizer) push(k tokKind, end, uend, ns int, flags uint8) {
	d := z.d // loaded once: one nil check
	if len(d.toks) == cap(d.toks) {
		z.grow()
	}
	d.toks = append(d.toks, token{
		bs: int32(z.i), be: int32(end), us: int32(z.u), ue: int32(uend),
		norm: z.nb.since(ns), kind: k, flags: flags,
	})
	z.i, z.u = end, uend
}

// grow makes room for the rest of the tokens at the rate seen so far. Only
// strange text ("<a><a>…", "a.a.a.") outgrows tokenize's first guess, and
// doubling from it would leave four arrays behind on a megabyte: in the
// page's WebAssembly memory, which never shrinks, those fragment the heap.
func (z *tokenizer) grow() {
	d := z.d
	n := len(d.toks)
	want := n + n/4 + 16
	if z.i > 0 {
		want = max(want, int(int64(n)*int64(len(z.text))/int64(z.i))+n/8+16)
	}
	toks := make([]token, n, want)
	copy(toks, d.toks)
	d.toks = toks
}

// between reports whether a hyphen at the current position sits between a
// word and a word with no space, as in Jean-Luc or 15-minute.
func (z *tokenizer) between() bool {
	n := len(z.d.toks)
	if n == 0 || z.d.toks[n-1].be != int32(z.i) {
		return false
	}
	if k := z.d.toks[n-1].kind; k != tWord && k != tNum {
		return false
	}
	_, w := decodeRune(z.text[z.i:])
	next, _ := decodeRune(z.text[z.i+w:])
	return isWordRune(next)
}

// word consumes letters, digits and what may sit inside a word: combining
// marks and invisible characters (dropped from the normal form), an apostrophe
// between letters (O'Neil, we’ve), and . or , between digits (3.5, 1,000).
func (z *tokenizer) word() {
	text := z.text
	start := z.i
	i, u := z.i, z.u
	ns := len(z.nb.buf)
	var seen uint8 // the classes of characters seen: see asciiClass, and caseless
	upper := 0     // letters in upper case
	capFirst := false
	under := false
	for i < len(text) {
		// The common case, a run of ASCII letters and digits, without decoding.
		if j, buf, k, up := asciiRun(text, i, z.nb.buf); j > i {
			if seen&(lowerCase|upperCase|caseless|digit) == 0 {
				capFirst = asciiClass[text[i]] == upperCase // the first letter
			}
			z.nb.buf, seen, upper = buf, seen|k, upper+up
			u += j - i
			i = j
			if i == len(text) {
				break
			}
			if endsWord(text, i, seen) {
				break // a space or a mark that ends the word: the common case
			}
		}
		letters := seen&(lowerCase|upperCase|caseless) != 0
		// An ASCII word followed by . @ : / may start a web or mail address
		// (so may one followed by - or _, which takes a longer look).
		if c := text[i]; seen&nonASCII == 0 && i > start && z.i >= z.noURL && i+1 < len(text) &&
			((c == '.' || c == '@' || c == ':' || c == '/') && (isASCIIAlnum(text[i+1]) || text[i+1] == '/') ||
				(c == '-' || c == '_') && z.mayBeAddress()) && z.address() {
			z.nb.buf = z.nb.buf[:ns]
			return
		}
		r, w := decodeRune(text[i:])
		seen |= nonASCII
		switch {
		case r == '(' && letters && genderEnding(text[i:]) > 0:
			// senhor(a), Mitarbeiter(in): the word, read without its
			// other-gender ending
			n := genderEnding(text[i:])
			i += n
			u += n
			goto done
		case r == '〇' && i > start && runeAt(text, i+w) == '〇':
			goto done // 株式会社〇〇: a blank ends the word
		case isMark(r) || isInvisible(r):
			// part of the word, not of its normal form
		case isLetter(r):
			_, c := letterCase(r)
			if seen&(lowerCase|upperCase|caseless|digit) == 0 {
				capFirst = c >= 0 // the first letter
			}
			switch {
			case c > 0:
				upper++
				seen |= upperCase
			case c < 0:
				seen |= lowerCase
			default:
				seen |= caseless
			}
			foldRune(&z.nb, r)
		case isDigit(r):
			seen |= digit
			z.nb.writeByte(byte(r))
		case isApostrophe(r) && letters && isLetter(runeAt(text, i+w)):
			z.nb.writeByte('\'')
		case (r == '.' || r == ',') && seen&digit != 0 && !letters && isDigit(runeAt(text, i+w)):
			z.nb.writeByte(byte(r))
		case r == '_' && letters && isLetter(runeAt(text, i+w)):
			under = true
			z.nb.writeByte('_')
		default:
			goto done
		}
		i += w
		u += utf16Len(r)
	}
done:
	k := tWord
	if seen&(lowerCase|upperCase|caseless) == 0 {
		k = tNum
	}
	var flags uint8
	if capFirst {
		flags |= fCap
	}
	if upper >= 2 && seen&lowerCase == 0 {
		flags |= fCaps
	}
	if z.joinNext {
		flags |= fJoined
		z.joinNext = false
	}
	// A word called as a function (ROW_NUMBER(), get_user_name()) is code.
	if norm := z.nb.since(ns); isXs(norm) && flags&fCaps != 0 || under && (i >= len(text) || text[i] != '(') && (flags&fCaps != 0 && fieldParts(norm) || contains(norm, "name") || contains(norm, "company")) {
		k = tBlank // XXX, FIRST_NAME, company_name: blanks left in a template
	}
	z.flushEmoji()
	z.push(k, i, u, ns, flags)
}

// fieldParts reports whether a word in capitals joined by underscores
// names a template's field in one of its parts (FIRST_NAME, NOMBRE_EMPRESA,
// JOB_TITLE), rather than a constant or an error code from code
// (UNDO_RETENTION, ERR_SSL_PROTOCOL_ERROR).
func fieldParts(norm string) bool {
	for norm != "" {
		part, rest, _ := cut(norm, "_")
		if part != "" && (isXs(part) || hasWordFold(blankWords, part)) {
			return true
		}
		norm = rest
	}
	return false
}

// Classes of the characters of a word, as word collects them.
const (
	lowerCase = 1 << iota // an ASCII or other letter in lower case
	upperCase             // in upper case
	digit                 // an ASCII digit
	caseless              // a letter of a script without case
	nonASCII              // anything but an ASCII letter or digit
	joins                 // an ASCII mark that may continue a word or start an address: . , @ : / - _ ( ' `
)

// asciiClass gives the class of each ASCII letter and digit, and marks the
// ASCII characters that may join a word; 0 for any other byte. (A literal,
// not a loop: the linker writes it, where a loop is code run at load.)
var asciiClass = [256]uint8{
	'a': lowerCase, 'b': lowerCase, 'c': lowerCase, 'd': lowerCase, 'e': lowerCase, 'f': lowerCase, 'g': lowerCase, 'h': lowerCase, 'i': lowerCase, 'j': lowerCase, 'k': lowerCase, 'l': lowerCase, 'm': lowerCase,
	'n': lowerCase, 'o': lowerCase, 'p': lowerCase, 'q': lowerCase, 'r': lowerCase, 's': lowerCase, 't': lowerCase, 'u': lowerCase, 'v': lowerCase, 'w': lowerCase, 'x': lowerCase, 'y': lowerCase, 'z': lowerCase,
	'A': upperCase, 'B': upperCase, 'C': upperCase, 'D': upperCase, 'E': upperCase, 'F': upperCase, 'G': upperCase, 'H': upperCase, 'I': upperCase, 'J': upperCase, 'K': upperCase, 'L': upperCase, 'M': upperCase,
	'N': upperCase, 'O': upperCase, 'P': upperCase, 'Q': upperCase, 'R': upperCase, 'S': upperCase, 'T': upperCase, 'U': upperCase, 'V': upperCase, 'W': upperCase, 'X': upperCase, 'Y': upperCase, 'Z': upperCase,
	'0': digit, '1': digit, '2': digit, '3': digit, '4': digit, '5': digit, '6': digit, '7': digit, '8': digit, '9': digit,
	'.': joins, ',': joins, '@': joins, ':': joins, '/': joins, '-': joins, '_': joins, '(': joins, '\'': joins, '`': joins,
}

// asciiRun appends to buf, folded to lower case, the run of ASCII letters
// and digits at text[i:], and returns where the run ends, buf, the classes
// of its characters and how many are in upper case. It is the tokenizer's
// inner loop, kept small so that WebAssembly runs it fast.
func asciiRun(text string, i int, buf []byte) (int, []byte, uint8, int) {
	var seen uint8
	upper := 0
	for ; i < len(text); i++ {
		c := text[i]
		k := asciiClass[c]
		if k&(lowerCase|upperCase|digit) == 0 {
			break
		}
		seen |= k
		upper += int(k>>1) & 1
		buf = append(buf, c|0x20)
	}
	return i, buf, seen, upper
}

// asciiWord reads the most common word: ASCII letters and digits that a
// space, a plain mark or the end of the text ends. For any other word it
// reads nothing and reports false, and word reads it.
func (z *tokenizer) asciiWord() bool {
	text, i, ns := z.text, z.i, len(z.nb.buf)
	j, buf, seen, upper := asciiRun(text, i, z.nb.buf)
	if j < len(text) && !endsWord(text, j, seen) {
		return false
	}
	z.nb.buf = buf
	k := tWord
	if seen&(lowerCase|upperCase) == 0 {
		k = tNum
	}
	var flags uint8
	if asciiClass[text[i]] == upperCase {
		flags |= fCap
	}
	if upper >= 2 && seen&lowerCase == 0 {
		flags |= fCaps
		if isXs(z.nb.since(ns)) {
			k = tBlank // XXX: a blank left in a template
		}
	}
	if z.joinNext {
		flags |= fJoined
		z.joinNext = false
	}
	z.flushEmoji()
	z.push(k, j, z.u+j-i, ns, flags)
	return true
}

// endsWord reports whether the ASCII character at text[i] ends a word whose
// characters so far are of the classes seen: a space or a mark that cannot
// continue a word or start an address, or a comma or full stop that is not
// between digits ("1,000", "3.5") or in an address ("acme.com").
func endsWord(text string, i int, seen uint8) bool {
	c := text[i]
	if c >= utf8.RuneSelf {
		return false
	}
	if asciiClass[c]&joins == 0 {
		return true
	}
	return (c == ',' || c == '.') && (seen&digit == 0 || seen&(lowerCase|upperCase|caseless) != 0) &&
		(c == ',' || i+1 == len(text) || !isASCIIAlnum(text[i+1]) && text[i+1] != '/')
}

// genderEnding returns the length of an other-gender ending in parentheses
// at the start of s, as in Caro(a), adicioná-lo(a), Lehrer(innen): one to
// five lower-case letters in parentheses, followed by no letter. It returns 0
// when there is none.
func genderEnding(s string) int {
	j := 1
	for j < len(s) && j <= 6 && 'a' <= s[j] && s[j] <= 'z' {
		j++
	}
	if j == 1 || j > 6 || j >= len(s) || s[j] != ')' || j+1 < len(s) && isLetter(runeAt(s, j+1)) {
		return 0
	}
	return j + 1
}

// isXs reports a run of three or more x's: XXX in a template (in capitals;
// a lower-case xxx signs off with kisses). (Not inlined: a call is smaller
// in the WebAssembly binary than its copies.)
//
//go:noinline
func isXs(s string) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != 'x' {
			return false
		}
	}
	return true
}

// punct consumes one punctuation mark or symbol. Runs of ! and ? become one
// token, as do runs of dots. (Each case sets the token for one call of
// emit at the end: each call is code in the WebAssembly binary.)
func (z *tokenizer) punct(r rune, w int) {
	end, uend := z.i+w, z.u+utf16Len(r)
	var norm string
	switch {
	case r == '!' || r == '?' || r == '！' || r == '？' || r == '‼' || r == '⁉':
		var b [16]byte
		n := 0
		i, u := z.i, z.u
		for i < len(z.text) {
			r, w := decodeRune(z.text[i:])
			var s string
			switch r {
			case '!', '！':
				s = "!"
			case '?', '？':
				s = "?"
			case '‼':
				s = "!!"
			case '⁉':
				s = "!?"
			}
			if s == "" {
				break
			}
			if n+len(s) <= len(b) {
				n += copy(b[n:], s)
			}
			i += w
			u++
		}
		end, uend, norm = i, u, string(b[:n])
	case r == '¡': // ¡¡Sofi!!: a run is one token
		i := z.i
		for hasPrefix(z.text[i:], "¡") {
			i += len("¡")
		}
		end, uend, norm = i, z.u+(i-z.i)/len("¡"), z.text[z.i:i]
	case r == '.' || r == '…':
		i, u := z.i, z.u
		n := 0
		for i < len(z.text) && (z.text[i] == '.' || hasPrefix(z.text[i:], "…")) {
			if z.text[i] == '.' {
				i++
				n++
			} else {
				i += len("…")
				n += 3
			}
			u++
		}
		end, uend, norm = i, u, "."
		if n > 1 {
			norm = "..."
		}
	case isApostrophe(r):
		norm = "'"
	case isQuote(r):
		norm = `"`
	case isHyphen(r) || isDash(r):
		norm = "—"
	default:
		norm = z.text[z.i : z.i+w]
	}
	z.emit(tPunct, end, uend, norm, 0)
}

// blank consumes a template blank starting at the current position, if there
// is one: [Name], [first name], {first_name}, {{ company }}, <Company>,
// %FIRSTNAME%, #FirstName#, *|FNAME|* (a mail-merge tag), (insert name here),
// a run of three or more underscores, or a run of circles (〇〇, Japanese for
// "so-and-so"). Code and markup are not blanks: a bracket glued to the word
// before it (Option<T>, map[string], Optional[str], interface{}), a single
// letter (<T>, [x]), an HTML element (<br>, <details>), a template's
// expression ({{ .Values.tag }}, {{ range .Items }}), a reference ([3], [sic]).
func (z *tokenizer) blank(r rune) bool {
	text := z.text[z.i:]
	var end int
	switch r {
	case '_':
		for end < len(text) && text[end] == '_' {
			end++
		}
		if end < 3 {
			return false
		}
	case '〇', '○', '◯':
		for n := 0; end < len(text); n++ {
			c, w := decodeRune(text[end:])
			if c != r {
				if n < 2 {
					return false
				}
				break
			}
			end += w
		}
	case '*':
		// *|FNAME|*, *|MC:SUBJECT|*
		if !hasPrefix(text, "*|") {
			return false
		}
		j := index(text[2:min(len(text), 42)], "|*")
		if j <= 0 || !isTagName(text[2:2+j]) {
			return false
		}
		end = 2 + j + 2
	case '(':
		// (insert name here), (insert company), (first name), (nombre)
		j := indexByte(text[:min(len(text), 61)], ')')
		if j < 0 || !insertNote(text[1:j]) && !fieldNote(text[1:j]) {
			return false
		}
		end = j + 1
	case '[', '{', '<', '%', '#':
		if z.glued() {
			return false // Option<T>, map[string], interface{}: code
		}
		open, closing := text[:1], closer(r)
		if r == '{' && hasPrefix(text, "{{") {
			open, closing = "{{", "}}"
		}
		j := index(text[len(open):min(len(text), len(open)+41)], closing)
		if j < 0 {
			return false
		}
		end = len(open) + j + len(closing)
		label := trimSpace(text[len(open) : end-len(closing)])
		if r == '%' || r == '#' {
			if !isTagName(text[1:end-1]) || r == '%' && hasWordFold(envVars, text[1:end-1]) {
				return false // 20% off and 30%; #1 and #2; %APPDATA%
			}
		} else if !blankContent(label) || r == '{' && codeWord(label) || typeParams(label) {
			return false
		}
		if r == '[' && hasPrefix(text[end:], "(") {
			return false // a Markdown link, [text](url)
		}
		if r == '<' && hasWordFold(htmlTags, firstWord(label)) || r == '[' && hasWordFold(notBlanks, label) {
			return false // <b>, <br>, <div onclick>: markup is text in a note, but not a blank; [at], [sic]
		}
	default:
		return false
	}
	z.emit(tBlank, z.i+end, z.u+utf16LenString(text[:end]), "", 0)
	return true
}

// glued reports whether the current position follows a word with no space
// between, as the bracket of Option<T> or map[string] does, or a sigil of
// code: a reference (&[str], &<T>) or a path (::<T>). (Not * or a lone
// colon: **[Company]** is a blank in bold, "Hi:[Name]" one typed in haste.)
func (z *tokenizer) glued() bool {
	if z.i > 0 && z.text[z.i-1] == '&' || z.i > 1 && z.text[z.i-2:z.i] == "::" {
		return true
	}
	n := len(z.d.toks)
	return n > 0 && z.d.toks[n-1].be == int32(z.i) && isWordish(z.d.toks[n-1].kind)
}

func closer(open rune) string {
	switch open {
	case '[':
		return "]"
	case '{':
		return "}"
	case '<':
		return ">"
	case '#':
		return "#"
	}
	return "%"
}

// htmlTags are element names that, in angle brackets, are markup rather
// than a blank such as <Company>. Names people use for blanks (<name>,
// <title>, <link>, <date>) are left out.
const htmlTags = " a b i u p s q br hr em strong small sup sub code pre div span li ul ol dl dt dd h1 h2 h3 h4 h5 h6 " +
	"img table tr td th tbody thead tfoot blockquote html body head script style mark del ins cite abbr kbd var samp " +
	"details summary button input form label select option textarea nav header footer main section article aside " +
	"figure figcaption video audio canvas svg iframe picture source template slot dialog noscript meta wbr center font "

// envVars are the environment variables of Windows that a note about
// software writes in percent signs (%APPDATA%): paths, not mail-merge
// fields.
const envVars = " appdata localappdata programdata programfiles userprofile homepath homedrive systemroot windir temp tmp path pathext comspec "

// typeParams reports whether a bracketed label is a list of type
// parameters, which starts with a one-letter name ([T any], [K comparable]).
func typeParams(label string) bool { return len(label) > 2 && label[1] == ' ' }

// notBlanks are bracketed words that are not blanks.
const notBlanks = " at dot sic sic! edit redacted emphasis translation translated citation thread video photo pdf " +
	"ad en es pt fr de it nl ja zh "

// codeWord reports whether a label in braces is a template's expression,
// which refers to fields with a dot: {{ .Values.tag }}, {{ range .Items }}.
func codeWord(label string) bool { return contains(label, " .") }

// blankContent reports whether s looks like the label of a blank: two
// characters or more, starting with a letter, and only letters, digits,
// spaces and _ - . ' /; not three words or more with a digit among them,
// which is code (<vscale x 4 x i32>) rather than a field's name.
func blankContent(s string) bool {
	if len(s) < 2 || !isLetter(runeAt(s, 0)) {
		return false
	}
	spaces, digits := 0, false
	for _, r := range s {
		switch {
		case r == ' ':
			spaces++
		case isDigit(r):
			digits = true
		case isLetter(r) || r == '_' || r == '-' || r == '.' || r == '\'' || r == '/' || r == '…':
		default:
			return false
		}
	}
	return !digits || spaces < 2
}

// isTagName reports whether s is the name of a mail-merge field: a blank's
// label with no spaces (FNAME, first_name).
func isTagName(s string) bool { return blankContent(s) && indexByte(s, ' ') < 0 }

// capsField reports whether the word in capitals at token i is a template's
// name field left as it was: where a name stands, after a greeting word, a
// title or "your" ("Hi NAME,", "Hola NOMBRE", "Thanks! YOUR NAME"), or
// alone before a comma at the start. Elsewhere NAME is a word ("the NAME
// resolution bug").
func (d *doc) capsField(i int) bool {
	w := d.toks[i].norm
	name := hasWord(nameFields, w)
	if !name && !hasWord(capsFields, w) && !hasWord(insertWords, w) {
		return false
	}
	if !name {
		// Another field where its value goes ("works at COMPANY", "on
		// TOPIC", "INSERT INDUSTRY"), or the instruction before one.
		if hasWord(insertWords, w) {
			n := &d.toks[min(i+1, len(d.toks)-1)]
			return n.flags&fCaps != 0 && (hasWord(capsFields, n.norm) || hasWord(nameFields, n.norm))
		}
		p := &d.toks[max(i-1, 0)]
		return i > 0 && p.kind == tWord && (hasWord(capsFieldIn, p.norm) && p.flags&fCaps == 0 || hasWord(insertWords, p.norm))
	}
	for j := i - 1; j >= 0; j-- {
		if p := &d.toks[j]; p.kind == tWord {
			return hasWord(capsFieldAfter, p.norm) && (p.flags&fCaps == 0 || hasWord(" your my ", p.norm))
		}
	}
	return d.isPunct(i+1, " , ")
}

// capsFields are other fields a template leaves in capitals, and
// capsFieldIn the words their value follows.
const (
	capsFields  = " company empresa firma entreprise unternehmen industry industria branche secteur sector setor topic tema thema sujet event evento role cargo poste position city ciudad cidade ville stadt date fecha datum title school university "
	capsFieldIn = " at in on for from about with na no nos en em bei beim chez au aux im am zur zum sobre sur uber de do da del du "
)

// nameFields are the names a template gives its name field, folded.
const nameFields = " name firstname first_name fname fullname lastname last_name surname nachname apellido sobrenome nombre nome nom prenom vorname "

// capsFieldAfter are the words a name field follows in a template.
const capsFieldAfter = " hi hello hey dear hola ola oi bonjour salut hallo liebe lieber estimado estimada prezado prezada querido querida cher chere caro cara geehrte geehrter your my tu su seu sua votre ton ihr ihre dein deine mr mrs ms dr herr frau sr sra senor senora monsieur madame "

// insertNote reports whether the text in parentheses is a template's
// instruction: (insert name here), (insérer le nom).
func insertNote(s string) bool {
	w, rest := nextWord(s)
	return rest != "" && blankContent(s) && hasWordFold(insertWords, w)
}

// fieldNote reports whether the text in parentheses names a template's
// field and nothing else: (name), (first name), (company name), (event
// name), (nome do veículo), (empresa). A field word first must be followed
// by "of" and what it is of; an aside that says more of a name is prose:
// (name withheld), (name changed).
func fieldNote(s string) bool {
	if !blankContent(s) {
		return false
	}
	// Up to four words ending in a field word: (first name), (company
	// name), (nombre de tu empresa).
	if wordCount(s) <= 4 && isFieldWord(lastWord(s)) {
		return true
	}
	first, rest := nextWord(s)
	of, what := nextWord(rest)
	return isFieldWord(first) && hasWordFold(" de do da del du des of ", of) && what != "" && wordCount(what) <= 2
}

func isFieldWord(w string) bool {
	return hasWordFold(nameFields, w) || hasWordFold(" prénom company empresa entreprise firma ", w)
}

// wordCount counts the words of s, one space between each.
func wordCount(s string) int {
	n := 0
	for rest := s; rest != ""; n++ {
		_, rest = nextWord(rest)
	}
	return n
}

const insertWords = " insert enter add inserir insira insertar inserte inserta insérer insérez inserer inserez einfügen einfugen inserire "

// hasWordFold is hasWord with ASCII letters compared in lower case.
func hasWordFold(list, w string) bool {
	var b [24]byte
	if len(w) > len(b) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return hasWord(list, string(b[:len(w)]))
}

// mayBeAddress is a quick test before address for a word followed by - or _
// (my-site.com): the run of ASCII letters, digits, hyphens and underscores at
// the current position is followed by one of . @ : / and then by a letter, a
// digit or a slash.
func (z *tokenizer) mayBeAddress() bool {
	text := z.text
	i := z.i
	for i < len(text) && (isASCIIAlnum(text[i]) || text[i] == '-' || text[i] == '_') {
		i++
	}
	if i+1 >= len(text) || indexByte(".@:/", text[i]) < 0 || !isASCIIAlnum(text[i+1]) && text[i+1] != '/' {
		z.noURL = i // words later in this run (a-b-c-…) can't start an address either
		return false
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// address consumes a URL or an e-mail address starting at the current
// position, if there is one (see addressKind). Either way it notes where the
// run of URL characters ends, so no later word in it is tried again.
func (z *tokenizer) address() bool {
	text := z.text[z.i:]
	n := 0
	for n < len(text) {
		c := text[n]
		if isURLByte(c) || c == ':' && hasPrefix(text[n:], "://") {
			if c == ':' {
				n += 3
				continue
			}
			n++
			continue
		}
		break
	}
	for n > 0 && indexByte(".,;!?*'", text[n-1]) >= 0 {
		n--
	}
	run := text[:n]
	z.noURL = z.i + n
	k := addressKind(run)
	if k == 0 {
		return false
	}
	z.emit(k, z.i+n, z.u+n, "", 0)
	return true
}

func isURLByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		indexByte("-._~/?#@!$&*+,;=%'", c) >= 0
}

// addressKind tells a URL or an e-mail address from other text with dots:
// a scheme (https://) or www. makes a URL; so does a domain followed by a
// path (calendly.com/ana); a bare domain (acme.com) only when written in
// lower case with a common top-level domain, since a capitalised one is
// usually a company's name (Booking.com) and ASP.NET or Node.js are names
// too; name@domain is an e-mail address.
func addressKind(run string) tokKind {
	if i := index(run, "://"); i > 0 && isLetters(run[:i]) && len(run) > i+3 {
		return tURL
	}
	if len(run) > 4 && run[0]|0x20 == 'w' && run[1]|0x20 == 'w' && run[2]|0x20 == 'w' && run[3] == '.' {
		return tURL
	}
	host, path := run, false
	if i := indexAny(run, "/?#"); i >= 0 {
		host, path = run[:i], true
	}
	at := indexByte(host, '@')
	if at >= 0 {
		host = host[at+1:]
	}
	// The host: labels of letters, digits and hyphens, the last all letters.
	dot, upper := lastIndexByte(host, '.'), false
	if dot <= 0 || len(host)-dot < 3 || !isLetters(host[dot+1:]) {
		return 0
	}
	for i := 0; i < len(host); i++ {
		c := host[i]
		switch {
		case c == '.' && (i == 0 || host[i-1] == '.' || host[i+1] == '-'):
			return 0 // an empty label, or one starting with a hyphen
		case 'A' <= c && c <= 'Z':
			upper = true
		case c != '.' && c != '-' && !isASCIIAlnum(c):
			return 0
		}
	}
	switch {
	case at > 0 && !path:
		return tEmail
	case at >= 0:
		return 0
	case path || !upper && hasWord(bareTLDs, host[dot+1:]) && !hasWord(notDomains, host):
		return tURL
	}
	return 0
}

// bareTLDs are the top-level domains a bare lower-case domain must end in
// to count as a link (calendhub.io, pixelnorte.com.br). Country codes that
// are also common words (it, is, to, so, no, at, be) are left out: a missing
// space after a full stop ("loved it.so") would read as a domain.
const bareTLDs = " com org net co uk us ca de fr es nl au nz in ly me dev app xyz info biz edu gov page site link " +
	"io ai br pt mx ar cl pe uy ec ch se dk fi pl cz ie eu ru ua jp cn kr tw hk sg ng ke za gh tv " +
	"online store shop tech studio agency design blog cloud digital academy club space live pro news consulting "

// notDomains are names of software written like a domain.
const notDomains = " socket.io asp.net ado.net vb.net dot.net chart.io "

func indexAny(s, chars string) int {
	for i := 0; i < len(s); i++ {
		if indexByte(chars, s[i]) >= 0 {
			return i
		}
	}
	return -1
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// emojiCluster consumes one emoji with whatever extends it (skin tones,
// variation selectors, zero-width joiners and the emoji they join, the second
// half of a flag) and counts it in the current run.
func (z *tokenizer) emojiCluster() {
	text := z.text
	i, u := z.i, z.u
	r, w := decodeRune(text[i:])
	z.d.faces = append(z.d.faces, face{r, int32(len(z.d.toks)), int32(u), int32(i)})
	flag := isRegional(r)
	i += w
	u += utf16Len(r)
	for i < len(text) {
		r, w := decodeRune(text[i:])
		switch {
		case r == 0xFE0F || r == 0x20E3 || 0x1F3FB <= r && r <= 0x1F3FF || 0xE0020 <= r && r <= 0xE007F:
		case flag && isRegional(r):
			flag = false
		case r == 0x200D:
			next, nw := decodeRune(text[i+w:])
			if !isEmoji(next) {
				goto done
			}
			i += w
			u++
			r, w = next, nw
		default:
			goto done
		}
		i += w
		u += utf16Len(r)
	}
done:
	if z.runN == 0 || !z.onlySpaceSinceRun() {
		z.flushEmoji()
		z.runStart = int32(z.u)
		z.runStartByte = z.i
	}
	z.runN++
	z.runEnd = int32(u)
	z.i, z.u = i, u
	z.runEndByte = i
}

// onlySpaceSinceRun reports whether nothing but white space lies between the
// end of the current emoji run and the current position.
func (z *tokenizer) onlySpaceSinceRun() bool {
	for _, r := range z.text[z.runEndByte:z.i] {
		if !isSpace(r) && !isInvisible(r) {
			return false
		}
	}
	return true
}

// flushEmoji ends the current run of emoji, keeping it when it is long
// enough. (Not inlined: its copies in the tokenizer weighed on the
// WebAssembly binary more than the calls cost.)
//
//go:noinline
func (z *tokenizer) flushEmoji() {
	if z.runN >= 3 {
		z.keepEmojiRun()
	}
	z.runN = 0
}

// keepEmojiRun records the current run of emoji, which is long enough for
// the shouting rule to see.
//
//go:noinline
func (z *tokenizer) keepEmojiRun() {
	z.d.emoji = append(z.d.emoji, span{z.runStart, z.runEnd, int32(z.runStartByte), int32(z.runEndByte)})
}

// splitSentences groups tokens into sentences. A sentence ends at a line
// break or at . ! ? or an ellipsis, except for the dot after a title (Dr.) or
// an initial (J.); and at an emoji that a capital follows, which people type
// for a full stop ("…des stages non payés 😔 Moi j'ai trouvé…").
func (d *doc) splitSentences() {
	d.sents = d.sents[:0]
	if n := len(d.toks)/8 + 1; cap(d.sents) < n {
		d.sents = make([]sentence, 0, n)
	}
	start := 0
	for i := range d.toks {
		if !d.endsSentence(i) && i != len(d.toks)-1 {
			continue
		}
		for j := start; j <= i; j++ {
			d.toks[j].sent = int32(len(d.sents))
		}
		d.sents = append(d.sents, sentence{first: int32(start), end: int32(i + 1), question: d.asks(start, i)})
		start = i + 1
	}
}

// asks reports whether the sentence in tokens [first, last] ends with a
// question mark, looking past line breaks and closing quotes.
func (d *doc) asks(first, last int) bool {
	for j := last; j >= first; j-- {
		t := &d.toks[j]
		if t.kind == tBreak {
			continue
		}
		if t.kind != tPunct {
			return false
		}
		if n := t.norm; n != `"` && n != ")" && n != "'" {
			return contains(n, "?")
		}
	}
	return false
}

func (d *doc) endsSentence(i int) bool {
	t := &d.toks[i]
	if t.kind == tBreak {
		return true
	}
	if t.kind != tPunct {
		return i+1 < len(d.toks) && d.toks[i+1].kind == tWord && d.toks[i+1].flags&fCap != 0 && d.emojiBetween(i, i+1)
	}
	switch n := t.norm; {
	case n == ".":
		if i > 0 && d.toks[i-1].kind == tWord && d.toks[i-1].be == t.bs {
			prev := d.toks[i-1].norm
			if utf8.RuneCountInString(prev) == 1 || d.toks[i-1].lists&inTitles != 0 {
				return false
			}
			// A saint's abbreviation before a place: "St. Gallen", "Sta. Catarina".
			if (prev == "st" || prev == "sta" || prev == "ste") && i+1 < len(d.toks) && d.toks[i+1].flags&fCap != 0 {
				return false
			}
		}
		return true
	case n == "...":
		return true
	default:
		// A mark set apart in a running sentence is a symbol: "the ?
		// operator", "the ! prefix".
		if i > 0 && i+1 < len(d.toks) && d.toks[i-1].be < t.bs && t.be < d.toks[i+1].bs &&
			d.toks[i+1].kind == tWord && d.toks[i+1].flags&fCap == 0 && d.toks[i-1].kind == tWord {
			return false
		}
		return indexByte(n, '!') >= 0 || indexByte(n, '?') >= 0
	}
}

// clauseStart reports whether token i begins a clause: it opens the note or
// follows punctuation, a line break or an emoji.
func (d *doc) clauseStart(i int) bool {
	if i == 0 {
		return true
	}
	if i > len(d.toks) {
		return false
	}
	k := d.toks[i-1].kind
	return k == tPunct || k == tBreak || i < len(d.toks) && d.emojiBetween(i-1, i)
}

// clauseEnd reports whether a clause ends before token i: the note ends, or
// punctuation, a line break or an emoji comes next ("Oi princesa 👸 me
// aceita").
func (d *doc) clauseEnd(i int) bool {
	if i >= len(d.toks) {
		return true
	}
	k := d.toks[i].kind
	return k == tPunct || k == tBreak || i > 0 && d.emojiBetween(i-1, i)
}

// emojiBetween reports whether an emoji stands between tokens i and j:
// whether the white space between them holds a character from the emoji
// blocks (U+2600 on, or outside the BMP).
//
//go:noinline
func (d *doc) emojiBetween(i, j int) bool {
	gap := d.text[d.toks[i].be:d.toks[j].bs]
	for k := 0; k+1 < len(gap); k++ {
		if c := gap[k]; c >= 0xF0 || c == 0xE2 && gap[k+1] >= 0x98 {
			return true
		}
	}
	return false
}

// quoted reports whether token i stands inside quotation marks. Looking back
// along its line (up to maxQuote tokens back), « and „ open a quote and » closes one; a single quote mark
// opens when it is glued to the word after it and not to the one before
// ('Ik wil…'), and closes otherwise (…netwerk'); double quote marks, which
// may be written with spaces inside (" Je souhaiterais… "), take turns: an
// odd number of them before the token on its line means one is open.
func (d *doc) quoted(i int) bool {
	doubles := 0
	// A quotation runs a sentence or two: looking further back than that
	// would make a long line without breaks quadratic to check.
	for j := i - 1; j >= 0 && j >= i-maxQuote; j-- {
		t := &d.toks[j]
		if t.kind == tBreak {
			break
		}
		if t.kind != tPunct {
			continue
		}
		n := t.norm
		if n != `"` && n != "'" {
			continue
		}
		switch r, _ := decodeRune(d.text[t.bs:]); {
		case r == '«' || r == '„':
			return doubles%2 == 0
		case r == '»':
			return doubles%2 == 1
		case n == `"`:
			doubles++
		case doubles == 0:
			gluedAfter := j+1 < len(d.toks) && d.toks[j+1].bs == t.be && d.toks[j+1].kind != tBreak
			gluedBefore := j > 0 && d.toks[j-1].be == t.bs && d.toks[j-1].kind != tPunct
			if gluedAfter && '0' <= d.text[t.be] && d.text[t.be] <= '9' {
				continue // '19 is a year, not a quotation
			}
			return gluedAfter && !gluedBefore
		}
	}
	return doubles%2 == 1
}

// maxQuote is how many tokens back quoted looks for an opening mark.
const maxQuote = 80
