package content

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/connectwell/connectwell/build/internal/markdown"
)

// A Section is the text of a page under one heading, as the search index
// needs it: the text before the first heading, then one section per level-2
// or level-3 heading that has an id. Deeper headings belong to the section
// they sit in.
type Section struct {
	ID     string // the heading's id; "" for the text before the first heading
	Title  string // the heading's text; "" before the first heading
	Parent string // for a level-3 heading, the text of the level-2 heading above it
	Text   string // the section's words, with whitespace collapsed
}

// sectionsOf splits a parsed page into its sections. Example notes count
// with both the note and the explanation beside it. The text of all the
// sections is written into one buffer, sized by the source, and the
// sections share it.
func sectionsOf(doc ast.Node, src []byte) []Section {
	var (
		secs   []Section
		ends   []int
		cur    = Section{}
		parent string
		text   words
	)
	text.b.Grow(len(src))
	flush := func() {
		if text.b.Len() > text.start || cur.ID != "" {
			secs = append(secs, cur)
			ends = append(ends, text.start, text.b.Len())
		}
		text.section()
	}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && (h.Level == 2 || h.Level == 3) {
			if id, ok := h.AttributeString("id"); ok {
				flush()
				title := plainText(h, src)
				cur = Section{ID: string(id.([]byte)), Title: title}
				if h.Level == 2 {
					parent = title
				} else {
					cur.Parent = parent
				}
				continue
			}
		}
		text.block(n, src)
	}
	flush()
	all := text.b.String()
	for i := range secs {
		secs[i].Text = all[ends[2*i]:ends[2*i+1]]
	}
	return secs
}

// words collects text with every run of white space made one space, and
// none at either end of a section.
type words struct {
	b     strings.Builder
	start int  // where the current section's text starts in b
	space bool // a space is due before the next word
}

// section starts the next section's text.
func (w *words) section() {
	w.start, w.space = w.b.Len(), false
}

func (w *words) write(s []byte) {
	for len(s) > 0 {
		if r, size := utf8.DecodeRune(s); unicode.IsSpace(r) {
			w.space = true
			s = s[size:]
			continue
		}
		i := bytes.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			i = len(s)
		}
		if w.space && w.b.Len() > w.start {
			w.b.WriteByte(' ')
		}
		w.space = false
		w.b.Write(s[:i])
		s = s[i:]
	}
}

// block adds the words of a block and its descendants, with a space between
// blocks so that list items and table cells do not run together.
func (w *words) block(n ast.Node, src []byte) {
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if n.Type() == ast.TypeBlock {
			w.space = true
		}
		switch n := n.(type) {
		case *markdown.Note:
			w.write([]byte(n.Message))
			w.space = true
			w.write([]byte(n.Why))
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				w.write(seg.Value(src))
			}
		case *ast.Text:
			w.write(n.Segment.Value(src))
			if n.SoftLineBreak() || n.HardLineBreak() {
				w.space = true
			}
		case *ast.String:
			if n.IsCode() {
				w.write([]byte(html.UnescapeString(string(n.Value))))
			} else {
				w.write(n.Value)
			}
		case *ast.AutoLink:
			w.write(n.Label(src))
		}
		return ast.WalkContinue, nil
	})
}
