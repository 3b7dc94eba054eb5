package rules

// The rule kinds. Like Vale's extension points, each kind is one way of
// finding a problem, implemented once; every catalog entry picks a kind and
// fills in its lists and message. A message may contain {text}, which is
// replaced by the text the finding points at.

// A kind is the specification of a rule's check, as written in the catalog.
type kind interface {
	compile(b *compiler) matcher
}

// A matcher is a compiled kind, ready to report findings.
type matcher interface {
	find(c *checker)
}

// anyOf combines kinds: each reports its own findings.
type anyOf []kind

type anyOfMatcher []matcher

func (a anyOf) compile(b *compiler) matcher {
	m := make(anyOfMatcher, len(a))
	for i, k := range a {
		m[i] = k.compile(b)
	}
	return m
}

func (m anyOfMatcher) find(c *checker) {
	for _, x := range m {
		x.find(c)
	}
}

// phrases finds phrases that do what the rule is about. Each match is a
// finding unless its context shows it is fine.
type phrases struct {
	Match     []string       // what to look for; each match is a finding
	Except    []string       // phrases that, overlapping a match, make it fine ("never stop")
	Unless    []string       // what, right after a match (past a comma or dash), makes it fine
	NotWith   []string       // what, anywhere in the same sentence, makes a match fine
	NotInNote []string       // what, anywhere in the note, makes every match fine
	Question  bool           // match only in sentences that end with a question mark
	Skip      []Relationship // relationships for which these phrases are fine
	ToEnd     bool           // the finding runs to the end of its sentence
	Msg       string
}

type phraseMatcher struct {
	*phrases
	slot, notSlot, notNoteSlot int
	except, unless             []pattern
}

func (p *phrases) compile(b *compiler) matcher {
	m := &phraseMatcher{phrases: p, slot: b.index(p.Match), notSlot: -1, notNoteSlot: -1}
	if len(p.NotWith) > 0 {
		m.notSlot = b.index(p.NotWith)
	}
	if len(p.NotInNote) > 0 {
		m.notNoteSlot = b.index(p.NotInNote)
	}
	m.except = b.linkAll(compileAll(p.Except))
	m.unless = b.linkAll(compileAll(p.Unless))
	return m
}

func (m *phraseMatcher) find(c *checker) {
	if hasRelationship(m.Skip, c.opts.Relationship) || m.notNoteSlot >= 0 && c.hasHit(m.notNoteSlot) {
		return
	}
	d := &c.d
	var pend struct{ start, end int }
	have := false
	notSent, notFound := int32(-1), false
	for _, h := range c.hits {
		if int(h.rule) != c.ri || int(h.slot) != m.slot {
			continue
		}
		start, end := int(h.start), int(h.end)
		sent := d.toks[start].sent
		if m.Question && !d.sents[sent].question {
			continue
		}
		if c.excepted(m.except, start, end) || c.followed(m.unless, end) {
			continue
		}
		if m.notSlot >= 0 {
			if sent != notSent {
				notSent, notFound = sent, c.sentenceHas(m.notSlot, sent)
			}
			if notFound {
				continue
			}
		}
		if m.ToEnd {
			end = c.sentenceEnd(sent)
		}
		if have && start < pend.end {
			pend.end = max(pend.end, end) // overlapping matches make one finding
			continue
		}
		if have {
			c.reportTokens(pend.start, pend.end, m.Msg)
		}
		pend.start, pend.end, have = start, end, true
	}
	if have {
		c.reportTokens(pend.start, pend.end, m.Msg)
	}
}

// required finds a missing element: it reports one finding, with no span,
// when none of the cues appears anywhere in the note.
type required struct {
	Cues   []string // phrases that show the element is there
	Except []string // phrases that, overlapping a cue, make it not count ("as a result")
	Msg    string
}

type requiredMatcher struct {
	*required
	slot   int
	except []pattern
}

func (r *required) compile(b *compiler) matcher {
	return &requiredMatcher{required: r, slot: b.index(r.Cues), except: b.linkAll(compileAll(r.Except))}
}

func (m *requiredMatcher) find(c *checker) {
	if !c.english() {
		return // the cues are English; a note in another language can't be judged
	}
	for _, h := range c.hits {
		if int(h.rule) == c.ri && int(h.slot) == m.slot && !c.excepted(m.except, int(h.start), int(h.end)) {
			return
		}
	}
	c.report(0, 0, m.Msg)
}

// overLimit is the length metric: the note must fit the account's limit. Its
// finding points at the part that does not fit.
type overLimit struct{}

func (overLimit) compile(*compiler) matcher { return overLimit{} }

func (overLimit) find(c *checker) {
	limit := c.opts.Account.Limit()
	if c.d.length <= limit {
		return
	}
	// Find where the limit falls; a character that straddles it does not fit.
	u := 0
	for _, r := range c.d.text {
		n := utf16Len(r)
		if u+n > limit {
			break
		}
		u += n
	}
	over := c.d.length - limit
	msg := "The note is " + itoa(c.d.length) + " characters; a " + string(c.opts.Account) +
		" account allows " + itoa(limit) + ", so cut at least " + itoa(over) + "."
	c.report(int32(u), int32(c.d.length), msg)
}

// shapeOf names the shapes of text a shape kind looks for.
type shapeOf uint8

const (
	shapeURL   shapeOf = iota // a web address
	shapeBlank                // a template blank left unfilled
	shapeCaps                 // words in capitals that shout (not names or acronyms)
	shapeBangs                // two or more exclamation marks
	shapeEmoji                // three or more emoji in a row
)

// shape finds text by its form rather than its words.
type shape struct {
	Of  shapeOf
	Msg string
}

func (s shape) compile(*compiler) matcher { return s }

func (s shape) find(c *checker) {
	d := &c.d
	switch s.Of {
	case shapeURL, shapeBlank:
		want := tURL
		if s.Of == shapeBlank {
			want = tBlank
		}
		for i := range d.toks {
			if d.toks[i].kind == want {
				c.reportTokens(i, i+1, s.Msg)
			}
		}
	case shapeBangs:
		for i := range d.toks {
			if t := &d.toks[i]; t.kind == tPunct && countByte(d.normOf(t), '!') >= 2 {
				c.reportTokens(i, i+1, s.Msg)
			}
		}
	case shapeEmoji:
		for _, r := range d.emoji {
			c.report(r.start, r.end, s.Msg)
		}
	case shapeCaps:
		for i := 0; i < len(d.toks); {
			j := i
			for j < len(d.toks) && d.toks[j].kind == tWord && d.toks[j].flags&fCaps != 0 {
				j++
			}
			if j == i {
				i++
				continue
			}
			if d.shouts(i, j) {
				c.reportTokens(i, j, s.Msg)
			}
			i = j
		}
	}
}

// shouts reports whether the run of words in capitals [i, j) is shouting: it
// holds a word people write in capitals for emphasis (LOVED, VERY), or it is
// three words or more with one of four letters or more that is not an
// acronym. A lone word in capitals is more often a name (UNILAG, GITEX)
// than a shout, so it counts only if it is one of those emphatic words.
func (d *doc) shouts(i, j int) bool {
	long := false
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.lists&inLoud != 0 {
			return true
		}
		w := d.normOf(t)
		long = long || len(w) >= 4 && isLetters(w) && t.lists&inAcronyms == 0 && !isRoman(w)
	}
	return long && j-i >= 3
}

// loudWords are words often written in capitals to raise the voice.
const loudWords = " love loved loving amazing awesome great huge very really so super totally absolutely " +
	"urgent urgently please thank thanks hello hey best excited exciting incredible fantastic " +
	"important never always free now today help wow omg yes must need brilliant perfect wonderful " +
	"beautiful massive genius insane crazy epic cool nice good congrats congratulations bravo kudos " +
	"definitely seriously honestly literally desperately immediately attention "

// isRoman reports whether w (folded) is a Roman numeral.
func isRoman(w string) bool {
	for i := 0; i < len(w); i++ {
		if indexByte("ivxlcdm", w[i]) < 0 {
			return false
		}
	}
	return true
}

func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// acronyms that are four or more letters long, written in capitals.
const acronyms = " apac asap ascii asml benelux cern cissp cobol covid crud cuda dach darpa devops emea faang fema fifa " +
	"finra fortran gdpr hipaa hsbc html http https iaas ieee iisc ikea imho insead jpmc json kaist kpmg " +
	"latam lego maang mlops nasa nasdaq nato nist noaa nvidia nyse oecd opec osha paas posix rest rsvp " +
	"saas scada scrum stem tldr toml tsmc ucla ucsd ucsf uefa unesco unhcr unicef unix usaf usaid wasm yaml " +
	"aiesec ansys asean autocad ccna ccnp comptia esade essec lgbtq lgbtqia luiss matlab naacp pmbok solidworks togaf unaids unfpa "

// opening checks how the note opens; see greeting.go.
type opening struct {
	Want openingWant
	Msg  string
}

type openingWant uint8

const (
	addressed  openingWant = iota // the note opens by addressing the person
	notGeneric                    // the greeting is not a form letter's
	rightName                     // the greeting names the recipient given in Options
)

func (o opening) compile(*compiler) matcher { return o }

func (o opening) find(c *checker) {
	g := &c.greet
	switch o.Want {
	case addressed:
		if g.kind == addrNone {
			msg := o.Msg
			if c.opts.Name != "" {
				msg = "Open with their name, as in “Hi " + trimSpace(c.opts.Name) + ",”, so the note is clearly for them."
			}
			c.report(0, 0, msg)
		}
	case notGeneric:
		if g.kind == addrGeneric {
			c.reportTokens(g.start, g.end, o.Msg)
		}
	case rightName:
		if g.kind == addrName && g.opener && c.name != "" && !sameName(g.name, c.name) {
			said := c.d.text[c.d.toks[g.nameStart].bs:c.d.toks[g.end-1].be]
			msg := "The greeting names " + said + ", but you are writing to " + trimSpace(c.opts.Name) + "."
			if g1, _ := nextWord(g.name); oneEdit(g1, firstWord(c.name)) {
				msg = "The greeting says " + said + ", but their name is " + trimSpace(c.opts.Name) + "; check the spelling."
			}
			c.reportTokens(g.nameStart, g.end, msg)
		}
	}
}

// trimSpace trims ASCII white space, enough for a name typed in a form.
func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

func compileAll(srcs []string) []pattern {
	ps := make([]pattern, len(srcs))
	for i, s := range srcs {
		ps[i] = compilePattern(s)
	}
	return ps
}
