package rules

import "unicode/utf8"

// Check reviews a note and reports what to change before sending it. It
// never fails: any text, however strange, gets a report. Options that are
// empty or unknown take their defaults (a free account, a stranger).
func Check(text string, opts Options) Report {
	var k Checker
	return k.Check(text, opts)
}

// A Checker checks notes one after another, as Check does, reusing the
// memory a check works in: a program that checks as someone types (the
// WebAssembly checker) allocates and collects far less. The zero value is
// ready to use. A Checker must not be used for two checks at once; the
// reports it returns share nothing with it.
type Checker struct {
	c            checker
	name, folded string // the last recipient's name, and folded
}

// Check reviews a note like the package's Check.
func (k *Checker) Check(text string, opts Options) Report { return k.check(text, opts, true) }

// maxKept is the most tokens whose memory a Checker keeps for the next
// check: enough for any note, and not a pasted book.
const maxKept = 4096

// check is Check; fixing says whether to propose fixes, which a check made
// to verify a fix does not need.
func (k *Checker) check(text string, opts Options, fixing bool) Report {
	e := engine // loaded once: one nil check, not one after each call
	e.complete()
	c := &k.c
	c.reset()
	// The options are set in place, not copied about: each copy of a
	// struct of strings is code in the WebAssembly binary.
	c.opts = opts
	c.opts.normalize()
	if opts.Name != k.name || k.folded == "" {
		k.name, k.folded = opts.Name, foldName(opts.Name)
	}
	c.name, c.fixing = k.folded, fixing
	e.read(&c.d, text)
	c.lang = c.d.detectLang()
	if c.lang == langDE || c.lang == langFR {
		e.reread(&c.d, c.name, c.lang)
	}
	if n := len(c.d.toks)/4 + 8; cap(c.hits) < n {
		c.hits = make([]hit, 0, n)
	}
	c.greet = readGreeting(&c.d, c.name)
	c.scan()
	var t tally
	for i := range e.rules {
		r := e.rules[i].rule
		if hasRelationship(r.Quiet, c.opts.Relationship) || hasString(c.opts.Disable, r.ID) {
			continue
		}
		c.ri, c.rule, c.sev = i, r, r.Severity
		if hasRelationship(r.Relaxed, c.opts.Relationship) {
			c.sev = Suggestion
		}
		n := len(c.out)
		e.rules[i].m.find(c)
		c.flush()
		if len(c.out) > n {
			t.add(c.sev)
		}
	}
	if c.fixing && c.d.length <= maxFixLength {
		c.propose()
	}
	c.finish()
	v, score := t.verdict()
	r := Report{
		Length:   c.d.length,
		Limit:    c.opts.Account.Limit(),
		Account:  c.opts.Account,
		Language: langCodes[c.lang],
		Score:    score,
		Verdict:  v,
		Findings: make([]Finding, len(c.out)), // the report's own, not the checker's
	}
	copy(r.Findings, c.out)
	if cap(c.d.toks) > maxKept {
		*c = checker{} // a long text: let its memory go
	}
	return r
}

// reset readies the checker for a new check, keeping the memory of its
// lists (but not the report's, which the last check returned).
func (c *checker) reset() {
	d := &c.d
	*c = checker{
		d:        doc{toks: d.toks, sents: d.sents, emoji: d.emoji, faces: d.faces, norm: d.norm},
		hits:     c.hits[:0],
		pend:     c.pend[:0],
		out:      c.out[:0],
		placeBuf: c.placeBuf[:0],
		placeEnd: c.placeEnd[:0],
		verify:   c.verify,
	}
}

// normalize gives the options that are empty or unknown their defaults.
func (o *Options) normalize() {
	if o.Account != Premium {
		o.Account = Free
	}
	if _, ok := ParseRelationship(string(o.Relationship)); !ok || o.Relationship == "" {
		o.Relationship = Stranger
	}
}

// A checker holds the state of one check.
type checker struct {
	d     doc
	opts  Options
	name  string // the recipient's name, folded
	greet greeting
	hits  []hit
	sents []sentCues // an intent's sentences with cues, kept between rules for their memory

	// have holds a bit for each class of words the note holds (see
	// needs.go): a pattern that needs a word the note lacks is not matched.
	have [maxClasses / 64]uint64

	lang lang // the note's language

	ri   int // the rule being run
	rule *Rule
	sev  Severity
	pend []place // where the rule being run found something
	out  []Finding

	// The note's scores in the learned models of mwOf, their shared
	// vocabulary, read once per check (learned_vocab.go).
	mwOf    *learnedVocab
	mscores scores

	fixing   bool     // propose fixes (see fix.go)
	trimmed  *trimmed // the cuts that make the note fit, once chosen (see fit.go)
	placeBuf []place  // the places of the findings in out, one after another
	placeEnd []int32  // the end of each finding's places in placeBuf
	verify   *Checker // checks edited notes to verify fixes (see fix.go)
}

// A place is a stretch of the note a rule found, with the message template
// of the finding it belongs to.
type place struct {
	_      noCompare
	us, ue int32 // UTF-16
	bs, be int32 // bytes
	ti, tj int32 // tokens [ti, tj), or -1 when the place is not made of tokens
	msg    string
}

// excepted reports whether one of pats matches over any part of tokens
// [start, end), beginning at most four tokens before it. A pattern written
// in a language counts only in a note in that language.
func (c *checker) excepted(pats []pattern, start, end int) bool {
	for k := range pats {
		p := &pats[k]
		if p.lang != langNone && p.lang != c.lang || !c.hasNeeds(&p.needs) {
			continue
		}
		for s := max(0, start-maxGap); s < end; s++ {
			if e, ok := c.d.match(p, s); ok && e > start {
				return true
			}
		}
	}
	return false
}

// followed reports whether one of pats matches at token i, or just past a
// comma or dash there.
func (c *checker) followed(pats []pattern, i int) bool {
	if len(pats) == 0 {
		return false
	}
	for k := range pats {
		p := &pats[k]
		if p.lang != langNone && p.lang != c.lang || !c.hasNeeds(&p.needs) {
			continue
		}
		if _, ok := c.d.match(p, i); ok {
			return true
		}
	}
	if i < len(c.d.toks) && c.d.toks[i].kind == tPunct {
		if n := c.d.toks[i].norm; n == "," || n == "—" {
			return c.followed(pats, i+1)
		}
	}
	return false
}

// hasHit reports whether the current rule has a hit in the given slot.
func (c *checker) hasHit(slot int) bool {
	for _, h := range c.hits {
		if int(h.rule) == c.ri && int(h.slot) == slot {
			return true
		}
	}
	return false
}

// sentenceHas reports whether the current rule has a hit in the given slot
// within sentence s. Hits are in token order, so a binary search finds the
// sentence's first.
func (c *checker) sentenceHas(slot int, s int32) bool {
	st := c.d.sents[s]
	lo, hi := 0, len(c.hits)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.hits[m].start < st.first {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(c.hits) && c.hits[i].start < st.end; i++ {
		if int(c.hits[i].rule) == c.ri && int(c.hits[i].slot) == slot {
			return true
		}
	}
	return false
}

// sentenceEnd returns the end of sentence s, leaving out line breaks.
func (c *checker) sentenceEnd(s int32) int {
	st := c.d.sents[s]
	end := int(st.end)
	for end > int(st.first)+1 && c.d.toks[end-1].kind == tBreak {
		end--
	}
	return end
}

// report adds a finding of the current rule about something missing.
//
//go:noinline
func (c *checker) report(msg string) {
	c.out = append(c.out, Finding{Rule: c.rule.ID, Severity: c.sev, Message: msg, Guide: c.rule.Guide})
	c.placeEnd = append(c.placeEnd, int32(len(c.placeBuf)))
}

// reportTokens records tokens [i, j) as a place the current rule found; msg
// may hold {text}, which becomes the quoted words of every place the finding
// covers.
//
//go:noinline
func (c *checker) reportTokens(i, j int, msg string) {
	a, b := &c.d.toks[i], &c.d.toks[j-1]
	c.reportSpan(a.us, b.ue, a.bs, b.be, msg) // one copy of the append
	p := &c.pend[len(c.pend)-1]
	p.ti, p.tj = int32(i), int32(j)
}

// reportSpan records a place by its UTF-16 and byte offsets.
//
//go:noinline
func (c *checker) reportSpan(us, ue int32, bs, be int32, msg string) {
	c.pend = append(c.pend, place{us: us, ue: ue, bs: bs, be: be, ti: -1, tj: -1, msg: msg})
}

// raise makes the current rule's findings at least as severe as s.
func (c *checker) raise(s Severity) {
	if severityRank(s) < severityRank(c.sev) {
		c.sev = s
	}
}

// flush turns the places the current rule found into one finding: the
// places in order, overlapping ones merged, the first as the finding's span,
// and the message of the first with {text} filled in from them all.
func (c *checker) flush() {
	ps := c.pend
	c.pend = c.pend[:0]
	if len(ps) == 0 {
		return
	}
	for i := 1; i < len(ps); i++ { // insertion sort: a rule finds few places
		for j := i; j > 0 && ps[j].us < ps[j-1].us; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	n := 0
	for _, p := range ps {
		if n > 0 && p.us < ps[n-1].ue {
			if p.ue > ps[n-1].ue {
				ps[n-1].ue, ps[n-1].be, ps[n-1].tj = p.ue, p.be, p.tj
			}
			continue
		}
		ps[n] = p
		n++
	}
	ps = ps[:n]
	msg := ps[0].msg
	if before, after, ok := cut(msg, "{text}"); ok {
		msg = before + c.quoteAll(ps) + after
	}
	if c.fixing {
		c.placeBuf = append(c.placeBuf, ps...)
	}
	// The finding as report makes it, then its places: one copy of the
	// code that appends a Finding, a large struct.
	c.report(msg)
	f := &c.out[len(c.out)-1]
	f.Start, f.End = int(ps[0].us), int(ps[0].ue)
	if len(ps) > 1 {
		f.Spans = make([]Span, len(ps))
		for i, p := range ps {
			f.Spans[i] = Span{int(p.us), int(p.ue)}
		}
	}
}

// quoteAll quotes the distinct texts of places: “a”, “b” and “c”, or, past
// three, “a”, “b”, “c” and 2 more.
func (c *checker) quoteAll(ps []place) string {
	const most = 3
	var b builder
	var seen [most]string
	shown, more := 0, 0
	for _, p := range ps {
		q := excerpt(c.d.text[p.bs:p.be])
		dup := false
		for _, s := range seen[:shown] {
			dup = dup || s == q
		}
		switch {
		case dup:
		case shown == most:
			more++
		default:
			seen[shown] = q
			shown++
		}
	}
	for i, q := range seen[:shown] {
		switch {
		case i == 0:
		case i == shown-1 && more == 0:
			b.writeString(" and ")
		default:
			b.writeString(", ")
		}
		b.writeString("“" + q + "”")
	}
	if more > 0 {
		b.writeString(" and " + itoa(more) + " more")
	}
	return b.string()
}

// excerpt returns s for quoting in a message: white space collapsed, invalid
// UTF-8 replaced, and, past 40 characters, cut after a whole word with an
// ellipsis, so a quote never ends inside a word.
func excerpt(s string) string {
	const most = 40
	var b builder
	n := 0 // characters written
	for i := 0; i < len(s); {
		for i < len(s) && isQuoteSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isQuoteSpace(s[j]) {
			j++
		}
		if i == j {
			break
		}
		w := s[i:j]
		i = j
		sep, wn := min(n, 1), utf8.RuneCountInString(w)
		if n+sep+wn > most {
			if n == 0 { // one very long word: a cut is all there is
				w = w[:runeOffset(w, most-1)]
				writeValid(&b, w)
			}
			b.writeString("…")
			break
		}
		if sep > 0 {
			b.writeByte(' ')
		}
		writeValid(&b, w)
		n += sep + wn
	}
	return b.string()
}

func isQuoteSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// runeOffset returns the byte offset of the n'th rune of s.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// writeValid writes s with each invalid byte as U+FFFD.
func writeValid(b *builder, s string) {
	for _, r := range s {
		b.writeRune(r) // a range loop yields U+FFFD for each invalid byte
	}
}

// finish gives each finding its advice ids and sorts the findings: by
// severity, then findings that point at text by where, then findings about
// something missing, then by rule id.
func (c *checker) finish() {
	n := 0
	for i := range c.out {
		r, _ := ruleByID(c.out[i].Rule)
		n += len(r.Advice)
	}
	advice := make([]string, 0, n)
	for i := range c.out {
		r, _ := ruleByID(c.out[i].Rule)
		start := len(advice)
		advice = append(advice, r.Advice...)
		c.out[i].Advice = advice[start:len(advice):len(advice)]
	}
	sortFindings(c.out)
}

// sortFindings sorts findings stably by compareFindings. A report holds at
// most one finding per rule, so an insertion sort is quick, and smaller in
// the WebAssembly binary than package slices' sort.
func sortFindings(fs []Finding) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && compareFindings(&fs[j], &fs[j-1]) < 0; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

//go:noinline
func hasRelationship(rs []Relationship, r Relationship) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

//go:noinline
func ruleByID(id string) (*Rule, bool) {
	for _, r := range catalog {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}

// compareFindings orders findings (see finish): negative when a comes
// first. Plain comparisons of pointed-to findings, rather than cmp.Or of
// cmp.Compare on copies: a third of the WebAssembly code.
func compareFindings(a, b *Finding) int {
	switch x, y := severityRank(a.Severity), severityRank(b.Severity); {
	case x != y:
		return x - y
	case a.HasSpan() != b.HasSpan():
		if a.HasSpan() {
			return -1
		}
		return 1
	case a.Start != b.Start:
		return a.Start - b.Start
	case a.Rule != b.Rule:
		if a.Rule < b.Rule {
			return -1
		}
		return 1
	case a.End != b.End:
		return a.End - b.End
	case a.Message != b.Message:
		if a.Message < b.Message {
			return -1
		}
		return 1
	}
	return 0
}

//go:noinline
func severityRank(s Severity) int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	}
	return 2
}
