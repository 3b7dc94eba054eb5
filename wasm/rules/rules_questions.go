package rules

// The closed-question rule: yes-or-no questions, and the question kind that
// finds them.

// closed-question

var closedQuestion = Rule{
	ID:       "closed-question",
	Severity: Suggestion,
	Advice:   []string{"B9"},
	Guide:    "/guide/anatomy-of-a-good-note/#open-questions",
	check: &question{
		// Question words that make a question open wherever they stand in
		// it ("Would you share how you…", "¿me contarías qué datos usaste?").
		// German puts a comma before "wie", but not everyone types it:
		// "Können Sie mir sagen wie Sie das gemacht haben?"
		Open: `
(how|what|why|which|how's|what's|whats|hows|whatever)
(cuales|cuantos|cuantas|porque|por) que
por (que|qua)
o (que|q)
(qual|quais|comment|pourquoi|quel|quelle|quels|quelles|lequel|laquelle|lesquels|combien|qu'est|qu'en)
de que (forma|maneira|modo|manera)
(sagen|erzahlen|erklaren|verraten|schildern|beschreiben|teilen) ,? (wie|was|welche|welchen|welcher|welches|warum|wo|wann|wieso|weshalb)
(contar|contarias|contaria|contarme|cuentame|cuentanos|contame|decir|decirme|dime|dinos|explicar|explicarme|explicarias|explicaria|saber|sabes|sabe|sabrias|dizer|diga|diria|conte|contaria|explicaria|compartir|compartirias|compartilhar|compartilharia) (me|nos)? (que|cual|cuales|quien|donde|cuando|cuanto|como)
(decir|decirme|dizer|saber|indicar|indicarme) (a|para|con|com|de|en|em) (quien|quienes|quem|donde|onde)
(share|tell|know|suggest|recommend) (me|us)? (who|where|when|whom)
quoi
(quand|qui) ?
(que|q|ke) tal ?
`,
		// Question words that make it open only where a clause starts: as
		// conjunctions they ask nothing ("un café quand tu passes ?", "que",
		// German "wie", "was" and "wo", which a comma always precedes when
		// they ask).
		// After a preposition: "¿En qué estás trabajando?", "Em que…", "Sur quoi…".
		// French elides "que" before a verb: "Qu'auriez-vous fait ?".
		OpenStart: `
^ (en|de|con|para|a|desde|hasta|em|com|por|sobre|pour|avec|dans|sur|mit|bei|fur|von|about|with|on|in|at|for|from|to) (que|cual|cuales|quien|quienes|cuando|donde|cuanto|quem|qual|quais|quoi|qui|lequel|laquelle|wem|wen|welche|welchem|welcher|welchen|wann|whom|which|what)
^ (qu'auriez|qu'avez|qu'aviez|qu'etes|qu'allez|qu'aimeriez|qu'a)
^ (and|y|e|et|und|or|o|ou|oder|but|pero|mas|mais|aber)? (when|where|who|whom|whose|que|cual|cuales|cuando|donde|adonde|quien|quienes|cuanto|cuanta|cuantos|cuantas|como|quando|onde|aonde|quem|quanto|quanta|quantos|quantas|quand|ou|qui|quoi|wie|was|welche|welcher|welches|welchen|welchem|warum|wieso|weshalb|weswegen|wo|woran|worauf|woruber|womit|wofur|wozu|wobei|wodurch|woher|wohin|wann|wer|wen|wem|wessen|inwiefern|inwieweit)
`,
		// Phrases that make a question yes-or-no even with a question word:
		// a proposal ("How about a call?", "¿Qué tal un café?").
		// The sender offers to show how: "May I show you how we cut costs?"
		// A call, chat or video offered about how: "open to a chat
		// about how you test?", "a 2-min video on how we cut costs?".
		Closed: `
(how|what) about (a|an|we|us|grabbing|meeting|having|hopping|jumping|coffee|lunch|drinks|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday)
que tal (un|una|si|um|uma|se|tomar|marcar|agendar|agendarmos|marcarmos|fazermos|hacer|hacermos|agendemos|quedar|quedamos)
(se|si|if|caso|falls) ... (lembra|lembre|acuerdate|acordate|souviens|remember) (de|of|an|te)? (mim|mi|moi|mich|me) ?
que te (parece|parecen) (si|un|una|tomar)
que (acha|achas|tal) de (a|marcar|tomar|um|uma|nos)
et si (on|nous)
wie (ware|waere|war's|wars|war) (es|s)? (mit|wenn)
bora
(o|que) (que)? (acha|achas|acham|diz|dizes) (de|se)
que (dices|opinas|decis) (si|de)
que (diriez|dirais|dis|dites) (vous|tu)? (d'un|d'une|de|si)
was (haltst|halten|hieltest|hielten) (du|sie|ihr) von (einem|einer|einen|nem|ner)
what (do|would) (you|u) (say|think) (to|of|about) (a|an|coffee|grabbing|meeting|having|us|we)
(show|showing|walk|walking|demo|demonstrate|send) (you|u) ... ... (how|what)
(mind|ok|okay|alright) if (i|we)
^ (te|le|les|os|vos) (va|viene|vendria|iria|cuadra|queda) (bien|mejor) (un|una|el|la|si|que|quedar|hablar|charlar|tomar|este|esta|hacer|agendar|vernos|el)
(zeigen|zeige|vorstellen|demonstrieren|erklaren|schicken) ,? (wie|was)
(mostrar|mostrarte|mostrarle|mostrarles|ensenarte|ensenarle|apresentar) ... (como|que)
(montrer|presenter|expliquer) ... (comment|ce)
(chat|call|conversation|video|demo|coffee|charla|llamada|cafe|conversa|appel|echange|gesprach|telefonat|austausch|study|studies|deck|pager|estudio|estudo|etude|fallstudie|whitepaper) (about|on|sobre|sur|uber|zu) (how|what|como|comment|wie|was)
(posso|puedo|podria|can|may) (i)? (te|lhe|le|you) (contar|decir|dizer|tell|explicar|mostrar|show) (mais|mas|more)?
puis je (vous|te) (raconter|expliquer|montrer|dire|en)
(darf|kann) ich (dir|ihnen|euch) (mehr|etwas|kurz)? (erzahlen|zeigen|schicken|senden|vorstellen)
`,
		// Questions that are no yes-or-no question: pleasantries ("tudo
		// bem?"), asking for advice or pointers, which invites a real answer,
		// and rhetorical ones ("remember me?").
		// A choice between two things ("an issue or a PR?"), and a tag
		// that asks nothing ("lembra de mim, tá?", "d'accord ?").
		Not: `
(tudo|todo) (bem|bom|bien|certo|joia|tranquilo|ok|beleza|okay|em)
ca va
alles (gut|klar|fit|okay|ok)
(advice|tips|tip|pointers|thoughts|insights|recommendations|suggestions|perspective|conseil|conseils|astuce|astuces|avis|recommandations|suggestions|consejo|consejos|recomendaciones|sugerencias|dica|dicas|conselho|conselhos|sugestoes|sugestao|recomendacoes|tipps|tipp|rat|ratschlag|ratschlage|einschatzung|empfehlung|empfehlungen|anregungen)
your (take|view|views|opinion)
(share|sharing|tell|telling|explain|explaining|describe|describing|walk) (me|us)? ... (experience|experiences|story|journey|approach|process|learnings|lessons|thinking|setup|workflow)
(compartir|compartirme|contarme|contarnos|contar|compartilhar|partager|raconter|teilen|erzahlen|berichten) ... (experiencia|experiencias|historia|proceso|processo|enfoque|abordagem|experience|experiences|parcours|demarche|approche|erfahrung|erfahrungen|geschichte|ansatz|vorgehen)
(erfahrung|erfahrungen|einblicke|sicht|meinung) ... (teilen|erzahlen|berichten|schildern)
hope (you're|youre|you|all|everything|this|it's)
(you|u|ya) (well|good|doing|ok|okay)
(allez|vas|va|vais) bien
(esta|estas|estan|ta|tas|tudo|todo) (bem|bien|bom|bueno)
geht (es|s)? (dir|ihnen|euch)? (gut)
(beleza|blz|suave|firmeza|joia)
ca roule
all good
hope (that's|thats|that|this's) (ok|okay|alright|fine|all)
point me (to|toward|towards|in|at)
(me|nos) (cuentas|cuenta|contas|conta|explicas|explica|dices|dizes) (mas|mais|sobre|acerca|un|um)
(tell|explain|describe|indicar*|explicar*|contar|conta|contas|contame|cuentame|cuentas|decirme|dizer|diz|dime|expliquer|expliquez|raconter|racontez|erklaren|erzahlen|erzahl) ... (how|why|what|which|como|porque|qual|quais|cual|cuales|comment|pourquoi|quoi|quel|quelle|quels|quelles|wie|warum|welche|welchen|womit)
tell me (about|more)
(contarme|contarnos|cuentame|hablarme|explicarme|explicarnos|contar) (mas|mais|un|um|sobre|acerca)
(raconter|parler|expliquer|dire|dites) (en)? (plus|davantage|un)
mehr (daruber|dazu|uber|erzahlen)
(recommend|suggest|recomendar|recomendarias|recomendaria|recomiendas|sugerir|sugeririas|sugeriria|indicar|indicaria|recommander|recommanderiez|conseiller|conseilleriez|suggerer) (me|nos|moi)? (a|an|any|some|books|courses|resources|reading|algun|alguna|algunos|algunas|libros|cursos|recursos|lecturas|algum|alguma|alguns|algumas|livros|leituras|un|une|des|quelques|livres|ressources)
(buch|bucher|kurs|kurse|literatur|ressourcen|lekture|quellen) ... empfehlen
^ (isn't|isnt|wasn't|wasnt|ain't) (it|that|this) (amazing|crazy|wild|funny|great|incredible|interesting|fascinating|cool|ironic|wonderful|remarkable)
(remember|lembra|lembras|lembram|recuerdas|acuerdas|acordas|souviens|rappelles|rappelez|erinnerst|erinnern)
(sabias|sabia|sabiam|sabian|saviez|savais|wusstest|wussten) ,? (que|das|dass)?
did you know
(prefer|prefers|prefieres|prefiere|prefere|preferez|preferes|bevorzugen|bevorzugst|lieber) ... (or|o|ou|oder)
^ (ta|ok|okay|right|vale|ne|non|oder|gell|gelle|d'accord|yes|sim|hein|eh|huh) ?
(na|em|en|in|a) (sua|tua|su|tu|your|votre|ton) (opiniao|opinion|avis|view)
(selon|segundo|segun) (vous|toi|voce|usted|ti)
(ihrer|deiner) (meinung|ansicht) nach
`,
		// A question asked without its question mark, as people typing fast
		// do ("can i ask u few questions"): a sentence that opens with a
		// verb before its subject and ends with no mark at all.
		Unmarked: `
en: ^ (can|could|may|would|will|do|does|did|are|is|shall|should|have|has) (i|we|you|u|ya|ur)
de: ^ (kann|kannst|konnen|konnten|konntest|darf|durfte|hatten|hattest|hast|haben|habt|waren|warst|bist|sind|wollen|willst|sollen|sollten) (ich|du|sie|wir|ihr)
`,
		Msg: "A yes-or-no question: {text}. An open question (what, how) gives them more to reply to.",
	},
}

var closedQuestionDocs = ruleDocs{
	Title: "A yes-or-no question",
	Explanation: "A question that can be answered with yes or no tends to end the exchange, and “no” is the easy answer to a stranger. " +
		"An open question (what, how, which) invites them to share something, which is how a conversation starts.",
	Bad: []Example{
		{Note: "Hallo Sandra, ich zeige Frauen, wie sie sich nebenberuflich ein passives Einkommen aufbauen. Darf ich dir mehr erzählen?", Flag: []string{"Darf ich dir mehr erzählen?"},
			Why: "Asking leave to tell them more is yes or no (posso te contar mais?); asking them to tell you more is not."},
		{Note: "Hi Leila, I'm a pastry chef in Marseille and loved your post on sourdough starters. Do you sell your starter?", Flag: []string{"Do you sell your starter?"}},
		{Note: "Hi Marco, I'm studying data journalism in Bologna. Would you be open to a chat sometime?", Flag: []string{"Would you be open to a chat sometime?"}},
		{Note: "Hi Yusuf, we met at the Istanbul design week. Are you going to the Ankara edition?", Flag: []string{"Are you going to the Ankara edition?"}},
		{Note: "Hi Claire, fellow Sciences Po alum here, and I'm moving into public health. Open to a quick call?", Flag: []string{"Open to a quick call?"}},
		{Note: "Hi Tendai, I enjoyed your talk on mobile money in Harare, can I ask you about it?", Flag: []string{"can I ask you about it?"}},
		{Note: "Hola Lucía, vi tu charla sobre accesibilidad en el DevFest de Valencia. ¿Te interesaría tomar un café?", Flag: []string{"¿Te interesaría tomar un café?"}},
		{Note: "Olá Ana, sou designer em Recife e adorei sua palestra no RD Summit. Você teria 15 minutos esta semana?", Flag: []string{"Você teria 15 minutos esta semana?"}},
		{Note: "Bonjour Claire, j'ai lu votre article sur la logistique urbaine. Seriez-vous disponible pour un échange ?", Flag: []string{"Seriez-vous disponible pour un échange ?"}},
		{Note: "Hallo Jana, ich habe Ihren Vortrag auf der re:publica gesehen. Hätten Sie Zeit für einen kurzen Austausch?", Flag: []string{"Hätten Sie Zeit für einen kurzen Austausch?"}},
		{Note: "Hi Sam, loved your post on pricing pages. How about a quick call next week?", Flag: []string{"How about a quick call next week?"}},
		{Note: "Olá Rita, que palestra boa no RD Summit 👏 você vai estar na próxima edição?", Flag: []string{"você vai estar na próxima edição?"},
			Why: "An emoji ends what came before it: the question is only what follows (here, not the “que” of an exclamation)."},
		{Note: "Bonjour Théo, j'ai lu ton retour sur le vélo-cargo. Tu serais dispo pour un café à Nantes ?", Flag: []string{"Tu serais dispo pour un café à Nantes ?"}},
		{Note: "Hi Noor, I'm a UX researcher in Doha. Would you be open to a quick call about how you recruit participants?", Flag: []string{"Would you be open to a quick call about how you recruit participants?"},
			Why: "A call offered about how is still a yes or a no to the call."},
	},
	Good: []Example{
		{Note: "Hi Aiko, your write-up on the ? operator in Rust changed how I handle errors. How do you keep the error context?",
			Why: "A question mark set apart inside a sentence is a symbol, not the end of a question."},
		{Note: "Bia! Que saudade dos tempos de Magalu. Me conta como foi a primeira turma do curso?",
			Why: "“Tell me how…” asks for a story, whatever the form of the question."},
		{Note: "Hi Leila, I'm a pastry chef in Marseille and loved your post on sourdough starters. What flour do you feed yours?"},
		{Note: "Hi Marco, I'm studying data journalism in Bologna. Would you share how you found your first newsroom job?",
			Why: "A yes-or-no form asking how is open in effect."},
		{Note: "Hi Yusuf, we met at the Istanbul design week. Which talks are you looking forward to in Ankara?"},
		{Note: "Hi Claire, do reach out when you're next in Lyon! I'm a fellow Sciences Po alum moving into public health.",
			Why: "An invitation, not a question."},
		{Note: "Hi Tendai, I enjoyed your talk on mobile money in Harare. How did you win over the first agents?"},
		{Note: "Hi Priya, I'm a nurse moving into health data. Could you point me to the course you mentioned in your talk?",
			Why: "Asking for a pointer or advice invites a real answer."},
		{Note: "Hola Lucía, vi tu charla sobre accesibilidad en el DevFest de Valencia. ¿Me contarías qué herramientas usan para auditar?"},
		{Note: "Oi Ana, tudo bem? Sou designer em Recife e adorei sua palestra no RD Summit. Como vocês testaram o novo fluxo?",
			Why: "“Tudo bem?” is a greeting, not a question to answer."},
		{Note: "Bonjour Claire, j'ai lu votre article sur la logistique urbaine. Comment avez-vous convaincu la mairie ?"},
		{Note: "Hallo Jana, ich habe Ihren Vortrag auf der re:publica gesehen. Wie messen Sie, ob die Kampagne wirkt?",
			Why: "“Wie” opens the question; the clause after the comma belongs to it."},
		{Note: "Hallo Niklas, dein Blogpost über Result<T, E> und den ?-Operator in Rust hat mir sehr geholfen. Ich bin Backend-Entwickler in Köln.",
			Why: "A question mark in code asks nothing."},
		{Note: "Hi Sven, I maintain a Kotlin port of your date library and hit a DST bug. Would you prefer an issue or a pull request?",
			Why: "A choice between two things is no yes or no."},
		{Note: "Oi Thiago, foi ótimo te conhecer na feira do Insper. Me manda aquele link do curso, tá?",
			Why: "A tag like “tá?” asks nothing."},
		{Note: "Bonjour Serge, j'ai écouté votre interview sur Africa Radio. Qu'auriez-vous fait autrement ?"},
		{Note: "Bonjour Théo, j'ai lu ton retour sur le vélo-cargo à Nantes. Le plus dur à convaincre, c'était qui ?",
			Why: "A question word at the end asks as much as one at the start."},
		{Note: "Oi Letícia, sou estudante na UFSC. O que mais pesa nas dinâmicas de estágio, na sua opinião?",
			Why: "“Na sua opinião” belongs to the open question before it."},
		{Note: "Hi Beth, I run the SRE guild in Glasgow. Would you share who in your network might like to speak?",
			Why: "Asking who is open in effect."},
		{Note: "Oi Rodrigo! Quanto tempo desde a Ambev, hein? Vi que você virou diretor industrial, parabéns."},
	},
}

// question finds questions that can be answered with yes or no: a sentence
// ending with a question mark whose question has no question word, in any
// of the modelled languages. Spanish and German mark a yes-or-no question
// by its question mark and word order alone ("¿Podemos hablar?", "Hätten
// Sie Zeit?"), and so do elliptical English ones ("Open to a call?"), so it
// is the absence of a question word, not the presence of an auxiliary verb,
// that decides.
//
// The question is the clause that ends with the question mark, from the
// last comma, colon, dash or ¿ before it; a clause that opens with a
// subordinating word ("ob", "if", "que") belongs to the one before it ("Wie
// messen Sie, ob es wirkt?").
// A question's lists of patterns are one to a line (see lines), split as
// the rule is compiled: text alone, the rule is data the linker writes
// rather than code that builds it when the package loads.
type question struct {
	_         noCompare
	Open      string // question words that make a question open anywhere in it
	OpenStart string // question words that do so where a clause starts (the pattern starts with ^)
	Closed    string // proposals that stay yes-or-no despite a question word
	Not       string // questions that ask for no yes or no
	Unmarked  string // how a sentence with no question mark asks one (the pattern starts with ^)
	Msg       string
}

type questionMatcher struct {
	q                                      *question
	open, openStart, closed, not, unmarked int // slots
}

func (q *question) compile(b *compiler) matcher {
	return &questionMatcher{q: q,
		open: b.index(lines(q.Open)), openStart: b.index(lines(q.OpenStart)), closed: b.index(lines(q.Closed)),
		not: b.index(lines(q.Not)), unmarked: b.index(lines(q.Unmarked))}
}

// subordinators open a clause that belongs to the question before it.
// Relative pronouns too: "Wie gehen Sie mit Schülern um, die dreimal
// durchgefallen sind?" asks from "Wie".
const subordinators = " if whether that ob dass wenn weil falls damit que se si qui der die das den dem deren dessen denen welche welcher welches who which whom whose cuyo cuya cuyos cuyas "

func (m *questionMatcher) find(c *checker) {
	if !c.lang.modelled() && c.lang != langNone {
		return
	}
	d := &c.d
	for s := range d.sents {
		st := &d.sents[s]
		q := int(st.end) - 1
		for q > int(st.first) && d.toks[q].kind == tBreak {
			q--
		}
		if !st.question {
			if d.toks[q].kind == tWord || d.toks[q].kind == tNum {
				m.unmarkedQuestion(c, st, q)
			}
			continue
		}
		if d.toks[q].kind != tPunct || !contains(d.toks[q].norm, "?") || d.inCode(q) {
			continue // a quoted question, or "?" in code: "List<?", "den ?-Operator"
		}
		start := d.questionStart(int(st.first), q)
		open, closed, not := false, false, false
		for _, h := range c.sentenceHits(st) {
			if int(h.rule) != c.ri || int(h.end) <= start || int(h.start) >= q {
				continue
			}
			switch int(h.slot) {
			case m.open, m.openStart:
				open = true
			case m.closed:
				closed = true
			case m.not:
				not = true
			}
		}
		if closed || !open && !not {
			c.reportTokens(start, q+1, m.q.Msg)
		}
	}
}

// unmarkedQuestion reports the sentence st, which ends with the word at
// token last and no mark, if it opens like a yes-or-no question.
func (m *questionMatcher) unmarkedQuestion(c *checker, st *sentence, last int) {
	hits := c.sentenceHits(st)
	for _, h := range hits {
		if int(h.rule) == c.ri && int(h.slot) == m.unmarked {
			for _, o := range hits {
				if int(o.rule) == c.ri && o.slot != h.slot && o.start >= h.start && o.start <= int32(last) && int(o.slot) != m.closed {
					return // a question word or a request for advice
				}
			}
			c.reportTokens(int(h.start), last+1, m.q.Msg)
			return
		}
	}
}

// sentenceHits returns the hits that start in sentence st. Hits are in
// token order, so a binary search finds the first.
//
//go:noinline
func (c *checker) sentenceHits(st *sentence) []hit {
	lo, hi := 0, len(c.hits)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.hits[m].start < st.first {
			lo = m + 1
		} else {
			hi = m
		}
	}
	end := lo
	for end < len(c.hits) && c.hits[end].start < st.end {
		end++
	}
	return c.hits[lo:end]
}

// questionStart returns the first token of the question that ends at the
// question mark q, in the sentence starting at first.
func (d *doc) questionStart(first, q int) int {
	start := first
	for i := q - 1; i >= first; i-- {
		// An emoji ends what came before, as a full stop would: "que
		// sorriso lindo 😍 você é casada?" asks only its last clause.
		if i+1 < q && d.emojiBetween(i, i+1) {
			start = i + 1
			break
		}
		if !d.clauseMark(i) {
			continue
		}
		if k := i + 1; k < q && d.toks[k].kind == tWord && hasWord(subordinators, d.toks[k].norm) {
			continue // "…, ob es wirkt?": the question began before
		}
		start = i + 1
		if d.isPunct(i, " ¿ ") {
			start = i
		}
		break
	}
	for start < q && d.toks[start].kind != tWord && d.toks[start].kind != tNum && !d.isPunct(start, " ¿ ") {
		start++
	}
	return start
}

// clauseMark reports whether token i ends a clause within a sentence: a
// comma, semicolon, colon or dash, or opens a Spanish question. A colon or
// dash between letters (Kolleg:innen) is part of a word.
func (d *doc) clauseMark(i int) bool {
	t := &d.toks[i]
	if t.kind != tPunct {
		return t.kind == tBreak
	}
	switch t.norm {
	case ",", ";", "¿", "(", "...", "…":
		return true
	case ":", "—":
		glued := i > 0 && d.toks[i-1].be == t.bs && i+1 < len(d.toks) && d.toks[i+1].bs == t.be
		return !glued
	}
	return false
}

// inCode reports whether the question mark at token q is part of code or a
// quotation rather than the end of the writer's question: glued to what
// follows ("?-Operator") or precedes ("List<?"), or closing a quote.
func (d *doc) inCode(q int) bool {
	t := &d.toks[q]
	if q > 0 && d.toks[q-1].be == t.bs && d.isPunct(q-1, " < ( [ ") {
		return true
	}
	if q+1 < len(d.toks) {
		n := &d.toks[q+1]
		if n.bs == t.be && (n.kind == tWord || d.isPunct(q+1, " — > \" ' ) ")) {
			return true
		}
	}
	return false
}
