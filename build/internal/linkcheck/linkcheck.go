// Package linkcheck proves every internal link of a built site resolves: the
// page or file exists and, when the link has a #fragment, so does an element
// with that id. Nothing is fetched; external links are left alone.
package linkcheck

import (
	"bytes"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/html"

	"github.com/connectwell/connectwell/build/internal/par"
)

// A Site is a built site held in memory: file contents by path from the site
// root ("/index.html", "/guide/limits/index.html", "/assets/main-X.js").
type Site struct {
	files map[string][]byte
	ids   map[string]map[string]bool // HTML file → element ids in it
	refs  map[string][]string        // HTML file → URLs it references
}

// attrs are the attributes that reference other files of the site.
var attrs = map[string]bool{"href": true, "src": true, "data-worker": true, "data-wasm": true, "data-index": true}

// New indexes the HTML files of a built site.
func New(files map[string][]byte) *Site {
	s := &Site{files: files, ids: map[string]map[string]bool{}, refs: map[string][]string{}}
	var pages []string
	for name := range files {
		if strings.HasSuffix(name, ".html") {
			pages = append(pages, name)
		}
	}
	ids := make([]map[string]bool, len(pages))
	refs := make([][]string, len(pages))
	par.Do(len(pages), func(i int) error {
		ids[i], refs[i] = scan(files[pages[i]])
		return nil
	})
	for i, name := range pages {
		s.ids[name], s.refs[name] = ids[i], refs[i]
	}
	return s
}

// scan returns the element ids in an HTML page and the URLs it references.
func scan(b []byte) (map[string]bool, []string) {
	ids := map[string]bool{}
	var refs []string
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		for _, a := range z.Token().Attr {
			switch {
			case a.Key == "id" || a.Key == "name":
				ids[a.Val] = true
			case attrs[a.Key]:
				refs = append(refs, a.Val)
			}
		}
	}
	return ids, refs
}

// Resolve checks a link written on the page at URL path from (site-root
// relative, without the base path). It returns "" when the link resolves,
// otherwise why it does not, such as "/guide/x/ does not exist". External
// and mail links always resolve: checking them would need the network.
func (s *Site) Resolve(from, link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return "malformed link"
	}
	if u.Scheme != "" || u.Host != "" {
		return ""
	}
	target := from
	if u.Path != "" {
		base, _ := url.Parse(from)
		target = base.ResolveReference(&url.URL{Path: u.Path}).Path
	}
	file := target
	if strings.HasSuffix(file, "/") {
		file += "index.html"
	}
	if _, ok := s.files[file]; !ok {
		return target + " does not exist"
	}
	if u.Fragment != "" && strings.HasSuffix(file, ".html") && !s.ids[file][u.Fragment] {
		return target + " has no heading or element with id " + quote(u.Fragment)
	}
	return ""
}

// Check resolves every reference in every HTML file of the site, for links
// that come from layouts rather than Markdown. base is the URL path the site
// is served under; references outside it are errors.
func (s *Site) Check(base string) []string {
	var problems []string
	names := make([]string, 0, len(s.refs))
	for n := range s.refs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		from := strings.TrimSuffix(name, "index.html")
		for _, ref := range s.refs[name] {
			u, err := url.Parse(ref)
			if err != nil || u.Scheme != "" || u.Host != "" {
				continue
			}
			link := ref
			if strings.HasPrefix(u.Path, "/") {
				if !strings.HasPrefix(u.Path, base) {
					problems = append(problems, name+": "+quote(ref)+" is outside the site's base path "+base)
					continue
				}
				link = "/" + strings.TrimPrefix(ref, base)
			}
			if why := s.Resolve(from, link); why != "" {
				problems = append(problems, name+": "+quote(ref)+": "+why)
			}
		}
	}
	return problems
}

func quote(s string) string { return `"` + s + `"` }
