package linkcheck

import (
	"reflect"
	"strings"
	"testing"
)

var site = map[string][]byte{
	"/index.html":         []byte(`<a href="/sub/guide/a/#top">a</a><a href="https://example.org/">x</a><script src="/sub/assets/main.js"></script>`),
	"/guide/a/index.html": []byte(`<h2 id="top">Top</h2><a href="../b/">b</a><a href="#top">self</a><a href="mailto:x@example.org">m</a>`),
	"/guide/b/index.html": []byte(`<a name="old-anchor"></a><section id="checker" data-wasm="/sub/assets/c.wasm"></section>`),
	"/assets/main.js":     []byte(`x`),
	"/assets/c.wasm":      []byte(`x`),
	"/broken/index.html":  []byte(`<a href="/sub/nowhere/">n</a><a href="/sub/guide/a/#bottom">b</a><a href="/elsewhere/">e</a><img src="/sub/missing.png">`),
}

func TestResolve(t *testing.T) {
	s := New(site)
	tests := []struct{ from, link, want string }{
		{"/", "/guide/a/", ""},
		{"/", "/guide/a/#top", ""},
		{"/guide/a/", "../b/#checker", ""},
		{"/guide/a/", "#top", ""},
		{"/guide/b/", "#old-anchor", ""},
		{"/", "https://example.org/#anything", ""},
		{"/", "/guide/c/", `/guide/c/ does not exist`},
		{"/", "/guide/a/#nope", `/guide/a/ has no heading or element with id "nope"`},
		{"/guide/a/", "#nope", `/guide/a/ has no heading or element with id "nope"`},
		{"/", "/assets/main.js", ""},
	}
	for _, tt := range tests {
		if got := s.Resolve(tt.from, tt.link); got != tt.want {
			t.Errorf("Resolve(%q, %q) = %q, want %q", tt.from, tt.link, got, tt.want)
		}
	}
}

func TestCheck(t *testing.T) {
	got := New(site).Check("/sub/")
	want := []string{
		`/broken/index.html: "/sub/nowhere/": /nowhere/ does not exist`,
		`/broken/index.html: "/sub/guide/a/#bottom": /guide/a/ has no heading or element with id "bottom"`,
		`/broken/index.html: "/elsewhere/" is outside the site's base path /sub/`,
		`/broken/index.html: "/sub/missing.png": /missing.png does not exist`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Check =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
