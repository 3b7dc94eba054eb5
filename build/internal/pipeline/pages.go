package pipeline

import (
	"encoding/json"
	"html/template"
	"path"
	"strings"

	"github.com/connectwell/connectwell/build/internal/content"
	"github.com/connectwell/connectwell/build/internal/diag"
	"github.com/connectwell/connectwell/build/internal/markdown"
	"github.com/connectwell/connectwell/build/internal/par"
	"github.com/connectwell/connectwell/build/internal/render"
	"github.com/connectwell/connectwell/wasm/rules"
)

// Assets are the site-root-relative paths of the bundled, hashed files.
type Assets struct {
	CSS, JS, Worker, Wasm string
	Search                string // the search's worker script
	Index                 string // the search index it loads
}

// CSP is the Content-Security-Policy of every page: only the site's own
// scripts, styles and images, WebAssembly compilation for the checker, and no
// network requests anywhere else. GitHub Pages cannot send headers, so it is
// a meta tag; frame-ancestors cannot be set that way.
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"base-uri 'none'; form-action 'none'"

// PageData is what a layout sees.
type PageData struct {
	Site      *content.Site
	Page      *content.Page
	Guide     []*content.Page // the guide in reading order, for navigation
	Prev      *content.Page
	Next      *content.Page
	Assets    Assets
	CSP       string
	Canonical string
	EditURL   string
	Rules     []Rule
	Templates []TemplateGroup
}

// RuleData is what the checker shows beside a finding of each rule.
func (d *PageData) RuleData() []RuleInfo {
	info := make([]RuleInfo, len(d.Rules))
	for i, r := range d.Rules {
		info[i] = RuleInfo{ID: r.ID, Title: r.Title, Severity: string(r.Severity), Explanation: r.Explanation}
	}
	return info
}

// Languages are the codes of the languages whose words the checker reads,
// space-separated, so the page can say when a note is in another.
func (d *PageData) Languages() string { return strings.Join(rules.Languages(), " ") }

// Limits is each account's note limit as JSON, {"free":200,"premium":300},
// for the template forms' character counts.
func (d *PageData) Limits() string {
	l := map[rules.Account]int{}
	for _, a := range rules.Accounts() {
		l[a] = a.Limit()
	}
	b, _ := json.Marshal(l)
	return string(b)
}

// RuleInfo is one rule's entry in the checker's rule data.
type RuleInfo struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Severity    string `json:"severity"` // the default, for the checker's settings
	Explanation string `json:"explanation"`
}

// A Rule is a catalog entry as the rules page and the checker show it.
type Rule struct {
	rules.Rule
	Bad, Good rules.Example // the first example of each kind
	Fix       string        // what the rule's fix does, or "" when it has none
}

// A TemplateGroup is the templates of one category.
type TemplateGroup struct {
	Category  string
	Templates []content.Template
}

type renderer struct {
	site    *content.Site
	layouts *render.Layouts
	assets  Assets
}

func newRenderer(site *content.Site, dir string, a Assets) (*renderer, error) {
	funcs := template.FuncMap{
		// url turns a site-root-relative path into one under the base path.
		"url": func(p string) string { return markdown.SiteURL(site.Base, p) },
		// abs turns a site-root-relative path into an absolute URL.
		"abs": site.URL,
		// audience says who a relationship's notes are for, e.g. "to a colleague".
		"audience": func(r rules.Relationship) string { return markdown.Audience(string(r)) },
	}
	l, err := render.Load(dir, funcs)
	if err != nil {
		return nil, err
	}
	return &renderer{site: site, layouts: l, assets: a}, nil
}

// renderAll renders every page, several at a time, then the 404 page.
func (r *renderer) renderAll(out *output) error {
	guide := r.site.Guide()
	catalog := catalogView()
	templates := groupTemplates(r.site.Templates)
	pages := r.site.Pages
	html := make([][]byte, len(pages))
	errs := make([]error, len(pages))
	par.Do(len(pages), func(i int) error {
		p := pages[i]
		if !r.layouts.Has(p.Layout) {
			errs[i] = diag.At(p.File, 1, "front matter: layout "+p.Layout+" does not exist (no site/layouts/"+p.Layout+".html)")
			return nil
		}
		d := r.data(p)
		d.Guide, d.Rules, d.Templates = guide, catalog, templates
		d.Prev, d.Next = neighbours(guide, p)
		html[i], errs[i] = r.layouts.Render(p.Layout, d)
		return nil
	})
	var all diag.List
	for i, p := range pages {
		all.Add(errs[i])
		out.add(path.Join(p.URL, "index.html"), html[i])
	}
	if err := all.Err(); err != nil {
		return err
	}
	d := r.data(&content.Page{Title: "Page not found", Description: "There is no page at this address.", URL: "/404.html"})
	d.Guide, d.Canonical = guide, "" // GitHub Pages serves it at any missing address
	page, err := r.layouts.Render("404", d)
	if err != nil {
		return err
	}
	out.add("/404.html", page)
	return nil
}

func (r *renderer) data(p *content.Page) *PageData {
	return &PageData{
		Site: r.site, Page: p, Assets: r.assets, CSP: CSP,
		Canonical: r.site.URL(p.URL), EditURL: r.site.EditURL(p),
	}
}

func neighbours(guide []*content.Page, p *content.Page) (prev, next *content.Page) {
	for i, g := range guide {
		if g == p {
			if i > 0 {
				prev = guide[i-1]
			}
			if i+1 < len(guide) {
				next = guide[i+1]
			}
		}
	}
	return prev, next
}

func catalogView() []Rule {
	var v []Rule
	for _, r := range rules.Catalog() {
		rv := Rule{Rule: r, Fix: rules.FixDoc(r.ID)}
		if len(r.Bad) > 0 {
			rv.Bad = r.Bad[0]
		}
		if len(r.Good) > 0 {
			rv.Good = r.Good[0]
		}
		v = append(v, rv)
	}
	return v
}

func groupTemplates(ts []content.Template) []TemplateGroup {
	var groups []TemplateGroup
	index := map[string]int{}
	for _, t := range ts {
		i, ok := index[t.Category]
		if !ok {
			i = len(groups)
			index[t.Category] = i
			groups = append(groups, TemplateGroup{Category: t.Category})
		}
		groups[i].Templates = append(groups[i].Templates, t)
	}
	return groups
}
