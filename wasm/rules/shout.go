package rules

// shout finds a raised voice: words in capitals that are not names or
// acronyms, runs of exclamation marks, rows of emoji. How loud decides how
// severe: one word in capitals is a suggestion; a note mostly in capitals,
// or one that shouts in several ways at once, is a warning.
type shout struct {
	Msg string
}

func (s *shout) compile(*compiler) matcher { return s }

func (s *shout) find(c *checker) {
	d := &c.d
	const caps, bangs, emoji = 1, 2, 4 // the kinds of shouting
	words, capsWords, places, kinds := 0, 0, 0, 0
	var sentWords []int32 // words per sentence
	for i := 0; i < len(d.toks); {
		if d.toks[i].kind == tWord {
			words++
		}
		j := i
		for j < len(d.toks) && d.toks[j].kind == tWord && d.toks[j].flags&fCaps != 0 {
			j++
		}
		if j == i {
			if d.bangs(i) {
				places++
				kinds |= bangs
				c.reportTokens(i, i+1, s.Msg)
			}
			i++
			continue
		}
		words += j - i - 1
		loud, long := d.shouts(i, j)
		if long {
			if sentWords == nil { // counted once a check, and only when needed
				sentWords = d.wordsPerSentence()
			}
			loud = 2*(j-i) >= int(sentWords[d.toks[i].sent])
		}
		if loud {
			places++
			kinds |= caps
			capsWords += j - i
			c.reportTokens(i, j, s.Msg)
		}
		i = j
	}
	for _, r := range d.emoji {
		places++
		kinds |= emoji
		c.reportSpan(r.start, r.end, r.bs, r.be, s.Msg)
	}
	// A note mostly in capitals, shouting in two ways or more, or in three
	// places, raises its voice as a whole.
	if capsWords >= 4 && capsWords*2 >= words || kinds&(kinds-1) != 0 || places >= 3 {
		c.raise(Warning)
	}
}

// bangs reports whether token i is a run of two or more exclamation marks
// (!!, ‼, ¡¡).
func (d *doc) bangs(i int) bool {
	t := &d.toks[i]
	n := t.norm
	return t.kind == tPunct && (countByte(n, '!') >= 2 || len(n) >= 4 && n[1] == 0xA1) // ¡ is C2 A1
}

// shouts reports whether the run of words in capitals [i, j) is shouting
// (loud): it holds a word people write in capitals for emphasis (LOVED,
// VERY, DANKE, MUCHÍSIMO) or a common word of a language the detector knows
// (AND, MUITO, SEHR). Failing that, long says it is three words or more with
// one of four letters or more that is not an acronym: a shout if it is half
// its sentence or more, while within a sentence in lower case ("I just
// finished THE QUIET LEDGER and…") it is a title or a name. A lone word in
// capitals is more often a name (UNILAG, GITEX) than a shout, so it counts
// only if it is loud. A title in quotation marks („DIE AGILE BEHÖRDE“) is
// not a shout.
func (d *doc) shouts(i, j int) (loud, long bool) {
	if d.quoted(i) {
		return false, false
	}
	for k := i; k < j; k++ {
		t := &d.toks[k]
		w := t.norm
		if t.lists&inLoud != 0 || t.langs != 0 && len(w) >= 4 && t.lists&inAcronyms == 0 && !hasWord(notLoud, w) || emphatic(w) {
			return true, false
		}
		long = long || len(w) >= 4 && isLetters(w) && t.lists&inAcronyms == 0 && !isRoman(w)
	}
	return false, long && j-i >= 3
}

// emphatic reports whether w (folded) is an adverb by its ending, which
// names and acronyms rarely have: EXACTLY, TOTALMENTE. (French -ment ends
// nouns as often: DÉPARTEMENT.)
func emphatic(w string) bool {
	n := len(w)
	return n >= 7 && (w[n-2:] == "ly" || w[n-5:] == "mente")
}

// wordsPerSentence counts the words of each sentence.
func (d *doc) wordsPerSentence() []int32 {
	n := make([]int32, len(d.sents))
	for k := range d.toks {
		if d.toks[k].kind == tWord {
			n[d.toks[k].sent]++
		}
	}
	return n
}

// notLoud are common words that, in capitals, are more often part of a
// name than a raised voice (TEAM LIQUID, WORK & CO).
const notLoud = " team work "

// loudWords are words often written in capitals to raise the voice, in the
// modelled languages (folded: MUCHÍSIMO is "muchisimo").
const loudWords = " love loved loving amazing awesome great huge very really so super totally absolutely " +
	"and not only every all ever guarantee guaranteed exclusive limited offer opportunity opportunities last chance " +
	"gracias muchisimo muchisimas mucho muy increible urgente importante nunca siempre gratis gratuito gratuita ahora hoy " +
	"ayuda genial enorme perfecto excelente felicidades felicitaciones enhorabuena encanta encanto maravilloso brutal " +
	"espectacular oferta exclusiva oportunidad ultima utilisimo " +
	"obrigado obrigada muito demais incrivel agora hoje ajuda parabens otimo otima perfeito top adorei amei maravilhosa " +
	"sensacional imperdivel oportunidade " +
	"merci tres vraiment geniale incroyable urgent important jamais toujours gratuit maintenant aide felicitations " +
	"exceptionnel exceptionnelle parfait excellent excellente adore reve opportunite exclusif offre " +
	"danke sehr wirklich toll unglaublich dringend wichtig niemals immer kostenlos jetzt heute hilfe gluckwunsch " +
	"perfekt hammer mega riesig bitte exklusiv angebot wahnsinn " +
	"grazie molto tantissimo utilissimo bellissimo fantastico " +
	"urgent urgently please thank thanks hello hey best excited exciting incredible fantastic " +
	"important never always free now today help wow omg yes must need brilliant perfect wonderful " +
	"beautiful massive genius insane crazy epic cool nice good congrats congratulations bravo kudos " +
	"definitely seriously honestly literally desperately immediately attention real true best most " +
	"genau echt absolut total mucha muchos vraiment absolument totalement exactement " +
	// so, a thousand, at last, and time said long ("for MONTHS", "há MESES")
	"tao tan mil enfin finally months weeks years meses semanas anos dias mois semaines jours monate wochen jahre "

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
