package rules

import "math/bits"

// Language detection. The rules that read words (a pitch, a job ask, a
// missing introduction) need to know which language a note is in: their cues
// are written per language, and a rule that finds none of its English cues in
// a Polish note has learnt nothing about it. Notes are short, so a profile of
// a few dozen frequent function words per language is enough: they make up a
// third of any sentence, and folded (no accents, lower case) they still tell
// Spanish from Portuguese.

// A lang is a language the detector knows. The first five are modelled: the
// rules have cues for them. The others are recognised only so that a note in
// them is not mistaken for a modelled one.
type lang uint8

const (
	langNone lang = iota // unknown
	langEN
	langES
	langPT
	langFR
	langDE
	langIT
	langNL
	langPL
	langSV
	langTR
	langID
	numLatin // languages above are told apart by words; those below by script

	langJA
	langZH
	langKO
	langRU
	langAR
	langHE
	langEL
	langHI
	langTH
)

// langCodes are the ISO 639-1 codes, by lang.
var langCodes = [...]string{
	langNone: "", langEN: "en", langES: "es", langPT: "pt", langFR: "fr", langDE: "de",
	langIT: "it", langNL: "nl", langPL: "pl", langSV: "sv", langTR: "tr", langID: "id",
	langJA: "ja", langZH: "zh", langKO: "ko", langRU: "ru", langAR: "ar", langHE: "he",
	langEL: "el", langHI: "hi", langTH: "th",
}

// modelled reports whether the rules have word cues for l.
func (l lang) modelled() bool { return langEN <= l && l <= langDE }

// Languages returns the codes (ISO 639-1) of the languages whose words the
// rules read. In a note in any other language only the rules that need no
// reading (length, links, blanks, LinkedIn's stock text) can find anything,
// so a clean report there says less, and the page says so.
func Languages() []string {
	var codes []string
	for l, c := range langCodes {
		if lang(l).modelled() {
			codes = append(codes, c)
		}
	}
	return codes
}

// langOf returns the language with the given code.
func langOf(code string) (lang, bool) {
	for l, c := range langCodes {
		if c == code && c != "" {
			return lang(l), true
		}
	}
	return langNone, false
}

// langWords are each language's frequent function words, folded. A word
// shared by several languages counts for each, less than a word of one.
var langWords = [numLatin]string{
	langEN: " the and to of you your you're i i'm i've i'd i'll my me we our us with for is are was be been would could " +
		"should love like this that it's have has will can about from just thanks thank hi hello hey let's please " +
		"kindly hope well looking forward work working really also am if their they there here what how why " +
		"when who which do did does not yes some any more much very into after before saw read enjoyed great " +
		"in on at a an as by so dear regards best cheers connect team company new role your love would've add get up out all one time know want see now back too lets u ur pls plz thx tks abt ",
	langES: " el los las que y de a no se en un una por para con es muy tu su sus mi mis te nos lo le les del al pero " +
		"como hola gracias saludos estoy soy quisiera gustaria encantaria usted ustedes esta este estas estos eres " +
		"tengo tienes tenemos puedo podrias podria podemos ser fue ya mas tambien aqui donde cuando porque sobre " +
		"entre hace vi lei estimado estimada estimados querida querido buenos buenas buen dias tardes unas unos " +
		"hemos he ha han trabajo equipo empresa estamos somos buscando ayudamos nuestro nuestra nuestros mucho " +
		"contigo conmigo felicidades felicitaciones charla oportunidad oportunidades experiencia quiero queria " +
		"agregarte anadirte conectar contigo cualquier ahora hoy siempre nunca algo alguien tus vos sabes " +
		"encanta gran saludo abrazo conocerte conocer ayer me aceptas acepta aceptame aceptar agregas agrego agregar oye seguimos encantado encantada contacto ver pues q xq tb tmb porfa ",
	langPT: " o os as que e de a no se em um uma por para com muito muita voce voces seu sua seus suas meu minha nao " +
		"do da dos das na nos ao aos pelo pela ola oi obrigado obrigada gostaria estou sou tenho tem pode poderia " +
		"esta este essa esse isso mais tambem aqui onde quando porque sobre entre fiz vi li prezado prezada " +
		"prezados bom boa dia tarde abracos abraco trabalho equipe equipa empresa estamos somos temos ajudamos " +
		"nossa nosso nossos muito parabens conversa oportunidade oportunidades experiencia quero queria " +
		"adiciona-lo adicionar conectar contigo qualquer agora hoje sempre nunca algo alguem tudo bem voce vc " +
		"foi otimo conhecer prazer ontem adorei me podemos aceita aceitar aceite beleza bora fala desse dessa deste nesse nessa vamos tou ta vcs tb tbm pq mto obg blz hj ",
	langFR: " le la les de des du et a en un une ne se on pour par avec est tres vous votre vos tu ton ta mon ma mes " +
		"je j'ai nous au aux ce cette ces sur qui que bonjour merci suis serais serait aimerais souhaiterais " +
		"c'est n'est pas mais aussi ici quand parce dans chez bonne journee cordialement salutations madame " +
		"monsieur j'aimerais equipe travail d'un d'une l'equipe qu'il qu'on j'ai avez etes sommes notre nos " +
		"felicitations echanger rejoindre reseau votre toi moi plus tout toute tous vraiment deja jamais rien " +
		"salut beaucoup ravi ravie plaisir bien coucou comment ca fait hier accepte acceptes accepter stp svp pote bcp bjr slt tjrs ",
	langDE: " der die das und zu den dem des ein eine einen einem ich sie ihr ihre ihnen ihren mit fur ist sehr " +
		"wir uns auf nicht von bei hallo danke gerne ware wurde mochte bin habe hat sind auch aber wie was " +
		"wenn dass oder noch schon mein meine meinem dein deine dir dich euch guten tag grusse beste viele liebe " +
		"lieber geehrte geehrter herr frau arbeit team in so im zum zur vom uber unser unsere unserem haben " +
		"konnen konnten wurden hatte hatten freue freuen vernetzen netzwerk gesprach vortrag gluckwunsch " +
		"gratulation herzlichen ihrem ihrer deinem deiner mich mir ganz gibt jetzt heute immer nie etwas " +
		"nett kennenzulernen bis bald lass toller tolle tolles weiter starkes starke starker gestern vielen dank du na nimm nimmst annehmen alles endlich mal servus moin vllt nen kontakt ",
	langIT: " il lo la gli di e a un una non se per con sono molto tuo tua mio mia ciao grazie vorrei della del dei delle " +
		"questo questa anche ma come sei siamo ho hai ha buongiorno buonasera gentile cordiali saluti lavoro " +
		"squadra in nel nella alla al che mi ti si suo sua nostro nostra rete professionale piacere ",
	langNL: " de het een en van ik je jij u uw mijn met voor is zijn niet op dat graag hallo bedankt wil heb " +
		"ook maar als wat hoe bij naar kan zou groeten vriendelijke goedemiddag werk in hoi beste jouw onze " +
		"netwerk toevoegen heel erg leuk ",
	langPL: " i w z na do sie nie jest ze to pan pani chcialbym chcialabym dzien dobry prosze bardzo moja mojej " +
		"moim sieci jak po dla od pozdrawiam czesc ",
	langSV: " och jag att det som en ett med for pa ar inte vill din ditt mitt hej tack har av om kan " +
		"vi dig mig halsningar natverk ",
	langTR: " ve bir bu icin ile cok ben sizi sizinle merhaba tesekkurler istiyorum ediyorum olarak gibi " +
		"sizin benim saygilarimla hanim bey gecen hafta ",
	langID: " dan yang di saya anda untuk dengan ini ke ingin terima kasih halo dari dalam bisa akan kami " +
		"salam bapak ibu ",
}

// langLetter returns the language a letter marks before folding, or
// langNone: ñ is Spanish, ã and õ Portuguese, ß and the umlauts German. A
// word holding one weighs like a function word of that language.
func langLetter(r rune) lang {
	switch r {
	case 'ñ', 'Ñ', '¿', '¡':
		return langES
	case 'ã', 'õ', 'Ã', 'Õ':
		return langPT
	case 'ä', 'ö', 'ü', 'ß', 'Ä', 'Ö', 'Ü':
		return langDE
	case 'è', 'ù', 'œ', 'î', 'û', 'ë', 'ï':
		return langFR
	}
	return langNone
}

// isVietnamese reports whether r is a letter only Vietnamese uses: ơ, ư, đ
// and the vowels with a hook or a dot below (U+1EA0 to U+1EF9).
func isVietnamese(r rune) bool {
	switch r {
	case 'ơ', 'Ơ', 'ư', 'Ư', 'đ', 'Đ':
		return true
	}
	return 0x1EA0 <= r && r <= 0x1EF9
}

// detectLang judges the note's language from its first 200 words: the
// Latin-script language whose function words weigh most, or, for text in
// other scripts, the script's language.
func (d *doc) detectLang() lang {
	var score [numLatin]int
	var script [langTH + 1]int
	words, latin, latinRunes, otherRunes, viet := 0, 0, 0, 0, 0
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord {
			continue
		}
		if words++; words > 200 {
			break
		}
		// Scripts written without spaces make one long "word" of a phrase:
		// count them by characters, not words.
		if w := d.text[t.bs:t.be]; !latinOnly(w) {
			if n, s := scriptRunes(w); s != langNone {
				script[s] += n
				otherRunes += n
				continue
			}
		}
		latin++
		latinRunes += int(t.be - t.bs)
		if w := d.text[t.bs:t.be]; len(w) > len(t.norm) { // accents were folded away
			vi := false
			for _, r := range w {
				vi = vi || isVietnamese(r)
				if l := langLetter(r); l != langNone {
					score[l] += 6
				}
			}
			if vi {
				viet++
			}
		}
		if t.langs == 0 {
			continue
		}
		// A word of one language weighs 6, of two 3 each, of three 2 each...
		w := 6 / bits.OnesCount64(uint64(t.langs))
		for b := t.langs; b != 0; b &= b - 1 {
			score[bits.TrailingZeros64(uint64(b))] += w
		}
	}
	if otherRunes > latinRunes {
		best, n := langNone, 0
		for l := langJA; l <= langTH; l++ {
			if script[l] > n {
				best, n = l, script[l]
			}
		}
		return best
	}
	if viet >= 2 && viet*3 >= latin {
		// Vietnamese is written in Latin letters and, folded, its words look
		// like Portuguese function words (em, a, o): a third of the words
		// with its own letters tell it (a Vietnamese name does not), and it
		// is not modelled.
		return langNone
	}
	best, second := langNone, 0
	for l := langEN; l < numLatin; l++ {
		switch {
		case best == langNone || score[l] > score[best]:
			second = score[best]
			best = l
		case score[l] > second:
			second = score[l]
		}
	}
	top := score[best]
	switch {
	case top == 0 && latin < 4:
		return langEN // "Hi Ana!" or a bare name: too short to tell, so the default
	case top == 0 || top*4 < second*5: // no evidence, or a near tie
		return langNone
	case latin >= 6 && (top < 9 || top*10 < latin*6): // under a sure word and a shared one, or a tenth of the words
		return langNone
	}
	return best
}

// latinOnly reports whether w has only characters below U+0340 (ASCII,
// Latin-1 and Latin Extended), whose UTF-8 lead bytes are all below 0xCD:
// the common case, told without decoding.
func latinOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0xCD {
			return false
		}
	}
	return true
}

// scriptRunes returns how many characters of a word are in a script other
// than Latin, and the language that script implies (langNone for Latin and
// scripts the detector does not place). Japanese mixes kanji with kana: any
// kana makes a word Japanese rather than Chinese.
func scriptRunes(w string) (int, lang) {
	n, s := 0, langNone
	for _, r := range w {
		l := scriptOf(r)
		if l == langNone {
			continue
		}
		n++
		if s == langNone || s == langZH && l == langJA {
			s = l
		}
	}
	return n, s
}

func scriptOf(r rune) lang {
	switch {
	case r < 0x370:
		return langNone
	case r < 0x400:
		return langEL
	case r < 0x530:
		return langRU
	case 0x590 <= r && r < 0x600:
		return langHE
	case 0x600 <= r && r < 0x700:
		return langAR
	case 0x900 <= r && r < 0x980:
		return langHI
	case 0xE00 <= r && r < 0xE80:
		return langTH
	case 0xAC00 <= r && r < 0xD7B0, 0x1100 <= r && r < 0x1200:
		return langKO
	case 0x3040 <= r && r < 0x3100:
		return langJA
	case 0x4E00 <= r && r < 0xA000:
		return langZH
	}
	return langNone
}
