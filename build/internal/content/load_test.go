package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// minimal is a valid content folder; tests change one file at a time.
var minimal = map[string]string{
	"site.yaml": "title: Test site\nbaseURL: https://example.org/sub/\n",
	"advice.yaml": `- id: A1
  summary: First point.
- id: A2
  summary: Second point.
`,
	"templates.yaml": `- id: hello
  title: Hello
  category: Friends
  relationship: met
  text: Hi [first name], good to meet you at [event]. Best, Sam
  sample:
    first name: Ana
    event: the meetup
`,
	"index.md": "---\ntitle: Home\ndescription: The home page.\nlayout: home\n---\n\nWelcome.\n",
	"guide/one.md": `---
title: One
description: The first page.
order: 1
covers: [A1]
---

## First {#first}

See [two](/guide/two/#second).
`,
	"guide/two.md": `---
title: Two
description: The second page.
order: 2
covers: [A2]
---

## Second {#second}

` + "```note good relationship=met name=Ana\nHi Ana, good to meet you.\n---\nIt is friendly.\n```\n",
}

func writeContent(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func with(changes map[string]string) map[string]string {
	files := map[string]string{}
	for k, v := range minimal {
		files[k] = v
	}
	for k, v := range changes {
		if v == "" {
			delete(files, k)
		} else {
			files[k] = v
		}
	}
	return files
}

func TestLoad(t *testing.T) {
	dir := writeContent(t, minimal)
	s, err := Load(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Base != "/sub/" {
		t.Errorf("Base = %q, want /sub/", s.Base)
	}
	var urls []string
	for _, p := range s.Pages {
		urls = append(urls, p.URL)
	}
	if got, want := strings.Join(urls, " "), "/ /guide/one/ /guide/two/"; got != want {
		t.Errorf("pages %s, want %s", got, want)
	}
	one := s.Pages[1]
	if len(one.TOC) != 1 || one.TOC[0].ID != "first" || one.TOC[0].Text != "First" {
		t.Errorf("TOC = %+v", one.TOC)
	}
	if len(one.Links) != 1 || one.Links[0].Dest != "/guide/two/#second" || one.Links[0].Line != 10 {
		t.Errorf("links = %+v, want /guide/two/#second on line 10", one.Links)
	}
	// Links are rewritten for the base path the site is served under.
	if !strings.Contains(string(one.Body), `href="/sub/guide/two/#second"`) {
		t.Errorf("body does not link under the base path:\n%s", one.Body)
	}
	two := s.Pages[2]
	if len(two.Examples) != 1 || !two.Examples[0].Good || two.Examples[0].Message != "Hi Ana, good to meet you." || two.Examples[0].Line != 10 {
		t.Errorf("examples = %+v", two.Examples)
	}
	if got := s.Templates[0].Fill(s.Templates[0].Sample); got != "Hi Ana, good to meet you at the meetup. Best, Sam" {
		t.Errorf("filled template = %q", got)
	}
	for _, u := range []string{"https://user.github.io/connectwell", "https://user.github.io/connectwell//"} {
		s, err := Load(dir, u)
		if err != nil || s.Base != "/connectwell/" || s.Settings.BaseURL != "https://user.github.io/connectwell/" {
			t.Errorf("base URL %s: base %q, URL %q, err %v", u, s.Base, s.Settings.BaseURL, err)
		}
	}
}

// Every problem a maintainer can make in content/ fails the load with the
// file and line to fix.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name    string
		changes map[string]string
		want    string
	}{
		{"bad front matter", map[string]string{"guide/one.md": "---\ntitle: One\ndescription: d\n  covers: [A1]\n---\n"},
			"guide/one.md:4: mapping values are not allowed in this context"},
		{"unknown front matter field", map[string]string{"guide/one.md": "---\ntitle: One\ndescription: d\ntilte: x\ncovers: [A1]\n---\n"},
			`guide/one.md:4: unknown field "tilte"`},
		{"no front matter", map[string]string{"guide/one.md": "# One\n"},
			"guide/one.md:1: front matter is missing"},
		{"no title", map[string]string{"guide/one.md": "---\ndescription: d\ncovers: [A1]\n---\n"},
			"guide/one.md:1: front matter: title is missing"},
		{"no description", map[string]string{"guide/one.md": "---\ntitle: One\ncovers: [A1]\n---\n"},
			"guide/one.md:1: front matter: description is missing"},
		{"duplicate slug", map[string]string{"guide/three.md": "---\ntitle: Three\ndescription: d\nslug: two\n---\n"},
			"guide/two.md:1: slug clash: /guide/two/ is already the URL of "},
		{"unknown advice id", map[string]string{"guide/one.md": "---\ntitle: One\ndescription: d\ncovers: [A1, Z9]\n---\n"},
			`guide/one.md:4: covers "Z9", which is not an advice id`},
		{"advice taught by no page", map[string]string{"guide/two.md": ""},
			"advice.yaml:3: advice A2 is taught by no page"},
		{"malformed example note", map[string]string{"guide/two.md": "---\ntitle: Two\ndescription: d\ncovers: [A2]\n---\n\n```note good\nHi there\n```\n"},
			"guide/two.md:7: example note: the body must be the note, a line ---"},
		{"example note of an unknown rule", map[string]string{"guide/two.md": "---\ntitle: Two\ndescription: d\ncovers: [A2]\n---\n\n```note bad no-such-rule\nHi\n---\nWhy.\n```\n"},
			`guide/two.md:7: example note: unknown rule "no-such-rule"`},
		{"example note with a bad option", map[string]string{"guide/two.md": "---\ntitle: Two\ndescription: d\ncovers: [A2]\n---\n\n```note good relationship=boss\nHi\n---\nWhy.\n```\n"},
			"guide/two.md:7: example note: relationship must be one of"},
		{"template with an unfilled sample", map[string]string{"templates.yaml": "- id: x\n  title: X\n  category: C\n  relationship: met\n  text: Hi [first name]\n"},
			`templates.yaml:1: template "x": the sample has no value for [first name]`},
		{"template with a bad relationship", map[string]string{"templates.yaml": "- id: x\n  title: X\n  category: C\n  relationship: boss\n  text: Hi\n"},
			`templates.yaml:1: template "x": relationship must be one of`},
		{"settings without a title", map[string]string{"site.yaml": "baseURL: https://example.org/\n"},
			"site.yaml: title is missing"},
		{"relative base URL", map[string]string{"site.yaml": "title: T\nbaseURL: /sub/\n"},
			"site.yaml: baseURL must be an absolute URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeContent(t, with(tt.changes))
			_, err := Load(dir, "")
			if err == nil {
				t.Fatalf("Load succeeded, want an error containing %q", tt.want)
			}
			if want := dir + string(filepath.Separator) + tt.want; !strings.Contains(err.Error(), want) {
				t.Errorf("error:\n%v\nwant it to contain %q", err, want)
			}
		})
	}
}
