package content

import (
	"bytes"
	"html"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"go.abhg.dev/goldmark/frontmatter"

	"github.com/connectwell/connectwell/build/internal/diag"
	"github.com/connectwell/connectwell/build/internal/markdown"
	"github.com/connectwell/connectwell/build/internal/par"
	"github.com/connectwell/connectwell/wasm/rules"
)

// A Page is one Markdown file rendered to HTML, with what the layouts and
// the build's checks need to know about it.
type Page struct {
	File    string // path of the source, e.g. content/guide/limits.md
	Rel     string // the same path relative to the content folder
	URL     string // site-root-relative: "/", "/rules/", "/guide/limits/"
	Section string // first folder under content/, e.g. "guide"; "" at the top

	Title       string
	Description string
	Order       int
	Covers      []string
	Layout      string // defaults to "page"

	Body     Body
	TOC      []Heading // the page's level-2 headings
	Sections []Section // the page's text by heading, for the search index
	Links    []Link    // every link in the Markdown, with its line
	Examples []Example // example notes, with their lines
	Source   []byte    // the file, for positions
}

// A Heading is an entry of a page's table of contents.
type Heading struct {
	ID, Text string
}

// A Link is a link written in a page, as the author wrote it.
type Link struct {
	Dest string
	Line int
}

// An Example is an example note shown on a page.
type Example struct {
	*markdown.Note
	Line int
}

// Options returns the checker options the example is shown with.
func (e Example) Options() rules.Options {
	acc, _ := rules.ParseAccount(e.Note.Options["account"])
	rel, _ := rules.ParseRelationship(e.Note.Options["relationship"])
	return rules.Options{Account: acc, Name: e.Note.Options["name"], Relationship: rel}
}

type frontMatter struct {
	Title       string   `yaml:"title"`
	Description string   `yaml:"description"`
	Order       int      `yaml:"order"`
	Covers      []string `yaml:"covers"`
	Layout      string   `yaml:"layout"`
	Slug        string   `yaml:"slug"`
}

// loadPages parses every .md file under dir, several at a time: goldmark
// keeps per-document state in the parser context, so one converter serves
// all goroutines.
func loadPages(dir string, md goldmark.Markdown) ([]*Page, error) {
	var files []string
	err := filepath.WalkDir(dir, func(file string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(file) == ".md" {
			files = append(files, file)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	pages := make([]*Page, len(files))
	errs := make([]error, len(files))
	par.Do(len(files), func(i int) error {
		rel, _ := filepath.Rel(dir, files[i])
		pages[i], errs[i] = loadPage(md, files[i], filepath.ToSlash(rel))
		return nil
	})
	var all diag.List
	for _, err := range errs {
		all.Add(err)
	}
	return slices.DeleteFunc(pages, func(p *Page) bool { return p == nil }), all.Err()
}

func loadPage(md goldmark.Markdown, file, rel string) (*Page, error) {
	src, err := readFile(file)
	if err != nil {
		return nil, err
	}
	ctx := parser.NewContext()
	doc := md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	var errs diag.List
	for _, e := range markdown.ErrorsOf(ctx) {
		errs.Add(diag.At(file, diag.Line(src, e.Offset), e.Msg))
	}

	var fm frontMatter
	data := frontmatter.Get(ctx)
	if data == nil {
		return nil, diag.At(file, 1, "front matter is missing: start the file with a --- line, a title: line and another --- line")
	}
	// The YAML starts on the line after the opening ---.
	if err := data.Decode(&fm); err != nil {
		errs.Add(yamlError(file, 1, err))
		return nil, errs.Err()
	}
	if strings.TrimSpace(fm.Title) == "" {
		errs.Add(diag.At(file, 1, "front matter: title is missing"))
	}
	if strings.TrimSpace(fm.Description) == "" {
		errs.Add(diag.At(file, 1, "front matter: description is missing (it opens the page and feeds link previews)"))
	}

	p := &Page{
		File: file, Rel: rel, URL: pageURL(rel, fm.Slug), Section: section(rel),
		Title: fm.Title, Description: fm.Description, Order: fm.Order, Covers: fm.Covers,
		Layout: orDefault(fm.Layout, "page"), Source: src,
	}
	for _, l := range markdown.LinksOf(ctx) {
		p.Links = append(p.Links, Link{Dest: l.Dest, Line: diag.Line(src, l.Offset)})
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if id, ok := n.AttributeString("id"); ok && n.Level == 2 {
				p.TOC = append(p.TOC, Heading{ID: string(id.([]byte)), Text: plainText(n, src)})
			}
		case *markdown.Note:
			ex := Example{Note: n, Line: diag.Line(src, n.Offset)}
			errs.Add(checkExample(file, ex))
			p.Examples = append(p.Examples, ex)
		}
		return ast.WalkContinue, nil
	})

	p.Sections = sectionsOf(doc, src)

	var body bytes.Buffer
	if err := md.Renderer().Render(&body, src, doc); err != nil {
		errs.Add(diag.At(file, 0, "render: "+err.Error()))
	}
	p.Body = Body(body.String())
	return p, errs.Err()
}

func checkExample(file string, ex Example) error {
	var errs diag.List
	if !ex.Good {
		if _, ok := rules.Lookup(ex.Rule); !ok {
			errs.Add(diag.At(file, ex.Line, "example note: unknown rule "+quote(ex.Rule)))
		}
	}
	if _, ok := rules.ParseRelationship(ex.Note.Options["relationship"]); !ok {
		errs.Add(diag.At(file, ex.Line, "example note: relationship must be one of "+relationshipNames()))
	}
	if _, ok := rules.ParseAccount(ex.Note.Options["account"]); !ok {
		errs.Add(diag.At(file, ex.Line, "example note: account must be free or premium"))
	}
	if len(errs) == 0 {
		errs.Add(judgeExample(file, ex))
	}
	return errs.Err()
}

// judgeExample runs an example note through the checker: a page that shows a
// note as good must not contradict the checker on the same site, nor show as
// bad a note the checker lets through.
func judgeExample(file string, ex Example) error {
	r := rules.Check(ex.Message, ex.Options())
	if ex.Good && r.Verdict != rules.Ready {
		return diag.At(file, ex.Line, "example note shown as good, but the checker says "+string(r.Verdict)+": "+findingList(r))
	}
	if !ex.Good && !slices.ContainsFunc(r.Findings, func(f rules.Finding) bool { return f.Rule == ex.Rule }) {
		return diag.At(file, ex.Line, "example note shown as breaking "+ex.Rule+", but the checker finds "+findingList(r))
	}
	return nil
}

// findingList names a report's findings for an error message.
func findingList(r rules.Report) string {
	if len(r.Findings) == 0 {
		return "nothing"
	}
	var b strings.Builder
	for i, f := range r.Findings {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f.Rule + " (" + string(f.Severity) + ")")
	}
	return b.String()
}

// pageURL maps a content path to its pretty URL: index.md is the site root,
// guide/limits.md is /guide/limits/. A slug in the front matter replaces the
// last element.
func pageURL(rel, slug string) string {
	dir, name := path.Split(strings.TrimSuffix(rel, ".md"))
	if slug != "" {
		name = slug
	}
	if name == "index" {
		name = ""
	}
	return strings.TrimSuffix("/"+dir+name, "/") + "/"
}

func section(rel string) string {
	if dir, _, ok := strings.Cut(rel, "/"); ok {
		return dir
	}
	return ""
}

// orDefault returns s, or def when s is empty.
func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// plainText returns the text of an inline tree, with the typographer's
// entities turned back into characters.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Segment.Value(src))
			if n.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			if n.IsCode() {
				b.WriteString(html.UnescapeString(string(n.Value)))
			} else {
				b.Write(n.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// checkPages checks what involves several pages: unique URLs, advice ids
// that exist, and every advice id taught somewhere.
func checkPages(s *Site, adviceFile string) error {
	var errs diag.List
	byURL := map[string]*Page{}
	for _, p := range s.Pages {
		if q, ok := byURL[p.URL]; ok {
			a, b := q, p
			if b.File < a.File {
				a, b = b, a
			}
			errs.Add(diag.At(b.File, 1, "slug clash: "+b.URL+" is already the URL of "+a.File))
			continue
		}
		byURL[p.URL] = p
	}
	if len(s.Advice) == 0 {
		return errs.Err()
	}
	known := map[string]bool{}
	for _, a := range s.Advice {
		known[a.ID] = true
	}
	covered := map[string]bool{}
	for _, p := range s.Pages {
		for _, id := range p.Covers {
			if !known[id] {
				errs.Add(diag.At(p.File, coversLine(p), "covers "+quote(id)+", which is not an advice id in "+adviceFile))
			}
			covered[id] = true
		}
	}
	for _, a := range s.Advice {
		if !covered[a.ID] {
			errs.Add(diag.At(adviceFile, a.Line, "advice "+a.ID+" is taught by no page: add it to the covers list of the page that teaches it"))
		}
	}
	return errs.Err()
}

// coversLine finds the front matter line that lists covered ids.
func coversLine(p *Page) int {
	for i, l := range strings.Split(string(p.Source), "\n") {
		if strings.HasPrefix(l, "covers:") {
			return i + 1
		}
	}
	return 1
}
