package rules

// The greeting: how a note opens and whom it addresses. It is read once per
// check and shared by no-greeting, generic-salutation and wrong-name.
//
// A greeting is read as a small grammar, the same in every language:
//
//	[opener] [address word] [titles] name     "Hi Maria", "Sehr geehrte Frau Dr. Weber"
//	[opener] [address word] generic address   "Hello dear", "Estimado señor/a", "Hallo zusammen"
//	name alone                                "Maria, ...", "Rafa!!", "鈴木様"
//
// Openers are greeting words ("Hi", "Bom dia", "Guten Tag"); address words
// are the "dear" of a letter ("Dear", "Estimada", "Liebe", "Chère"), which,
// with nobody after them, make a greeting for anyone ("Hello dear,",
// "Prezados,"). A title with no name after it is a greeting for anyone too
// ("Respected Sir", "Hello Professor"). Pet names ("Hey babe") address no one.

type addressee uint8

const (
	addrNone    addressee = iota // no one is addressed ("Hello! I'm Tom")
	addrName                     // a name: "Hi Maria", "Maria —"
	addrTitled                   // a title and a name: "Dear Dr. Okafor"
	addrBlank                    // a template blank: "Hi [Name]"
	addrGeneric                  // anyone at all: "Hi there", "Dear Sir/Madam"
)

type greeting struct {
	_          noCompare
	kind       addressee
	opener     bool   // a greeting word opens the note
	setOff     bool   // the name is set off at the end of the first sentence: "Congrats on the role, Ana!"
	alone      bool   // a name no rule knows opens the note, set off by a comma: "Olivier, quel plaisir…"
	start, end int    // tokens: the greeting, opener to addressee
	nameStart  int    // tokens: where the name starts
	name       string // the folded first name, hyphenated parts joined by spaces
}

// buddies are the words a friend is hailed with ("Yo bro", "Na Kumpel");
// typed first in lower case, they address the reader even with no comma
// after them ("bro vi tu post…").
const buddies = "(bro|bruh|brah|dude|buddy|fam|hermano|compa|compadre|parce|parcero|wey|guey|carnal|pana|chapa|brother|mermao|pote|frerot|frero|mec|poto|frangin|frangine|soeurette|superstar|rockstar|legend|genius|hero|reuf|kumpel|digga|bruder|mano|parca|truta|brow|chamo|tio|weon|tche|doyen|doyenne|sis|bestie|cuz|girl|girls|gurl|chica|chicas|miga|brudi|man|stranger|sumida|sumido)"

// kin are family words, or words said as if of family, that greet a
// relative or a friend: "Tía, ¡enhorabuena!", "Sis congrats on the job".
const kin = "(tia|mae|mama|mami|papa|papi|pai|hombre|prima|primo|hermana|irma|irmao|cunado|cunada|maman|mutti|vati|tante|onkel|cousin|cousine|mom|mum|dad|auntie|uncle|sister|bruv|schwesterherz|bruderherz|schwesterli|bruderli|schwesterchen|bruderchen|mana)"

// greetingPatterns are the greeting's word classes, compiled into the engine
// (see compileGreeting).
type greetingPatterns struct {
	whole, openers, dears, generics, dearGenerics, pets, petsLower, given, thanks, buddies []pattern
}

// The greeting's word classes, one pattern to a line. Words are folded (lower
// case, no accents).
const (
	// A form letter's address, standing alone at the start.
	wholeGenerics = `
		to? whom it may concern
		a quien (corresponda|pueda|interese)
		a quem (possa|interessar|de)
		a qui de droit
		(senores|senoras|senhores|senhoras|messieurs|mesdames|sirs) $
		(madame|monsieur|mesdames|messieurs) ,? (/|et|ou|,)? (madame|monsieur|mesdames|messieurs)
		(sir|sirs|madam|madame|maam|ma'am) (/|or|&|and) (sir|madam|maam|ma'am)
	`
	// Greeting words.
	openers = `
		good (morning|afternoon|evening|day)
		(buenos|buenas|buen) (dias|dia|tardes|noches)
		(bom|boa) (dia|tarde|noite)
		guten (tag|morgen|abend)
		gruss (gott|dich|euch)
		(e|y) ai
		que (tal|onda)
		fala
		dzien dobry
		god (morgon|dag|kvall)
		iyi gunler
		selamat (pagi|siang|sore|malam)
		(добрый|доброе) (день|вечер|утро)
		kia ora
		(xin|em|anh|chi|toi|con|da) chao
		(assalamu|as) (alaikum|salamu)
		# Single words last, so that "Buenas tardes" is read whole.
		(hi|hii|hiii|hey|heyy|heyyy|ey|eyy|wesh|omg|sup|wassup|whatsup|hello|helo|hiya|heya|howdy|yo|greetings|morning|evening|g'day|oi|ahoy|again|ei|eii|viva|boas|tag|sali|gruessech|chao|hallo|hallochen|hallihallo|huhu|na|tach|servas|griass|moinmoin|slt|cc|bjr|bsr|rebonjour|opa|eai|hola|holaa|holaaa|holi|holis|ola|oie|oii|bonjour|bonsoir|salut|coucou|allo|alo|moin|moinsen|servus|gruezi|hoi|ciao|buongiorno|buonasera|salve|hej|hejsan|hei|tjena|merhaba|selam|halo|hai|czesc|witam|witaj|ahoj|zdravo|namaste|shalom|salaam|aloha|salam|jambo|sawubona|habari|hujambo|sannu|saludos|saudacoes|che|epa|konnichiwa|annyeong|nihao|привет|здравствуйте|здравствуй|buenas|goedemorgen|goedemiddag|goedenavond|dag)
	`
	// The "dear" of a letter: an address that a name or a title follows.
	dears = `
		(my|mi|ma|meu|minha|mon|mein|meine)? (dear|dearest|respected|estimado|estimada|estimados|estimadas|estimade|estimad|querido|querida|queridos|queridas|apreciado|apreciada|apreciados|apreciadas|distinguido|distinguida|distinguidos|distinguidas|prezado|prezada|prezados|prezadas|caro|cara|caros|caras|carissimo|carissima|exmo|exma|exmos|exmas|excelentissimo|excelentissima|ilmo|ilma|ilustre|ilustrissimo|ilustrissima|cher|chere|chers|cheres|liebe|lieber|liebes|werte|werter|gentile|gentilissimo|gentilissima|gentili|egregio|egregia|spettabile|beste|geachte|kara|kaera|szanowny|szanowna|szanowni|szanowne|drogi|droga|sayin|degerli|уважаемый|уважаемая|уважаемые|дорогой|дорогая)
		muy (estimado|estimada|estimados|estimadas|apreciado|apreciada)
		(cordial|cordiales) (saludo|saludos)
		(saludo|saludos) (cordial|cordiales)
		kinh gui
		tres (cher|chere|chers|cheres)
		(sehr|hochverehrte)? (geehrte|geehrter|geehrtes|geehrt)
	`
	// Who a greeting for anyone addresses, after the opener or the address
	// word.
	generics = `
		(there|all|everyone|everybody|everyone's|folks|team|friend|friends|guys|colleague|colleagues|connection|connections|professional|professionals|ladies|gentlemen|linkedin|candidate|candidates|applicant|applicants|alumnus|alumna|alumni|alum|member|members|sirs|madams|network)
		(sir|madam|madame|maam|ma'am|monsieur) (/|or|&|and|ou|et) (sir|madam|madame|maam|ma'am|monsieur)
		(hiring|recruiting|talent|hr|human|people|recruitment|personnel|purchasing|procurement|sales|marketing|operations|office|project|general|store|plant|finance|account|accounts) (manager|managers|team|lead|department|resources|partner|specialist|officer|professional)
		(future|new|potential|fellow|dear|my|linkedin|valued|esteemed) (connection|friend|colleague|professional|member|user|reader|candidate)
		ladies and gentlemen
		a (todos|todas|todes|ustedes|tous|toutes|vous|voces|tutti|tutte|quien|quem)
		(todos|todas|ustedes|pessoal|galera|gente|amigo|amiga|amigos|amigas|amig|reclutador|reclutadora|reclutadores|equipo|colega|colegas|companero|companera|companeros|senores|senoras|senhores|senhoras|recrutador|recrutadora|recrutadores|gestor|gestora|gestores|equipe|equipa|responsable|responsavel|encargado|encargada|profesional|profissional|responsables|responsaveis|selecionador|selecionadora)
		(recruteur|recruteuse|recruteurs|recruteuses|equipe|collegue|collegues|tous|toutes|responsable|candidat|candidate|messieurs|mesdames|partenaire)
		(zusammen|alle|allerseits|mitenand|leute|team|personalverantwortliche|personalverantwortlicher|personalabteilung|bewerber|bewerberin|herrschaften)
		(damen|dame) und (herren|herr)
		(du|ihr|vous|voce|vc|you|toi|tu|usted|ti) $
		(in|an) (die|der)? (runde|alle)
		(client|clients|customer|customers|cliente|clientes|kunde|kunden|partner|partners|parceiro|parceira|parceiros|socio|socia|partenaire|partenaires|jefe|chefe|lider|leader|leaders|director|directora|diretor|diretora|directeur|directrice|direktor|direktorin|gerente|gerentes|manager|managers|ceo|cto|cfo|founder|founders|fundador|fundadora|fondateur|fondatrice|grunder|emprendedor|emprendedora|empreendedor|empreendedora|entrepreneur|entrepreneurs|unternehmer|unternehmerin|interessenten|interessent|community|communaute|comunidad|comunidade|miteinander|both|l'equipe|rede|rete|netzwerk|time|ansprechpartner|ansprechpartnerin|entscheider|entscheiderin|unbekannte|unbekannter|geschaftsfuhrer|geschaftsfuhrerin|geschaftsleitung|inhaber|inhaberin|nachbar|nachbarin|fremder|fremde)
		(le|la|les) (reseau|team|equipe|communaute|groupe|directeur|directrice|president|presidente|responsable)
		(talent|hr) acquisition
		# Someone by their part, not their name: "Dear Speaker", "Cher
		# confrère", "Sehr geehrte/r Referent/in", "Compi, …".
		(candidato|candidata|candidatos|candidatas|kanzlei|l'ami|l'amie)
		(speaker|speakers|referent|referentin|referenten|ponente|ponentes|palestrante|palestrantes|intervenant|intervenante|orateur|oratrice|conferencista|conferenciante|moderator|moderatorin|moderadora|moderador|organizer|organiser|organizers|confrere|consoeur|confreres|consoeurs|compi|compis|author|autora|auteur|autrice|coach|trainer|formateur|formatrice|mentor|mentora|mentorin)
		(future|futuro|futura|futuros|futur|future|zukunftige|zukunftiger|zukunftigen|new|novo|nova|nuevo|nueva|nouveau|nouvelle|neuer|neue|potential|potencial|potentiel|possible|possivel|posible) (partner|partners|parceiro|parceira|socio|socia|partenaire|colega|colleague|collegue|kollege|kollegin|cliente|client|customer|kunde|conexao|conexion|connection|contact|contato|contacto|kontakt|amigo|amiga|ami|amie|friend|freund|freundin|empregador|employer|empleador|employeur|arbeitgeber|chefe|jefe|boss|chef|employee|colaborador|colaboradora)
		(conexoes|conexao|conexiones|contatos|contactos|contacts|kontakte|seguidores|followers|abonnes|leser*|lector|lectores|leitor|leitores|lecteur|lecteurs|beinand|beinander|kolleg*|freund*|recruiter*|personaler*)
		_ _? team $
		ihr (lieben|alle)
		(tutti|amico|amica|amici|collega|colleghi|ragazzi|iedereen|allemaal|wszystkim|panstwo|herkese|semua)
		# Buddies: "Yo bro", "Na Kumpel", "Wesh mon pote", "E ai, meu chapa"
		# (not mate or pal: Mate and Pál are names too; see namesake).
		(my|mi|meu|minha|mon|mein) (friend|amigo|amiga|ami|freund)
		(my|mi|meu|mon|mein)? ` + buddies + `
		# Family, or said as if: "Tía, ¡enhorabuena!", "Mãe, …", "Hombre, Nacho".
		` + kin + `
		# Aces and sirs: "Hola crack", "Fala, mestre", "Buenas tardes caballero".
		(my|mi|meu|mon|mein)? (crack|mestre|maestro|champ|chief|boss|caballero|cavalheiro|campeao|campeon|fera|genio|chefin|capo)
	`
	// Generic addresses that are also names (Ami), only after an address
	// word: "Bonjour cher ami".
	dearGenerics = `
		(ami|amie|amis|amies)
	`
	// Pet names address no one in particular (too-personal judges them):
	// too-personal's own (petOnlyL), and words for looks or warmth used as
	// one, a superlative or a letter held included ("Hola guapísima",
	// "Oi lindaa", "Morning sunshine").
	pets = `
		(my|mi|ma|meu|minha|mon|mein|meine|mia|mijn)? (` + petOnlyL + `|beautiful|gorgeous|sweety|dearie|handsome|beauty|queen|sexy|hottie|preciosa|precioso|guapa|guapo|guapisima|guapisimo|hermosa|hermoso|bonita|bonito|chulo|lindona|lindaa*|lindissima|gata|gato|gostosa|gracinha|beaute|coeur|puce|princesse|mignonne|jolie|hubsche|susse|schatzi|schatzchen|mausi|schone|bellissima|tesoro|principessa|schat|lieverd)
	`
	// Pet names that are also first names: only in lower case ("oi linda").
	petsLower = `
		(my|mi|ma|meu|minha|mon|mein|mia)? (linda|lindo|bella|belle|bello|flor|rosa|cielo|vida|chou)
	`
	// Titles followed by a first name rather than a surname ("Pani Anno",
	// "Mas Budi", "Ma'am Kristine").
	given = `
		(pani|panie|pan|panu|mas|mbak|kak|kakak|bu|ibu|pak|bapak|bang|abang|teh|sir|maam|ma'am|anh|chi|em|co|chu|ban|ong|thay)
	`
	// A first phrase that a name may follow: "Congrats Grace on…".
	thanks = `
		(congrats|congratulations|congratz|thanks|thank|cheers|felicidades|felicitaciones|enhorabuena|gracias|parabens|obrigado|obrigada|felicitations|bravo|merci|gluckwunsch|danke|auguri|complimenti|grazie|gefeliciteerd|gratulacje) you? (so|very)? much?
		herzlichen (gluckwunsch|dank)
		happy (birthday|anniversary|new|friday|monday|holidays|diwali|eid|work)? (year|anniversary)?
		(welcome|bienvenida|bienvenido|bienvenue|willkommen)
		bem (vinda|vindo)
		(feliz|joyeux|joyeuse|alles) (cumpleanos|aniversario|navidad|ano|anniversaire|gute)
		(nice|great|good|lovely|pleasure) (to|meeting) (meet|meeting|see|seeing|chat|chatting|you)? (you)?
	`
)

// compileGreeting compiles the greeting's word classes: the last step of
// building the engine.
func (e *engineData) compileGreeting() greetingPatterns {
	return greetingPatterns{
		whole: e.compileLines(wholeGenerics), openers: e.compileLines(openers), dears: e.compileLines(dears),
		generics: e.compileLines(generics), dearGenerics: e.compileLines(dearGenerics), pets: e.compileLines(pets),
		petsLower: e.compileLines(petsLower), given: e.compileLines(given), thanks: e.compileLines(thanks),
		buddies: e.compileLines(buddies + "\n" + kin),
	}
}

// compileLines compiles a list of patterns written one to a line (see lines).
//
//go:noinline
func (e *engineData) compileLines(list string) []pattern {
	return e.linkAll(compileAll(lines(list)))
}

// Words that a title can precede in a greeting ("Dear Dr. Okafor"). A dot
// after one does not end a sentence.
// civicTitles are offices and ranks that both stand before a surname
// ("Councillor Patel", "Herr Bürgermeister Huber") and address someone on
// their own ("Monsieur le Maire,").
const civicTitles = " councillor councilor alderman mayor senator senador senadora minister ministra governor commissioner ambassador consul bishop pastor officer inspector sergeant lieutenant general admiral colonel major vereador vereadora deputado deputada concejal concejala alcalde alcaldesa prefeito prefeita maire senateur senatrice depute deputee burgermeister burgermeisterin stadtrat stadtratin "

const titles = civicTitles + " reverendo padre pere pfarrer pre dre dr dra dna dno doctor doctora doutor doutora doktor mr mrs ms mx miss prof profa profe professor professora professorin profesor profesora professeur professeure dame madam m d rev reverend coach captain capt chef rabbi imam father sister schwester soeur judge sgt col hon " +
	"herr herrn frau madame monsieur mademoiselle mme mlle mmes docteur maitre pr senor senora senorita sr sra srta srs sras don dona senhor senhora sensei " +
	"ing ingeniero ingeniera ingegnere eng engenheiro engenheira lic licenciado licenciada arq arquitecto arquitecta mtro mtra maestro maestra " +
	"dott dottor dottore dottoressa sig sigra signor signore signora signorina avv avvocato geom rag arch " +
	"meneer mevrouw dhr mevr drs dipl mag "

// Words that follow a greeting but are not names ("Hi, I'm Tom", "Hello hope
// you are well"), even when capitalised.
const notNames = " i i'm im i've i'd i'll me my we we're our you you're your it it's its this that these just hope hoping hoped thanks thank so how how's what quick long great good nice lovely loved love saw read really congrats congratulations again and from to is am are was here happy glad wanted want would could can a an the as with on in at for of came found noticed enjoyed fellow trust welcome sorry excuse disculpe disculpa desculpe desculpa perdon perdao pardon entschuldigung entschuldigen cv sava pleasure fantastic amazing awesome wonderful well yes ok okay please let's lets first hopefully sincerely best regards cheers kind warm dear darling babe baby sweetie sweetheart honey gorgeous beautiful handsome hun hon cutie " +
	"tudo espero encantado encantada gusto mucho muito prazer enchante enchantee freut quanto cuanto tanto tiempo tempo felicidades felicitaciones parabens felicitations gluckwunsch herzlichen vielen merci gracias obrigado obrigada danke grazie jai cest jsuis chui jpeux jveux jaimerais jme jte tkt wesh ptdr mdr lol haha jaja kkk rsrs ive dont cant wont didnt thats whats "

func isTitle(w string) bool {
	n := engine.lexicon.lookup(w)
	return n >= 0 && engine.lexicon.info[n].lists&inTitles != 0
}

// hasWord reports whether w is one of the space-separated words in list.
func hasWord(list, w string) bool {
	if w == "" || indexByte(w, ' ') >= 0 {
		return false
	}
	for i := 0; ; {
		j := index(list[i:], w)
		if j < 0 {
			return false
		}
		i += j
		if (i == 0 || list[i-1] == ' ') && (i+len(w) == len(list) || list[i+len(w)] == ' ') {
			return true
		}
		i++
	}
}

// matchAny matches the first of pats that matches at token i.
func (d *doc) matchAny(pats []pattern, i int) (int, bool) {
	if i >= len(d.toks) {
		return 0, false
	}
	for k := range pats {
		if e, ok := d.match(&pats[k], i); ok {
			return e, true
		}
	}
	return 0, false
}

// isPunct reports whether token i is one of the punctuation marks in the
// space-separated list marks (" , — "); "!" and "?" also match runs ("!!").
func (d *doc) isPunct(i int, marks string) bool {
	if i >= len(d.toks) || d.toks[i].kind != tPunct {
		return false
	}
	n := d.toks[i].norm
	return hasWord(marks, n) || n[0] == '!' && contains(marks, " ! ") || n[0] == '?' && contains(marks, " ? ")
}

// skipGender skips a gender ending written after a word: "Estimado/a",
// "Prezado(a)", "Caro(a)", "Liebe/r".
func (d *doc) skipGender(i int) int {
	switch {
	case d.isPunct(i, " / ") && d.short(i+1):
		return i + 2
	case d.isPunct(i, " ( ") && d.short(i+1) && d.isPunct(i+2, " ) "):
		return i + 3
	case d.isPunct(i, " : * _ ") && i > 0 && d.toks[i-1].be == d.toks[i].bs && d.short(i+1):
		return i + 2 // "Kolleg:innen", "Kolleg*innen"
	case d.isPunct(i, " @ "):
		if d.short(i + 1) {
			return i + 2 // "Estimad@s"
		}
		return i + 1
	}
	return i
}

func (d *doc) short(i int) bool {
	if i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	return hasWord(" a o as os e es r s in innen la x ", d.toks[i].norm)
}

// skipDot skips the dot or ordinal mark after an abbreviation (Dr., Profª).
//
//go:noinline
func (d *doc) skipDot(i int) int {
	for n := 0; n < 2 && d.isPunct(i, " . ª º — "); n++ {
		i++ // "Dr.", "Profª", "Sr.ª"
	}
	return i
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
	p := &engine.greet
	if e, ok := d.matchAny(p.whole, i); ok {
		g.kind, g.end = addrGeneric, e
		return g
	}
	// The name alone: "Maria, ...". When the recipient's name is not known,
	// a greeting word is read first ("Greetings, ...").
	if name != "" && d.nameAlone(&g, i, name) {
		return g
	}
	j, dear := d.openers(i)
	if j == i {
		// No greeting word: a title and a name ("Dra. Helena, …"), the name
		// alone, a name after a first phrase ("Congrats Grace on…") or set
		// off later in the first sentence.
		e, ok := d.genericAt(i)
		if d.namesake(i, name) {
			e, ok = i+1, true // "Mate, …" to Jamie
		}
		if ok && d.isPunct(e, " , ! ") && !(name != "" && d.nameAt(e+1, name, true)) {
			g.kind, g.end = addrGeneric, e // "Bro, …", "Mano, …", "Team!"; not "Hombre, Nacho!"
			return g
		}
		// A buddy's or family word: typed in lower case and no name after it
		// ("bro vi tu post…", not "bro Nacho"), or capitalized with a word
		// in lower case after it ("Bro congrats on…", "Sis so proud"); not
		// French "parce que".
		if e, ok := d.matchAny(engine.greet.buddies, i); ok && (e >= len(d.toks) || d.toks[e].norm != "que") &&
			(d.toks[i].flags&fCap == 0 && !(name != "" && d.nameAt(e, name, false)) ||
				e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].flags&fCap == 0 && !d.namesake(i, name)) {
			g.kind, g.end = addrGeneric, e
			return g
		}
		if d.titledAlone(&g, i, name) {
			return g
		}
		if d.nearName(i, name) {
			g.kind, g.nameStart, g.end, g.alone = addrName, i, i+1, true
			g.name = d.nameOf(i, i+1)
			return g
		}
		if d.nameAlone(&g, i, "") {
			// A word no pattern holds, capitalised and set off by a comma,
			// is a name, the recipient's or someone else's.
			// Not when a capitalised word follows the comma: a name set off
			// in turn ("Quiubo, Pipe!" is a greeting no list holds, then
			// the name) or a list ("Figma, Notion or Linear?").
			t := &d.toks[i]
			g.alone = g.end == i+1 && t.wid < 0 && t.pfx == 0 && t.flags&fCaps == 0 && len(t.norm) >= 3 && d.isPunct(g.end, " , ") && !d.capitalAt(g.end+1)
			return g
		}
		d.thanksName(&g, i, name)
		if g.kind == addrNone {
			d.vocativeName(&g, i, name)
		}
		return g
	}
	g.opener, g.end = true, j
	if d.isPunct(j, " ! . ") && j+1 < len(d.toks) && d.nameAlone(&g, j+1, name) {
		g.start = i // "Hello! Maria, …"
		return g
	}
	comma := d.isPunct(j, " , ")
	if comma {
		j++
	}
	if d.isPunct(j, " @ ") {
		j++ // "Hey @Maria"
	}
	if k := j + 1; j < len(d.toks) && d.toks[j].kind == tBreak && d.nameAt(k, name, true) {
		j = k // "Hallo\nMarkus,": the greeting word on a line of its own
	}
	if j >= len(d.toks) || d.toks[j].kind != tWord && d.toks[j].kind != tBlank || dear && comma {
		if dear {
			g.kind = addrGeneric // "Hello dear,", "Estimados,", "Prezado(a),"
		}
		return g
	}
	if name != "" && (d.nameAt(j, name, false) && sameName(d.nameOf(j, d.nameEnd(j)), name) ||
		d.toks[j].kind == tWord && len(d.toks[j].norm) >= 3 && d.toks[j].norm == firstWord(name)) {
		// Their first name itself right after the greeting word, even when
		// it is also a word ("hey ravi good meeting u", "hi will,").
		d.nameFrom(&g, j, name)
		return g
	}
	// Pet names: "Hey babe", "Coucou ma belle". The name may still follow
	// ("Hallo Schatz, äh, Katja").
	if e, ok := d.matchAny(p.pets, j); ok || d.toks[j].flags&fCap == 0 && d.matchOK(p.petsLower, j) {
		if name != "" {
			for k := max(e, j+1); k < min(len(d.toks), j+6) && d.toks[k].kind != tBreak; k++ {
				if d.toks[k].kind == tWord && sameName(d.nameOf(k, d.nameEnd(k)), name) {
					g.kind, g.nameStart, g.end, g.name = addrName, k, d.nameEnd(k), d.nameOf(k, d.nameEnd(k))
					return g
				}
			}
		}
		return g
	}
	if e, ok := d.matchAny(p.dearGenerics, j); ok && dear {
		g.kind, g.end = addrGeneric, e
		return g
	}
	if d.namesake(j, name) {
		g.kind, g.end = addrGeneric, j+1 // "G'day mate,"
		return g
	}
	if e, ok := d.genericAt(j); ok {
		if e = d.skipGender(e); !d.nameAfterGeneric(e, name) {
			g.kind, g.end = addrGeneric, e
			return g
		}
		j = e // "Hi there Luca"
		if d.isPunct(j, " , ") {
			j++ // "Hey there, Luca!"
		}
	}
	if d.titled(&g, j, name) {
		return g
	}
	switch t := &d.toks[j]; {
	case t.kind == tBlank:
		g.kind, g.end = addrBlank, j+1
	case d.nameAt(j, name, false) && (!comma || d.clauseEnd(d.fullName(j, name)) || name == "" && d.commaName(j)),
		d.typedName(i, j):
		// After "Hi," the next capitalised word starts a sentence more often
		// than it names someone: "Olá, Tudo bem?".
		d.nameFrom(&g, j, name)
	default:
		// "Hi, how are you, Maria?", "Hello from Lagos, Maria!"
		var v greeting
		if d.vocativeName(&v, j, name); v.kind == addrName {
			g.kind, g.nameStart, g.end, g.name = v.kind, v.nameStart, v.end, v.name
		}
	}
	return g
}

// typedName reports whether the word at token j, after the greeting word
// at token i, is a name typed in lower case as phones leave it ("hi noah
// ur experience…"): both in lower case, and the word one the rules do not
// know.
func (d *doc) typedName(i, j int) bool {
	t := &d.toks[j]
	return d.toks[i].flags&fCap == 0 && t.kind == tWord && t.flags&(fCap|fJoined) == 0 && t.wid < 0 &&
		len(t.norm) > 2 && indexByte(t.norm, '\'') < 0 && !usEnding(t.norm)
}

// commaName reports whether the name at token j, after "Hi,", is followed
// by a word in lower case, as in "Olá, Ana tudo bem?", but not by "here",
// which makes it the sender's ("Hi, Sam here").
func (d *doc) commaName(j int) bool {
	e := d.fullName(j, "")
	return e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].flags&fCap == 0 &&
		!hasWord(" here aqui aca ici hier qui ", d.toks[e].norm)
}

// genericAt matches a generic address at token j: one of the generic
// patterns, or a compound that ends like one ("Bewerbungsteam",
// "Personalabteilung").
func (d *doc) genericAt(j int) (int, bool) {
	if e, ok := d.matchAny(engine.greet.generics, j); ok {
		return e, true
	}
	if d.toks[j].kind != tWord {
		return 0, false
	}
	w := d.toks[j].norm
	for rest := genericEndings; rest != ""; {
		var end string
		end, rest = nextWord(rest)
		if len(w) > len(end)+2 && w[len(w)-len(end):] == end {
			return d.nameEnd(j), true
		}
	}
	return 0, false
}

// namesake reports whether token i is a word friends are hailed with that
// is also a name (Mate, Pál, Alter): a buddy's word when it is typed in
// lower case, or when the recipient's name is known and is another (the
// recipient's own name is read before it).
func (d *doc) namesake(i int, name string) bool {
	return i < len(d.toks) && d.toks[i].kind == tWord && hasWord(" mate pal alter ", d.toks[i].norm) && (name != "" || d.toks[i].flags&fCap == 0)
}

// genericEndings end compound nouns that address a group or a role
// (German writes them as one word: Bewerbungsteam, Fachkollegen).
const genericEndings = " team abteilung kollegen kollegin kolleginnen verantwortliche verantwortlichen verantwortlicher leitung experten expertinnen profis freunde interessierte interessenten ansprechpartner ansprechpartnerin gemeinde "

// titled reads titles and the name after them at token j: "Dr. Okafor",
// "Frau Professorin Lindner", "Exmo. Senhor Prof. Doutor Manuel Antunes",
// "Pani Anno". It reports whether there was a title.
func (d *doc) titled(g *greeting, j int, name string) bool {
	_ = *g // one nil check for the switch's arms, rather than one in each
	p := &engine.greet
	k, titled, givenTitle := j, false, false
	for n := 0; n < 4 && k < len(d.toks); n++ {
		if e, ok := d.matchAny(p.given, k); ok && d.toks[k].lists&inTitles == 0 {
			k, givenTitle = d.skipDot(d.skipGender(d.skipDot(e))), true
			continue
		}
		if d.toks[k].kind == tWord && (d.toks[k].lists&inTitles != 0 || d.maitre(k)) {
			k, titled = d.skipDot(d.skipGender(d.skipDot(k+1))), true
			continue
		}
		if titled && k+1 < len(d.toks) && hasWord(" le la ", d.toks[k].norm) && d.toks[k+1].lists&inTitles != 0 {
			k++ // "Madame la Professeure Rochat"
			continue
		}
		break
	}
	if !titled && !givenTitle {
		return false
	}
	switch {
	case k < len(d.toks) && d.toks[k].kind == tBlank:
		g.kind, g.end = addrBlank, k+1
	case d.matchOK(p.generics, k) && !d.surnameAt(k+1):
		g.kind, g.end = addrGeneric, d.nameEnd(k) // "Sehr geehrter Herr Geschäftsführer"
	case d.surnameAt(k) || titled && k < len(d.toks) && d.toks[k].kind == tWord && hasWord(name, d.toks[k].norm):
		// A word of their name is a name in any case: "hi mr weber i am".
		if titled {
			g.kind, g.nameStart, g.end = addrTitled, k, d.fullName(k, name)
			g.name = d.nameOf(k, g.end)
			return true
		}
		if d.polishSurname(j, k) {
			g.kind, g.end = addrTitled, d.fullName(k, name) // "Pani Kowalska"
			return true
		}
		d.nameFrom(g, k, name)
		if name != "" && vocative(g.name, name) {
			g.name = name // "Pani Anno" is how one greets Anna
		}
	case d.addressTitle(k - 1):
		g.kind, g.end = addrGeneric, k // "Respected Sir", "Hello Professor,"
	case k == j+1 && d.toks[j].flags&fCap != 0:
		// A title that is also a name, alone: "Hi Don,", "Hi Pak,".
		g.kind, g.opener, g.nameStart, g.end, g.name = addrName, false, j, k, d.nameOf(j, k)
	}
	return true
}

// polishSurname reports whether the word at k after Pan, Pani or Panie at
// j is a surname rather than a first name, which takes the vocative ending
// (Pani Anno, Panie Tomaszu, Panie Piotrze) where a surname keeps its own
// (Pani Kowalska, Panie Nowak).
func (d *doc) polishSurname(j, k int) bool {
	if !hasWord(" pan pani panie panu ", d.toks[j].norm) {
		return false
	}
	w := d.toks[k].norm
	return indexByte("oue", w[len(w)-1]) < 0
}

// maitre reports whether token k is "Me", the French title of a lawyer, before
// a name: "Bonjour Me Dupont".
func (d *doc) maitre(k int) bool {
	t := &d.toks[k]
	if t.flags&fCap == 0 || t.norm != "me" {
		return false
	}
	n := d.skipDot(k + 1)
	return n < len(d.toks) && d.toks[n].kind == tWord && d.toks[n].flags&fCap != 0
}

// titledAlone reads a note that opens with a title and a name set off by a
// comma, dash or exclamation mark, with no greeting word: "Dra. Helena,
// admiro…", "Madame Dupont,". "Dr. Okafor's lecture…" addresses no one.
func (d *doc) titledAlone(g *greeting, i int, name string) bool {
	var t greeting
	if !d.titled(&t, i, name) || t.kind == addrNone || t.kind != addrGeneric && !d.isPunct(t.end, " , — ! : ") {
		return false // but a title and a role is a form letter's address: "Sr. responsable de compras:"
	}
	t.start, t.opener = g.start, false
	*g = t
	return true
}

// addressTitles are titles that address someone on their own, as a form
// letter does ("Dear Sir", "Bonjour Madame", "Hello Professor").
const addressTitles = civicTitles + " srs sras pan pani panie panstwo sir madam maam ma'am professor prof doctor dr doktor docteur mr mrs ms miss mx herr frau monsieur madame mademoiselle senor senora senorita senhor senhora sr sra srta profesor profesora professora professeur professeure professorin doutor doutora doctora dott dottore dottoressa signore signora signorina mme mlle "

// addressTitle reports whether the title at or just before token k (past a
// dot or a gender ending) addresses someone on its own.
func (d *doc) addressTitle(k int) bool {
	for k > 0 && d.toks[k].kind != tWord {
		k--
	}
	if d.toks[k].kind == tWord && d.short(k) && k > 0 {
		k-- // the a of señor/a
		for k > 0 && d.toks[k].kind != tWord {
			k--
		}
	}
	return hasWord(addressTitles, d.toks[k].norm)
}

// surnameAt reports whether a name that a title precedes starts at token k:
// any capitalised word (De Luca, Van Dijk), or a word that ends the clause.
func (d *doc) surnameAt(k int) bool {
	if k >= len(d.toks) || d.toks[k].kind != tWord || d.toks[k].lists&(inNotNames|inTitles) != 0 {
		return false
	}
	e := d.nameEnd(k)
	if d.toks[k].langs&modelledWords != 0 && !d.clauseEnd(e) && (d.toks[e].kind != tWord || d.toks[e].flags&fCap == 0) {
		return false // "Bom dia, Srs. Sou consultor", but "Avv. De Luca"
	}
	if d.capsNotSetOff(k, e) {
		return false // "DEAR SIR KINDLY ACCEPT"
	}
	return d.toks[k].flags&fCap != 0 || d.clauseEnd(e)
}

// capsNotSetOff reports whether the word at k, ending at e, is in capitals
// with no comma or the like after it: in "DEAR SIR KINDLY ACCEPT" or
// "BUENAS TARDES SOLICITO EMPLEO" capitals say nothing of names.
func (d *doc) capsNotSetOff(k, e int) bool {
	return d.toks[k].flags&fCaps != 0 && !d.isPunct(e, " , ! — : ")
}

// openers returns the end of the greeting words at token i, openers and
// address words in any order ("Hi", "Good morning", "Hello dear", "Sehr
// geehrte"), or i when there are none; dear reports whether the last is an
// address word.
func (d *doc) openers(i int) (end int, dear bool) {
	p := &engine.greet
	end = i
	for n := 0; n < 4; n++ {
		if e, ok := d.matchAny(p.dears, end); ok {
			end, dear = d.skipDot(d.skipGender(d.skipDot(e))), true
			continue
		}
		if e, ok := d.matchAny(p.openers, end); ok {
			end, dear = e, false
			continue
		}
		if end > i && d.isPunct(end, " , ") {
			if e, ok := d.matchAny(p.dears, end+1); ok { // "Olá, prezado(a)", "Hola, estimado"
				end, dear = d.skipDot(d.skipGender(d.skipDot(e))), true
				continue
			}
		}
		break
	}
	return end, dear
}

func (d *doc) matchOK(pats []pattern, i int) bool {
	_, ok := d.matchAny(pats, i)
	return ok
}

// nameFrom records the name starting at token j as the greeting's addressee.
func (d *doc) nameFrom(g *greeting, j int, name string) {
	g.kind, g.nameStart, g.end = addrName, j, d.fullName(j, name)
	g.name = d.nameOf(j, g.end)
}

// fullName returns the end of the name starting at token j. A full name
// ("Hi Mary Ann,", "Hi Maria Lopez,") runs to the end of the clause; a
// capitalised word that doesn't end it is not part of the name ("Hi Maria
// Loved your talk"), nor is one after an emoji ("Salut François 🚀
// Connectons-nous !!").
func (d *doc) fullName(j int, name string) int {
	end := d.nameEnd(j)
	for k, e := end, end; k < len(d.toks) && e-j <= 3 && d.nameAt(k, name, false) && d.toks[k].flags&fCap != 0 && !d.emojiBetween(k-1, k); k = e {
		if e = d.nameEnd(k); d.clauseEnd(e) {
			return e
		}
	}
	return end
}

// nameAfterGeneric reports whether a name follows a generic address ("Hi
// there Luca", "Hola amigo Juan"): the recipient's, or, when it is not known,
// a capitalised word that ends the clause.
func (d *doc) nameAfterGeneric(i int, name string) bool {
	if d.isPunct(i, " , ") {
		i++ // "Hey there, Luca!"
	}
	if !d.nameAt(i, name, false) {
		return false
	}
	if name != "" {
		return sameName(d.nameOf(i, d.nameEnd(i)), name)
	}
	return d.toks[i].flags&fCap != 0 && d.clauseEnd(d.fullName(i, name))
}

// nameAlone reads a note that opens with the name alone: "Maria, ...",
// "Sebastián, buenas", "Rafa!!", "鈴木様".
func (d *doc) nameAlone(g *greeting, i int, name string) bool {
	t := &d.toks[i]
	if t.kind == tBlank && d.clauseEnd(i+1) {
		g.kind, g.end = addrBlank, i+1
		return true
	}
	if t.kind != tWord {
		return false
	}
	if n, ok := honorific(t.norm); ok && d.clauseEnd(i+1) {
		g.kind, g.opener, g.nameStart, g.end, g.name = addrName, true, i, i+1, n
		return true
	}
	if !d.nameAt(i, name, true) {
		return false
	}
	g.kind, g.nameStart, g.end = addrName, i, d.nameEnd(i)
	g.name = d.nameOf(i, g.end)
	return true
}

// honorifics written after a name in scripts without spaces: 鈴木様, 健太さん,
// 김민수님, 王先生.
const cjkHonorifics = " 様 さま さん 殿 先生 くん 君 ちゃん 님 씨 女士 小姐 老师 "

// honorific returns the name in a word that ends with an honorific.
func honorific(w string) (string, bool) {
	for rest := cjkHonorifics; rest != ""; {
		var h string
		if h, rest = nextWord(rest); h != "" && len(w) > len(h) && w[len(w)-len(h):] == h {
			return w[:len(w)-len(h)], true
		}
	}
	return "", false
}

// thanksName reads a name right after a first phrase: "Congrats Grace on…",
// "Thank you Amir for…". It counts as a greeting by name but is not checked
// against the recipient's name: "Thanks Google" names no one.
func (d *doc) thanksName(g *greeting, i int, name string) {
	e, ok := d.matchAny(engine.greet.thanks, i)
	if !ok || e >= len(d.toks) {
		return
	}
	comma := d.isPunct(e, " , ")
	if comma {
		e++
	}
	if t := (greeting{start: g.start}); d.titled(&t, e, name) {
		if t.kind == addrTitled || t.kind == addrName {
			*g = t // "Danke, Frau Roth, für…", "Merci Madame Rochat pour…"
		}
		return
	}
	if !d.nameAt(e, name, false) || d.toks[e].flags&fCap == 0 || comma && name == "" && !d.clauseEnd(d.nameEnd(e)) {
		return // "Congrats, Sam!" but not "Thanks, Google made…"
	}
	if name != "" && !sameName(d.nameOf(e, d.nameEnd(e)), name) {
		return
	}
	g.kind, g.nameStart, g.end = addrName, e, d.nameEnd(e)
	g.name = d.nameOf(e, g.end)
}

// vocativeName reads a name set off by a comma later in the first sentence:
// "Congrats on the new role at Canva, Hiroshi!". When the recipient's name
// is not known, only a capitalised word between a comma and an exclamation
// mark counts ("…, Hiroshi!"), not a place ("a nurse in Leeds, Yorkshire").
func (d *doc) vocativeName(g *greeting, i int, name string) {
	for k := i + 1; k < len(d.toks) && d.toks[k].sent == d.toks[i].sent; k++ {
		if d.toks[k].kind != tWord || d.toks[k].flags&fJoined != 0 {
			continue
		}
		// A title and a surname ending the sentence: "Thank you for the
		// interview on Tuesday, Mrs. Balogun."
		if t := (greeting{}); d.isPunct(k-1, " , ") && d.toks[k].lists&inTitles != 0 && d.titled(&t, k, name) &&
			t.kind == addrTitled && (t.end >= len(d.toks) || d.isPunct(t.end, " ! . ")) {
			t.start, t.opener, t.setOff = g.start, false, true
			*g = t
			return
		}
		e := d.nameEnd(k)
		after := d.clauseEnd(e)
		if !d.isPunct(k-1, " , ") && !(name != "" && (d.isPunct(e, " , ") || (d.isPunct(e, " ! ? . ") || d.emojiAfter(e)) && d.toks[k-1].kind == tWord)) {
			continue // "…, Pablo", "Pablo, …", or the recipient's name ends the sentence: "Bravo pour ta thèse Lou !!"
		}
		var ok bool
		if name != "" {
			ok = (after || d.isPunct(k-1, " , ")) && d.nameAt(k, name, false) && sameName(d.nameOf(k, e), name)
		}
		// Another name set off the same way still addresses someone: no
		// missing greeting, and wrong-name when it ends the first sentence
		// (setOff). "Congrats on the Series A, Fernbrook!" could name a
		// company, but notes to a person almost never do.
		if !ok {
			ok = d.isPunct(k-1, " , ") && d.nameAt(k, "", false) && d.toks[k].flags&fCap != 0
		}
		if ok && (name == "" || !sameName(d.nameOf(k, e), name)) && !d.isPunct(e, " ! ") {
			// "Congrats on the launch, Pablo.", "Tudo bem, Ana?", but not a
			// place after a name: "a nurse in Leeds, Yorkshire."
			e = d.fullName(k, "")
			ok = (e >= len(d.toks) || d.isPunct(e, " . ? : ")) && d.toks[k-2].kind == tWord && d.toks[k-2].flags&fCap == 0
		}
		if ok {
			g.kind, g.nameStart, g.end, g.name = addrName, k, e, d.nameOf(k, e)
			g.setOff = d.isPunct(k-1, " , ") && (e >= len(d.toks) || d.isPunct(e, " ! . ") && d.toks[e].sent == d.toks[i].sent) && d.toks[k].flags&fCap != 0
			return
		}
	}
}

// emojiAfter reports whether the word ending at token e is followed by an
// emoji or ends the note: how a phone-typed sentence ends ("congrats on
// the series A ana 🚀").
func (d *doc) emojiAfter(e int) bool {
	return e >= len(d.toks) || e > 0 && d.emojiBetween(e-1, e)
}

// vocative reports whether greet is the Polish vocative of name: Anno for
// Anna, Magdaleno for Magdalena, the same word but its ending.
func vocative(greet, name string) bool {
	a, b := firstWord(greet), firstWord(name)
	return len(a) == len(b) && len(a) >= 4 && a[:len(a)-1] == b[:len(b)-1]
}

// nameAt reports whether token i looks like a name: the recipient's, or a
// word that is not a common word and is capitalised or ends its clause ("hi
// maria, ..."). With alone, the name must open the note and be followed by
// a comma or dash (or, when it is the recipient's, an exclamation mark); then
// it is a name only if it matches the recipient's name, when given, or is
// capitalised.
func (d *doc) nameAt(i int, name string, alone bool) bool {
	if i >= len(d.toks) || d.toks[i].kind != tWord || d.toks[i].flags&fJoined != 0 {
		return false
	}
	t := &d.toks[i]
	end := d.nameEnd(i)
	common := t.lists&(inNotNames|inTitles|inGreetingWords) != 0 || t.langs&modelledWords != 0
	if alone {
		if name != "" {
			// Their name first is addressed to them, whatever follows
			// ("Hugo TROP CONTENT de…", "Carlos my friend!"), but not their
			// name's ("Ana's talk…"); a common word only when set off.
			return end < len(d.toks) && (!common || d.isPunct(end, " , — ! : ")) && indexByte(t.norm, '\'') < 0 && sameName(d.nameOf(i, end), name)
		}
		if common || t.flags&fCap == 0 {
			return false
		}
		// "Maria, …"; "Maya!!" or "Markus" on a line of its own only when
		// the word is no word the rules know ("Brilliant!" is praise,
		// "Partnership" a title).
		return d.isPunct(end, " , — ") || (d.isPunct(end, " ! ") || end < len(d.toks) && d.toks[end].kind == tBreak) && t.wid < 0
	}
	if name != "" {
		// The recipient's name, in any case ("hey sam loved your talk"), or
		// when it is also a common word (Will, Grace) where a name stands:
		// capitalised or ending the clause, and the name itself, not a
		// prefix of it (I'm and Imogen).
		n := d.nameOf(i, end)
		if !common && sameName(n, name) || common && n == firstWord(name) && (t.flags&fCap != 0 || d.clauseEnd(end)) {
			return true
		}
	}
	if common && t.lists&(inNotNames|inTitles|inGreetingWords) == 0 && t.flags&fCap != 0 && t.flags&fCaps == 0 &&
		(end >= len(d.toks) || d.isPunct(end, " , ! — ")) {
		return true // a name that is also a function word, set off: "Hi Han,", "Hallo Bin!"
	}
	if d.capsNotSetOff(i, end) {
		return false
	}
	// In lower case only a word that does not end like "let's…" ("Hola,
	// conectemos.", "Bonjour, restons en contact").
	return !common && (t.flags&fCap != 0 || d.clauseEnd(end) && !usEnding(t.norm))
}

// nearName reports whether token i, opening the note in lower case as
// phones type it, is a name close to the recipient's: "stefanie lange
// nicht gesehen!" to Stefan, "daniela foi top te conhecer" to Daniel. A
// word that begins as their name does (two letters) and is no common word
// stands where a name stands; sameName and petForm then tell their name
// from another.
func (d *doc) nearName(i int, name string) bool {
	t := &d.toks[i]
	if name == "" || t.kind != tWord || t.flags&(fCap|fJoined) != 0 || len(t.norm) < 3 || t.wid >= 0 ||
		t.lists&(inNotNames|inTitles|inGreetingWords) != 0 || t.langs&modelledWords != 0 {
		return false
	}
	n := firstWord(name) // folded already, as every name readGreeting is given
	return len(n) >= 3 && t.norm[:2] == n[:2] && len(t.norm) <= len(n)+3 && len(n) <= len(t.norm)+3
}

// usEnding reports whether w ends like a verb of "we" in es, pt or fr.
// (Not inlined: each copy builds its array of endings.)
//
//go:noinline
func usEnding(w string) bool {
	for _, e := range [...]string{"amos", "emos", "imos", "ons"} {
		if len(w) > len(e)+2 && w[len(w)-len(e):] == e {
			return true
		}
	}
	return false
}

// modelledWords are the function words of the modelled languages (token
// langs bits): no names. Those of other languages are names too often (Ben
// is Turkish for I, Dan Indonesian for and).
const modelledWords = 1<<langEN | 1<<langES | 1<<langPT | 1<<langFR | 1<<langDE

// greetingWords are capitalised words that often open a note without naming
// anyone ("Congratulations, ...").
const greetingWords = " congrats congratulations thanks thank hello hi hey quick sorry apologies felicidades felicitaciones enhorabuena parabens felicitations gluckwunsch gratulation bravo wow kudos brilliant incredible impressive excellent perfect whoa yay omg hooray finally question update note fyi ps increible incrivel incroyable genial toll super klasse wahnsinn kompliment respekt entschuldigung frage anfrage betreff hinweis vorab kurz " +
	"reminder heads-up psa alert urgent important attention namaskar namaste habari jambo sawubona marhaba merhaba shalom aloha ahoy mabuhay kamusta selamat hej hoi ciao ahoj szia labas sveiki vanakkam "

// nameEnd returns the end of the name starting at token i: the word and any
// parts hyphenated to it (Jean-Luc).
//
//go:noinline
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
	if j == i+1 && indexByte(d.toks[i].norm, '\'') < 0 {
		return d.toks[i].norm // the common case, without copying
	}
	var b builder
	for k := i; k < j; k++ {
		if k > i {
			b.writeByte(' ')
		}
		writeNoApostrophes(&b, d.toks[k].norm)
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
	if f, ok := foldPlainName(s); ok {
		return f
	}
	var d doc
	tokenize(&d, s)
	var b builder
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord && t.kind != tNum || b.len() == 0 && isTitle(t.norm) {
			continue // punctuation, or a title before the name (Dr. Okafor)
		}
		if b.len() > 0 {
			b.writeByte(' ')
		}
		writeNoApostrophes(&b, t.norm)
	}
	return b.string()
}

// foldPlainName folds the common case of a name typed as one ASCII word
// ("Priya") without tokenizing it: a check does this on every keystroke.
func foldPlainName(s string) (string, bool) {
	start, end := 0, len(s)
	for start < end && s[start] == ' ' {
		start++
	}
	for end > start && s[end-1] == ' ' {
		end--
	}
	if start == end || end-start > 40 {
		return "", false
	}
	var b [40]byte
	for i := start; i < end; i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			return "", false
		}
		b[i-start] = c
	}
	if f := string(b[:end-start]); !isTitle(f) {
		return f, true
	}
	return "", false
}

// sameName reports whether the name in a greeting can be the recipient's:
// the same name, one a prefix of the other (Jo and Joanna, Jean and
// Jean-Luc), a common nickname (Bob and Robert), or every part of one found
// in the other (Ann and Mary Ann). Both are folded, parts separated by spaces.
func sameName(greet, name string) bool {
	if greet == "" || name == "" || latin(greet) != latin(name) {
		return true // 健二 and Kenji may well be one name
	}
	// ... or the initials of a compound name: JM or J-F for Jean-Marc.
	if prefixed(greet, name) || partsIn(greet, name) || partsIn(name, greet) || len(greet) <= 3 && greet[0] == name[0] && contains(name, " ") && inOrder(greet, name) {
		return true
	}
	// German written without umlauts: Juergen for Jürgen. (Only a
	// yes: "ue" is no umlaut in Henrique, whose Pedrão is still Pedro.)
	if g, n := unUmlaut(greet), unUmlaut(name); (g != greet || n != name) && (prefixed(g, n) || partsIn(g, n) || partsIn(n, g)) {
		return true
	}
	// A whole name that begins theirs but is not a short form of it (Julie
	// for Julien) is not made a pet form by its ending.
	if n := firstWord(name); len(greet) >= 4 && len(greet) < len(n) && hasPrefix(n, greet) {
		return false
	}
	return spelling(greet) == spelling(name) || spelling(greet) == spelling(firstWord(name)) || petForm(greet, name)
}

// capitalAt reports whether token i is a word that starts with a capital.
func (d *doc) capitalAt(i int) bool {
	return i < len(d.toks) && d.toks[i].kind == tWord && d.toks[i].flags&fCap != 0
}

// petForm reports whether greet is a pet form of name, as friends type
// them: its beginning with a diminutive ending (Mathou for Mathilde, Pedrão
// for Pedro, Juanito for Juan, Kati for Katrin), its beginning said twice
// (Guigui for Guillaume, Juju for Julien), or a name with its last letter
// held (Nachooo, Anaaa). Another name that shares a beginning (Marla and
// Maria, Karin and Katrin) ends otherwise.
func petForm(greet, name string) bool {
	if n, k := len(greet), heldFrom(greet); n >= 4 && n-k >= 3 {
		// Held three times or more: no name ends so (Ross, Matt do twice).
		g := greet[:max(k+1, 2)]
		return sameName(g, name) || nickname(g, name)
	}
	if n := len(greet); n >= 4 && n%2 == 0 && greet[:n/2] == greet[n/2:] {
		return hasPrefix(name, greet[:n/2])
	}
	for rest := diminutives; rest != ""; {
		var end string
		// -ão and -ou end names too (Simão, Lou): their stem must be
		// longer (Pedrão; Mathou, Manou). A long ending may follow two
		// letters (Aninha for Ana).
		if end, rest = nextWord(rest); end != "" && len(greet) >= len(end)+3-len(end)/3 && greet[len(greet)-len(end):] == end &&
			!(len(greet)-len(end) < 4 && end == "ao" || len(greet)-len(end) < 3 && end == "ou") {
			stem := greet[:len(greet)-len(end)]
			if end[0] == 'i' && len(stem) > 3 && (stem[len(stem)-2:] == "qu" || stem[len(stem)-2:] == "gu") {
				stem = stem[:len(stem)-1] // before an i, c is spelt qu and g gu: Marquinhos, Dieguito
				if stem[len(stem)-1] == 'q' {
					stem = stem[:len(stem)-1] + "c"
				}
			}
			long := len(stem) > 2 // Ollie's "oll" counts as three letters
			if k := len(stem); k >= 3 && stem[k-1] == stem[k-2] && !hasPrefix(name, stem) {
				stem = stem[:k-1] // a consonant doubled before the ending: Ollie for Oliver, Robbie for Robert
			}
			// The whole name with -ie or -i is another name (Stefan and
			// Stefanie, surname or not); with -ito or -inho it is the name
			// (Juan, Juanito). Two letters make a stem only of a short name
			// (Aninha for Ana, not Anita for Anjali).
			first := firstWord(name)
			return hasPrefix(first, stem) && (len(stem) < len(first) || len(end) > 2) && (long || len(first) <= 3)
		}
	}
	// -o and -s follow only a name's first three letters (Davo for Dave,
	// Babs for Babajide, Megs for Megan): after more, they make another
	// name (Mario and Maria, Andres and Andrea), and doubled they end one
	// (Ross is not Rosa).
	n := len(greet)
	return n == 4 && (greet[3] == 'o' || greet[3] == 's') && greet[3] != greet[2] && hasPrefix(name, greet[:3]) && len(name) > 3
}

// diminutives are the endings of pet forms, longest first.
const diminutives = " inhos itos inho inha zinho zinha ito ita ico ica chen ou ao ie i y "

// spelling returns a folded name as it sounds rather than as it is spelt,
// so that one name's spellings meet: a doubled letter written once
// (Matthias, Mathias), an h after a letter (Sarah, Sara; Thiago, Tiago), k
// and q for c (Lukas, Lucas; Tariq, Tarik), y for i, ph for f, an x that
// opens a name for j, ae after its first letter for e. Another name, or the
// same with another ending (Marina, Mariana; Daniel, Daniela), stays apart.
func spelling(s string) string {
	var b builder
	last := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 'k' || c == 'q':
			c = 'c'
		case c == 'y':
			c = 'i'
		case c == 'h' && i > 0:
			continue
		case c == 'p' && i+1 < len(s) && s[i+1] == 'h':
			c = 'f' // Rafaela, Raphaela; Sofie, Sophie
		case c == 'x' && i == 0 && len(s) > 1 && indexByte("aeiou", s[1]) >= 0:
			c = 'j' // Ximena, Jimena; Xavier, Javier
		case c == 'a' && i > 0 && i+1 < len(s) && s[i+1] == 'e':
			continue // Laetitia, Létitia; Caesar, Cesar; Rachael, Rachel
		}
		if c != last {
			b.writeByte(c)
		}
		last = c
	}
	return b.string()
}

// surnameKnown reports whether a name typed in the form has a surname, for
// wrong-name to check the one after a title ("Hi Dr. Asante" to Kwame
// Mensah): words set apart by spaces, not a hyphen (Jean-Marc is a first
// name). In Spanish and Portuguese two words are often one first name
// (María José, João Pedro), so there the second counts as a surname only
// when it is no common second part of one (folded is the name folded).
func surnameKnown(name, folded string, l lang) bool {
	n := 0
	for i := 1; i < len(name); i++ {
		if name[i] == ' ' && name[i-1] != ' ' {
			n++
		}
	}
	return n >= 2 || n == 1 && (l != langES && l != langPT || !hasWord(secondGiven, lastWord(folded)))
}

// secondGiven are the words that most often end a Spanish or Portuguese
// first name of two: María José, Juan Carlos, Ana Paula, Maria Eduarda.
const secondGiven = " jose maria carlos pablo pedro paulo paula luis luisa luiza luiz eduarda eduardo clara fernanda fernando antonio antonia manuel miguel angel angela elena helena isabel gabriel gabriela henrique victor vitor vitoria victoria lucia julia beatriz sofia cristina teresa eugenia ines pilar carmen laura ignacio javier francisco ricardo rafael guilherme augusto otavio emilia cecilia alejandro andres alberto enrique esteban jesus mercedes dolores luz camila valentina leticia marcos mateus joao juan "

// latin reports whether a folded name is written in Latin letters.
func latin(s string) bool { return s[0] < 0x80 }

// unUmlaut folds ae, oe and ue to a, o and u, as folding does ä, ö and ü.
func unUmlaut(s string) string {
	if !contains(s, "e") {
		return s
	}
	var b builder
	for i := 0; i < len(s); i++ {
		b.writeByte(s[i])
		if i+1 < len(s) && s[i+1] == 'e' && (s[i] == 'a' || s[i] == 'o' || s[i] == 'u') {
			i++
		}
	}
	return b.string()
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
			found = prefixed(pa, pb) || nickname(pa, pb) || suffixed(pa, pb) || diminutive(pa, pb)
		}
		if !found {
			return false
		}
	}
	return true
}

// suffixed reports whether the shorter of a and b, of four letters or more,
// ends the longer: a short form made from the end of a name (Tasha and
// Natasha, Tina and Christina, Nando and Fernando).
func suffixed(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && len(b) >= len(a)+2 && b[len(b)-len(a):] == a
}

// diminutive reports whether the shorter of a and b is a pet form of the
// longer: some of its letters, in order, with -i, -y or -ie added (Leni and
// Helene, Toni and Antonia, Vroni and Veronika).
//
//go:noinline
func diminutive(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := len(a) - 1
	if n > 0 && a[n] == 'e' {
		n--
	}
	// A whole name that begins the other is prefixed's to judge (Julie and
	// Julien are two names).
	return n >= 3 && len(b) > len(a) && (a[n] == 'i' || a[n] == 'y') && inOrder(a[:n], b) && !hasPrefix(b, a)
}

// inOrder reports whether the letters of a, spaces left out, are found in
// b in the same order.
//
//go:noinline
func inOrder(a, b string) bool {
	j := 0
	for i := 0; i < len(a); i++ {
		if a[i] == ' ' {
			continue
		}
		for j < len(b) && b[j] != a[i] {
			j++
		}
		if j++; j > len(b) {
			return false
		}
	}
	return true
}

func firstWord(s string) string { w, _ := nextWord(s); return w }

// honorifics are titles written after a name.
const honorifics = " san sama kun chan sensei senpai ji jee ssi nim hanim bey "

// nextWord splits a space-separated list into its first word and the rest.
//
//go:noinline
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
	if a == b {
		return true
	}
	if len(a) < 2 || !hasPrefix(b, a) {
		return false
	}
	if indexByte(a, ' ') < 0 {
		b = firstWord(b) // Daniel for Daniela Souza is another name, as for Daniela
		if a == b {
			return true
		}
	}
	// A short form (Jo, Alex, Sofi) is a prefix of the name; a name with a
	// feminine ending added to a whole name (Joseph and Josephine, Daniel
	// and Daniela, Christian and Christiane) is another name.
	if len(a) < 4 {
		return true
	}
	switch rest := b[len(a):]; {
	case hasWord(" na ne no nna ", rest) && indexByte("ao", a[len(a)-1]) >= 0:
		return false // Maria and Mariana, Mario and Mariano, but Lore for Lorena
	case hasWord(" a e ine ina ette elle ", rest):
		return indexByte("aeiouy", a[len(a)-1]) >= 0
	case rest == "n" || a[len(a)-1] == 'n' && hasWord(" ne ie ", rest):
		return false // Julia and Julian, Stefan and Stefanie, Jean and Jeanne
	}
	return true
}

// nickname reports whether a and b are a common name and its short form, or
// two short forms of one name, where neither is a prefix of the other.
func nickname(a, b string) bool {
	if index(nicknames, a) < 0 || index(nicknames, b) < 0 {
		return false // not both in the list: no group holds them
	}
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
	"robert roberto roberta: bob bobby bert rob robbie berto beto|" +
	"alberto albert: beto berto|" +
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
	"alexander alexandra alexandre aleksandr aleksandra alexei alejandro alejandra alessandro alessandra: alex sasha sascha sandy sandra lexi ale xande|" +
	"michael michelle: mike mick mikey micky shelly michi|" +
	"david: dave davy|" +
	"stephen steven stephanie: steve stevie steph|" +
	"joseph josephine: joe joey jo josie|" +
	"daniel danielle: dan danny dani|" +
	"natasha natascha: tash tasha|" +
	"thomas: tom tommy|" +
	"nicholas nicolas nicole: nick nicky nico niki|" +
	"patrick patricia: pat patty trish paddy paty pati|" +
	"jennifer: jen jenny|" +
	"caroline carolina: carol caro|" +
	"larissa: lara lari|" +
	"rebecca rebekah: becky becca bec|" +
	"susan suzanne susanne susana: sue suzy susi|" +
	"victoria: vicky tori|" +
	"andrew andreas andres andre: andy drew andi|" +
	"lawrence laurence: larry|" +
	"leonard: len lenny leo|" +
	"gerald geraldine: gerry jerry|" +
	"zachary: zack zach|" +
	"nathan nathaniel: nate|" +
	"jacob: jake|" +
	"jacqueline: jackie|" +
	"isabel isabela isabella isabelle: izzy bella isa bel bela|" +
	"gabriel gabriela gabrielle: gabe gabi gaby|" +
	"penelope: penny|" +
	"abigail: abby|" +
	"dmitri dmitry: dima|" +
	"mikhail: misha|" +
	"anastasia: nastya stacy|" +
	"ivan: vanya|" +
	"francisco francisca: paco pancho chico quico kiko|" +
	"guadalupe: lupe lupita|" +
	"lorenzo: lollo enzo|" +
	"vincenzo: enzo|" +
	"giovanni: gianni|" +
	"salvatore: toto|" +
	"manuel manuela: manolo manu manel|" +
	"dolores: lola|" +
	"rosario: charo|" +
	"katarzyna: kasia kasha|" +
	"malgorzata: gosia|" +
	"aleksander: olek|" +
	"enrique: quique kike|" +
	"eduardo: lalo dudu|" +
	"concepcion: concha conchi|" +
	"jesus: chuy chucho|" +
	"beatriz: bia bea|" +
	"eduarda: duda|" +
	"fernanda: nanda|" +
	"fernando: nando|" +
	"sebastiao: tiao|" +
	"joaquim joaquin: quim|" +
	"gabriel: biel|" +
	"emanuel emanuela emanuelle: manu|" +
	"christina christiane: chrissi|" +
	"pilar: pili|" +
	"felipe: lipe|" +
	"augusto: guto|" +
	"emmanuel emmanuelle: manu|" +
	"stefanie stephanie: steffi|" +
	"sebastian sebastien sebastiao: basti|" +
	"katharina: kathi|" +
	"franziska: franzi|" +
	"cornelia: conny|" +
	"ulrich ulrike: uli|" +
	"sabine: bine|" +
	"gustavo: guga|" +
	"antonio: toninho tonho tono|" +
	"friedrich: fritz|" +
	"nikolaus: klaus|" +
	"александр александра: саша шура|" +
	"дмитрий: дима|" +
	"михаил: миша|" +
	"екатерина: катя|" +
	"мария: маша|" +
	"анастасия: настя|" +
	"елена: лена|" +
	"наталья наталия: наташа|" +
	"владимир: вова володя|" +
	"алексей: алеша леша|" +
	"сергей: сережа|" +
	"иван: ваня|" +
	"ольга: оля|" +
	"татьяна: таня|" +
	"евгений евгения: женя|" +
	"юлия: юля|" +
	"jose josef: pepe ze zeca sepp|" +
	"josefa josefina: pepa pepita fina|" +
	"luis luciano: lucho|" +
	"barbara: babs babsi|" +
	"ignacio: nacho|" +
	"guillermo: memo|" +
	"giuseppe: beppe peppe|" +
	"johannes johann: hans hannes|" +
	"mohammed: muhammad mohamed mohammad muhammed mohamad mo|" +
	"frederick frederic: fred freddie|" +
	"christopher christina christine: chris kit tina|" +
	"benjamin: ben benji benni|" +
	"samuel samantha: sam sammy|" +
	"bernhard bernard: bernd|" +
	"julia juliane julie: jule julchen jules|" +
	"matthias mathias: matze matti|" +
	"marcus markus: mark|" +
	"ifeoma ifeanyi ifunanya ifeoluwa: ify|" +
	"chukwuemeka: emeka|" +
	"oluwaseun: seun|" +
	"olufunmilayo: funmi|" +
	"oluwatobi: tobi|" +
	"deborah: deb debbie|" +
	"mariana maria: maru"
