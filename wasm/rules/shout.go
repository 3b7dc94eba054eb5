package rules

// shout finds a raised voice: words in capitals that are not names or
// acronyms, runs of exclamation marks, rows of emoji. How loud decides how
// severe: one word in capitals is a suggestion; a note mostly in capitals,
// or one that shouts in several ways at once, is a warning.
type shout struct {
	Msg string
}

func (s shout) compile(*compiler) matcher { return s }

func (s shout) find(c *checker) {
	d := &c.d
	words, capsWords, signals := 0, 0, 0
	for i := 0; i < len(d.toks); {
		if d.toks[i].kind == tWord {
			words++
		}
		j := i
		for j < len(d.toks) && d.toks[j].kind == tWord && d.toks[j].flags&fCaps != 0 {
			j++
		}
		if j == i {
			if t := &d.toks[i]; t.kind == tPunct && countByte(d.normOf(t), '!') >= 2 {
				signals++
				if countByte(d.normOf(t), '!') >= 3 {
					signals++
				}
				c.reportTokens(i, i+1, s.Msg)
			}
			i++
			continue
		}
		words += j - i - 1
		if d.shouts(i, j) {
			signals++
			capsWords += j - i
			c.reportTokens(i, j, s.Msg)
		}
		i = j
	}
	for _, r := range d.emoji {
		signals++
		c.reportSpan(r.start, r.end, r.bs, r.be, s.Msg)
	}
	if capsWords >= 4 && capsWords*2 >= words || signals >= 3 {
		c.raise(Warning)
	}
}

// shouts reports whether the run of words in capitals [i, j) is shouting: it
// holds a word people write in capitals for emphasis (LOVED, VERY), or it is
// three words or more with one of four letters or more that is not an
// acronym. A lone word in capitals is more often a name (UNILAG, GITEX)
// than a shout, so it counts only if it is one of those emphatic words.
func (d *doc) shouts(i, j int) bool {
	long := false
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.lists&inLoud != 0 {
			return true
		}
		w := d.normOf(t)
		long = long || len(w) >= 4 && isLetters(w) && t.lists&inAcronyms == 0 && !isRoman(w)
	}
	return long && j-i >= 3
}

// loudWords are words often written in capitals to raise the voice.
const loudWords = " love loved loving amazing awesome great huge very really so super totally absolutely " +
	"urgent urgently please thank thanks hello hey best excited exciting incredible fantastic " +
	"important never always free now today help wow omg yes must need brilliant perfect wonderful " +
	"beautiful massive genius insane crazy epic cool nice good congrats congratulations bravo kudos " +
	"definitely seriously honestly literally desperately immediately attention "

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
