package rules

// The rules' fixes. Each rule that has an honest fix names it here, with a
// sentence for the rules page; the others offer none, because mending them
// takes facts only the writer has (a reason, common ground, who they are).

// ruleFixes holds each rule's fixer. A table of functions rather than a
// map of closures: it needs no code to build when the package loads.
var ruleFixes = [...]struct {
	rule string
	fix  fixer
}{
	{"default-message", stockFix},
	{"too-long", trimFix},
	{"placeholder", fillNameBlanks},
	{"wrong-name", greetByName},
	{"sales-pitch", pitchFix},
	{"job-ask", jobAskFix},
	{"vague-compliment", specificPraise},
	{"generic-salutation", greetByName},
	{"link", linkFix},
	{"no-greeting", greetByName},
	{"shouting", calmFix},
}

// pitchFix removes the sentences that sell or leaves a question to ask instead.
func pitchFix(c *checker, ps []place) []Fix {
	return c.removeSentences(ps, "Remove the pitch", "Replace the pitch with a question",
		"your question about their work|tu pregunta sobre su trabajo|sua pergunta sobre o trabalho|votre question sur son travail|Ihre Frage zu der Arbeit")
}

// jobAskFix removes the sentences that ask for a job or leaves advice to ask for instead.
func jobAskFix(c *checker, ps []place) []Fix {
	return c.removeSentences(ps, "Remove the job ask", "Ask for advice instead",
		"the advice you would like from them|el consejo que te gustaría pedir|o conselho que gostaria de pedir|le conseil que vous aimeriez demander|den Rat, den Sie sich wünschen")
}

// linkFix removes the sentences that only point to the links, or the links.
func linkFix(c *checker, ps []place) []Fix {
	return append(removeLinkSentences(c, ps), c.removeTokens(ps, "Remove the link")...)
}

// fixDocs says what each rule's fix does, for the rules page. Only FixDoc
// reads it, so the WebAssembly checker is built without the prose.
var fixDocs = map[string]string{
	"default-message":    "Removes the stock sentence; when the note is nothing else, replaces it with a short note whose [blanks] you fill in.",
	"too-long":           "Shortens the note when it can: drops filler (“I hope this finds you well”), contracts (“I am” to “I'm”), shortens the sign-off and collapses spaces, never touching names, numbers or your reason. When that is not enough, it says how much is left to cut.",
	"placeholder":        "Fills name blanks such as [first name] with the name you gave; other blanks are yours to fill.",
	"wrong-name":         "Puts the name you gave in the greeting.",
	"sales-pitch":        "Removes the sentences that sell, keeping the rest, or leaves a [blank] for a question of your own in their place.",
	"job-ask":            "Removes the sentences that ask for a job, keeping the rest, or leaves a [blank] for the advice you would ask for.",
	"vague-compliment":   "Adds a [what impressed you] blank to the compliment, for you to say what you mean.",
	"generic-salutation": "Greets them by the name you gave.",
	"link":               "Removes the link (with its sentence when that only pointed to it).",
	"no-greeting":        "Opens the note with a greeting and the name you gave.",
	"shouting":           "Writes shouted words in sentence case and keeps one exclamation mark and one emoji.",
}

func fixerOf(rule string) fixer {
	for _, f := range ruleFixes {
		if f.rule == rule {
			return f.fix
		}
	}
	return nil
}

// FixDoc returns what the rule's fix does, or "" when it has none.
func FixDoc(rule string) string { return fixDocs[rule] }

// greetings are the words a fix greets with, and the blank it leaves for a
// name it does not know, by language.
var greetings = [...]struct{ hi, blank string }{
	langNone: {"Hi", "first name"},
	langEN:   {"Hi", "first name"},
	langES:   {"Hola", "nombre"},
	langPT:   {"Olá", "nome"},
	langFR:   {"Bonjour", "prénom"},
	langDE:   {"Hallo", "Vorname"},
}

func greetingIn(l lang) (hi, blank string) {
	if int(l) < len(greetings) {
		g := greetings[l]
		return g.hi, g.blank
	}
	return greetings[langEN].hi, greetings[langEN].blank
}

// greetByName inserts or corrects the greeting with the recipient's name,
// when it is known.
func greetByName(c *checker, _ []place) []Fix {
	name := trimSpace(c.opts.Name)
	if name == "" || len(name) > 80 {
		return nil
	}
	d, g := &c.d, &c.greet
	hi, _ := greetingIn(c.lang)
	open := openerEnd(d, g.start)
	var start, end int
	switch g.kind {
	case addrName:
		start, end = int(d.toks[g.nameStart].us), int(d.toks[g.end-1].ue)
	case addrGeneric:
		i := g.start
		if open > g.start && open < g.end { // "Dear Sir/Madam": keep "Dear"
			for open < g.end && d.toks[open].kind == tPunct {
				open++
			}
			if open < g.end {
				i = open
			}
		}
		if i == g.start {
			name = hi + " " + name
		}
		start, end = int(d.toks[i].us), int(d.toks[g.end-1].ue)
	case addrNone:
		switch {
		case open > g.start: // "Hello! I'm Tom": name them after the greeting word
			start = int(d.toks[open-1].ue)
			name = " " + name
		case g.start < len(d.toks):
			start = int(d.toks[g.start].us)
			fallthrough
		default:
			name = hi + " " + name + ",\n"
		}
		end = start
	default:
		return nil
	}
	return fixOf(c.title("Greet {name} by name"), addEdit(nil, start, end, name))
}

// openerEnd returns the end of the greeting word or phrase ("Hi", "Good
// morning") at token i, or i when there is none.
func openerEnd(d *doc, i int) int {
	e, _ := d.openers(i)
	return e
}

// nameBlanks are the labels of blanks that stand for the recipient's first
// name, folded to letters only.
const nameBlanks = " name firstname first fname recipient contact nombre primernombre nome primeironome prenom vorname nom " +
	"recipientname contactname firstnamehere namehere insertname yourname "

// fillNameBlanks fills blanks that stand for the recipient's name.
func fillNameBlanks(c *checker, ps []place) []Fix {
	name := trimSpace(c.opts.Name)
	if name == "" || len(name) > 80 {
		return nil
	}
	var edits []Edit
	for _, p := range ps {
		if p.ti < 0 || !hasWord(nameBlanks, lettersOf(c.d.text[p.bs:p.be])) {
			continue
		}
		edits = addEdit(edits, int(p.us), int(p.ue), name)
	}
	return fixOf(c.title("Fill in {name}"), edits)
}

// lettersOf folds s to its lower-case ASCII letters: "{{ First_Name }}" is
// "firstname".
func lettersOf(s string) string {
	var b builder
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case 'a' <= ch && ch <= 'z':
			b.writeByte(ch)
		case 'A' <= ch && ch <= 'Z':
			b.writeByte(ch + 'a' - 'A')
		case ch == 0xC3 && i+1 < len(s) && (s[i+1] == 0xA9 || s[i+1] == 0x89): // é, É in Prénom
			b.writeByte('e')
			i++
		}
	}
	return b.string()
}

// stockFix removes the stock sentences; when nothing of the writer's own is
// left, it offers a short note to fill in instead.
func stockFix(c *checker, ps []place) []Fix {
	remove := Fix{Title: "Remove the stock line", Edits: c.sentenceRemovals(c.sentencesOf(ps))}
	if len(remove.Edits) > 0 {
		if rest, ok := applyEdits(c.d.text, remove.Edits); ok && wordsBeyondGreeting(rest, c.name) >= 4 {
			return []Fix{remove}
		}
	}
	return []Fix{c.skeleton()}
}

// wordsBeyondGreeting counts the words of a note after its greeting.
func wordsBeyondGreeting(text, name string) int {
	var d doc
	engine.read(&d, text)
	g := readGreeting(&d, name)
	n := 0
	for i := max(g.end, 0); i < len(d.toks); i++ {
		if d.toks[i].kind == tWord {
			n++
		}
	}
	return n
}

// skeletons are short notes with the parts of a good note as blanks, by
// language; {hi} is the greeting with the name.
var skeletons = [...]string{
	langEN: "{hi}, I'm a [your role] at [where you work] and I read your [post or talk] on [topic]. I'd love to hear [your question about their work].",
	langES: "{hi}, soy [tu puesto] en [tu empresa] y leí tu [publicación o charla] sobre [tema]. Me encantaría saber [tu pregunta sobre su trabajo].",
	langPT: "{hi}, sou [seu cargo] na [sua empresa] e li seu [post ou palestra] sobre [tema]. Adoraria saber [sua pergunta sobre o trabalho].",
	langFR: "{hi}, je suis [votre poste] chez [votre entreprise] et j'ai lu votre [article ou conférence] sur [sujet]. J'aimerais savoir [votre question sur son travail].",
	langDE: "{hi}, ich bin [Ihre Rolle] bei [Ihre Firma] und habe Ihren [Beitrag oder Vortrag] über [Thema] gelesen. Mich würde interessieren, [Ihre Frage zu der Arbeit].",
}

// skeleton replaces the whole note with a short note to fill in, greeting the
// recipient by name when it is known.
func (c *checker) skeleton() Fix {
	l := c.lang
	if !l.modelled() {
		l = langEN
	}
	hi, blank := greetingIn(l)
	name := trimSpace(c.opts.Name)
	if name == "" || len(name) > 80 {
		name = "[" + blank + "]"
	}
	text := skeletons[l]
	before, after, _ := cut(text, "{hi}")
	return Fix{Title: "Replace with a note of your own", Edits: addEdit(nil, 0, c.d.length, before+hi+" "+name+after)}
}

// removeLinkSentences removes the sentences that hold the links when they are
// about the link alone ("My reel: vimeo.com/…").
func removeLinkSentences(c *checker, ps []place) []Fix {
	var edits []Edit
	for _, s := range c.sentencesOf(ps) {
		st := c.d.sents[s]
		words := 0
		for i := st.first; i < st.end; i++ {
			if c.d.toks[i].kind == tWord {
				words++
			}
		}
		if words > 6 {
			return nil // the sentence says more than where the link goes
		}
		if e := c.sentenceEdit(s, ""); e.End > e.Start {
			edits = addEdit(edits, e.Start, e.End, e.Text)
		}
	}
	return fixOf("Remove the sentence with the link", edits)
}

// praiseTails are what a vague compliment gains: a pointer to the specific
// thing, left blank.
var praiseTails = [...]string{
	langEN: " (especially [what impressed you])",
	langES: " (sobre todo [lo que te impresionó])",
	langPT: " (especialmente [o que te impressionou])",
	langFR: " (surtout [ce qui vous a marqué])",
	langDE: " (besonders [was Sie beeindruckt hat])",
}

// specificPraise adds a blank for what impressed the writer after each vague
// compliment.
func specificPraise(c *checker, ps []place) []Fix {
	l := c.lang
	if !l.modelled() {
		l = langEN
	}
	var edits []Edit
	for _, p := range ps {
		edits = addEdit(edits, int(p.ue), int(p.ue), praiseTails[l])
	}
	return fixOf("Say what impressed you", edits)
}

// calmFix lowers the voice: shouted words in sentence case, one exclamation
// mark, one emoji.
func calmFix(c *checker, ps []place) []Fix {
	d := &c.d
	var edits []Edit
	for _, p := range ps {
		if p.ti < 0 { // a row of emoji: keep the first
			text := d.text[p.bs:p.be]
			n := firstEmojiBytes(text)
			edits = addEdit(edits, int(p.us)+utf16LenString(text[:n]), int(p.ue), "")
			continue
		}
		t := &d.toks[p.ti]
		if t.kind == tPunct { // "!!!" or "?!!"
			keep := "!"
			if contains(t.norm, "?") {
				keep = "?"
			}
			edits = addEdit(edits, int(p.us), int(p.ue), keep)
			continue
		}
		for i := p.ti; i < p.tj; i++ {
			t := &d.toks[i]
			if t.kind != tWord || t.flags&fCaps == 0 || t.lists&inAcronyms != 0 {
				continue
			}
			w := d.text[t.bs:t.be]
			if len(w) <= 3 && t.langs == 0 && t.lists&inLoud == 0 {
				continue // a short word in capitals that is no common word: an acronym (AWS, NHS)
			}
			edits = addEdit(edits, int(t.us), int(t.ue), sentenceCase(w, d.clauseStart(int(i)) && startsSentence(d, int(i)) || t.norm == "i"))
		}
	}
	return fixOf("Calm the shouting", edits)
}

// startsSentence reports whether token i opens its sentence, past any
// punctuation.
//
//go:noinline
func startsSentence(d *doc, i int) bool {
	for k := int(d.sents[d.toks[i].sent].first); k < i; k++ {
		if d.toks[k].kind == tWord || d.toks[k].kind == tNum {
			return false
		}
	}
	return true
}

// sentenceCase lowers a word's letters, all but the first when capital is set.
func sentenceCase(w string, capital bool) string {
	var b builder
	for i, r := range w {
		if i > 0 || !capital {
			r, _ = letterCase(r)
		}
		b.writeRune(r)
	}
	return b.string()
}

// firstEmojiBytes returns the length of the first emoji of a row, with what
// joins or modifies it.
func firstEmojiBytes(s string) int {
	var d doc
	z := tokenizer{d: &d, text: s}
	z.emojiCluster()
	return z.i
}
