package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Notes is a goldmark extension for example notes. A fenced block whose info
// string starts with "note" becomes a labelled figure:
//
//	```note bad sales-pitch relationship=met name=Sam
//	Hi Sam, could I show you a quick demo of our app?
//	---
//	It pitches before Sam knows who is writing.
//	```
//
// The info string is "note good" or "note bad RULE", then optional
// relationship=, name= and account= options for the checker. The body is the
// note, a line "---", and why it works or what is wrong. Tests read the same
// nodes to prove every good example passes the checker and every bad one
// trips its rule.
type Notes struct {
	Base string // URL path of the site root, for links to rules and the checker
}

// KindNote is the ast.NodeKind of a Note.
var KindNote = ast.NewNodeKind("Note")

// A Note is an example note in a guide page.
type Note struct {
	ast.BaseBlock
	Good    bool
	Rule    string            // the rule a bad note illustrates
	Options map[string]string // relationship, name, account as written
	Message string            // the note itself
	Why     string            // why it works, or what is wrong
	Offset  int               // byte offset of the block in the source
}

// Kind implements ast.Node.
func (n *Note) Kind() ast.NodeKind { return KindNote }

// Dump implements ast.Node.
func (n *Note) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Message": n.Message, "Rule": n.Rule}, nil)
}

// A SourceError is a problem in a document at a byte offset.
type SourceError struct {
	Offset int
	Msg    string
}

var errorsKey = parser.NewContextKey()

// ErrorsOf returns the problems the extensions found while parsing with ctx.
func ErrorsOf(ctx parser.Context) []SourceError {
	e, _ := ctx.Get(errorsKey).([]SourceError)
	return e
}

func addError(pc parser.Context, off int, msg string) {
	pc.Set(errorsKey, append(ErrorsOf(pc), SourceError{off, msg}))
}

// Extend implements goldmark.Extender.
func (e *Notes) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(e, 100)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(e, 100)))
}

// Transform implements parser.ASTTransformer: it replaces each note block
// with a Note node.
func (e *Notes) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var blocks []*ast.FencedCodeBlock
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if b, ok := n.(*ast.FencedCodeBlock); ok && entering && string(b.Language(src)) == "note" {
			blocks = append(blocks, b)
		}
		return ast.WalkContinue, nil
	})
	for _, b := range blocks {
		off := b.Info.Segment.Start
		note, msg := parseNote(string(b.Info.Segment.Value(src)), blockText(b, src))
		if msg != "" {
			addError(pc, off, "example note: "+msg)
			continue
		}
		note.Offset = off
		b.Parent().ReplaceChild(b.Parent(), b, note)
	}
}

func blockText(b *ast.FencedCodeBlock, src []byte) string {
	var buf bytes.Buffer
	for i := range b.Lines().Len() {
		seg := b.Lines().At(i)
		buf.Write(seg.Value(src))
	}
	return buf.String()
}

// parseNote reads a note block's info string and body; it returns a message
// saying what is wrong when they are malformed.
func parseNote(info, body string) (*Note, string) {
	fields := strings.Fields(info)[1:]
	n := &Note{Options: map[string]string{}}
	switch {
	case len(fields) > 0 && fields[0] == "good":
		n.Good = true
		fields = fields[1:]
	case len(fields) > 1 && fields[0] == "bad" && !strings.Contains(fields[1], "="):
		n.Rule = fields[1]
		fields = fields[2:]
	default:
		return nil, `info string must be "note good" or "note bad RULE-ID", got "` + info + `"`
	}
	for _, f := range fields {
		k, v, ok := strings.Cut(f, "=")
		if !ok || (k != "relationship" && k != "name" && k != "account") {
			return nil, `unknown option "` + f + `" (want relationship=, name= or account=)`
		}
		n.Options[k] = v
	}
	note, why, ok := cutLine(body, "---")
	n.Message, n.Why = strings.TrimSpace(note), strings.Join(strings.Fields(why), " ")
	if !ok || n.Message == "" || n.Why == "" {
		return nil, "the body must be the note, a line ---, then why it works or what is wrong"
	}
	return n, ""
}

// cutLine splits s around the first line that is exactly sep.
func cutLine(s, sep string) (before, after string, found bool) {
	for i := 0; i < len(s); {
		end := strings.IndexByte(s[i:], '\n')
		if end < 0 {
			end = len(s) - i
		}
		if strings.TrimSpace(s[i:i+end]) == sep {
			return s[:i], s[min(i+end+1, len(s)):], true
		}
		i += end + 1
	}
	return s, "", false
}

// firstWords returns the first n words of s, with an ellipsis if it goes on.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + "…"
}

// RegisterFuncs implements renderer.NodeRenderer.
func (e *Notes) RegisterFuncs(r renderer.NodeRendererFuncRegisterer) {
	r.Register(KindNote, e.render)
}

// Audience names who a note is for, by relationship, as labels say it:
// "to a colleague", "after an interview".
func Audience(relationship string) string { return audience[relationship] }

var audience = map[string]string{
	"":            "",
	"stranger":    "to someone you don't know",
	"met":         "to someone you've met",
	"colleague":   "to a colleague",
	"interviewer": "after an interview",
	"close":       "to someone who knows you well",
}

// render writes a note as a figure whose label says in words, not only in
// colour, whether it is an example to follow or to avoid.
func (e *Notes) render(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*Note)
	kind, icon, label, why := "bad", "✗", "Don't send", "What's wrong: "
	if n.Good {
		kind, icon, label, why = "good", "✓", "Good note", "Why it works: "
	}
	if a := audience[n.Options["relationship"]]; a != "" {
		label += " " + a
	}
	if n.Options["account"] == "premium" {
		label += " (Premium, 300 characters)"
	}
	esc := func(s string) { w.Write(util.EscapeHTML([]byte(s))) }
	w.WriteString(`<figure class="note note-` + kind + `"`)
	for _, k := range []string{"relationship", "name", "account"} {
		if v := n.Options[k]; v != "" {
			w.WriteString(` data-` + k + `="`)
			esc(v)
			w.WriteString(`"`)
		}
	}
	w.WriteString(">\n<figcaption class=\"note-label\"><span aria-hidden=\"true\">" + icon + "</span> ")
	esc(label)
	w.WriteString("</figcaption>\n<blockquote class=\"note-text\">")
	esc(n.Message)
	w.WriteString("</blockquote>\n<p class=\"note-why\"><strong>" + why + "</strong>")
	esc(n.Why)
	if !n.Good {
		w.WriteString(` <a href="` + SiteURL(e.Base, "/rules/#"+n.Rule) + `">Rule: `)
		esc(n.Rule)
		w.WriteString(`</a>`)
	}
	// Every note has this link; the hidden words tell them apart in a screen
	// reader's list of links.
	w.WriteString("</p>\n<p class=\"note-try\"><a href=\"" + SiteURL(e.Base, "/#checker") + "\" data-try-note>Try it in the checker<span class=\"visually-hidden\">: ")
	esc(strings.ToLower(label[:1]) + label[1:] + ", " + firstWords(n.Message, 6))
	w.WriteString("</span></a></p>\n</figure>\n")
	return ast.WalkSkipChildren, nil
}
