package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

func convert(t *testing.T, base, src string) (string, parser.Context) {
	t.Helper()
	md := New(base)
	ctx := parser.NewContext()
	var out bytes.Buffer
	doc := md.Parser().Parse(text.NewReader([]byte(src)), parser.WithContext(ctx))
	if err := md.Renderer().Render(&out, []byte(src), doc); err != nil {
		t.Fatal(err)
	}
	return out.String(), ctx
}

func TestNotes(t *testing.T) {
	src := "# Page\n\n```note bad sales-pitch relationship=met name=Sam\nHi Sam, <b>buy</b> our app & save!\n---\nIt sells\nat once.\n```\n"
	html, ctx := convert(t, "/site/", src)
	if errs := ErrorsOf(ctx); len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, want := range []string{
		`<figure class="note note-bad" data-relationship="met" data-name="Sam">`,
		`Don't send to someone you've met</figcaption>`,
		// The note is text: markup in it is escaped, never rendered.
		`<blockquote class="note-text">Hi Sam, &lt;b&gt;buy&lt;/b&gt; our app &amp; save!</blockquote>`,
		`<strong>What's wrong: </strong>It sells at once. <a href="/site/rules/#sales-pitch">Rule: sales-pitch</a>`,
		`<a href="/site/#checker" data-try-note>Try it in the checker<span class="visually-hidden">: don't send to someone you've met, Hi Sam, &lt;b&gt;buy&lt;/b&gt; our app &amp;…</span></a>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("output lacks %s\n%s", want, html)
		}
	}
}

func TestNoteErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"```note\nHi\n---\nWhy\n```\n", `info string must be "note good" or "note bad RULE-ID"`},
		{"```note bad\nHi\n---\nWhy\n```\n", `info string must be`},
		{"```note good colour=red\nHi\n---\nWhy\n```\n", `unknown option "colour=red"`},
		{"```note good\nHi\n```\n", "the body must be the note, a line ---"},
		{"```note good\n---\nWhy\n```\n", "the body must be the note, a line ---"},
	}
	for _, tt := range tests {
		_, ctx := convert(t, "/", "Intro.\n\n"+tt.src)
		errs := ErrorsOf(ctx)
		if len(errs) != 1 || !strings.Contains(errs[0].Msg, tt.want) {
			t.Errorf("%q: errors %v, want one containing %q", tt.src, errs, tt.want)
			continue
		}
		if errs[0].Offset < len("Intro.\n\n") {
			t.Errorf("%q: error offset %d is before the block", tt.src, errs[0].Offset)
		}
	}
}

func TestLinks(t *testing.T) {
	src := "See [a](/guide/x/#y), [b](../z/), [c](https://example.org/) and ![i](/icon.svg).\n\n[d](#here)\n"
	html, ctx := convert(t, "/sub/", src)
	for _, want := range []string{`href="/sub/guide/x/#y"`, `href="../z/"`, `href="https://example.org/"`, `src="/sub/icon.svg"`, `href="#here"`} {
		if !strings.Contains(html, want) {
			t.Errorf("output lacks %s\n%s", want, html)
		}
	}
	var got []string
	for _, l := range LinksOf(ctx) {
		got = append(got, l.Dest+"@"+strings.Split(src[l.Offset:], "\n")[0][:1])
	}
	if len(got) != 5 {
		t.Errorf("recorded %v", got)
	}
}

func TestHeadingIDs(t *testing.T) {
	html, _ := convert(t, "/", "## Say why you're writing {#reason}\n\n## An automatic one\n")
	for _, want := range []string{`<h2 id="reason">Say why you&rsquo;re writing</h2>`, `<h2 id="an-automatic-one">`} {
		if !strings.Contains(html, want) {
			t.Errorf("output lacks %s\n%s", want, html)
		}
	}
}

func TestSiteURL(t *testing.T) {
	tests := []struct{ base, link, want string }{
		{"/", "/rules/", "/rules/"},
		{"/sub/", "/rules/#x", "/sub/rules/#x"},
		{"/sub/", "//cdn.example/x", "//cdn.example/x"},
		{"/sub/", "rules/", "rules/"},
		{"/sub/", "https://example.org/", "https://example.org/"},
	}
	for _, tt := range tests {
		if got := SiteURL(tt.base, tt.link); got != tt.want {
			t.Errorf("SiteURL(%q, %q) = %q, want %q", tt.base, tt.link, got, tt.want)
		}
	}
}
