package rules

// LinkedIn's stock invitation text, in every language its interface offers
// that we could confirm, and its common variants. Sources (see
// /work/notes/linkedin-facts.md for the full table):
//
// Confirmed, the exact words seen in LinkedIn's own invitation e-mails or
// quoted as the pre-filled note:
//   - en "I'd like to add you to my professional network on LinkedIn."
//     (invite e-mail 2015, github.com/Staartvin/Autorank-2/issues/211; blogs
//     2011–2016); "I'd like to connect with you on LinkedIn." (invite e-mail
//     2015, github.com/gloomyson/StarCraft/issues/37); "I'd like to join your
//     LinkedIn network." (e-mails 2016, paul-hammant/imapdigester fixtures);
//     "Join my network on LinkedIn." (pre-2012, maximizesocialbusiness.com);
//     "I'd like to add you to my LinkedIn network." (careerealism.com 2011).
//   - es "Me gustaría añadirte a mi red profesional en LinkedIn." (reminder
//     e-mail 2016, github.com/JetBrains/swot/pull/598).
//   - it "[Nome], vorrei aggiungerti alla mia rete professionale su
//     LinkedIn." (ralph-dte.eu).
//   - id "Saya ingin menambahkan Anda ke jaringan profesional saya di
//     LinkedIn." (invite e-mail 2016, github.com/GitIndonesia/members/pull/43).
//   - fr, partly: "je souhaiterais rejoindre votre réseau sur LinkedIn",
//     "merci de m'ajouter à votre réseau LinkedIn" (blog.brandie.fr, quoted
//     as the familiar invitation phrases).
//
// Likely variants, not confirmed by any source: the same sentence in the
// other interface languages (pt, de, nl, sv, da, no, pl, tr, ru, uk, cs, ro,
// el, fi, hu, vi, ms, tl, ar, he, hi, ja, zh, ko, th), written the way the
// confirmed ones are (add you / join your / be part of + my professional
// network), and what people type instead: other verbs and pronouns (agregarte,
// adicioná-lo, vous ajouter, Sie hinzufügen), typos (profesional, netwrok),
// "in"/"into" for "to", and the network without "professional".
//
// Words are folded (no accents, lower case), so "añadirte" is written
// "anadirte" and "Netzwerk hinzufügen" "netzwerk hinzufugen". Japanese,
// Chinese, Korean and Thai are written without spaces between words, and the
// tokenizer (text.go) keeps a run of such letters as one word, so their texts
// are matched as substrings of the note instead (stockInfix).

// default-message

// The stock text is a verb of adding, joining or inviting next to “my
// network” or “your contacts”: “add you to my professional network”,
// “agregarte a mi red”, “adicioná-la à minha rede”, “vous ajouter à mon
// réseau”, “Sie zu meinem Netzwerk hinzufügen”, “join your LinkedIn
// network”, “formar parte de tu red”. Each class holds the forms people type
// (pronouns glued on, typos, each language's word for network), so the
// combination is caught however it is worded; wanting someone in your
// network in your own words (“ter você na minha rede”, “vous compter dans
// mon réseau”) is not the stock text. Adding someone to my network is the
// stock request wherever it stands; joining or being part of a network is
// also what people say in their own sentences (“rejoindre votre réseau pour
// échanger sur…”), so it counts only as the stock sentence has it: with
// “professional” or “LinkedIn”, or ending the sentence.
const (
	// add
	stockAdd = "(add|ad|adding|anad*|agreg*|sumar*|inclu*|adicion*|ajout*|m'ajout*|t'ajout*|aggiunger*)"
	// join, invite, be part of
	stockJoin = "(join|joining|invite|inviting|unirme|unirte|unirse|invitar*|juntar*|convidar*|entrar|rejoindre|inviter|entrare|parte|part|partie)"
	// whom: you, me
	stockWhom = "(you|u|ya|me|yourself|te|lo|la|le|los|las|usted|o|a|voce|vc|senhor|senhora|vous|toi|ti|lei)?"
	// to, into
	stockTo = "(to|too|in|into|on|a|al|en|na|no|nos|nas|em|ao|aos|as|dans|parmi|alla|nella)?"
	// my, your
	stockMy = "(my|your|ur|you're|youre|mi|tu|su|mis|tus|sus|minha|sua|tua|meus|seus|mon|votre|ton|mes|vos|tes|mia)"
	// professional
	stockPro = "(prof*|linkedin|personal)"
	// network, contacts
	stockNet = "(network|networks|netwrok|netowrk|newtork|netwok|red|rede|reseau|rete|contacts|contactos|contatos|connections|relations|contatti)"
	// on LinkedIn
	stockOn = " (de|do|en|no|na|on|sur|su|auf) linkedin"
)

// The stock request: adding anywhere; joining as the stock sentence has it.
// Constants, so that the patterns built from them are joined when the
// package is compiled rather than by code that runs when it loads.
const (
	stockAddTo  = stockAdd + " " + stockWhom + " " + stockTo + " " + stockMy + " " + stockPro + "? " + stockNet
	stockJoinTo = stockJoin + " " + stockWhom + " (to|a|al|na|em|ao|de|da|do|du|of|della)? " + stockMy + " " + stockPro + "? " + stockNet
)

var defaultMessage = Rule{
	ID:       "default-message",
	Severity: Error,
	Relaxed:  []Relationship{Close},
	Advice:   []string{"A3", "A4"},
	Guide:    "/guide/why-the-note-matters/#stock-text",
	check: anyOf{
		&phrases{
			Match: `
				(add|agregar*|anadir*|adiciona*|adicionar*|ajout*|aggiunger*) ... (as|como|comme|come) (a|un|una|um|uma)? (connection|contact|contacto|contato|contatto)
				(like|gustaria|encantaria|quisiera|gostaria|gostava|aimerais|j'aimerais|souhaiterais|voudrais|vorrei|invitation|invite) (you|u)? (to|de|a)? (me|vous|te)? (connect|conectar*|connecter|collegarmi|collegarci) (with|con|com|avec)? (you|u|contigo|usted|voce|vc|o|a|vous|toi|te|lei|senhor|senhora)? (on|en|no|na|sur|su) linkedin $
				de: (mein|meinem|meinen|meine|ihr|ihrem|ihren|dein|deinem|deinen) _? (netzwerk*|kontakt*) ... (hinzufug*|hinzuzufug*|aufnehmen|aufzunehmen|beitreten|beizutreten|anschlie*|anzuschlie*)
				(agreg*|anad*|adicion*|inclui*|inclu*) a (usted|ti|voce|vc) (a|en|na|em)? (mi|minha) _? (red|rede)
				als kontakt (hinzufug*|hinzuzufug*|aufnehmen|aufzunehmen)
				(fuge|fugen) (dich|sie|euch) ... (netzwerk*|kontakt*) hinzu
				teil (meines|deines|ihres) (beruf*|linkedin) netzwerk*
				teil (meines|deines|ihres) netzwerk* (auf|bei) linkedin
				teil meines netzwerk* (zu)? (werden|sein) $
				(participar|participer) ... (rede|red|reseau|network) (de|do|en|no|na|on|sur) linkedin
				(auf|on) linkedin (zu)? (vernetzen|verbinden)
				^ ich (mochte|moechte|wurde|wuerde) mich (gerne|gern)? mit (ihnen|dir) (auf)? (linkedin)? (zu)? (vernetzen|verbinden) $
				parmi (mes|vos) (relations|contacts) (professionnelles|professionnels|linkedin)
				# it (confirmed)
				(aggiungerti|aggiungerla|aggiungerlo|aggiungervi|aggiungere) (alla|nella|a) (mia|tua|sua) rete
				(far|fare) parte della (mia|tua|sua) rete (professionale|linkedin)
				(far|fare) parte della (mia|tua|sua) rete su linkedin
				(vorrei|desidero|piacerebbe|voglio) ... (far|fare) parte della (mia|tua|sua) rete $
				# nl
				toevoegen aan (mijn|je|uw) (professionele|linkedin)? netwerk
				aan (mijn|je|uw) (professionele|linkedin)? netwerk (toevoegen|toe)
				(uitnodigen|nodigen) (voor|in|tot) (mijn|je|uw) (professionele|linkedin)? netwerk
				# sv, da, no
				(lagga|lagge) till dig (i|till) (mitt|ditt) (professionella)? natverk
				tilfoje dig (til|i) (mit|dit) (professionelle)? netvaerk
				legge deg til (i|som) (mitt|nettverket|kontakt)
				# pl, cs, ro, tr, ru, uk, el, fi, hu
				dodac (cie|pana|pania|ciebie)? do (mojej|swojej) sieci
				do mojej sieci (zawodowej|kontaktow)
				(pridat|pridal|pridala) (si)? (vas|te) do (sve|me|moji) (profesni)? site
				adaug (in|la) reteaua (mea|ta)
				(agima|agimda) (eklemek|eklemeyi|katmak|katmayi|davet)
				добавить (вас|тебя) в (свою|мою) (профессиональную)? сеть
				в (свою|мою) профессиональную сеть
				додати (вас|тебе) до (своєї|моєї) (професійної)? мережі
				προσθεσω στο (επαγγελματικο)? (μου)? δικτυο
				lisata sinut (ammatilliseen)? verkostooni
				szakmai (halozatomba|kapcsolataim)
				# id, ms, tl, vi
				menambahkan anda (ke|dalam) jaringan
				(ke|dalam) jaringan profesional saya
				(menambah|menambahkan) anda (ke|dalam) rangkaian
				idagdag (ka|kita)? sa (aking|king) (propesyonal)? (na)? network
				them (ban|anh|chi) vao mang luoi
				# ar, he, hi
				(إضافتك|اضافتك) (إلى|الى) شبكتي
				شبكتي المهنية
				לרשת המקצועית שלי
				पेशेवर नेटवर्क
			` + stockAddTo + "\n" + stockAddTo + stockOn + "\n" + stockAddTo + " (of|de|do|da|du) linkedin\n" +
				stockAddTo + " (de|do) (contact*|contat*|conex*|connections|relacionamento*|relations|profesionales|profissionais|professionnels|networking) (de|do|en|no|na|on|sur|su)? linkedin?\n" +
				stockJoin + " " + stockWhom + " (to|a|al|na|em|ao|de|da|do|du|of|della)? " + stockMy + " " + stockPro + " " + stockNet + "\n" +
				stockJoinTo + " " + stockPro + "\n" + stockJoinTo + stockOn + "\n" + stockJoinTo + " (svp|please|pls|bitte|porfa)? $\n" +
				stockJoinTo + " (de|do) (contact*|contat*|conex*|connections|relacionamento*|relations|profesionales|profissionais|professionnels|networking)",
			// Quoted or discussed as a topic, the stock text is not the
			// writer's own note.
			Except: []string{
				"(viens|venons|vient|acabo|acaba|acabamos|acabei|acabou|just) (de)? _",
				"(m'avoir|t'avoir|avoir|d'avoir) ajoute",
				// Being part of their network, said in the writer's own words
				// ("fazer parte da sua rede"), is a vague wish; the stock
				// sentence has "professional" or "LinkedIn".
				"(parte|part|partie) (de|da|do|of|du|della)? (your|ur|tu|su|sua|tua|votre|ton|seu) (red|rede|reseau|network|rete) $",
			},
			// "my network of mentors" is a network, not the stock text.
			Unless:    []string{"(of|da|dos|das|des|du|di|della|von|d'a*|d'e*|d'i*|d'o*|d'u*) _", "(de|do) (mentor*|voluntari*|emprendedor*|empreendedor*|alumni|exalumn*|ex|mulheres|mujeres)"},
			NotQuoted: true,
			NotWith: `
				(default|stock|generic|standard|canned|boilerplate|automatic|automated|prewritten|prefilled|template|templated|lazy|classic|usual|typical|infamous|dreaded|famous|same|old) (line|message|note|text|invitation|invite|wording|phrase|request|sentence|opener|one)
				linkedin's (default|stock|own|standard|suggested|prefilled|generic)
				(mensaje|texto|frase|invitacion|mensagem|convite|message|phrase|texte|invitation|messaggio|testo|nachricht|einladung|satz|text) (predeterminad*|generi*|estandar|automati*|tipic*|padrao|pronta|pronto|standard|type|predefinit*|tout|toute)
				(por|par|di|de) (defecto|defaut|default|siempre)
				(tipic*|clasic*|famos*|etern*|classic*|velh*|fameu*|sempiternel*|eternel*|solito|solita) (mensaje|frase|invitacion|mensagem|convite|message|phrase|messaggio)
				(vorgefertigt*|generisch*|automatisch*) (nachricht|einladung|text|satz)
				(invitations|invitaciones|convites|einladungen|invites|messages|mensajes|mensagens|nachrichten|anfragen|solicitudes|demandes|requests|notes)
				(standardnachricht|standardtext|standardeinladung|standardsatz|standardformulierung|floskel|textbaustein|standaardzin|standaardbericht|standaardtekst)
			`,
			Msg: "LinkedIn's stock wording: {text}. A sentence of your own shows you took the time.",
		},
		&stockInfix{
			Texts: []string{
				// ja
				"ネットワークに追加", "ネットワークに加え", "ネットワークへの追加", "ネットワークに招待", "ネットワークに参加",
				// zh (simplified, traditional)
				"加入我的职业", "加入我的領英", "加入我的领英", "加入我的人脉", "添加到我的职业", "添加到我的领英",
				"职业网络", "职业人脉", "加入我的專業", "加入我的人脈", "專業人脈", "專業網絡", "職業網絡",
				// ko
				"인맥으로 추가", "인맥에 추가", "네트워크에 추가", "1촌으로 추가", "1촌 신청",
				// th
				"เครือข่ายมืออาชีพ",
			},
			Msg: "LinkedIn's stock wording: {text}. A sentence of your own shows you took the time.",
		},
	},
}

// stockInfix finds texts written without spaces between words (Japanese,
// Chinese, Thai; Korean particles glued to nouns) as substrings of the note.
type stockInfix struct {
	Texts []string
	Msg   string
}

func (s *stockInfix) compile(*compiler) matcher { return s }

func (s *stockInfix) find(c *checker) {
	text := c.d.text
	if !hasCJK(text) {
		return
	}
	for _, x := range s.Texts {
		i := index(text, x)
		if i < 0 {
			continue
		}
		// The place is the text itself, within the words it lies in (so a
		// fix can remove their sentence).
		p := place{bs: int32(i), be: int32(i + len(x)), msg: s.Msg}
		p.us = int32(utf16LenString(text[:i]))
		p.ue = p.us + int32(utf16LenString(x))
		p.ti, p.tj = -1, -1
		for k := range c.d.toks {
			if t := &c.d.toks[k]; t.bs < p.be && t.be > p.bs {
				if p.ti < 0 {
					p.ti = int32(k)
				}
				p.tj = int32(k + 1)
			}
		}
		c.pend = append(c.pend, p)
	}
}

// hasCJK reports whether text may hold Thai, kana, CJK ideographs or Hangul:
// whether it has a UTF-8 lead byte of their blocks (U+0E00–U+0FFF,
// U+3000–U+DFFF).
func hasCJK(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == 0xE0 || 0xE3 <= c && c <= 0xED {
			return true
		}
	}
	return false
}

var defaultMessageDocs = ruleDocs{
	Title: "LinkedIn's stock invitation",
	Explanation: "LinkedIn offers to write the note for you: “I'd like to add you to my professional network.” " +
		"People receive that sentence every week and read it as “I didn't take a minute for you”; many ignore it on principle. " +
		"It only works with someone who knows you so well they would accept whatever you sent.",
	Bad: []Example{
		{Note: "I'd like to add you to my professional network on LinkedIn.", Flag: []string{"add you to my professional network on LinkedIn"},
			Why: "The stock text, unchanged."},
		{Note: "Hi Kwame, I'd like to join your LinkedIn network.\n\nBest, Efua", Flag: []string{"join your LinkedIn network"}},
		{Note: "Hi Carla, Id like to join you're LinkedIn network.", Flag: []string{"join you're LinkedIn network"},
			Why: "Typed fast, with “you're” for “your”, it is still the stock line."},
		{Note: "Hi Lauren, fellow LSE alum (MSc Econ '19), now at Aviva. I'd like to add you to my professional network on LinkedIn.",
			Flag: []string{"add you to my professional network on LinkedIn"}, Why: "An apostrophe before a year ('19) opens no quotation."},
		{Note: "Hello Ms. Tanaka, I’d like to add you to my professional network. Regards, Ravi", Flag: []string{"add you to my professional network"}},
		{Note: "Hi Sofia! I'd like to add you as a connection on LinkedIn. Thanks, Diego", Flag: []string{"add you as a connection"}},
		{Note: "Hi Amara, great meeting you at the Lagos fintech summit. I'd like to add you to my professional network on LinkedIn.", Flag: []string{"add you to my professional network on LinkedIn"},
			Options: Options{Relationship: Met},
			Why:     "Stock text inside an otherwise personal note still reads as stock."},
		{Note: "Dear Henrik, please accept my invitation to join my professional network.", Flag: []string{"join my professional network"}},
		{Note: "Hi Joanne, Id like to add you to my profesional network.", Flag: []string{"add you to my profesional network"},
			Why: "Misspelt, it is still the stock text."},
		{Note: "Hi Ana, I’d like to add you to my professional network.", Flag: []string{"add you to my professional network"}},
		{Note: "Hola Valeria, me gustaría agregarte a mi red profesional de LinkedIn.\nSaludos, Tomás", Flag: []string{"agregarte a mi red"}},
		{Note: "Olá Inês, gostaria de adicioná-la à minha rede profissional no LinkedIn.", Flag: []string{"adicioná-la à minha rede"}},
		{Note: "Bonjour Élodie, je souhaiterais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.", Flag: []string{"rejoindre mon réseau professionnel"}},
		{Note: "Guten Tag Frau Hofer, Ihr Vortrag beim Gesundheitsforum Linz war sehr aufschlussreich. Ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen.", Flag: []string{"meinem beruflichen Netzwerk hinzufügen"}},
		{Note: "Hallo Jan, gerne würde ich Sie in mein Netzwerk aufnehmen.", Flag: []string{"mein Netzwerk aufnehmen"}},
		{Note: "Hallo Thomas, ich würde mich gerne Ihrem Netzwerk anschließen.", Flag: []string{"Ihrem Netzwerk anschließen"},
			Why: "Joining their network is the same request, the other way round."},
		{Note: "Coucou Manon ! Je t'ajoute à mon réseau professionnel 😉", Flag: []string{"t'ajoute à mon réseau"},
			Why: "Said as done rather than asked, it is the same request."},
		{Note: "Hallo Jonas, ich füge dich mal zu meinem Netzwerk hinzu.", Flag: []string{"füge dich mal zu meinem Netzwerk hinzu"}},
		{Note: "Hallo Peter, ich moechte dich gerne zu meinem Netzwerk hinzufuegen. Gruesse aus Graz", Flag: []string{"meinem Netzwerk hinzufuegen"},
			Why: "Typed without umlauts (oe for ö, ue for ü), it is still the stock text."},
		{Note: "Dear Sir, Id like to join ur linkedin network. kindly accept.", Flag: []string{"join ur linkedin network"}},
		{Note: "Oi Tati! Quero muito te incluir nos meus contatos profissionais do LinkedIn 😊", Flag: []string{"incluir nos meus contatos"},
			Why: "Other verbs and words for the network are the same request."},
		{Note: "Ciao Chiara, vorrei aggiungerti alla mia rete professionale su LinkedIn.", Flag: []string{"aggiungerti alla mia rete"}},
		{Note: "Bonjour Hélène, je souhaiterais participer à votre réseau sur LinkedIn.", Flag: []string{"participer à votre réseau sur LinkedIn"}},
		{Note: "Dag Wouter, leuk je gesproken te hebben. Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.", Flag: []string{"toevoegen aan mijn professionele netwerk"},
			Options: Options{Relationship: Met}},
		{Note: "高橋様\nはじめまして。先日のご講演を拝聴しました。LinkedInのネットワークに追加させていただきたいと思います。", Flag: []string{"ネットワークに追加"},
			Why: "Japanese is written without spaces, so the text is found as a substring."},
	},
	Good: []Example{
		{Note: "Hi Lena, I'm a hospital pharmacist in Leeds. Your post on barcode checks at the bedside changed how our ward works, and I'd love to hear how you got staff on board."},
		{Note: "Hi Tomás, I'm adding a few Lisbon data people to my list before the PyData meetup, where I'm presenting on parsing Portuguese addresses. I'd love your take on my approach.",
			Options: Options{Account: Premium},
			Why:     "Talking about a network or a list is not the stock text."},
		{Note: "Hi Yuki, thanks for the invitation to join the accessibility working group. I'm a front-end developer at Mercari and would like to help with the screen-reader audit."},
		{Note: "Hi Grace, your network of women in construction is what I hoped to find when I moved to Denver. I'm a site engineer and would love to hear how the group started."},
		{Note: "Hi Olu, I'd like to connect because we both spoke on the Nairobi DevFest panel on mobile payments, and I'd love to keep comparing notes on USSD flows."},
		{Note: "Hi Pedro, your post calling “I'd like to add you to my professional network” the worst opener on LinkedIn made me rethink mine. What would you write instead?",
			Why: "Quoting the stock text as the topic is not using it."},
		{Note: "Hi Yannick, I'm a sociology PhD at Sciences Po. In my data, 41% of invitations still use the default line I'd like to add you to my professional network. Could I interview you?",
			Options: Options{Account: Premium},
			Why:     "Discussing the default line is not sending it."},
		{Note: "Hi Ana, I”d like to add you to my “professional” network.",
			Why: "Quotation marks inside the phrase break it."},
		{Note: "Hola Nerea, me reí con tu post sobre las invitaciones que solo dicen «Me gustaría añadirte a mi red profesional». Soy diseñadora UX en Bilbao."},
		{Note: "Oi Bruna, seu post sobre o \"Gostaria de adicioná-lo à minha rede\" ter virado piada foi ótimo. Sou recrutadora em Recife."},
		{Note: "Prezada Dra. Helena, sou estudante de Direito na PUC-Rio e seria uma honra ter a senhora na minha rede. Acompanho as suas aulas sobre arbitragem.",
			Why: "Wanting someone in your network, in your own words, is not the stock text."},
		{Note: "Bonjour Inès, votre post sur le message par défaut (« Je souhaiterais vous inviter à rejoindre mon réseau… ») m'a fait sourire : je forme des commerciaux à LinkedIn.",
			Options: Options{Account: Premium}},
		{Note: "Olá Renan, sou técnica de enfermagem em Natal e adoraria fazer parte da sua rede.",
			Why: "Being part of their network, in the writer's own words, is a vague wish (no-reason speaks to it), not the stock text."},
		{Note: "Bonjour Monique, votre parcours de conseillère patrimoniale à Nice m'inspire : je serais heureuse de vous compter dans mon réseau et d'échanger sur la fiscalité des SCI."},
		{Note: "Hallo Kai, dein Post über die Standardnachricht „Ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen“ hat mich zum Schmunzeln gebracht. Wie formulierst du deine Anfragen?",
			Options: Options{Account: Premium}},
		{Note: "Hoi Pieter, je post over de standaardzin 'Ik wil je graag toevoegen aan mijn professionele netwerk' was herkenbaar. Als recruiter in Rotterdam zie ik hem dagelijks!"},
		{Note: "Hola Luis, acabo de unirme a tu red de emprendedores de Endeavor y me encantó tu charla sobre rondas semilla.",
			Why: "A network with a name is not “my network”, and joining it is not the stock request."},
		{Note: "Bonjour Paul, je viens de rejoindre votre réseau d'anciens de l'ESSEC et j'ai lu votre tribune sur la finance verte."},
		{Note: "Bonjour Inès, vous avez raison : personne n'accepte plus les invitations du type « J'aimerais vous ajouter à mon réseau ». Je forme des commerciaux à Lyon.",
			Options: Options{Account: Premium}},
		{Note: "Hallo Herr Schulte, in Ihrem Ratgeber schreiben Sie, man solle nie nur um Vernetzung bitten. Als Berufsschullehrer frage ich mich: Was empfehlen Sie meinen Azubis?"},
	},
}
