//go:build !js

package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Helpers for the tests that build the checker's WebAssembly binary and run
// it under Node. They run natively (not under GOOS=js).

// wasmFlags are the flags the site build uses for the checker.
var wasmFlags = []string{"-trimpath", "-ldflags=-s -w"}

// buildWasm builds the Go package pkg (run in dir) for js/wasm into out.
func buildWasm(tb testing.TB, dir, pkg, out string) {
	tb.Helper()
	args := append(append([]string{"build"}, wasmFlags...), "-o", out, pkg)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, msg)
	}
}

// buildChecker builds this package, the checker, into dir.
func buildChecker(tb testing.TB, dir string) string {
	tb.Helper()
	out := filepath.Join(dir, "checker.wasm")
	buildWasm(tb, ".", ".", out)
	return out
}

// minimalProgram is the smallest useful syscall/js program: the floor the
// checker's size is measured against.
const minimalProgram = `package main

import "syscall/js"

func main() {
	js.Global().Set("minimal", js.FuncOf(func(js.Value, []js.Value) any { return nil }))
	select {}
}
`

// buildMinimal builds minimalProgram into dir.
func buildMinimal(tb testing.TB, dir string) string {
	tb.Helper()
	src := filepath.Join(dir, "minimal")
	if err := os.MkdirAll(src, 0o755); err != nil {
		tb.Fatal(err)
	}
	for name, data := range map[string]string{
		"go.mod":  "module minimal\n\ngo 1.26\n",
		"main.go": minimalProgram,
	} {
		if err := os.WriteFile(filepath.Join(src, name), []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	out := filepath.Join(dir, "minimal.wasm")
	buildWasm(tb, src, ".", out)
	return out
}

// gzipSize returns the size of the file compressed as a web server would at
// its best.
func gzipSize(tb testing.TB, path string) int {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	w.Write(data)
	w.Close()
	return b.Len()
}

// goroot returns the Go installation the tests run with.
func goroot(tb testing.TB) string {
	tb.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		tb.Fatalf("go env GOROOT: %v", err)
	}
	return strings.TrimSpace(string(out))
}
