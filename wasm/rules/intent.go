package rules

// The intent kind recognises what a sentence does (pitching, asking for a
// job) from weighed cues rather than from one exact phrase. A pitch is
// rarely one fixed sentence; it is a combination: someone selling ("we've
// built", "our platform", "I help agencies"), an offer or a request for time
// ("walk you through", "a free pilot", "20 minutes"), a promised result
// ("double their leads"). Each cue weighs a little; a sentence whose cues
// weigh enough does the thing, and the cues that decided it are what the
// finding highlights, so the judgement stays explainable.
//
// Cues are phrase patterns (pattern.go), so a new cue is a line of data. A
// cue counts once per sentence however often it matches. Cues marked Note
// describe the sender rather than the sentence ("I'm the founder of a
// lead-generation agency"): wherever they appear, they count towards every
// sentence of the note. Negative weights are evidence against ("how did
// you", "your talk"): they keep questions about the reader's own sales or
// hiring from reading as a pitch or a job ask.

// intent finds sentences that do what the rule is about.
type intent struct {
	Cues      []cue
	Threshold int            // the weight a sentence's cues must reach
	Skip      []Relationship // relationships for which the intent is fine
	Pairs     bool           // a sentence's cues may also count with the next or previous sentence's
	Learned   string         // a model of the note's words that fires when the cues find nothing (learned.go)
	Msg       string
}

// A cue is weighed evidence of an intent or an element.
type cue struct {
	W     int            // weight; negative for evidence against
	Note  bool           // intents: counts for every sentence of the note
	Quiet bool           // intents: context ("you", a photo) that counts but is highlighted only when nothing else is
	Back  bool           // intents: evidence against that also counts for the sentence before ("Great career. The Kiel wind farm especially…")
	Prev  bool           // intents: a sentence with it also weighs the cues of the sentence before ("I read your profile. Impressive!")
	Skip  []Relationship // relationships for which the cue does not count ("keep me in mind" after an interview)

	// Phrase patterns, and phrases that, overlapping a match, make it not
	// count ("as a result"), one to a line, with @word classes (see
	// cuePats). Kept as text until the rule is compiled, so that a catalog
	// of cues is data the binary carries as it is, not code that builds
	// lists when the package loads; and only as text, as every cue of the
	// hundreds in the binary carries each field it has.
	Lines, ExceptLines string
}

// cueSet is a list of cues compiled into consecutive slots of one rule.
type cueSet struct {
	cues   []cue
	slot0  int         // the first cue's slot; cue k has slot slot0+k
	except [][]pattern // by cue
}

func compileCues(b *compiler, cues []cue) cueSet {
	if len(cues) > 64 {
		panic("rules: a rule has at most 64 cues")
	}
	s := cueSet{cues: cues, slot0: b.slots, except: make([][]pattern, len(cues))}
	for k, cu := range cues {
		b.index(cuePats(cu.Lines))
		s.except[k] = b.linkAll(compileAll(cuePats(cu.ExceptLines)))
	}
	return s
}

// slotOf returns the cue a hit is a match of, if it is one of the current
// rule's: cheap enough to spare most hits the call to cueOf. (Not inlined:
// its copies weighed on the WebAssembly binary more than the call costs.)
//
//go:noinline
func (s *cueSet) slotOf(c *checker, h hit) (int, bool) {
	k := int(h.slot) - s.slot0
	return k, int(h.rule) == c.ri && k >= 0 && k < len(s.cues)
}

// cueOf returns the cue a hit belongs to, if it is one of the current rule's
// and no exception overlaps it.
func (s *cueSet) cueOf(c *checker, h hit) (int, bool) {
	k, ok := s.slotOf(c, h)
	if !ok || hasRelationship(s.cues[k].Skip, c.opts.Relationship) {
		return 0, false
	}
	if len(s.except[k]) > 0 && c.excepted(s.except[k], int(h.start), int(h.end)) {
		return 0, false
	}
	return k, true
}

type intentMatcher struct {
	cueSet
	note      uint64 // the cues that describe the sender (Note)
	against   uint64 // the cues of negative weight
	back      uint64 // the cues that also count for the sentence before
	prev      uint64 // the cues that join their sentence to the one before
	skip      []Relationship
	threshold int
	pairs     bool
	learned   *learned
	msg       string
}

func (in *intent) compile(b *compiler) matcher {
	m := &intentMatcher{cueSet: compileCues(b, in.Cues), skip: in.Skip, threshold: in.Threshold, pairs: in.Pairs, learned: b.learned(in.Learned), msg: in.Msg}
	for k := range in.Cues {
		if in.Cues[k].Note {
			m.note |= 1 << k
		}
		if in.Cues[k].W < 0 {
			m.against |= 1 << k
		}
		if in.Cues[k].Back {
			m.back |= 1 << k
		}
		if in.Cues[k].Prev {
			m.prev |= 1 << k
		}
	}
	return m
}

func (m *intentMatcher) find(c *checker) {
	if hasRelationship(m.skip, c.opts.Relationship) || !c.lang.modelled() && c.lang != langNone {
		return // fine for this relationship, or a language whose words the cues do not know
	}
	before := len(c.pend)
	// The note's own cues first. A sentence with evidence against keeps
	// its sellers' words to itself: "Ihr Artikel über Rabattschlachten"
	// names their topic, not the sender's offer.
	// Each sentence's cues are weighed once and kept (checking them against
	// their exceptions is most of an intent's cost).
	var note uint64
	sents := c.sents[:0]
	for cur := m.sentence(c, 0); cur.sent >= 0; cur = m.sentence(c, cur.j) {
		sents = append(sents, cur)
		if m.opposed(cur.own) {
			note |= cur.own & m.note & m.against
		} else {
			note |= cur.own & m.note
		}
	}
	c.sents = sents
	// Then sentence by sentence; hits are in token order. With pairs, a
	// sentence with positive cues and none against also fires on its cues
	// joined with those of a question next to it, or of the sentence next
	// to it when it is the question ("Teams like yours use X to automate
	// Y. Got 15 minutes?").
	none := sentCues{sent: -2}
	var lent uint64 // note-wide cues that lent weight to a sentence that fired
	near := -1      // the sentence one weight short of firing, if any
	for k := range sents {
		prev, cur, next := &none, &sents[k], &none
		if k > 0 {
			prev = &sents[k-1]
		}
		if k+1 < len(sents) {
			next = &sents[k+1]
		}
		score, positive := m.score(m.joined(prev, cur, next), note)
		if positive && score >= m.threshold || m.pairs && m.unopposed(cur.own) &&
			(m.pair(c, prev, cur) && m.fires(prev.own|cur.own, note) || m.pair(c, cur, next) && m.fires(cur.own|next.own, note)) {
			m.report(c, c.hits[cur.i:cur.j], cur.own, ^uint64(0))
			cur.fired = true
			lent |= note &^ cur.own &^ m.against
		} else if near < 0 && positive && score == m.threshold-1 {
			near = k // one weight short
		}
	}
	// Quote them where they stand, so that the sender's description ("we're
	// a design agency…") is marked as well as the ask it made a pitch.
	for k := 0; lent != 0 && k < len(sents); k++ {
		if s := &sents[k]; !s.fired && s.own&lent != 0 {
			m.report(c, c.hits[s.i:s.j], s.own&lent, lent)
		}
	}
	// What no cue holds, the note's words may still say; and what the
	// cues found, the words may all but deny.
	switch {
	case m.learned == nil:
	case len(c.pend) == before && near >= 0 && m.learned.leans(c):
		// Cues one weight short, and words that lean the same way: the
		// two together decide, and the finding quotes both.
		s := &sents[near]
		m.report(c, c.hits[s.i:s.j], s.own, ^uint64(0))
		m.learned.explain(c, m.msg)
	case len(c.pend) == before:
		m.learned.find(c, m.msg)
	case m.learned.overrules(c, true):
		c.pend = c.pend[:before]
	}
}

// joined returns the cues cur weighs: its own, the next sentence's that
// name what it means (Back), and, when it holds a Prev cue, the sentence
// before's.
func (m *intentMatcher) joined(prev, cur, next *sentCues) uint64 {
	own := cur.own
	if next.sent == cur.sent+1 {
		own |= next.own & m.back
	}
	if cur.own&m.prev != 0 && prev.sent == cur.sent-1 {
		own |= prev.own
	}
	return own
}

// sentCues are the cues of the sentence whose hits are c.hits[i:j].
type sentCues struct {
	sent  int32 // the sentence; -2 for none
	i, j  int
	own   uint64
	fired bool // reported
}

// sentence returns the cues of the sentence whose hits start at c.hits[i].
func (m *intentMatcher) sentence(c *checker, i int) sentCues {
	s := sentCues{sent: -2, i: i, j: i}
	if i < len(c.hits) {
		s.sent = c.d.toks[c.hits[i].start].sent
		for ; s.j < len(c.hits) && c.d.toks[c.hits[s.j].start].sent == s.sent; s.j++ {
			// Most hits are other rules': not worth a call.
			if int(c.hits[s.j].rule) != c.ri {
				continue
			}
			if k, ok := m.cueOf(c, c.hits[s.j]); ok {
				s.own |= 1 << k
			}
		}
	}
	return s
}

// report reports a sentence's positive cues among only, joining those that
// touch, so that "book a" "15-minute" "demo" is quoted as one phrase.
func (m *intentMatcher) report(c *checker, hits []hit, own, only uint64) {
	loud := false
	for k := range m.cues {
		loud = loud || own&(1<<k) != 0 && m.cues[k].W > 0 && !m.cues[k].Quiet
	}
	start, end := -1, -1
	for _, h := range hits {
		if k, ok := m.cueOf(c, h); ok && only&(1<<k) != 0 && m.cues[k].W > 0 && !(loud && m.cues[k].Quiet) {
			if int(h.start) <= end {
				end = max(end, int(h.end))
				continue
			}
			if start >= 0 {
				c.reportTokens(start, end, m.msg)
			}
			start, end = int(h.start), int(h.end)
		}
	}
	if start >= 0 {
		c.reportTokens(start, end, m.msg)
	}
}

// pair reports whether the sentences a and b follow each other and one of
// them is a question.
func (m *intentMatcher) pair(c *checker, a, b *sentCues) bool {
	return a.sent >= 0 && b.sent == a.sent+1 && (c.d.sents[a.sent].question || c.d.sents[b.sent].question)
}

// opposed reports whether the cues own hold evidence against.
func (m *intentMatcher) opposed(own uint64) bool { return own&m.against != 0 }

// unopposed reports whether the cues own hold positive evidence and none
// against.
func (m *intentMatcher) unopposed(own uint64) bool {
	pos := false
	for k := range m.cues {
		if own&(1<<k) != 0 {
			if m.cues[k].W < 0 {
				return false
			}
			pos = true
		}
	}
	return pos
}

// fires reports whether a sentence with the cues own, in a note with the
// note-wide cues note, reaches the threshold. The sentence itself must hold
// positive evidence: context alone does nothing.
// (Not inlined: its copies weighed on the WebAssembly binary.)
//
//go:noinline
func (m *intentMatcher) fires(own, note uint64) bool {
	score, positive := m.score(own, note)
	return positive && score >= m.threshold
}

// score returns what the cues own and note weigh together, and whether own
// holds positive evidence.
func (m *intentMatcher) score(own, note uint64) (score int, positive bool) {
	for k := range m.cues {
		bit := uint64(1) << k
		switch {
		case own&bit != 0:
			score += m.cues[k].W
			positive = positive || m.cues[k].W > 0
		case note&bit != 0:
			score += m.cues[k].W
		}
	}
	return score, positive
}
