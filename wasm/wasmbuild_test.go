//go:build !js

package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
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

// checkInNode starts the checker at wasm in Node as the page does (through
// connectwell.mjs), calls globalThis.connectwell.check once per case, in
// order and in the same Go program, and returns each result as JSON. A case
// is the JavaScript source of an argument list, such as `"Hi", {name: "Ana"}`;
// a call that throws gives {"thrown": message}.
func checkInNode(t *testing.T, wasm string, cases []string) []json.RawMessage {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not on PATH; the wasm tests need Node.js (install it, e.g. apt-get install nodejs): %v", err)
	}
	var src strings.Builder
	src.WriteString("export default [\n")
	for _, c := range cases {
		src.WriteString("[" + c + "],\n")
	}
	src.WriteString("];\n")
	casesPath := filepath.Join(t.TempDir(), "cases.mjs")
	if err := os.WriteFile(casesPath, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	runner, err := filepath.Abs(filepath.Join("testdata", "run-cases.mjs"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, runner, wasm, filepath.Join(goroot(t), "lib", "wasm", "wasm_exec.js"), casesPath)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	var results []json.RawMessage
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 64<<20) // the report on a megabyte of text is long
	for sc.Scan() {
		results = append(results, json.RawMessage(bytes.Clone(sc.Bytes())))
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading node's output: %v", err)
	}
	if len(results) != len(cases) {
		t.Fatalf("node printed %d results for %d cases\n%s", len(results), len(cases), stderr.String())
	}
	return results
}
