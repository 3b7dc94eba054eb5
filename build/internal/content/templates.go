package content

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/connectwell/connectwell/build/internal/diag"
	"github.com/connectwell/connectwell/wasm/rules"
)

// A Template is a fill-in-the-blank note from content/templates.yaml. Blanks
// are written [lowercase words]; [first name] is the recipient's first name.
type Template struct {
	ID           string            `yaml:"id"`
	Title        string            `yaml:"title"`
	Category     string            `yaml:"category"`
	Relationship string            `yaml:"relationship"`
	Premium      bool              `yaml:"premium"`
	Text         string            `yaml:"text"`
	Sample       map[string]string `yaml:"sample"`
	Note         string            `yaml:"note"`
	Line         int               `yaml:"-"`
}

// FirstName is the blank that holds the recipient's first name.
const FirstName = "first name"

var blank = regexp.MustCompile(`\[([a-z][a-z' -]*)\]`)

// Blanks returns the template's blanks in order of first appearance.
func (t Template) Blanks() []string {
	var names []string
	for _, m := range blank.FindAllStringSubmatch(t.Text, -1) {
		if !slices.Contains(names, m[1]) {
			names = append(names, m[1])
		}
	}
	return names
}

// Fill replaces each blank with its value; blanks without one stay as they are.
func (t Template) Fill(values map[string]string) string {
	return blank.ReplaceAllStringFunc(t.Text, func(b string) string {
		if v, ok := values[b[1:len(b)-1]]; ok {
			return v
		}
		return b
	})
}

// Options returns the checker options the template is written for, with the
// recipient's name taken from values.
func (t Template) Options(values map[string]string) rules.Options {
	o := rules.Options{Account: rules.Free, Name: values[FirstName], Relationship: rules.Relationship(t.Relationship)}
	if t.Premium {
		o.Account = rules.Premium
	}
	return o
}

// A Part is a run of template text or a blank, for rendering blanks apart.
type Part struct {
	Text  string
	Blank bool
}

// Parts splits the template text into literal text and blanks.
func (t Template) Parts() []Part {
	var parts []Part
	last := 0
	for _, m := range blank.FindAllStringIndex(t.Text, -1) {
		if m[0] > last {
			parts = append(parts, Part{Text: t.Text[last:m[0]]})
		}
		parts = append(parts, Part{Text: t.Text[m[0]:m[1]], Blank: true})
		last = m[1]
	}
	if last < len(t.Text) {
		parts = append(parts, Part{Text: t.Text[last:]})
	}
	return parts
}

func loadTemplates(path string) ([]Template, error) {
	list, lines, err := loadList[Template](path)
	if err != nil {
		return nil, err
	}
	var errs diag.List
	seen := map[string]bool{}
	for i := range list {
		t := &list[i]
		t.Line = lineOf(lines, i)
		t.Text = strings.TrimSpace(t.Text)
		bad := func(msg string) { errs.Add(diag.At(path, t.Line, "template "+quote(t.ID)+": "+msg)) }
		switch {
		case t.ID == "":
			bad("id is missing")
		case seen[t.ID]:
			bad("id is used twice")
		}
		seen[t.ID] = true
		if t.Title == "" || t.Category == "" || t.Text == "" {
			bad("title, category and text are required")
		}
		if _, ok := rules.ParseRelationship(t.Relationship); !ok || t.Relationship == "" {
			bad("relationship must be one of " + relationshipNames())
		}
		blanks := t.Blanks()
		for _, b := range blanks {
			if _, ok := t.Sample[b]; !ok {
				bad("the sample has no value for [" + b + "]")
			}
		}
		for _, k := range slices.Sorted(maps.Keys(t.Sample)) {
			if !slices.Contains(blanks, k) {
				bad("the sample fills [" + k + "], which is not in the text")
			}
		}
	}
	return list, errs.Err()
}

func relationshipNames() string {
	var s []string
	for _, r := range rules.Relationships() {
		s = append(s, string(r))
	}
	return strings.Join(s, ", ")
}

func quote(s string) string { return strconv.Quote(s) }
