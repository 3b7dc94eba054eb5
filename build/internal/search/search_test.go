package search

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/connectwell/connectwell/build/internal/content"
	"github.com/connectwell/connectwell/wasm/rules"
)

// realIndex indexes the real guide, as the build does.
func realIndex(t testing.TB) *Index {
	t.Helper()
	site, err := content.Load("../../../content", "")
	if err != nil {
		t.Fatal(err)
	}
	return Build(site, rules.Catalog())
}

// The index of the real guide stays within its budget. The measure is
// deterministic: the same content always gives the same bytes.
func TestIndexBudget(t *testing.T) {
	b := realIndex(t).JSON()
	n := GzipSize(b)
	t.Logf("search index: %d bytes, %d gzipped (budget %d)", len(b), n, Budget)
	if n > Budget {
		t.Errorf("the search index is %d bytes gzipped, over its budget of %d: index less text", n, Budget)
	}
	if again := realIndex(t).JSON(); string(again) != string(b) {
		t.Error("two builds of the index differ")
	}
}

// Each page section, rule and template becomes one document that links to
// its heading and says where it belongs.
func TestBuild(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"site.yaml":   "title: T\nbaseURL: https://example.org/sub/\n",
		"advice.yaml": "- id: A1\n  summary: One.\n",
		"templates.yaml": "- id: hello\n  title: Hello\n  category: Friends\n  relationship: met\n" +
			"  text: Hi [first name], good to meet you.\n  sample:\n    first name: Ana\n  note: Say where.\n",
		"index.md": "---\ntitle: Home\ndescription: The home page.\nlayout: home\n---\n\nWelcome.\n",
		"rules.md": "---\ntitle: Rules\ndescription: All of them.\nlayout: rules\n---\n",
		"guide/one.md": "---\ntitle: One\ndescription: The first page.\ncovers: [A1]\nlayout: templates\n---\n\n" +
			"Intro.\n\n## First {#first}\n\nText one.\n\n### Deeper {#deeper}\n\nText two.\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	site, err := content.Load(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	catalog := rules.Catalog()[:1]
	r := catalog[0]
	want := []Doc{
		{Kind: "page", Title: "Home", Where: "Home", URL: "/", Text: "The home page. Welcome."},
		{Kind: "guide", Title: "One", Where: "Guide", URL: "/guide/one/", Text: "The first page. Intro."},
		{Kind: "guide", Title: "First", Where: "Guide · One", URL: "/guide/one/#first", Text: "Text one."},
		{Kind: "guide", Title: "Deeper", Where: "Guide · One › First", URL: "/guide/one/#deeper", Text: "Text two."},
		{Kind: "page", Title: "Rules", Where: "Page", URL: "/rules/", Text: "All of them."},
		{Kind: "rule", Title: r.Title, Where: "Rule " + r.ID + " · " + string(r.Severity), URL: "/rules/#" + r.ID, Text: r.Explanation, Keys: r.ID},
		{Kind: "template", Title: "Hello", Where: "Template · Friends", URL: "/guide/one/#t-hello", Text: "Hi [first name], good to meet you. Say where."},
	}
	got := Build(site, catalog).Docs
	for i := range got {
		got[i].File, got[i].Line = "", 0 // for build errors only
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("docs:\n%+v\nwant:\n%+v", got, want)
	}
	// The JSON is what the page's script reads.
	var back Index
	if err := json.Unmarshal(Build(site, catalog).JSON(), &back); err != nil || len(back.Docs) != len(want) || back.Docs[2].URL != "/guide/one/#first" {
		t.Errorf("JSON round trip: %+v, %v", back, err)
	}
}

// BenchmarkIndex builds the real guide's index and reports its size, raw
// and gzipped, beside its budget.
func BenchmarkIndex(b *testing.B) {
	site, err := content.Load("../../../content", "")
	if err != nil {
		b.Fatal(err)
	}
	var out []byte
	for b.Loop() {
		out = Build(site, rules.Catalog()).JSON()
	}
	b.ReportMetric(float64(len(out)), "index-bytes")
	b.ReportMetric(float64(GzipSize(out)), "index-gzip-bytes")
	b.ReportMetric(float64(Budget), "budget-gzip-bytes")
}
