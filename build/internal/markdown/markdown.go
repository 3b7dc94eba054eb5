// Package markdown configures goldmark for connectwell's content: GitHub
// Flavored Markdown, typographic punctuation, footnotes, heading ids (automatic
// or pinned with {#id}), strict YAML front matter, and two extensions of our
// own composed in the goldmark way: example notes (notes.go) and site links
// (links.go).
package markdown

import (
	"bytes"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"go.abhg.dev/goldmark/frontmatter"
	"gopkg.in/yaml.v3"
)

// New returns a Markdown converter for pages of a site served under base, the
// URL path the site lives at ("/" or "/connectwell/").
func New(base string) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(
			extension.GFM,
			extension.Typographer,
			extension.Footnote,
			&frontmatter.Extender{Formats: []frontmatter.Format{strictYAML}},
			&Notes{Base: base},
			&Links{Base: base},
		),
		goldmark.WithParserOptions(
			parser.WithAutoHeadingID(),
			parser.WithAttribute(),
		),
	)
}

// strictYAML is YAML front matter that rejects unknown fields, so a typo such
// as "tilte:" fails the build instead of silently dropping the title.
var strictYAML = frontmatter.Format{
	Name:  "YAML",
	Delim: '-',
	Unmarshal: func(b []byte, v any) error {
		dec := yaml.NewDecoder(bytes.NewReader(b))
		dec.KnownFields(true)
		return dec.Decode(v)
	},
}
