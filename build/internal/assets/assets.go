// Package assets bundles and minifies the page's JavaScript and CSS with
// esbuild's Go API into content-hashed files, so browsers may cache them
// forever, and builds the service worker, whose URL must stay stable.
package assets

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/connectwell/connectwell/build/internal/diag"
)

// A Bundle is the built assets: file contents by site-root-relative path,
// and the path of each entry point by its name ("main.js", "worker.js",
// "search-worker.js", "main.css").
type Bundle struct {
	Files   map[string][]byte
	Entries map[string]string
}

// entryPoints are the bundle's entry points, relative to the site folder.
var entryPoints = []string{"js/main.js", "js/worker.js", "js/search-worker.js", "css/main.css"}

// Build bundles the entry points found in siteDir. The worker imports two
// modules that come with the checker rather than with the site: Go's
// wasm_exec.js as "go:wasm_exec", from goroot, since it must match the Go
// release that compiles the checker; and the checker's JavaScript half,
// connectwell.mjs, as "wasm:connectwell", from wasmDir. npm packages are
// imported from the folder modules (the repository's node_modules, wherever
// siteDir is), which CheckModules has checked.
func Build(siteDir, goroot, wasmDir, modules string) (*Bundle, error) {
	abs, err := filepath.Abs(siteDir)
	if err != nil {
		return nil, err
	}
	// esbuild wants absolute paths.
	if wasmDir, err = filepath.Abs(wasmDir); err != nil {
		return nil, err
	}
	if modules, err = filepath.Abs(modules); err != nil {
		return nil, err
	}
	var entries []string
	for _, e := range entryPoints {
		entries = append(entries, filepath.Join(abs, e))
	}
	res := api.Build(api.BuildOptions{
		EntryPoints:       entries,
		AbsWorkingDir:     abs,
		Outdir:            filepath.Join(abs, "out"),
		EntryNames:        "assets/[name]-[hash]",
		Bundle:            true,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Format:            api.FormatIIFE,
		Target:            api.ES2020,
		Charset:           api.CharsetUTF8,
		Metafile:          true,
		Write:             false,
		LogLevel:          api.LogLevelSilent,
		Plugins: []api.Plugin{named(map[string]string{
			"go:wasm_exec":     filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"),
			"wasm:connectwell": filepath.Join(wasmDir, "connectwell.mjs"),
		})},
		NodePaths: []string{modules},
	})
	if err := messages(siteDir, res.Errors); err != nil {
		return nil, err
	}
	b := &Bundle{Files: map[string][]byte{}, Entries: map[string]string{}}
	out := filepath.Join(abs, "out") + string(filepath.Separator)
	for _, f := range res.OutputFiles {
		b.Files["/"+filepath.ToSlash(strings.TrimPrefix(f.Path, out))] = f.Contents
	}
	// The metafile maps each output to the entry point it came from.
	var meta struct {
		Outputs map[string]struct{ EntryPoint string } `json:"outputs"`
	}
	if err := json.Unmarshal([]byte(res.Metafile), &meta); err != nil {
		return nil, err
	}
	for path, o := range meta.Outputs {
		if o.EntryPoint != "" {
			rel := strings.TrimPrefix(filepath.ToSlash(path), "out/")
			b.Entries[filepath.Base(o.EntryPoint)] = "/" + rel
		}
	}
	return b, nil
}

// named resolves the imports named in files to those files.
func named(files map[string]string) api.Plugin {
	var names []string
	for name := range files {
		names = append(names, regexp.QuoteMeta(name))
	}
	return api.Plugin{
		Name: "named-imports",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: "^(?:" + strings.Join(names, "|") + ")$"}, func(args api.OnResolveArgs) (api.OnResolveResult, error) {
				return api.OnResolveResult{Path: files[args.Path]}, nil
			})
		},
	}
}

// ServiceWorker bundles the service worker source with the list of files to
// precache and a version that changes whenever any of them does.
func ServiceWorker(siteDir, src string, precache []string, version string) ([]byte, error) {
	abs, err := filepath.Abs(siteDir)
	if err != nil {
		return nil, err
	}
	list, _ := json.Marshal(precache)
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{src},
		AbsWorkingDir:     abs,
		Bundle:            true,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Target:            api.ES2020,
		Write:             false,
		LogLevel:          api.LogLevelSilent,
		Define: map[string]string{
			"PRECACHE": string(list),
			"VERSION":  strconv.Quote(version),
		},
	})
	if err := messages(siteDir, res.Errors); err != nil {
		return nil, err
	}
	return res.OutputFiles[0].Contents, nil
}

// messages turns esbuild's errors into positioned build errors.
func messages(siteDir string, msgs []api.Message) error {
	var errs diag.List
	for _, m := range msgs {
		if m.Location == nil {
			errs.Add(diag.At(siteDir, 0, m.Text))
			continue
		}
		// Locations are relative to AbsWorkingDir, the site folder.
		errs.Add(diag.At(filepath.Join(siteDir, m.Location.File), m.Location.Line, m.Text))
	}
	return errs.Err()
}
