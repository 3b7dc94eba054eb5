package main

import (
	"encoding/json"
	"testing"
)

// roundTrip passes v through encoding/json, giving the generic form (maps,
// slices, float64s) that a JSON report from JavaScript decodes to, so the two
// can be compared with reflect.DeepEqual. Both the bridge test (in wasm) and
// the parity test (native, driving Node) use it.
func roundTrip(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}
