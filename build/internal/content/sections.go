package content

import (
	"html"
	"strings"

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
// with both the note and the explanation beside it.
func sectionsOf(doc ast.Node, src []byte) []Section {
	var (
		secs   []Section
		cur    = Section{}
		parent string
		text   strings.Builder
	)
	flush := func() {
		cur.Text = strings.Join(strings.Fields(text.String()), " ")
		if cur.Text != "" || cur.ID != "" {
			secs = append(secs, cur)
		}
		text.Reset()
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
		writeText(&text, n, src)
	}
	flush()
	return secs
}

// writeText appends the words of a block and its descendants to b, with a
// space between blocks so that list items and table cells do not run
// together.
func writeText(b *strings.Builder, n ast.Node, src []byte) {
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if n.Type() == ast.TypeBlock {
			b.WriteByte(' ')
		}
		switch n := n.(type) {
		case *markdown.Note:
			b.WriteString(n.Message + " " + n.Why)
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				b.Write(seg.Value(src))
			}
		case *ast.Text:
			b.Write(n.Segment.Value(src))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			if n.IsCode() {
				b.WriteString(html.UnescapeString(string(n.Value)))
			} else {
				b.Write(n.Value)
			}
		case *ast.AutoLink:
			b.Write(n.Label(src))
		}
		return ast.WalkContinue, nil
	})
}
