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

var defaultMessage = Rule{
	ID:       "default-message",
	Severity: Error,
	Relaxed:  []Relationship{Close},
	Advice:   []string{"A3", "A4"},
	Guide:    "/guide/why-the-note-matters/#stock-text",
	check: anyOf{
		&phrases{
			Match: lines(`
				# en (confirmed, and typed variants)
				add (you|u|ya) (to|in|into|on) (my|our) (prof*|linkedin|personal)? (net*|connections|contacts)
				add (you|u) (to|in|into) my linkedin
				add (you|u) as a (connection|contact)
				add me (to|in|into) your (prof*|linkedin)? net*
				join (your|my) (prof*|linkedin)? net*
				(invite|inviting|invited) (you|u) to (join|connect)? (my|your)? (prof*|linkedin)? net*
				invite (you|u) to connect on linkedin
				(be|become) part of (my|your) (prof*|linkedin) net*
				(be|become) part of (my|your) net* $
				(be|become) part of (my|your) net* on linkedin $
				(professional|profesional|linkedin) network on linkedin
				like to connect with (you|u) on linkedin $
				# es
				(anadirte|agregarte|anadirlo|anadirla|agregarlo|agregarla|anadirle|agregarle|sumarte|sumarlo|sumarla|incluirte|incluirlo|incluirla|invitarte|invitarlo|invitarla) (a|en) mi red
				(anadir|agregar|sumar|incluir|unirme|unirte|unirse|sumarme|sumarte) (a|en) (tu|su|mi) red profesional
				(anadir|agregar|sumar|incluir|unirme|unirte|unirse|sumarme|sumarte) (a|en) (tu|su|mi) red de linkedin
				(anadir|agregar|sumar|incluir|unirme|unirte|unirse|sumarme|sumarte) (a|en) (tu|su|mi) red en linkedin
				(gustaria|gustaria|encantaria|quisiera|quiero|deseo|desearia|querria) ... (anadir|agregar|sumar|incluir|unirme|unirte|unirse|sumarme|sumarte) (a|en) (tu|su|mi) red $
				(formar|formes|forme|formaras|formara) parte de (tu|su|mi) red profesional
				(formar|formes|forme|formaras|formara) parte de (tu|su|mi) red de linkedin
				(formar|formes|forme|formaras|formara) parte de (tu|su|mi) red en linkedin
				(gustaria|gustaria|encantaria|quisiera|quiero|deseo|desearia|querria) ... (formar|formes|forme|formaras|formara) parte de (tu|su|mi) red $
				gustaria (conectar|contactar) contigo en linkedin $
				gustaria (conectar|contactar) con usted en linkedin $
				# pt
				adiciona (lo|la|los|las) (a|na|em) (minha|tua|sua) rede
				adiciona (lo|la|los|las) (ao|no) (meu)? linkedin
				adicionar (voce|vc|o|a|te)? (a|na|em) (minha|tua|sua) rede
				(fazer|faca|faz) parte da (minha|tua|sua) rede profissional
				(fazer|faca|faz) parte da (minha|tua|sua) rede no linkedin
				(fazer|faca|faz) parte da (minha|tua|sua) rede do linkedin
				(gostaria|gostava|quero|queria|adoraria|desejo|desejava) ... (fazer|faca|faz) parte da (minha|tua|sua) rede $
				para (entrar|estar) na minha rede
				para fazer parte da minha rede
				(gostaria|gostava) de (me)? conectar com (o|a)? (voce|vc|senhor|senhora) no linkedin $
				# fr
				(ajouter|ajoutez|m'ajouter|t'ajouter) (a|dans) (mon|votre|ton) reseau
				(ajouter|ajoutez|m'ajouter|t'ajouter) a (mes|vos|tes) (contacts|relations)
				parmi mes (relations|contacts) (professionnelles|professionnels|linkedin)
				parmi mes (relations|contacts) sur linkedin
				rejoindre (mon|votre|ton) reseau (prof*|linkedin)
				rejoindre (mon|votre|ton) reseau sur linkedin
				(souhaiterais|souhaiterai|souhaite|aimerais|aimerai|j'aimerais|j'aimerai|voudrais|voudrai|veux|desire|desirerais) ... rejoindre (mon|votre|ton) reseau $
				faire partie de (mon|votre|ton) reseau (prof*|linkedin)
				faire partie de (mon|votre|ton) reseau sur linkedin
				(souhaiterais|souhaiterai|souhaite|aimerais|aimerai|j'aimerais|j'aimerai|voudrais|voudrai|veux|desire|desirerais) ... faire partie de (mon|votre|ton) reseau $
				(aimerais|j'aimerais|souhaiterais|souhaiterai|voudrais) (me|vous|te)? connecter avec (vous|toi) sur linkedin $
				# de
				(meinem|mein|meinen|ihrem|ihr|deinem|dein) (beruf*|professionell*|linkedin)? netzwerk ... (hinzufugen|hinzuzufugen|aufnehmen|aufzunehmen|beitreten|beizutreten)
				als kontakt (hinzufugen|hinzuzufugen|aufnehmen|aufzunehmen)
				(meinen|meine|ihren|deinen) (kontakten|kontakte|kontaktliste) (hinzufugen|hinzuzufugen|aufnehmen|aufzunehmen)
				(mochte|wurde|will) ... (ihnen|dir) auf linkedin (vernetzen|verbinden) $
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
			`),
			// Quoted or discussed as a topic, the stock text is not the
			// writer's own note.
			NotQuoted: true,
			NotWith: []string{
				"(default|stock|generic|standard|canned|boilerplate|automatic|automated|prewritten|prefilled|template|templated|lazy|classic|usual|typical|infamous|dreaded|famous|same|old) (line|message|note|text|invitation|invite|wording|phrase|request|sentence|opener|one)",
				"linkedin's (default|stock|own|standard|suggested|prefilled|generic)",
				"(pre|copy) (written|filled|pasted|paste) (line|message|note|text|invitation|invite)",
				"(mensaje|texto|frase|invitacion) (predeterminado|predeterminada|generico|generica|estandar|automatico|automatica|tipico|tipica)",
				"(mensaje|texto|frase|invitacion) (por|de) (defecto|siempre)",
				"(tipico|tipica|clasico|clasica|famoso|famosa|eterno|eterna) (mensaje|frase|invitacion)",
				"(mensagem|frase|texto|convite) (padrao|generica|generico|automatica|automatico|pronta|pronto)",
				"(famosa|famoso|classica|classico|tipica|tipico|velha|velho|eterna|eterno) (mensagem|frase|convite)",
				"(message|phrase|texte|invitation) (standard|generique|automatique|type|toute)",
				"(message|phrase|texte|invitation) (d'invitation)? par defaut",
				"(fameux|fameuse|sempiternel|sempiternelle|eternel|eternelle) (message|phrase)",
				"(standardnachricht|standardtext|standardeinladung|standardfloskel|standardsatz|standardformulierung|floskel|textbaustein)",
				"(vorgefertigte|vorgefertigten|generische|generischen|automatische|automatischen) (nachricht|einladung|text|satz)",
				"(messaggio|frase|testo) (predefinito|predefinita|standard|generico|generica|automatico|automatica)",
				"(messaggio|frase|testo) di default",
				"(standaardzin|standaardbericht|standaardtekst|standaarduitnodiging)",
			},
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
		{Note: "Ciao Chiara, vorrei aggiungerti alla mia rete professionale su LinkedIn.", Flag: []string{"aggiungerti alla mia rete"}},
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
		{Note: "Bonjour Monique, votre parcours de conseillère patrimoniale à Nice m'inspire : je serais heureuse de vous compter dans mon réseau et d'échanger sur la fiscalité des SCI."},
		{Note: "Hallo Kai, dein Post über die Standardnachricht „Ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen“ hat mich zum Schmunzeln gebracht. Wie formulierst du deine Anfragen?",
			Options: Options{Account: Premium}},
		{Note: "Hoi Pieter, je post over de standaardzin 'Ik wil je graag toevoegen aan mijn professionele netwerk' was herkenbaar. Als recruiter in Rotterdam zie ik hem dagelijks!"},
	},
}
