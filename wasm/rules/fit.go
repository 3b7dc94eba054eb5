package rules

// Making a note fit: the too-long rule's fix. Most long notes carry words
// that say nothing (“I hope this finds you well”), spell out what a
// contraction says in fewer characters, sign off at length or have stray
// spaces. Cutting those, the biggest savings first, often brings a note
// under the limit without touching what it says; names, numbers and the
// reason to connect are never among the candidates. When that is not enough,
// the finding says how many characters are left to cut by hand.

// A trim is one candidate cut: an edit and the characters it saves.
type trim struct {
	_ noCompare
	Edit
	saves int
}

// trimPattern is a phrase to cut or shorten: with is its replacement, or ""
// to drop it. A filler is dropped with its sentence, or as a leading clause
// up to a comma.
type trimPattern struct {
	p      pattern
	with   string
	filler bool
}

// trimIndex lists the trim patterns by the number of their first word, so a
// note's words are looked up once rather than tried against every pattern.
var trimIndex = indexTrims(lines(fillers), lines(shortenings))

func indexTrims(fillers, shortenings []string) [][]*trimPattern {
	var idx [][]*trimPattern
	for k, src := range append(fillers, shortenings...) {
		tp := trimPattern{filler: k < len(fillers)}
		if !tp.filler {
			src, tp.with, _ = cut(src, " ->")
			tp.with = trimSpace(tp.with)
		}
		tp.p = compilePattern(src)
		engine.link(&tp.p)
		for _, v := range tp.p.variants(nil) {
			vp := &trimPattern{p: v, with: tp.with, filler: tp.filler}
			for _, id := range v.elems[v.lead()].ids {
				if id >= prefixID {
					break // a word beginning: trims start with words
				}
				for int(id) >= len(idx) {
					idx = append(idx, nil)
				}
				idx[id] = append(idx[id], vp)
			}
		}
	}
	return idx
}

// fillers are sentences or opening clauses that carry nothing, by language,
// one pattern to a line.
const fillers = `
	i hope (this|my) (message|note|email|mail)? finds you well
	i? hope (you're|you|all|everything) (are|is|have|been)? (been)? (doing)? (well|good|great|fine)
	hope you're (doing)? (well|good|great)
	greetings of the day
	i? (just)? wanted to (connect|reach) (out)?
	i? (just)? wanted to (say|introduce) (hi|hello|myself)
	(i'm|im) reaching out (to)? (you)?
	i am reaching out (to)? (you)?
	thank you (so)? (much)? for your time
	thanks for your time
	(i'm|im)? looking forward to (hearing|your|connecting) (from|reply|response|with)? (you)?
	i am looking forward to (hearing|your|connecting) (from|reply|response|with)? (you)?
	please (feel|do|don't) (free|not)? (to|hesitate) (to)? (reach|contact|get) (out|me|in)? (touch)?
	have a (great|nice|good|wonderful|lovely) (day|week|weekend)
	hope to hear from you (soon)?
	es: espero que (te|se|todo)? (estes|este|encuentres|encuentre) (muy)? bien
	es: (muchas)? gracias (de|por) (antemano|tu|su) (tiempo)?
	es: quedo (atento|atenta) (a)? (tu|su)? (respuesta)?
	es: que (tengas|tenga) (un|una)? (buen|excelente|lindo|feliz) (dia|semana)
	pt: espero que (voce)? (esteja|estejas) bem
	pt: (obrigado|obrigada) (desde|pelo) (ja|seu)? (tempo)?
	pt: fico no aguardo
	pt: (tenha|tenham) um (otimo|bom|excelente) (dia|fim) (de)? (semana)?
	fr: j'espere que (vous|tu) (allez|vas) bien
	fr: merci (pour|de) votre temps
	fr: au plaisir de vous lire
	fr: dans l'attente de votre reponse
	fr: (bonne|excellente) (journee|semaine)
	de: ich hoffe , es geht (ihnen|dir) gut
	de: ich hoffe es geht (ihnen|dir) gut
	de: danke fur (ihre|deine) zeit
	de: ich freue mich auf (ihre|deine) (antwort|ruckmeldung)
	de: (einen)? (schonen|guten) tag (noch)?
`

// shortenings are phrases with a shorter way to say the same, one to a line
// as "phrase -> replacement": long sign-offs, what English writers spell out
// and could contract, wordy phrases, and words that add nothing where they
// stand ("I really enjoyed" says "I enjoyed"), which have no replacement.
const shortenings = `
	# sign-offs
	(best|kind|warm|warmest|kindest) regards -> Best
	with (best|kind|warm) regards -> Best
	yours (sincerely|truly|faithfully) -> Best
	sincerely (yours)? -> Best
	thank you in advance -> Best
	many thanks in advance -> Best
	thanks (and|&) regards -> Thanks
	thanking you -> Thanks
	es: saludos cordiales -> Saludos
	es: (reciba)? un cordial saludo -> Saludos
	es: atentamente -> Saludos
	pt: (atenciosamente|cordialmente) -> Abraço
	pt: com os melhores cumprimentos -> Abraço
	fr: (bien|tres) cordialement -> Cordialement
	fr: je vous prie d'agreer ... salutations distinguees -> Cordialement
	de: mit (freundlichen|besten|herzlichen) grussen -> Viele Grüße
	de: (freundliche|herzliche) grusse -> Viele Grüße
	# contractions (English)
	i am -> I'm
	i would -> I'd
	i will -> I'll
	i have been -> I've been
	we are -> we're
	you are -> you're
	it is -> it's
	that is -> that's
	there is -> there's
	let us -> let's
	do not -> don't
	does not -> doesn't
	did not -> didn't
	cannot -> can't
	can not -> can't
	would not -> wouldn't
	is not -> isn't
	are not -> aren't
	we have been -> we've been
	they are -> they're
	we would -> we'd
	we will -> we'll
	# wordy phrases
	in order to -> to
	due to the fact that -> because
	at this point in time -> now
	i would like to say that ->
	i wanted to say that ->
	i just wanted to say that ->
	i must say that ->
	i have to say that ->
	a number of -> several
	each and every -> every
	first and foremost -> first
	i just wanted to reach out to say that ->
	i wanted to reach out to say that ->
	i am reaching out to say that ->
	(really|truly|actually|basically|genuinely|honestly|definitely|certainly|extremely|incredibly|absolutely) ->
`

// trimFix proposes the cuts that bring the note under the limit, biggest
// savings first, when they are enough.
func trimFix(c *checker, _ []place) []Fix {
	over := c.d.length - c.opts.Account.Limit()
	chosen, saved := c.trims(over)
	if saved < over || len(chosen) == 0 {
		return nil
	}
	return fixOf("Shorten to fit ("+itoa(saved)+" characters fewer)", chosen)
}

// trims picks cuts, biggest savings first, until they save need characters
// or there are none left; it returns them in text order, and what they save.
func (c *checker) trims(need int) ([]Edit, int) {
	if c.trimmed != nil {
		return c.trimmed.edits, c.trimmed.saved
	}
	cands := c.trimCandidates()
	// Biggest savings first; a stable insertion sort keeps text order among equals.
	for i := 1; i < len(cands); i++ {
		for j := i; j > 0 && cands[j].saves > cands[j-1].saves; j-- {
			cands[j], cands[j-1] = cands[j-1], cands[j]
		}
	}
	var chosen []Edit
	saved := 0
	for _, t := range cands {
		if saved >= need {
			break
		}
		if overlapsAny(t.Edit, chosen) {
			continue
		}
		chosen = addEdit(chosen, t.Start, t.End, t.Text)
		saved += t.saves
	}
	sortEdits(chosen)
	c.trimmed = &trimmed{chosen, saved}
	return chosen, saved
}

// trimmed is what trims chose, kept for the fix after the message used it.
type trimmed struct {
	edits []Edit
	saved int
}

// trimCandidates lists every cut the note allows.
func (c *checker) trimCandidates() []trim {
	d := &c.d
	var out []trim
	// Runs of white space: one space, or one line break.
	u := 0 // UTF-16 offset of byte i
	for i := 0; i < len(d.text); {
		j, uj, breaks := i, u, 0
		for j < len(d.text) && (d.text[j] == ' ' || d.text[j] == '\t' || d.text[j] == '\n' || d.text[j] == '\r') {
			if d.text[j] == '\n' {
				breaks++
			}
			j++
			uj++
		}
		if j == i {
			r, w := decodeRune(d.text[i:])
			i += w
			u += utf16Len(r)
			continue
		}
		keep := " "
		if breaks > 0 {
			keep = "\n"
		}
		switch {
		case i == 0 || j == len(d.text):
			out = addTrim(out, u, uj, "") // leading or trailing
		case j-i > 1:
			out = addTrim(out, u, uj, keep)
		}
		i, u = j, uj
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord || t.wid < 0 || int(t.wid) >= len(trimIndex) {
			continue
		}
		for _, tp := range trimIndex[t.wid] {
			if tp.p.lang != langNone && tp.p.lang != c.lang || !tp.filler && tp.p.lang == langNone && c.lang != langEN && c.lang != langNone {
				continue // English contractions and sign-offs in an English note only
			}
			e, ok := d.match(&tp.p, i)
			if !ok {
				continue
			}
			if tp.filler {
				if ed, ok := c.fillerCut(i, e); ok {
					out = addTrim(out, ed.Start, ed.End, ed.Text)
				}
				continue
			}
			start, end, with := int(t.us), int(d.toks[e-1].ue), tp.with
			switch {
			case with == "":
				// Drop the words and the space after them; when they
				// opened the sentence, the next word takes the capital.
				if e >= len(d.toks) || d.toks[e].kind != tWord {
					continue
				}
				end = int(d.toks[e].us)
				if startsSentence(d, i) || i == c.afterGreeting() {
					next := &d.toks[e]
					end, with = int(next.ue), d.text[next.bs:next.be]
					if next.flags&fCap == 0 {
						with = capitalise(with)
					}
				} else if t.flags&fCap != 0 && t.norm != "i" {
					continue // a capital mid-sentence: a name or a title, not filler
				}
			case t.flags&fCap == 0 && with[0] != 'I':
				with = sentenceCase(with, false)
			}
			out = addTrim(out, start, end, with)
		}
	}
	return out
}

// addTrim appends the cut that replaces [start, end) with with, if it saves
// anything.
//
//go:noinline
func addTrim(out []trim, start, end int, with string) []trim {
	if saves := end - start - utf16LenString(with); saves > 0 {
		out = append(out, trim{Edit: Edit{Start: start, End: end, Text: with}, saves: saves})
	}
	return out
}

// fillerCut returns the cut of a filler phrase at tokens [i, e): its whole
// sentence when the phrase is all the sentence says, or the phrase and the
// comma after it when it opens a sentence that goes on. Either saves
// something: the filler's words.
func (c *checker) fillerCut(i, e int) (Edit, bool) {
	d := &c.d
	s := d.toks[i].sent
	st := d.sents[s]
	if !startsSentence(d, i) && i != c.afterGreeting() {
		return Edit{}, false
	}
	rest := e
	for rest < int(st.end) && (d.toks[rest].kind == tPunct || d.toks[rest].kind == tBreak) {
		rest++
	}
	if rest >= int(st.end) { // the sentence is only the filler
		ed := c.sentenceEdit(s, "")
		if ed.End <= ed.Start || int(d.toks[i].us) < ed.Start {
			return Edit{}, false // it holds the greeting too
		}
		return ed, true
	}
	if d.toks[e].kind != tPunct || d.toks[e].norm != "," {
		return Edit{}, false
	}
	// "Hope you're well, I loved your talk" becomes "I loved your talk".
	next := &d.toks[rest]
	word := d.text[next.bs:next.be]
	ed := Edit{Start: int(d.toks[i].us), End: int(next.ue), Text: word}
	if next.flags&fCap == 0 && next.norm != "i" && next.kind == tWord {
		ed.Text = capitalise(word)
	}
	return ed, true
}

// afterGreeting returns the token after the greeting and its comma ("Hi
// Ana, I hope…"), or -1 when the note has no greeting.
//
//go:noinline
func (c *checker) afterGreeting() int {
	g := &c.greet
	if g.end <= g.start {
		return -1
	}
	i := g.end
	for i < len(c.d.toks) && c.d.toks[i].kind == tPunct && c.d.toks[i].norm == "," {
		i++
	}
	return i
}

// capitalise upper-cases a word's first letter when it has a case.
func capitalise(w string) string {
	r, n := decodeRune(w)
	if u, ok := upperOf(r); ok {
		return string(u) + w[n:]
	}
	return w
}

// upperOf returns the upper-case form of a lower-case letter of the
// alphabets letterCase knows.
func upperOf(r rune) (rune, bool) {
	switch {
	case 'a' <= r && r <= 'z':
		return r - 0x20, true
	case 0xE0 <= r && r <= 0xFE && r != 0xF7:
		return r - 0x20, true
	}
	return r, false
}
