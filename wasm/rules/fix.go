package rules

// Fixes: edits that resolve a finding, so the checker can act as an editor
// and not only as a critic. A rule's fix (Rule.Fix) proposes candidate edits
// from what the note itself holds and from the options (the recipient's
// name); it never invents facts, and where an honest edit would need them it
// leaves a [blank] for the writer. Every candidate is verified by checking the
// edited note again: a fix is offered only if it removes its finding and
// brings no new finding but a placeholder for a blank it left. So a fix can
// be applied without a second thought, and applying fixes one after another
// converges.

// maxFixLength is the longest note, in UTF-16 code units, that gets fixes.
// Verifying a fix checks the note again; past a few notes' worth of text
// (a pasted document), that costs more than fixes are worth.
const maxFixLength = 5000

// A fixer proposes candidate fixes for a finding, best first. ps are the
// places the finding covers (none for something missing).
type fixer func(c *checker, ps []place) []Fix

// propose gives each finding the verified fixes its rule proposes, and keeps
// the first fixes of different findings from overlapping, so that every
// finding's first fix can be applied together, in any order.
func (c *checker) propose() {
	var taken []Edit // the first fixes' edits, so far
	// The most severe findings first, so that when two fixes edit the same
	// words the more important one wins.
	for _, s := range [...]Severity{Error, Warning, Suggestion} {
		for i := range c.out {
			if c.out[i].Severity != s {
				continue
			}
			f := &c.out[i]
			fx := fixerOf(f.Rule)
			if fx == nil {
				continue
			}
			start := int32(0)
			if i > 0 {
				start = c.placeEnd[i-1]
			}
			for _, x := range fx(c, c.placeBuf[start:c.placeEnd[i]]) {
				if len(x.Edits) == 0 || !c.verified(x.Edits, f.Rule) {
					continue
				}
				if len(f.Fixes) == 0 && overlaps(x.Edits, taken) {
					break // another finding's fix edits the same words; it comes first
				}
				if len(f.Fixes) == 0 {
					taken = append(taken, x.Edits...)
				}
				f.Fixes = append(f.Fixes, x)
				if len(f.Fixes) == 2 {
					break
				}
			}
		}
	}
}

// verified reports whether edits, applied to the note, remove the finding of
// rule and bring no finding of a rule that had none, but a placeholder.
func (c *checker) verified(edits []Edit, rule string) bool {
	text, ok := applyEdits(c.d.text, edits)
	if !ok {
		return false
	}
	if c.verify == nil {
		c.verify = new(Checker)
	}
	after := c.verify.check(text, c.opts, false)
	for _, f := range after.Findings {
		if f.Rule == rule || f.Rule != "placeholder" && !c.found(f.Rule) {
			return false
		}
	}
	return true
}

// found reports whether the check found something by rule.
func (c *checker) found(rule string) bool {
	for i := range c.out {
		if c.out[i].Rule == rule {
			return true
		}
	}
	return false
}

// overlaps reports whether an edit of a touches an edit of b: they share
// text, or one inserts where the other starts, ends or replaces, so that the
// order they are made in would matter.
func overlaps(a, b []Edit) bool {
	for _, x := range a {
		if overlapsAny(x, b) {
			return true
		}
	}
	return false
}

// overlapsAny reports whether x touches an edit of b, as overlaps does.
func overlapsAny(x Edit, b []Edit) bool {
	for _, y := range b {
		if x.Start < y.End && y.Start < x.End {
			return true
		}
		if (x.Start == x.End || y.Start == y.End) && x.Start <= y.End && y.Start <= x.End {
			return true
		}
	}
	return false
}

// Apply returns text with the fix's edits made, or false if they do not fit
// the text (they overlap, are out of order, or split a character).
func (x Fix) Apply(text string) (string, bool) { return applyEdits(text, x.Edits) }

// ApplyFixes applies the first fix of every finding of a report to the text
// it was made for. Reports keep those fixes from overlapping, so the result
// does not depend on their order.
func ApplyFixes(text string, r Report) (string, bool) {
	var edits []Edit
	for _, f := range r.Findings {
		if len(f.Fixes) > 0 {
			edits = append(edits, f.Fixes[0].Edits...)
		}
	}
	sortEdits(edits)
	return applyEdits(text, edits)
}

//go:noinline
func sortEdits(es []Edit) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Start < es[j-1].Start; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// applyEdits makes edits, given in order and not overlapping, in UTF-16 code
// units, to text.
func applyEdits(text string, edits []Edit) (string, bool) {
	var b builder
	u, i := 0, 0 // position in UTF-16 code units and bytes
	for k, e := range edits {
		if e.Start < u || e.End < e.Start || k > 0 && e.Start < edits[k-1].End {
			return "", false
		}
		start, ok := byteAt(text, i, u, e.Start)
		if !ok {
			return "", false
		}
		end, ok := byteAt(text, start, e.Start, e.End)
		if !ok {
			return "", false
		}
		b.writeString(text[i:start])
		b.writeString(e.Text)
		i, u = end, e.End
	}
	b.writeString(text[i:])
	return b.string(), true
}

// byteAt returns the byte offset of UTF-16 offset want, counting on from
// byte i at UTF-16 offset u; false if want falls inside a character.
func byteAt(text string, i, u, want int) (int, bool) {
	for u < want {
		if i >= len(text) {
			return 0, false
		}
		r, w := decodeRune(text[i:])
		i += w
		u += utf16Len(r)
	}
	return i, u == want
}

// Fix helpers shared by the rules' fixers.

// fixOf returns the one fix titled title made of edits.
//
//go:noinline
func fixOf(title string, edits []Edit) []Fix { return []Fix{{Title: title, Edits: edits}} }

// addEdit appends the edit that replaces [start, end) with text.
//
//go:noinline
func addEdit(es []Edit, start, end int, text string) []Edit {
	return append(es, Edit{Start: start, End: end, Text: text})
}

// title fills {name} in a fix title with the recipient's name.
func (c *checker) title(t string) string {
	if before, after, ok := cut(t, "{name}"); ok {
		return before + excerpt(trimSpace(c.opts.Name)) + after
	}
	return t
}

// sentenceEdit returns the edit that replaces sentence s with with, or,
// when with is empty, removes it and the white space on one side. A greeting
// that opens the sentence stays ("Hi Ana, I'd like to add you…" becomes "Hi
// Ana,").
func (c *checker) sentenceEdit(s int32, with string) Edit {
	d := &c.d
	st := d.sents[s]
	first, last := int(st.first), int(st.end)-1
	for last > first && d.toks[last].kind == tBreak {
		last--
	}
	kept := false
	if g := &c.greet; g.end > g.start && first <= g.start && g.start <= last {
		first = g.end
		for first <= last && d.toks[first].kind == tPunct && d.toks[first].norm == "," {
			first++
		}
		if first > last {
			return Edit{} // the sentence is only the greeting
		}
		kept = true
	}
	start, end := int(d.toks[first].us), int(d.toks[last].ue)
	if with == "" {
		switch {
		case !kept && int(st.end) < len(d.toks):
			end = int(d.toks[st.end].us) // up to the next sentence
		case first > 0:
			start = int(d.toks[first-1].ue) // from the words before
		default:
			end = d.length
		}
	}
	return Edit{Start: start, End: end, Text: with}
}

// sentencesOf returns the sentences the places are in, in order, once each.
//
//go:noinline
func (c *checker) sentencesOf(ps []place) []int32 {
	var out []int32
	for _, p := range ps {
		if p.ti < 0 {
			continue
		}
		s := c.d.toks[p.ti].sent
		if len(out) == 0 || out[len(out)-1] != s {
			out = append(out, s)
		}
	}
	return out
}

// removeSentences proposes removing the sentences the finding is in and,
// failing that, replacing them with a blank to fill in.
func (c *checker) removeSentences(ps []place, title, blankTitle, blank string) []Fix {
	ss := c.sentencesOf(ps)
	if len(ss) == 0 {
		return nil
	}
	var replace []Edit
	for _, s := range ss {
		if e := c.sentenceEdit(s, "["+blankIn(blank, c.lang)+"]."); e.End > e.Start {
			replace = addEdit(replace, e.Start, e.End, e.Text)
		}
	}
	return []Fix{{Title: title, Edits: c.sentenceRemovals(ss)}, {Title: blankTitle, Edits: replace}}
}

// sentenceRemovals returns the edits that remove sentences ss.
func (c *checker) sentenceRemovals(ss []int32) []Edit {
	var remove []Edit
	for _, s := range ss {
		if e := c.sentenceEdit(s, ""); e.End > e.Start {
			remove = addEdit(remove, e.Start, e.End, e.Text)
		}
	}
	return remove
}

// blankIn returns a blank's label in the note's language; labels are "en|es|pt|fr|de".
func blankIn(labels string, l lang) string {
	first, _, _ := cut(labels, "|")
	if !l.modelled() {
		return first
	}
	rest := labels
	for i := int(l - langEN); ; i-- {
		part, after, more := cut(rest, "|")
		if i == 0 {
			return part
		}
		if !more {
			return first
		}
		rest = after
	}
}

// removeTokens proposes removing the places' words, with the space before
// them.
func (c *checker) removeTokens(ps []place, title string) []Fix {
	var edits []Edit
	for _, p := range ps {
		if p.ti < 0 {
			continue
		}
		start := p.us
		if p.ti > 0 {
			start = c.d.toks[p.ti-1].ue
			if c.d.toks[p.ti-1].kind == tPunct && c.d.toks[p.ti-1].norm == ":" {
				start = c.d.toks[p.ti-1].us // "my reel: https://…" loses the colon too
			}
		}
		edits = addEdit(edits, int(start), int(p.ue), "")
	}
	return fixOf(title, edits)
}
