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

type anyOfMatcher struct{ ms []matcher }

func (a anyOf) compile(b *compiler) matcher {
	m := &anyOfMatcher{ms: make([]matcher, len(a))}
	for i, k := range a {
		m.ms[i] = k.compile(b)
	}
	return m
}

func (m *anyOfMatcher) find(c *checker) {
	for _, x := range m.ms {
		x.find(c)
	}
}

// phrases finds phrases that do what the rule is about. Each match is a
// finding unless its context shows it is fine. Match and NotWith are
// patterns one to a line (see lines), split as the rule is compiled: as
// text, a rule is data the linker writes rather than code that builds it
// when the package loads.
type phrases struct {
	Match     string         // what to look for; each match is a finding
	Except    []string       // phrases that, overlapping a match, make it fine ("never stop")
	Unless    []string       // what, right after a match (past a comma or dash), makes it fine
	NotWith   string         // what, anywhere in the same sentence, makes a match fine
	NotInNote []string       // what, anywhere in the note, makes every match fine
	Question  bool           // match only in sentences that end with a question mark
	NotQuoted bool           // a match inside quotation marks is quoted, not said: fine
	Skip      []Relationship // relationships for which these phrases are fine
	ToEnd     bool           // the finding runs to the end of its sentence
	Msg       string
}

type phraseMatcher struct {
	p                          *phrases
	slot, notSlot, notNoteSlot int
	except, unless             []pattern
}

func (p *phrases) compile(b *compiler) matcher {
	m := &phraseMatcher{p: p, slot: b.index(lines(p.Match)), notSlot: -1, notNoteSlot: -1}
	if notWith := lines(p.NotWith); len(notWith) > 0 {
		m.notSlot = b.index(notWith)
	}
	if len(p.NotInNote) > 0 {
		m.notNoteSlot = b.index(p.NotInNote)
	}
	m.except = b.linkAll(compileAll(p.Except))
	m.unless = b.linkAll(compileAll(p.Unless))
	return m
}

func (m *phraseMatcher) find(c *checker) {
	p := m.p // loaded once: one nil check, not one after each call
	if hasRelationship(p.Skip, c.opts.Relationship) || m.notNoteSlot >= 0 && c.hasHit(m.notNoteSlot) {
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
		if p.Question && !d.sents[sent].question {
			continue
		}
		if c.excepted(m.except, start, end) || c.followed(m.unless, end) || p.NotQuoted && d.quoted(start) {
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
		if p.ToEnd {
			end = c.sentenceEnd(sent)
		}
		if have && start < pend.end {
			pend.end = max(pend.end, end) // overlapping matches make one finding
			continue
		}
		if have {
			c.reportTokens(pend.start, pend.end, p.Msg)
		}
		pend.start, pend.end, have = start, end, true
	}
	if have {
		c.reportTokens(pend.start, pend.end, p.Msg)
	}
}

// required finds a missing element: it reports one finding, with no span,
// when the note's cues for the element do not weigh enough. Each cue counts
// once, wherever it appears; negative cues take back what a look-alike
// phrase gave ("I came across your profile" is no reason to connect). The
// cues are written per language, so the rule says nothing about a note in a
// language the rules do not model.
type required struct {
	Cues []cue
	Need int // the weight the cues must reach; 1 when zero
	// A model of the note's words (learned.go) that says how likely the
	// element is missing: when the cues find it missing but the note
	// scores under the model's mark, the words say it is there ("I'm
	// putting together a panel on…" gives a reason no cue holds), and the
	// rule stays quiet; when the cues find it but the note scores at or
	// over the model's veto, if it has one, the rule reports it missing.
	Learned string
	Msg     string
}

type requiredMatcher struct {
	cueSet
	need    int
	learned *learned
	msg     string
}

func (r *required) compile(b *compiler) matcher {
	for _, cu := range r.Cues {
		if cu.W <= 0 {
			panic("rules: a required element's cues weigh for it; find stops once they are enough")
		}
	}
	return &requiredMatcher{cueSet: compileCues(b, r.Cues), need: max(r.Need, 1), learned: b.learned(r.Learned), msg: r.Msg}
}

func (m *requiredMatcher) find(c *checker) {
	if !c.lang.modelled() {
		return
	}
	var seen uint64
	score := 0
	for _, h := range c.hits {
		// Another rule's hit is not worth a call, and a cue counts once:
		// a hit of one already seen is not tested against its exceptions.
		if k, ok := m.slotOf(c, h); !ok || k < 64 && seen&(1<<k) != 0 {
			continue
		}
		if k, ok := m.cueOf(c, h); ok && seen&(1<<k) == 0 {
			seen |= 1 << k
			if score += m.cues[k].W; score >= m.need {
				// Found: the rest of the hits cannot take it back (no cue
				// weighs against), but the words may.
				if m.learned.overrules(c, false) {
					c.report(m.msg)
				}
				return
			}
		}
	}
	if m.learned != nil && m.learned.weigh(c) < m.learned.mark {
		return // the words say it is there
	}
	c.report(m.msg)
}

// overLimit is the length metric: the note must fit the account's limit. Its
// finding points at the part that does not fit.
type overLimit struct{}

func (o *overLimit) compile(*compiler) matcher { return o }

func (*overLimit) find(c *checker) {
	limit := c.opts.Account.Limit()
	if c.d.length <= limit {
		return
	}
	// Find where the limit falls; a character that straddles it does not fit.
	// Count what emoji take: LinkedIn counts UTF-16 code units, two for most
	// emoji and more for those modified or joined (skin tones, 👩‍💻).
	u, b, cut, emoji, wide := 0, 0, false, 0, false
	for i, r := range c.d.text {
		n := utf16Len(r)
		if isEmoji(r) || isRegional(r) || emoji > 0 && (r == 0x200D || r == 0xFE0F) {
			emoji += n
		} else if n == 2 {
			wide = true
		}
		if !cut && u+n > limit {
			b, cut = i, true
		}
		if !cut {
			u += n
		}
	}
	over := c.d.length - limit
	msg := "Too long: " + itoa(c.d.length) + " characters where a " + string(c.opts.Account) +
		" account allows " + itoa(limit) + ". Cut at least " + itoa(over) + "."
	switch {
	case emoji > 1:
		msg += " The emoji take " + itoa(emoji) + " of them: LinkedIn counts most emoji as two characters."
	case wide:
		msg += " Some characters count as two."
	}
	if c.d.length <= maxFixLength {
		if _, saved := c.trims(over); saved > 0 && saved < over {
			msg += " Trimming filler and spaces saves " + itoa(saved) + "; the other " + itoa(over-saved) + " are yours to cut."
		}
	}
	c.reportSpan(int32(u), int32(c.d.length), int32(b), int32(len(c.d.text)), msg)
}

// shapeOf names the shapes of text a shape kind looks for.
type shapeOf uint8

const (
	shapeURL   shapeOf = iota // a web address
	shapeBlank                // a template blank left unfilled
)

// shape finds text by its form rather than its words.
type shape struct {
	_   noCompare
	Of  shapeOf
	Msg string
}

func (s *shape) compile(*compiler) matcher { return s }

func (s *shape) find(c *checker) {
	want := tURL
	if s.Of == shapeBlank {
		want = tBlank
	}
	for i := range c.d.toks {
		if t := &c.d.toks[i]; t.kind == want && !(want == tBlank && codeTag(c.d.text[t.bs:t.be])) {
			c.reportTokens(i, i+1, s.Msg)
		}
	}
}

// codeTag reports whether a blank in angle brackets is rather a name from
// code: a component or element (<Modal>, <rubric>, <no_std>) is one word
// that names no field of a template. A blank names what goes in it
// (<Company>, <Prénom>, <FIRMA>) or has several words (<Nom du salon>).
func codeTag(s string) bool {
	if len(s) > 3 && s[0] == '<' && 'A' <= s[1] && s[1] <= 'Z' && (s[2] == ' ' || s[2] == ',') {
		return true // a type's parameters: <T extends Comparable>, <K, V>
	}
	return s[0] == '<' && indexByte(s, ' ') < 0 && !hasWordFold(blankWords, s[1:len(s)-1])
}

// blankWords name a template's fields in the modelled languages, in lower
// case (accented letters as they are written): name, company, role, event.
const blankWords = " name names nombre nome nom prenom prénom vorname nachname firstname lastname fullname first_name last_name fname " +
	"company companyname empresa entreprise société societe firma unternehmen organization organisation org business brand marca marke " +
	"product producto produto produit produkt service servicio serviço servico role rol cargo puesto poste position stelle title titel " +
	"titulo título jobtitle job team equipo equipe équipe industry industria indústria branche sector setor secteur field campo domaine " +
	"topic tema thema sujet subject event evento événement evenement veranstaltung messe salon feria feira conference conferencia " +
	"conférence konferenz city ciudad cidade ville stadt location country pais país pays land school escuela escola école ecole " +
	"university universidad universidade université universität date fecha datum data client cliente kunde project proyecto projeto " +
	"projet projekt contact number numero número nummer anzahl amount valor value wert percent porcentaje prozent " +
	"studiengang fach studium degree major carrera curso cours kurs course programa programme program skill skills " +
	"tool herramienta ferramenta outil werkzeug website webseite url enlace "

// opening checks how the note opens; see greeting.go.
type opening struct {
	_    noCompare
	Want openingWant
	Msg  string
}

type openingWant uint8

const (
	addressed  openingWant = iota // the note opens by addressing the person
	notGeneric                    // the greeting is not a form letter's
	rightName                     // the greeting names the recipient given in Options
)

func (o *opening) compile(*compiler) matcher { return o }

func (o *opening) find(c *checker) {
	g := &c.greet
	switch o.Want {
	case addressed:
		if g.kind == addrNone && c.lang.modelled() {
			hi := hello[c.lang]
			name := trimSpace(c.opts.Name)
			if name == "" {
				name = hi.name
			}
			before, after, _ := cut(o.Msg, "{hi}")
			c.report(before + "“" + hi.word + " " + excerpt(name) + ",”" + after)
		}
	case notGeneric:
		// A word-based rule: quiet in a language the rules do not model,
		// but not in a note too short to tell ("Prezados, segue meu CV").
		if g.kind == addrGeneric && (c.lang.modelled() || c.lang == langNone) {
			c.reportTokens(g.start, g.end, o.Msg)
		}
	case rightName:
		if (g.kind == addrName && (g.opener || g.setOff || g.alone) || g.kind == addrTitled && surnameKnown(trimSpace(c.opts.Name), c.name, c.lang)) && c.name != "" && !sameName(g.name, c.name) && !titleAndSurname(g.name, c.name) {
			said := excerpt(c.d.text[c.d.toks[g.nameStart].bs:c.d.toks[g.end-1].be])
			msg := "The greeting names " + said + ", but you are writing to " + trimSpace(c.opts.Name) + "."
			if g1, _ := nextWord(g.name); oneEdit(g1, firstWord(c.name)) {
				msg = "The greeting says " + said + ", but their name is " + trimSpace(c.opts.Name) + "; check the spelling."
			}
			c.reportTokens(g.nameStart, g.end, msg)
		}
	}
}

// titleAndSurname reports whether a greeting of two words or more ends
// with the recipient's surname, as "Principal Sharma", "Frau Richterin
// Lechner" and "Capitaine Favre" do: the word before it is then a title or
// a rank no list holds, in any language, rather than another person.
func titleAndSurname(greet, name string) bool {
	g, n := lastWord(greet), lastWord(name)
	return g != greet && n != name && g == n
}

// lastWord returns the last of the space-separated words of s. (Not
// inlined: a call is smaller in the WebAssembly binary than its copies.)
//
//go:noinline
func lastWord(s string) string {
	for i := len(s) - 1; i > 0; i-- {
		if s[i] == ' ' {
			return s[i+1:]
		}
	}
	return s
}

// hello is how a note opens in each modelled language, with a name to show
// it on when the recipient's is not known.
var hello = [...]struct{ word, name string }{
	langEN: {"Hi", "Maria"},
	langES: {"Hola", "Lucía"},
	langPT: {"Olá", "Ana"},
	langFR: {"Bonjour", "Claire"},
	langDE: {"Hallo", "Jana"},
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
