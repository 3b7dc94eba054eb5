//go:build !js

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/connectwell/connectwell/wasm/rules"
)

// nodeScript loads the checker with Go's wasm_exec.js, calls
// connectwell.check for each case and prints one JSON report per line.
const nodeScript = `"use strict";
const fs = require("fs");
const [wasmExec, wasmPath, casesPath] = process.argv.slice(2);
require(wasmExec);
const go = new Go();
WebAssembly.instantiate(fs.readFileSync(wasmPath), go.importObject).then(({instance}) => {
	go.run(instance); // main installs connectwell.check, then waits for calls
	const cases = JSON.parse(fs.readFileSync(casesPath, "utf8"));
	const lines = cases.map((c) => JSON.stringify(globalThis.connectwell.check(c.note, c.options)));
	fs.writeSync(1, lines.join("\n") + "\n");
	process.exit(0);
}).catch((err) => {
	console.error(err);
	process.exit(1);
});
`

type parityCase struct {
	Note    string            `json:"note"`
	Options map[string]string `json:"options"`
	opts    rules.Options
	label   string
}

// TestParity checks every catalog example in the real .wasm under Node and
// requires the same report as the native package gives.
func TestParity(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm and runs Node")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not on PATH; the wasm parity test needs Node.js (install it, e.g. apt-get install nodejs): %v", err)
	}
	dir := t.TempDir()
	wasm := buildChecker(t, dir)

	var cases []parityCase
	for _, r := range rules.Catalog() {
		for i, ex := range append(append([]rules.Example{}, r.Bad...), r.Good...) {
			cases = append(cases, parityCase{
				Note: ex.Note,
				Options: map[string]string{
					"account":      string(ex.Options.Account),
					"name":         ex.Options.Name,
					"relationship": string(ex.Options.Relationship),
				},
				opts:  ex.Options,
				label: r.ID + "#" + strconv.Itoa(i),
			})
		}
	}
	casesPath := filepath.Join(dir, "cases.json")
	scriptPath := filepath.Join(dir, "parity.js")
	data, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(casesPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(scriptPath, []byte(nodeScript), 0o644); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(node, scriptPath, filepath.Join(goroot(t), "lib", "wasm", "wasm_exec.js"), wasm, casesPath)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}

	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	n := 0
	for ; sc.Scan(); n++ {
		if n >= len(cases) {
			t.Fatalf("node printed more reports than there are cases")
		}
		c := cases[n]
		var got any
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("%s: decoding %s: %v", c.label, sc.Bytes(), err)
		}
		want := roundTrip(t, rules.Check(c.Note, c.opts).Plain())
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s %q: wasm and native differ\n wasm %v\nnative %v", c.label, c.Note, got, want)
		}
	}
	if n != len(cases) {
		t.Fatalf("node printed %d reports for %d cases\n%s", n, len(cases), stderr.String())
	}
	t.Logf("%d catalog examples agree in wasm and native", n)
}
