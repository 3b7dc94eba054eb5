package rules

import (
	"cmp"
	"unicode/utf8"
)

// Check reviews a note and reports what to change before sending it. It
// never fails: any text, however strange, gets a report. Options that are
// empty or unknown take their defaults (a free account, a stranger).
func Check(text string, opts Options) Report {
	opts = opts.normal()
	c := checker{opts: opts, name: foldName(opts.Name)}
	engine.read(&c.d, text)
	c.hits = make([]hit, 0, len(c.d.toks)/4+8)
	c.out = make([]Finding, 0, 8)
	c.greet = readGreeting(&c.d, c.name)
	c.scan()
	var t tally
	for i := range engine.rules {
		r := engine.rules[i].rule
		if hasRelationship(r.Quiet, opts.Relationship) {
			continue
		}
		c.ri, c.rule, c.sev = i, r, r.Severity
		if hasRelationship(r.Relaxed, opts.Relationship) {
			c.sev = Suggestion
		}
		n := len(c.out)
		engine.rules[i].m.find(&c)
		if len(c.out) > n {
			t.add(c.sev)
		}
	}
	c.finish()
	v, score := t.verdict()
	return Report{
		Length:   c.d.length,
		Limit:    opts.Account.Limit(),
		Account:  opts.Account,
		Score:    score,
		Verdict:  v,
		Findings: c.out,
	}
}

func (o Options) normal() Options {
	if o.Account != Premium {
		o.Account = Free
	}
	if _, ok := ParseRelationship(string(o.Relationship)); !ok || o.Relationship == "" {
		o.Relationship = Stranger
	}
	return o
}

// A checker holds the state of one check.
type checker struct {
	d     doc
	opts  Options
	name  string // the recipient's name, folded
	greet greeting
	hits  []hit

	lang int8 // 1 if the note is in English, -1 if not, 0 until known

	ri   int // the rule being run
	rule *Rule
	sev  Severity
	out  []Finding
}

// excepted reports whether one of pats matches over any part of tokens
// [start, end), beginning at most four tokens before it.
func (c *checker) excepted(pats []pattern, start, end int) bool {
	for s := max(0, start-maxGap); s < end; s++ {
		for k := range pats {
			if e, ok := c.d.match(&pats[k], s); ok && e > start {
				return true
			}
		}
	}
	return false
}

// followed reports whether one of pats matches at token i, or just past a
// comma or dash there.
func (c *checker) followed(pats []pattern, i int) bool {
	if len(pats) == 0 {
		return false
	}
	for k := range pats {
		if _, ok := c.d.match(&pats[k], i); ok {
			return true
		}
	}
	if i < len(c.d.toks) && c.d.toks[i].kind == tPunct {
		if n := c.d.normOf(&c.d.toks[i]); n == "," || n == "—" {
			return c.followed(pats, i+1)
		}
	}
	return false
}

// hasHit reports whether the current rule has a hit in the given slot.
func (c *checker) hasHit(slot int) bool {
	for _, h := range c.hits {
		if int(h.rule) == c.ri && int(h.slot) == slot {
			return true
		}
	}
	return false
}

// sentenceHas reports whether the current rule has a hit in the given slot
// within sentence s. Hits are in token order, so a binary search finds the
// sentence's first.
func (c *checker) sentenceHas(slot int, s int32) bool {
	st := c.d.sents[s]
	lo, hi := 0, len(c.hits)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.hits[m].start < st.first {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(c.hits) && c.hits[i].start < st.end; i++ {
		if int(c.hits[i].rule) == c.ri && int(c.hits[i].slot) == slot {
			return true
		}
	}
	return false
}

// sentenceEnd returns the end of sentence s, leaving out line breaks.
func (c *checker) sentenceEnd(s int32) int {
	st := c.d.sents[s]
	end := int(st.end)
	for end > int(st.first)+1 && c.d.toks[end-1].kind == tBreak {
		end--
	}
	return end
}

// english reports whether the note is written in English, as far as a few
// common words among its first two hundred can tell: two of them, or one in a
// short note, or a note too short to tell.
func (c *checker) english() bool {
	if c.lang == 0 {
		c.lang = -1
		words, hits := 0, 0
		for i := range c.d.toks {
			t := &c.d.toks[i]
			if t.kind != tWord {
				continue
			}
			if words++; words > 200 {
				break
			}
			if t.lists&inEnglish != 0 {
				if hits++; hits == 2 {
					break
				}
			}
		}
		if hits == 2 || hits == 1 && words <= 6 || words < 3 {
			c.lang = 1
		}
	}
	return c.lang > 0
}

// englishWords are common English words rarely seen in other languages'
// notes.
const englishWords = " the and to of you your you're i i'm i've i'd i'll my me we our us with for is are was " +
	"be been would could should love like this that it's have has will can about from just thanks thank " +
	"hi hello hey let's please kindly accept request connect connection connecting network hope well " +
	"looking forward meet meeting met work working great really also am if their they there here what " +
	"how why when who which do did does not yes some any more much many very into over after before "

// report adds a finding of the current rule spanning UTF-16 [start, end);
// both zero for something missing.
func (c *checker) report(start, end int32, msg string) {
	c.out = append(c.out, Finding{
		Rule:     c.rule.ID,
		Severity: c.sev,
		Message:  msg,
		Guide:    c.rule.Guide,
		Start:    int(start),
		End:      int(end),
	})
}

// reportTokens adds a finding spanning tokens [i, j), filling {text} in the
// message with their text.
func (c *checker) reportTokens(i, j int, msg string) {
	a, b := &c.d.toks[i], &c.d.toks[j-1]
	if before, after, ok := cut(msg, "{text}"); ok {
		msg = before + excerpt(c.d.text[a.bs:b.be]) + after
	}
	c.report(a.us, b.ue, msg)
}

// excerpt returns s for quoting in a message: white space collapsed, invalid
// UTF-8 replaced, and at most 40 characters.
func excerpt(s string) string {
	const most = 40
	var b builder
	n := 0
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			space = true
			continue
		}
		need := 1
		if space && b.len() > 0 {
			need = 2
		}
		if n+need > most {
			b.writeString("…")
			break
		}
		if need == 2 {
			b.writeByte(' ')
			n++
		}
		space = false
		if r == utf8.RuneError {
			r = '\uFFFD'
		}
		b.writeRune(r)
		n++
	}
	return b.string()
}

// finish gives each finding its advice ids and sorts the findings: by
// severity, then findings that point at text by where, then findings about
// something missing, then by rule id.
func (c *checker) finish() {
	n := 0
	for i := range c.out {
		r, _ := ruleByID(c.out[i].Rule)
		n += len(r.Advice)
	}
	advice := make([]string, 0, n)
	for i := range c.out {
		r, _ := ruleByID(c.out[i].Rule)
		start := len(advice)
		advice = append(advice, r.Advice...)
		c.out[i].Advice = advice[start:len(advice):len(advice)]
	}
	if len(c.out) > 1 {
		c.out = mergeSort(c.out, make([]Finding, len(c.out)))
	}
	// Two lists of one rule may find the same words ("Are you hiring?" is
	// both a hiring question and a question about hiring); keep one.
	n = 0
	for i, f := range c.out {
		if i > 0 && f.Rule == c.out[n-1].Rule && f.Start == c.out[n-1].Start && f.End == c.out[n-1].End {
			continue
		}
		c.out[n] = f
		n++
	}
	c.out = c.out[:n]
}

// mergeSort sorts fs stably by compareFindings, using tmp (as long as fs) as
// scratch space, and returns the sorted slice (fs or tmp). It is written out
// rather than taken from package slices to keep the WebAssembly binary small.
func mergeSort(fs, tmp []Finding) []Finding {
	for width := 1; width < len(fs); width *= 2 {
		for lo := 0; lo < len(fs); lo += 2 * width {
			mid, hi := min(lo+width, len(fs)), min(lo+2*width, len(fs))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if compareFindings(fs[j], fs[i]) < 0 {
					tmp[k] = fs[j]
					j++
				} else {
					tmp[k] = fs[i]
					i++
				}
				k++
			}
			k += copy(tmp[k:], fs[i:mid])
			copy(tmp[k:], fs[j:hi])
		}
		fs, tmp = tmp, fs
	}
	return fs
}

func hasRelationship(rs []Relationship, r Relationship) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func ruleByID(id string) (*Rule, bool) {
	for _, r := range catalog {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}

func compareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(severityRank(a.Severity), severityRank(b.Severity)),
		cmpBool(!a.HasSpan(), !b.HasSpan()),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.End, b.End),
		cmp.Compare(a.Message, b.Message),
	)
}

func severityRank(s Severity) int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	}
	return 2
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
