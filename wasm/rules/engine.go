package rules

// The engine is the catalog compiled once, when the package loads: each
// rule's matcher, and one index from a phrase's first word to the patterns
// that start with it, so a check reads each token once whatever the number of
// rules. It is never written after that.
var engine = compile(catalog)

type engineData struct {
	rules    []compiledRule
	index    map[string][]ref
	prefixed []prefixRef
}

type compiledRule struct {
	rule *Rule
	m    matcher
}

// A ref is an indexed pattern and the rule and slot (a list within the
// rule's kind) it belongs to.
type ref struct {
	pat        *pattern
	rule, slot uint16
}

type prefixRef struct {
	prefix string
	ref
}

// A hit is a match of an indexed pattern: tokens [start, end).
type hit struct {
	rule, slot uint16
	start, end int32
}

func compile(cat []*Rule) *engineData {
	e := &engineData{index: map[string][]ref{}}
	for i, r := range cat {
		b := compiler{e: e, rule: i}
		e.rules = append(e.rules, compiledRule{rule: r, m: r.check.compile(&b)})
	}
	return e
}

// A compiler compiles one rule's kind, registering its indexed patterns.
type compiler struct {
	e     *engineData
	rule  int
	slots int
}

// index compiles and indexes a list of patterns and returns its slot.
func (b *compiler) index(srcs []string) int {
	slot := b.slots
	b.slots++
	var ps []pattern
	for _, s := range srcs {
		ps = append(ps, compilePattern(s).variants()...)
	}
	for i := range ps {
		p := &ps[i]
		r := ref{pat: p, rule: uint16(b.rule), slot: uint16(slot)}
		switch lead := p.lead(); lead.kind {
		case eNum:
			b.e.index["#"] = append(b.e.index["#"], r)
		default:
			for _, w := range lead.words {
				b.e.index[w] = append(b.e.index[w], r)
			}
			for _, w := range lead.prefixes {
				b.e.prefixed = append(b.e.prefixed, prefixRef{w, r})
			}
		}
	}
	return slot
}

// scan finds every indexed pattern in the note, in token order.
func (c *checker) scan() {
	d := &c.d
	for i := range d.toks {
		t := &d.toks[i]
		switch t.kind {
		case tWord, tPunct:
			n := d.normOf(t)
			c.try(engine.index[n], i)
			if t.kind == tWord {
				for k := range engine.prefixed {
					if hasPrefix(n, engine.prefixed[k].prefix) {
						c.tryOne(&engine.prefixed[k].ref, i)
					}
				}
			}
		case tNum:
			c.try(engine.index[d.normOf(t)], i)
			c.try(engine.index["#"], i)
		}
	}
}

func (c *checker) try(refs []ref, i int) {
	for k := range refs {
		c.tryOne(&refs[k], i)
	}
}

func (c *checker) tryOne(r *ref, i int) {
	if end, ok := c.d.match(r.pat, i); ok {
		c.hits = append(c.hits, hit{rule: r.rule, slot: r.slot, start: int32(i), end: int32(end)})
	}
}
