// Package assets bundles and minifies the page's JavaScript and CSS with
// esbuild's Go API into content-hashed files, so browsers may cache them
// forever, and builds the service worker, whose URL must stay stable.
package assets

import (
	"encoding/json"
	"path/filepath"
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

// Build bundles the entry points found in siteDir. goroot locates Go's
// wasm_exec.js, which the worker imports as "go:wasm_exec"; npm packages
// are imported from the folder modules (the repository's node_modules,
// wherever siteDir is), which CheckModules has checked.
func Build(siteDir, goroot, modules string) (*Bundle, error) {
	abs, err := filepath.Abs(siteDir)
	if err != nil {
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
		Plugins:           []api.Plugin{wasmExec(goroot)},
		NodePaths:         []string{modules},
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

// wasmExec resolves the import "go:wasm_exec" to the wasm_exec.js of the Go
// toolchain that compiles the checker; the two must come from the same release.
func wasmExec(goroot string) api.Plugin {
	return api.Plugin{
		Name: "go-wasm-exec",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^go:wasm_exec$`}, func(api.OnResolveArgs) (api.OnResolveResult, error) {
				return api.OnResolveResult{Path: filepath.Join(goroot, "lib", "wasm", "wasm_exec.js")}, nil
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
