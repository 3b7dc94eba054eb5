// Package render executes the site's html/template layouts. Each layout file
// in site/layouts is a page kind (page.html, home.html, ...) that fills the
// blocks of base.html; files in site/layouts/partials are shared by all.
// Errors name the layout file and line.
package render

import (
	"bytes"
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/connectwell/connectwell/build/internal/diag"
)

// Layouts are the parsed templates, one set per page kind.
type Layouts struct {
	sets map[string]*template.Template
}

// Load parses the layouts in dir. funcs are available to every template.
func Load(dir string, funcs template.FuncMap) (*Layouts, error) {
	shared, err := filepath.Glob(filepath.Join(dir, "partials", "*.html"))
	if err != nil {
		return nil, err
	}
	base := filepath.Join(dir, "base.html")
	root := template.New("").Funcs(funcs)
	for _, f := range append([]string{base}, shared...) {
		if err := parseFile(root, f); err != nil {
			return nil, err
		}
	}
	kinds, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	l := &Layouts{sets: map[string]*template.Template{}}
	var errs diag.List
	for _, f := range kinds {
		if f == base {
			continue
		}
		set := template.Must(root.Clone())
		if err := parseFile(set, f); err != nil {
			errs.Add(err)
			continue
		}
		l.sets[strings.TrimSuffix(filepath.Base(f), ".html")] = set.Lookup(f)
	}
	return l, errs.Err()
}

func parseFile(t *template.Template, file string) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	if _, err := t.New(file).Parse(string(src)); err != nil {
		return positioned(err)
	}
	return nil
}

// Has reports whether a layout of that kind exists.
func (l *Layouts) Has(kind string) bool { return l.sets[kind] != nil }

// Render executes the layout of the given kind.
func (l *Layouts) Render(kind string, data any) ([]byte, error) {
	t := l.sets[kind]
	if t == nil {
		return nil, diag.At("site/layouts", 0, "no layout "+strconv.Quote(kind+".html"))
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return nil, positioned(err)
	}
	return buf.Bytes(), nil
}

var templateErr = regexp.MustCompile(`^(?:html/)?template: ?([^:]+):(\d+):(?:\d+:)? ?(.*)$`)

// positioned rewrites html/template's "template: FILE:LINE:COL: msg" as a
// diag.Error, so template errors read like every other build error.
func positioned(err error) error {
	m := templateErr.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	line, _ := strconv.Atoi(m[2])
	return diag.At(m[1], line, m[3])
}
