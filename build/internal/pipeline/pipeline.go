// Package pipeline is the site build, read top to bottom in Build: load the
// content, bundle the assets, compile the checker, render the pages, write
// the extras, check every link, and swap the finished tree into place.
package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/connectwell/connectwell/build/internal/assets"
	"github.com/connectwell/connectwell/build/internal/content"
	"github.com/connectwell/connectwell/build/internal/diag"
	"github.com/connectwell/connectwell/build/internal/linkcheck"
	"github.com/connectwell/connectwell/build/internal/search"
	"github.com/connectwell/connectwell/build/internal/wasmbuild"
	"github.com/connectwell/connectwell/wasm/rules"
)

// Options configure a build.
type Options struct {
	Root     string // the repository; the checker is compiled from Root/wasm
	Content  string // the guide's sources; default Root/content
	Site     string // layouts, scripts, styles and static files; default Root/site
	Out      string // where the site is written; default Root/public
	BaseURL  string // overrides the baseURL of content/site.yaml
	CacheDir string // compiled checkers are kept here; default Root/.cache
}

// A Builder builds the site, keeping what can be reused between builds, such
// as the Go toolchain's location, for the serve command's rebuilds.
type Builder struct {
	opts Options
	tc   wasmbuild.Toolchain
}

// A Result summarises a finished build.
type Result struct {
	Pages, Files int
	Bytes        int64
	Took         time.Duration
}

// New returns a Builder for opts.
func New(opts Options) (*Builder, error) {
	if opts.Root == "" {
		opts.Root = "."
	}
	if opts.Content == "" {
		opts.Content = filepath.Join(opts.Root, "content")
	}
	if opts.Site == "" {
		opts.Site = filepath.Join(opts.Root, "site")
	}
	if opts.Out == "" {
		opts.Out = filepath.Join(opts.Root, "public")
	}
	if opts.CacheDir == "" {
		opts.CacheDir = filepath.Join(opts.Root, ".cache")
	}
	tc, err := wasmbuild.Find()
	if err != nil {
		return nil, err
	}
	if err := assets.CheckModules(opts.Root); err != nil {
		return nil, err
	}
	return &Builder{opts: opts, tc: tc}, nil
}

// Sources returns the folders the site is built from.
func (b *Builder) Sources() []string {
	return []string{b.opts.Content, b.opts.Site, filepath.Join(b.opts.Root, "wasm")}
}

// Out returns the folder the site is written to.
func (b *Builder) Out() string { return b.opts.Out }

// Build builds the whole site. On any error the previous output is left as it
// was; the error lists every problem found, each with file and line.
func (b *Builder) Build() (*Result, error) {
	start := time.Now()
	root, siteDir := b.opts.Root, b.opts.Site

	site, err := content.Load(b.opts.Content, b.opts.BaseURL)
	if err != nil {
		return nil, err
	}
	bundle, err := assets.Build(siteDir, b.tc.GOROOT, filepath.Join(root, "wasm"), filepath.Join(root, "node_modules"))
	if err != nil {
		return nil, err
	}
	wasm, err := wasmbuild.Compile(b.tc, root, filepath.Join(b.opts.CacheDir, "wasm"))
	if err != nil {
		return nil, err
	}
	out := newOutput()
	for path, data := range bundle.Files {
		out.add(path, data)
	}
	wasmPath := "/assets/checker-" + shortHash(wasm) + ".wasm"
	out.add(wasmPath, wasm)
	if err := out.addDir(filepath.Join(siteDir, "static")); err != nil {
		return nil, err
	}
	index := search.Build(site, rules.Catalog())
	indexJSON := index.JSON()
	indexPath := "/assets/search-" + shortHash(indexJSON) + ".json"
	out.add(indexPath, indexJSON)

	r, err := newRenderer(site, filepath.Join(siteDir, "layouts"), Assets{
		CSS:    bundle.Entries["main.css"],
		JS:     bundle.Entries["main.js"],
		Worker: bundle.Entries["worker.js"],
		Wasm:   wasmPath,
		Search: bundle.Entries["search-worker.js"],
		Index:  indexPath,
	})
	if err != nil {
		return nil, err
	}
	if err := r.renderAll(out); err != nil {
		return nil, err
	}
	writeExtras(site, out)
	if err := addServiceWorker(site, siteDir, out); err != nil {
		return nil, err
	}
	if err := checkLinks(site, index, out); err != nil {
		return nil, err
	}
	n, err := out.writeAtomic(b.opts.Out)
	if err != nil {
		return nil, err
	}
	return &Result{Pages: len(site.Pages), Files: len(out.files), Bytes: n, Took: time.Since(start)}, nil
}

// checkLinks proves every internal link resolves. Links written in Markdown
// are reported at their file and line, search results at the source of what
// they find; the rest come from layouts.
func checkLinks(site *content.Site, index *search.Index, out *output) error {
	idx := linkcheck.New(out.files)
	var errs diag.List
	for _, p := range site.Pages {
		for _, l := range p.Links {
			if why := idx.Resolve(p.URL, l.Dest); why != "" {
				errs.Add(diag.At(p.File, l.Line, "broken link "+strconv.Quote(l.Dest)+": "+why))
			}
		}
	}
	for _, d := range index.Docs {
		if why := idx.Resolve("/", d.URL); why != "" {
			errs.Add(diag.At(d.File, d.Line, "search result "+strconv.Quote(d.Title)+" would link to "+d.URL+": "+why))
		}
	}
	if err := errs.Err(); err != nil {
		return err
	}
	for _, msg := range idx.Check(site.Base) {
		errs.Add(diag.At("site/layouts", 0, "broken link in built page "+strings.TrimPrefix(msg, "/")))
	}
	return errs.Err()
}

func shortHash(b []byte) string {
	h := sha256.Sum256(b)
	return strings.ToUpper(hex.EncodeToString(h[:]))[:8]
}

func readDirFiles(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if os.IsNotExist(err) && path == dir {
			return filepath.SkipDir
		}
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files["/"+filepath.ToSlash(rel)] = b
		return err
	})
	return files, err
}
