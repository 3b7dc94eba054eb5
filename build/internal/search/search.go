// Package search builds the site's search index: one document per guide
// section, rule and template, each with the words to search, the text to
// quote and the link to its exact heading. The build writes it as a
// content-hashed JSON file; the page's search (site/js/search-worker.js)
// loads it into MiniSearch, which tokenises and ranks in the browser. This
// package only decides what can be found and where each result leads.
package search

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"path/filepath"

	"github.com/connectwell/connectwell/build/internal/content"
	"github.com/connectwell/connectwell/wasm/rules"
)

// Budget is the most the index may weigh, gzipped, for the real guide: a
// reader downloads it whole before the first search.
const Budget = 30 * 1024

// A Doc is one thing search can find.
type Doc struct {
	Kind  string `json:"kind"`           // "guide", "page", "rule" or "template"
	Title string `json:"title"`          // the heading, or the rule's or template's title
	Where string `json:"where"`          // what it belongs to, as results show it: "Guide · Length and limits"
	URL   string `json:"url"`            // site-root-relative, with the heading's #anchor
	Text  string `json:"text"`           // the words to search and to quote
	Keys  string `json:"keys,omitempty"` // names to find it by that are not in its text, such as a rule's id

	File string `json:"-"` // where the doc comes from, for build errors
	Line int    `json:"-"`
}

// An Index is the documents in the order the site presents them: pages in
// reading order, then rules, then templates.
type Index struct {
	Docs []Doc `json:"docs"`
}

// Build indexes the site's pages section by section, the rules of the
// catalog on the page with the rules layout, and the templates on the page
// with the templates layout (anchors #RULE-ID and #t-TEMPLATE-ID, as those
// layouts write them). Pages without a layout for them leave them out.
func Build(site *content.Site, catalog []rules.Rule) *Index {
	ix := &Index{}
	var rulesPage, templatesPage *content.Page
	for _, p := range site.Pages {
		switch p.Layout {
		case "rules":
			rulesPage = p
		case "templates":
			templatesPage = p
		}
		ix.addPage(p)
	}
	if rulesPage != nil {
		for _, r := range catalog {
			ix.Docs = append(ix.Docs, Doc{
				Kind: "rule", Title: r.Title, Where: "Rule " + r.ID + " · " + string(r.Severity),
				URL: rulesPage.URL + "#" + r.ID, Text: r.Explanation, Keys: r.ID,
				File: filepath.Join("wasm", "rules", "catalog.go"),
			})
		}
	}
	if templatesPage != nil {
		for _, t := range site.Templates {
			text := t.Text
			if t.Note != "" {
				text += " " + t.Note
			}
			ix.Docs = append(ix.Docs, Doc{
				Kind: "template", Title: t.Title, Where: "Template · " + t.Category,
				URL: templatesPage.URL + "#t-" + t.ID, Text: text,
				File: filepath.Join(site.Dir, "templates.yaml"), Line: t.Line,
			})
		}
	}
	return ix
}

// addPage adds a page's sections. The text before the first heading is
// found under the page's own title, with its description; a page with no
// such text is still found by its description.
func (ix *Index) addPage(p *content.Page) {
	kind, where, top := "page", p.Title, "Page"
	switch {
	case p.Section == "guide":
		kind, where, top = "guide", "Guide · "+p.Title, "Guide"
	case p.URL == "/":
		top = "Home"
	}
	secs := p.Sections
	if len(secs) == 0 || secs[0].ID != "" {
		secs = append([]content.Section{{}}, secs...)
	}
	for _, s := range secs {
		d := Doc{Kind: kind, Title: s.Title, Where: where, URL: p.URL + "#" + s.ID, Text: s.Text, File: p.File}
		if s.ID == "" {
			d.Title, d.Where, d.URL = p.Title, top, p.URL
			d.Text = joinText(p.Description, s.Text)
		}
		if s.Parent != "" {
			d.Where += " › " + s.Parent
		}
		ix.Docs = append(ix.Docs, d)
	}
}

func joinText(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// JSON returns the index as the page loads it: {"docs": [...]}, one
// document per line. Documents are encoded one at a time into a buffer
// sized up front, which keeps a big site's build from churning memory.
func (ix *Index) JSON() []byte {
	size := 16
	for _, d := range ix.Docs {
		size += len(d.Title) + len(d.Where) + len(d.URL) + len(d.Text) + len(d.Keys) + 72
	}
	out := bytes.NewBuffer(make([]byte, 0, size))
	var doc bytes.Buffer
	enc := json.NewEncoder(&doc)
	enc.SetEscapeHTML(false) // it is data for a script, never parsed as HTML
	out.WriteString(`{"docs":[`)
	for i, d := range ix.Docs {
		doc.Reset()
		if err := enc.Encode(d); err != nil {
			panic(err) // strings only: cannot fail
		}
		if i > 0 {
			out.WriteByte(',')
		}
		out.WriteByte('\n')
		out.Write(bytes.TrimSuffix(doc.Bytes(), []byte("\n")))
	}
	out.WriteString("\n]}\n")
	return out.Bytes()
}

// GzipSize returns the size of b gzipped at the default level, as a web
// server would send it.
func GzipSize(b []byte) int {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Len()
}
