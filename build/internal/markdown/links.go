package markdown

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Links is a goldmark extension for links within the site. Authors write
// site-root-relative links ("/guide/limits/#limits"); Links prefixes them with
// the base path the site is served under and records every link with its
// position so the build can report a broken one at its file and line.
type Links struct {
	Base string // URL path of the site root, ending in "/"
}

// A Link is a link destination found in a document.
type Link struct {
	Dest   string // as written by the author
	Offset int    // byte offset in the source, -1 if unknown
}

var linksKey = parser.NewContextKey()

// LinksOf returns the links recorded while parsing with ctx.
func LinksOf(ctx parser.Context) []Link {
	l, _ := ctx.Get(linksKey).([]Link)
	return l
}

// Extend implements goldmark.Extender.
func (e *Links) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(e, 500)))
}

// Transform implements parser.ASTTransformer.
func (e *Links) Transform(doc *ast.Document, _ text.Reader, pc parser.Context) {
	var found []Link
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest *[]byte
		switch n := n.(type) {
		case *ast.Link:
			dest = &n.Destination
		case *ast.Image:
			dest = &n.Destination
		default:
			return ast.WalkContinue, nil
		}
		found = append(found, Link{Dest: string(*dest), Offset: n.Pos()})
		*dest = []byte(SiteURL(e.Base, string(*dest)))
		return ast.WalkContinue, nil
	})
	pc.Set(linksKey, found)
}

// SiteURL resolves a site-root-relative link against base; other links are
// returned unchanged.
func SiteURL(base, link string) string {
	if strings.HasPrefix(link, "/") && !strings.HasPrefix(link, "//") {
		return strings.TrimSuffix(base, "/") + link
	}
	return link
}
