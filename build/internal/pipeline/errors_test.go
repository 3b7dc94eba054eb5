package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/connectwell/connectwell/build/internal/testtree"
)

// brokenContent copies the fixture content and replaces old with new in one
// of its files, which it returns.
func brokenContent(t *testing.T, o *Options, file, old, new string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content")
	testtree.Copy(t, o.Content, dir)
	o.Content = dir
	p := filepath.Join(dir, file)
	testtree.Edit(t, p, old, new)
	return p
}

// brokenLayouts does the same to a copy of the real site folder.
func brokenLayouts(t *testing.T, o *Options, file, old, new string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	testtree.Copy(t, filepath.Join(repo, "site"), dir)
	o.Site = dir
	p := filepath.Join(dir, "layouts", file)
	testtree.Edit(t, p, old, new)
	return p
}

// Each mistake fails the build with the file and line to fix.
func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(t *testing.T, o *Options) string // returns the broken file
		want   string                                // after "file:"
	}{
		{"link to a missing page", func(t *testing.T, o *Options) string {
			return brokenContent(t, o, "guide/first-steps.md", "/guide/keep-it-short/#short", "/guide/keep-it-brief/")
		}, `18: broken link "/guide/keep-it-brief/": /guide/keep-it-brief/ does not exist`},
		{"link to a missing anchor", func(t *testing.T, o *Options) string {
			return brokenContent(t, o, "guide/first-steps.md", "#short", "#shortness")
		}, `18: broken link "/guide/keep-it-short/#shortness": /guide/keep-it-short/ has no heading or element with id "shortness"`},
		{"link to a missing anchor on the same page", func(t *testing.T, o *Options) string {
			return brokenContent(t, o, "guide/keep-it-short.md", "Back to", "See [above](#nowhere). Back to")
		}, `16: broken link "#nowhere": /guide/keep-it-short/ has no heading or element with id "nowhere"`},
		{"example note shown as good that the checker flags", func(t *testing.T, o *Options) string {
			return brokenContent(t, o, "guide/first-steps.md", "```note good relationship=met name=Ines\n", "```note good relationship=met name=Ines\nI'd like to add you to my professional network. ")
		}, "12: example note shown as good, but the checker says do-not-send: default-message (error)"},
		{"example note shown as bad that the checker lets through", func(t *testing.T, o *Options) string {
			return brokenContent(t, o, "guide/first-steps.md", "```note good relationship=met", "```note bad sales-pitch relationship=met")
		}, "12: example note shown as breaking sales-pitch, but the checker finds nothing"},
		{"page without a title", func(t *testing.T, o *Options) string {
			return brokenContent(t, o, "guide/keep-it-short.md", "title: Keep it short\n", "")
		}, "1: front matter: title is missing"},
		{"bad front matter", func(t *testing.T, o *Options) string {
			return brokenContent(t, o, "guide/keep-it-short.md", "order: 2", "order: second")
		}, "4: wrong type of value: !!str `second` into int"},
		{"two pages with one slug", func(t *testing.T, o *Options) string {
			brokenContent(t, o, "guide/keep-it-short.md", "order: 2", "order: 2\nslug: first-steps")
			return filepath.Join(o.Content, "guide", "keep-it-short.md")
		}, "1: slug clash: /guide/first-steps/ is already the URL of"},
		{"unknown layout", func(t *testing.T, o *Options) string {
			return brokenContent(t, o, "guide/keep-it-short.md", "layout: templates", "layout: gallery")
		}, "1: front matter: layout gallery does not exist"},
		{"template syntax error", func(t *testing.T, o *Options) string {
			return brokenLayouts(t, o, "partials/page.html", "{{.Page.Body}}", "{{.Page.Body}\n")
		}, "6: bad character"},
		{"search result without its anchor", func(t *testing.T, o *Options) string {
			brokenLayouts(t, o, "templates.html", `id="t-{{.ID}}"`, `id="tpl-{{.ID}}"`)
			return filepath.Join(o.Content, "templates.yaml")
		}, `1: search result "Someone you met at an event" would link to /guide/keep-it-short/#t-met-at-event: /guide/keep-it-short/ has no heading or element with id "t-met-at-event"`},
		{"template execution error", func(t *testing.T, o *Options) string {
			return brokenLayouts(t, o, "partials/page.html", "{{.Page.Body}}", "{{.Page.Nope}}")
		}, `6: executing "article" at <.Page.Nope>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := fixture(t)
			file := tt.break_(t, &o)
			err := buildErr(t, o)
			if want := file + ":" + tt.want; !strings.Contains(err.Error(), want) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, want)
			}
		})
	}
}

// A failing build leaves the previous site exactly as it was.
func TestFailedBuildKeepsPreviousSite(t *testing.T) {
	o := fixture(t)
	mustBuild(t, o)
	before := readTree(t, o.Out)
	brokenContent(t, &o, "guide/first-steps.md", "#short", "#gone")
	buildErr(t, o)
	after := readTree(t, o.Out)
	if len(after) != len(before) {
		t.Fatalf("%d files after the failed build, %d before", len(after), len(before))
	}
	for name, b := range before {
		if after[name] != b {
			t.Errorf("%s changed", name)
		}
	}
	// And nothing is left beside it.
	entries, _ := os.ReadDir(filepath.Dir(o.Out))
	if len(entries) != 1 {
		t.Errorf("the output's folder holds %d entries, want only public/", len(entries))
	}
}

// A build that changes only content reuses the compiled checker.
func TestContentRebuildReusesWasm(t *testing.T) {
	o := fixture(t)
	o.CacheDir = t.TempDir()
	mustBuild(t, o)
	cached, _ := filepath.Glob(filepath.Join(o.CacheDir, "wasm", "*.wasm"))
	if len(cached) != 1 {
		t.Fatalf("cache holds %v, want one checker", cached)
	}
	fi, _ := os.Stat(cached[0])
	brokenContent(t, &o, "guide/first-steps.md", "## Say why {#why}", "## Say why, briefly {#why}")
	mustBuild(t, o)
	again, _ := filepath.Glob(filepath.Join(o.CacheDir, "wasm", "*.wasm"))
	fi2, _ := os.Stat(cached[0])
	if len(again) != 1 || !fi2.ModTime().Equal(fi.ModTime()) {
		t.Errorf("the checker was compiled again: cache %v", again)
	}
	if !strings.Contains(readTree(t, o.Out)["guide/first-steps/index.html"], "Say why, briefly") {
		t.Error("the rebuild did not pick up the content change")
	}
}

// The reload hook of the serve command never reaches a built site.
func TestNoReloadHookInBuild(t *testing.T) {
	o := fixture(t)
	mustBuild(t, o)
	for name, b := range readTree(t, o.Out) {
		if strings.Contains(b, "_connectwell/reload.js") || strings.Contains(b, "EventSource") {
			t.Errorf("%s carries the dev server's reload hook", name)
		}
	}
}
