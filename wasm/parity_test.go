//go:build !js

package main

import (
	"encoding/json"
	"reflect"
	"strconv"
	"testing"

	"github.com/connectwell/connectwell/wasm/rules"
)

// TestParity checks every catalog example in the real .wasm under Node,
// through connectwell.mjs as the page calls it, and requires the same report
// as the native package gives.
func TestParity(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm and runs Node")
	}
	type example struct {
		label string
		rules.Example
	}
	var examples []example
	var cases []string
	for _, r := range rules.Catalog() {
		for i, ex := range append(append([]rules.Example{}, r.Bad...), r.Good...) {
			examples = append(examples, example{r.ID + "#" + strconv.Itoa(i), ex})
			cases = append(cases, jsArgs(t, ex.Note, map[string]any{
				"account":      string(ex.Options.Account),
				"name":         ex.Options.Name,
				"relationship": string(ex.Options.Relationship),
				"disable":      ex.Options.Disable,
			}))
		}
	}
	results := checkInNode(t, buildChecker(t, t.TempDir()), cases)
	for i, ex := range examples {
		var got any
		if err := json.Unmarshal(results[i], &got); err != nil {
			t.Fatalf("%s: decoding %s: %v", ex.label, results[i], err)
		}
		want := roundTrip(t, rules.Check(ex.Note, ex.Options).Plain())
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s %q: wasm and native differ\n  wasm %v\nnative %v", ex.label, ex.Note, got, want)
		}
	}
	t.Logf("%d catalog examples agree in wasm and native", len(examples))
}

// jsArgs writes Go values as the source of a JavaScript argument list (JSON
// is JavaScript).
func jsArgs(t *testing.T, args ...any) string {
	t.Helper()
	b, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	return string(b[1 : len(b)-1])
}
