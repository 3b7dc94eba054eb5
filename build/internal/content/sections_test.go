package content

import (
	"reflect"
	"testing"
)

// A page splits into the text before its first heading and one section per
// level-2 or level-3 heading, with lists, tables, code and example notes
// flattened into words.
func TestSections(t *testing.T) {
	page := "---\ntitle: One\ndescription: d\ncovers: [A1]\n---\n\n" +
		"Before any heading, it's \"quoted\".\n\n" +
		"## First {#first}\n\nSome *emphasis* and `code`,\nover two lines.\n\n- one\n- two\n\n" +
		"### Deeper {#deeper}\n\n| A | B |\n|---|---|\n| cell | other |\n\n#### Deepest\n\nStill deeper.\n\n" +
		"## Second {#second}\n\n```note good relationship=met name=Ana\nHi Ana, good to meet you.\n---\nIt is friendly.\n```\n\n" +
		"See https://example.org/x.\n"
	dir := writeContent(t, with(map[string]string{"guide/one.md": page}))
	s, err := Load(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []Section{
		{Text: "Before any heading, it’s “quoted”."},
		{ID: "first", Title: "First", Text: "Some emphasis and code, over two lines. one two"},
		{ID: "deeper", Title: "Deeper", Parent: "First", Text: "A B cell other Deepest Still deeper."},
		{ID: "second", Title: "Second", Text: "Hi Ana, good to meet you. It is friendly. See https://example.org/x."},
	}
	if got := s.Pages[1].Sections; !reflect.DeepEqual(got, want) {
		t.Errorf("sections:\n%+v\nwant:\n%+v", got, want)
	}
}
