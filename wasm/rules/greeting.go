package rules

// The greeting: how a note opens and whom it addresses. It is read once per
// check and shared by no-greeting, generic-salutation and wrong-name.

type addressee uint8

const (
	addrNone    addressee = iota // no one is addressed ("Hello! I'm Tom")
	addrName                     // a name: "Hi Maria", "Maria —"
	addrTitled                   // a title and a name: "Dear Dr. Okafor"
	addrBlank                    // a template blank: "Hi [Name]"
	addrGeneric                  // anyone at all: "Hi there", "Dear Sir/Madam"
)

type greeting struct {
	kind       addressee
	opener     bool   // a greeting word opens the note
	start, end int    // tokens: the greeting, opener to addressee
	nameStart  int    // tokens: where the name starts
	name       string // the folded first name, hyphenated parts joined by spaces
}

// Patterns for the greeting, compiled into the engine when the package loads.
var (
	openers = []string{
		"(hi|hey|hello|hiya|heya|howdy|dear|greetings|morning|evening)",
		"good (morning|afternoon|evening|day)",
		"(bonjour|hola|hallo|ciao|salut|hej|hei|namaste|ola|merhaba|shalom|salaam|moin|servus|aloha|g'day|ahoj|czesc|zdravo|selamat|konnichiwa|annyeong|nihao)",
		"kia ora",
	}
	generics = []string{
		"to? whom it may concern",
		"(sir|madam) (/|or|&) (sir|madam)",
		"(sir|sirs|madam|maam|ma'am|there|all|everyone|everybody|folks|team|friend|friends|guys|colleague|colleagues|connection|connections|recruiter|recruiters|professional|ladies|gentlemen|linkedin)",
		"(hiring|recruiting|talent|hr) (manager|team|lead|department)",
		"(future|new|potential|fellow|dear|my|linkedin) (connection|friend|colleague|professional|member|user)",
		"ladies and gentlemen",
	}
)

// Words that a title can precede in a greeting ("Dear Dr. Okafor").
const titles = " dr doctor mr mrs ms mx miss prof professor dame rev reverend coach captain capt chef rabbi imam father sister judge sgt col hon herr frau madame monsieur senor senora sra don dona sensei "

// Words that follow a greeting but are not names ("Hi, I'm Tom", "Hello hope
// you are well"), even when capitalised.
const notNames = " i i'm im i've i'd i'll me my we we're our you you're your it it's its this that these just hope hoping hoped thanks thank so how how's what quick long great good nice lovely loved love saw read really congrats congratulations again and from to is am are was here happy glad wanted want would could can a an the as with on in at for of came found noticed enjoyed fellow trust welcome sorry excuse pleasure fantastic amazing awesome wonderful well yes ok okay please let's lets first hopefully sincerely best regards cheers kind warm dear darling babe baby sweetie sweetheart honey gorgeous beautiful handsome hun hon cutie "

func isTitle(w string) bool { return hasWord(titles, w) }

// hasWord reports whether w is one of the space-separated words in list.
func hasWord(list, w string) bool {
	for w != "" && list != "" {
		var x string
		if x, list = nextWord(list); x == w {
			return true
		}
	}
	return false
}

// readGreeting finds the note's greeting.
func readGreeting(d *doc, name string) greeting {
	i := 0
	for i < len(d.toks) && (d.toks[i].kind == tPunct || d.toks[i].kind == tBreak) {
		i++
	}
	g := greeting{start: i}
	if i >= len(d.toks) {
		return g
	}
	end, ok := 0, false
	for k := range engine.openers {
		if end, ok = d.match(&engine.openers[k], i); ok {
			break
		}
	}
	if !ok {
		// No greeting word: a note may open with a form letter's address or
		// with the name alone ("Maria, ...").
		if e, ok := d.match(&engine.generics[0], i); ok {
			g.kind, g.end = addrGeneric, e
		} else if d.toks[i].kind == tBlank && d.clauseEnd(i+1) {
			g.kind, g.end = addrBlank, i+1
		} else if d.nameAt(i, name, true) {
			g.kind, g.nameStart, g.end = addrName, i, d.nameEnd(i)
			g.name = d.nameOf(i, g.end)
		}
		return g
	}
	g.opener = true
	j := end
	if j < len(d.toks) && d.toks[j].kind == tPunct && d.normOf(&d.toks[j]) == "," {
		j++
	}
	if j >= len(d.toks) || d.toks[j].kind != tWord && d.toks[j].kind != tBlank {
		return g // "Hello!" or "Hi," with nothing after
	}
	for k := range engine.generics {
		e, ok := d.match(&engine.generics[k], j)
		if !ok {
			continue
		}
		if d.normOf(&d.toks[j]) == "there" && d.nameAt(e, name, false) {
			j = e // "Hi there Maria"
			break
		}
		if name != "" && e == j+1 && sameName(d.normOf(&d.toks[j]), name) {
			break // the recipient's name happens to be a word like Guy or Sunny
		}
		g.kind, g.end = addrGeneric, e
		return g
	}
	t := &d.toks[j]
	switch {
	case t.kind == tBlank:
		g.kind, g.end = addrBlank, j+1
	case t.lists&inTitles != 0:
		k := j + 1
		if k < len(d.toks) && d.normOf(&d.toks[k]) == "." {
			k++
		}
		if k < len(d.toks) && d.toks[k].kind == tWord {
			g.kind, g.end = addrTitled, d.nameEnd(k)
		}
	case d.nameAt(j, name, false):
		g.kind, g.nameStart, g.end = addrName, j, d.nameEnd(j)
		// A full name ("Hi Mary Ann,", "Hi Maria Lopez,") runs to the end of
		// the clause; a capitalised word that doesn't end it is not part of
		// the name ("Hi Maria Loved your talk").
		for k, e := g.end, g.end; k < len(d.toks) && e-j <= 3 && d.nameAt(k, name, false) && d.toks[k].flags&fCap != 0; k = e {
			if e = d.nameEnd(k); d.clauseEnd(e) {
				g.end = e
				break
			}
		}
		g.name = d.nameOf(j, g.end)
	}
	return g
}

// nameAt reports whether token i looks like a name: a word that is not a
// common word and is capitalised or ends its clause ("hi maria, ..."). With
// alone, the name must open the note and be followed by a comma or dash; then
// it is a name only if it matches the recipient's name, when given, or is
// capitalised.
func (d *doc) nameAt(i int, name string, alone bool) bool {
	if i >= len(d.toks) || d.toks[i].kind != tWord || d.toks[i].flags&fJoined != 0 {
		return false
	}
	t := &d.toks[i]
	if t.lists&(inNotNames|inTitles) != 0 {
		return false
	}
	end := d.nameEnd(i)
	if alone {
		if end >= len(d.toks) || d.toks[end].kind != tPunct {
			return false
		}
		if p := d.normOf(&d.toks[end]); p != "," && p != "—" {
			return false
		}
		if name != "" {
			return sameName(d.nameOf(i, end), name)
		}
		return t.flags&fCap != 0 && t.lists&inGreetingWords == 0
	}
	return t.flags&fCap != 0 || d.clauseEnd(end)
}

// greetingWords are capitalised words that often open a note without naming
// anyone ("Congratulations, ...").
const greetingWords = " congrats congratulations thanks thank hello hi hey quick sorry apologies "

// nameEnd returns the end of the name starting at token i: the word and any
// parts hyphenated to it (Jean-Luc).
func (d *doc) nameEnd(i int) int {
	j := i + 1
	for j < len(d.toks) && d.toks[j].flags&fJoined != 0 {
		j++
	}
	return j
}

// nameOf returns the folded name in tokens [i, j), parts joined by spaces,
// apostrophes dropped.
func (d *doc) nameOf(i, j int) string {
	var b builder
	for k := i; k < j; k++ {
		if k > i {
			b.writeByte(' ')
		}
		writeNoApostrophes(&b, d.normOf(&d.toks[k]))
	}
	return b.string()
}

func writeNoApostrophes(b *builder, s string) {
	for i := 0; i < len(s); i++ {
		if s[i] != '\'' {
			b.writeByte(s[i])
		}
	}
}

// foldName folds a name typed in a form the way nameOf folds a name in the
// note, dropping any title before it.
func foldName(s string) string {
	if s == "" {
		return ""
	}
	var d doc
	tokenize(&d, s)
	var b builder
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord && t.kind != tNum || b.len() == 0 && isTitle(d.normOf(t)) {
			continue // punctuation, or a title before the name (Dr. Okafor)
		}
		if b.len() > 0 {
			b.writeByte(' ')
		}
		writeNoApostrophes(&b, d.normOf(t))
	}
	return b.string()
}

// sameName reports whether the name in a greeting can be the recipient's:
// the same name, one a prefix of the other (Jo and Joanna, Jean and
// Jean-Luc), a common nickname (Bob and Robert), or every part of one found
// in the other (Ann and Mary Ann). Both are folded, parts separated by spaces.
func sameName(greet, name string) bool {
	if greet == "" || name == "" {
		return true
	}
	return prefixed(greet, name) || partsIn(greet, name) || partsIn(name, greet)
}

// partsIn reports whether every part of a matches some part of b.
func partsIn(a, b string) bool {
	for a != "" {
		var pa string
		if pa, a = nextWord(a); hasWord(honorifics, pa) {
			continue // Tanaka-san, Sharma-ji
		}
		found := false
		for rest := b; rest != "" && !found; {
			var pb string
			pb, rest = nextWord(rest)
			found = prefixed(pa, pb) || nickname(pa, pb)
		}
		if !found {
			return false
		}
	}
	return true
}

func firstWord(s string) string { w, _ := nextWord(s); return w }

// honorifics are titles written after a name.
const honorifics = " san sama kun chan sensei senpai ji jee ssi nim hanim bey "

// nextWord splits a space-separated list into its first word and the rest.
func nextWord(s string) (word, rest string) {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	i := indexByte(s, ' ')
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

// oneEdit reports whether a and b differ by one inserted, deleted, replaced
// or swapped letter: a misspelling (Anna, Ana) rather than another name.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:] || i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:]
}

func prefixed(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 2 && hasPrefix(b, a)
}

// nickname reports whether a and b are a common name and its short form, or
// two short forms of one name, where neither is a prefix of the other.
func nickname(a, b string) bool {
	for rest := nicknames; rest != ""; {
		group := rest
		if i := indexByte(rest, '|'); i >= 0 {
			group, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		formal, short, _ := cut(group, ":")
		fa, na := hasWord(formal, a), hasWord(short, a)
		fb, nb := hasWord(formal, b), hasWord(short, b)
		if fa && nb || na && fb || na && nb {
			return true
		}
	}
	return false
}

// nicknames lists names and their short forms ("formal names: short forms")
// in groups separated by |.
const nicknames = "" +
	"robert roberto roberta: bob bobby bert rob robbie berto|" +
	"william wilhelm: bill billy liam will willy|" +
	"elizabeth elisabeth: liz lizzie lisa beth betsy betty libby eliza elsa|" +
	"katherine catherine kathryn caitlin katharina ekaterina: kate katie kathy cathy kat kay katya|" +
	"james: jim jimmy jamie|" +
	"richard ricardo: rick ricky dick rich richie|" +
	"margaret margarita: maggie meg peggy greta rita|" +
	"anthony antonio antonia: tony toni|" +
	"charles charlotte: chuck charlie lottie|" +
	"edward eduardo: ted teddy ned eddie|" +
	"theodore: ted teddy theo|" +
	"john jonathan: jack johnny jon|" +
	"henry harold: hank harry hal|" +
	"alexander alexandra aleksandr aleksandra alexei: alex sasha sandy sandra lexi|" +
	"michael michelle: mike mick mikey micky shelly|" +
	"david: dave davy|" +
	"stephen steven stephanie: steve stevie steph|" +
	"joseph josephine: joe joey jo josie|" +
	"daniel danielle: dan danny dani|" +
	"thomas: tom tommy|" +
	"nicholas nicolas nicole: nick nicky nico niki|" +
	"patrick patricia: pat patty trish paddy|" +
	"jennifer: jen jenny|" +
	"rebecca: becky becca|" +
	"susan suzanne: sue suzy|" +
	"victoria: vicky tori|" +
	"andrew andreas andres: andy drew|" +
	"lawrence laurence: larry|" +
	"leonard: len lenny leo|" +
	"gerald geraldine: gerry jerry|" +
	"zachary: zack zach|" +
	"nathan nathaniel: nate|" +
	"jacob: jake|" +
	"jacqueline: jackie|" +
	"isabel isabella isabelle: izzy bella isa|" +
	"gabriel gabriela gabrielle: gabe gabi gaby|" +
	"penelope: penny|" +
	"abigail: abby|" +
	"dmitri dmitry: dima|" +
	"mikhail: misha|" +
	"anastasia: nastya stacy|" +
	"ivan: vanya|" +
	"francisco: paco pancho|" +
	"jose: pepe|" +
	"ignacio: nacho|" +
	"guillermo: memo|" +
	"giuseppe: beppe peppe|" +
	"johannes: hans|" +
	"mohammed muhammad mohamed mohammad: mo|" +
	"frederick frederic: fred freddie|" +
	"christopher christina christine: chris kit tina|" +
	"benjamin: ben benji|" +
	"samuel samantha: sam sammy|" +
	"deborah: deb debbie"
