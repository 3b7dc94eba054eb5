// Package content loads the guide from the content folder: site settings,
// the advice ids the guide must teach, Markdown pages with front matter, and
// the template library. Everything it rejects is reported with file and line,
// all problems at once.
package content

import (
	"fmt"
	"html/template"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/connectwell/connectwell/build/internal/diag"
	"github.com/connectwell/connectwell/build/internal/markdown"
)

// Settings are the site-wide values of content/site.yaml.
type Settings struct {
	Title       string     `yaml:"title"`
	Tagline     string     `yaml:"tagline"`
	Description string     `yaml:"description"`
	BaseURL     string     `yaml:"baseURL"`    // where the site is published, e.g. https://user.github.io/connectwell/
	Repository  string     `yaml:"repository"` // for "edit this page" links
	EditPath    string     `yaml:"editPath"`   // path from the repository URL to content/, e.g. edit/main/content/
	Language    string     `yaml:"language"`
	Menu        []MenuItem `yaml:"menu"` // the site navigation, in order
}

// A MenuItem is one link of the site navigation.
type MenuItem struct {
	Title string `yaml:"title"`
	URL   string `yaml:"url"` // site-root-relative, e.g. /rules/
}

// A Site is everything loaded from the content folder.
type Site struct {
	Dir       string // the content folder
	Settings  Settings
	Base      string  // URL path of the site root, from BaseURL: "/" or "/connectwell/"
	Pages     []*Page // home first, then guide pages in reading order, then the rest by URL
	Advice    []Advice
	Templates []Template
}

// Guide returns the guide pages in reading order.
func (s *Site) Guide() []*Page {
	var g []*Page
	for _, p := range s.Pages {
		if p.Section == "guide" {
			g = append(g, p)
		}
	}
	return g
}

// URL returns the absolute URL of a site-root-relative path, for canonical
// links, sitemaps and link previews.
func (s *Site) URL(path string) string {
	return strings.TrimSuffix(s.Settings.BaseURL, "/") + "/" + strings.TrimPrefix(path, "/")
}

// EditURL returns where to edit a page's source, or "" without a repository.
func (s *Site) EditURL(p *Page) string {
	if s.Settings.Repository == "" || s.Settings.EditPath == "" || p.Rel == "" {
		return ""
	}
	return strings.TrimSuffix(s.Settings.Repository, "/") + "/" + strings.Trim(s.Settings.EditPath, "/") + "/" + filepath.ToSlash(p.Rel)
}

// Load reads the content folder dir. A non-empty baseURL overrides the
// settings file's, as the --base-url flag does.
func Load(dir, baseURL string) (*Site, error) {
	var errs diag.List
	s := &Site{Dir: dir}
	var err error
	errs.Add(loadSettings(filepath.Join(dir, "site.yaml"), &s.Settings))
	if baseURL != "" {
		s.Settings.BaseURL = baseURL
	}
	s.Settings.BaseURL, s.Base, err = normalizeBase(s.Settings.BaseURL)
	if err != nil {
		errs.Add(diag.At(filepath.Join(dir, "site.yaml"), 0, err.Error()))
	}
	advice, err := loadAdvice(filepath.Join(dir, "advice.yaml"))
	errs.Add(err)
	s.Advice = advice
	s.Templates, err = loadTemplates(filepath.Join(dir, "templates.yaml"))
	errs.Add(err)
	s.Pages, err = loadPages(dir, markdown.New(s.Base))
	errs.Add(err)
	errs.Add(checkPages(s, filepath.Join(dir, "advice.yaml")))
	if err := errs.Err(); err != nil {
		return nil, err
	}
	sortPages(s.Pages)
	return s, nil
}

// normalizeBase checks an absolute base URL and returns it and its path, both
// ending in exactly one "/", whether or not the user wrote one.
func normalizeBase(baseURL string) (abs, path string, err error) {
	u, err := url.Parse(baseURL)
	if err != nil || !u.IsAbs() || u.Host == "" {
		return baseURL, "/", fmt.Errorf("baseURL must be an absolute URL such as https://user.github.io/connectwell/, got %q", baseURL)
	}
	path = strings.TrimRight(u.Path, "/") + "/"
	return u.Scheme + "://" + u.Host + path, path, nil
}

func sortPages(pages []*Page) {
	rank := func(p *Page) int {
		switch {
		case p.URL == "/":
			return 0
		case p.Section == "guide":
			return 1
		}
		return 2
	}
	slices.SortStableFunc(pages, func(a, b *Page) int {
		if d := rank(a) - rank(b); d != 0 {
			return d
		}
		if d := a.Order - b.Order; d != 0 {
			return d
		}
		return strings.Compare(a.URL, b.URL)
	})
}

// Body of a page is trusted HTML: goldmark escapes raw HTML in the Markdown.
type Body = template.HTML

func readFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, diag.At(path, 0, strings.TrimPrefix(err.Error(), "open "+path+": "))
	}
	return b, nil
}
