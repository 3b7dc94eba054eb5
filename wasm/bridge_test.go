//go:build js && wasm

package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"syscall/js"
	"testing"

	"github.com/connectwell/connectwell/wasm/rules"
)

// TestBridge calls connectwell.check through syscall/js, as a page does, and
// compares each result with the native report.
func TestBridge(t *testing.T) {
	global := js.Global().Get("Object").New() // a fresh object, not the real global
	install(global)
	check := global.Get("connectwell").Get("check")
	if check.Type() != js.TypeFunction {
		t.Fatalf("connectwell.check is a %s, want a function", check.Type())
	}
	loneSurrogate := js.Global().Get("String").Call("fromCharCode", 0xD800).String()
	tests := []struct {
		name string
		args []any
		text string // the note as Go receives it
		opts rules.Options
	}{
		{"no options", []any{"Hi Ana 🙂, I'd like to add you to my professional network."}, "Hi Ana 🙂, I'd like to add you to my professional network.", rules.Options{}},
		{"undefined options", []any{"Hi Ana", js.Undefined()}, "Hi Ana", rules.Options{}},
		{"null options", []any{"Hi Ana", js.Null()}, "Hi Ana", rules.Options{}},
		{"all options", []any{"Hi Sarah, we met at the Lisbon meetup!! Are you hiring?", map[string]any{"account": "premium", "name": "Rachel", "relationship": "met"}},
			"Hi Sarah, we met at the Lisbon meetup!! Are you hiring?", rules.Options{Account: rules.Premium, Name: "Rachel", Relationship: rules.Met}},
		{"close friend", []any{"I'd like to add you to my professional network.", map[string]any{"relationship": "close"}},
			"I'd like to add you to my professional network.", rules.Options{Relationship: rules.Close}},
		{"non-string options count as unset", []any{"Hi Ana", map[string]any{"account": 5, "name": true, "relationship": nil}}, "Hi Ana", rules.Options{}},
		{"empty strings are the defaults", []any{"Hi Ana", map[string]any{"account": "", "relationship": ""}}, "Hi Ana", rules.Options{}},
		{"emoji and CJK", []any{"Hi 美咲 👩‍💻🎉🎉🎉 " + strings.Repeat("é", 200)}, "Hi 美咲 👩‍💻🎉🎉🎉 " + strings.Repeat("é", 200), rules.Options{}},
		{"lone surrogate", []any{"Hi " + loneSurrogate + " Ana"}, "Hi \uFFFD Ana", rules.Options{}},
		{"disable", []any{"see https://x.io NOW", map[string]any{"disable": []any{"link", "shouting", 7}}},
			"see https://x.io NOW", rules.Options{Disable: []string{"link", "shouting"}}},
		{"HTML is text", []any{"<b>Hi [Name]</b> <script>alert(1)</script>"}, "<b>Hi [Name]</b> <script>alert(1)</script>", rules.Options{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := jsToGo(t, check.Invoke(tc.args...))
			if m, ok := got.(map[string]any); ok && m["error"] != nil {
				t.Fatalf("error: %v", m["error"])
			}
			want := roundTrip(t, rules.Check(tc.text, tc.opts).Plain())
			if !reflect.DeepEqual(got, want) {
				t.Errorf("JS result differs from native report\n got %v\nwant %v", got, want)
			}
		})
	}
}

func TestBridgeErrors(t *testing.T) {
	global := js.Global().Get("Object").New()
	install(global)
	check := global.Get("connectwell").Get("check")
	tests := []struct {
		name string
		args []any
		want string
	}{
		{"no arguments", nil, "the first argument must be a string"},
		{"number", []any{42}, "the first argument must be a string"},
		{"null", []any{nil}, "the first argument must be a string"},
		{"bad account", []any{"Hi", map[string]any{"account": "gold"}}, `unknown account "gold"`},
		{"bad relationship", []any{"Hi", map[string]any{"relationship": "boss"}}, `unknown relationship "boss"`},
	}
	for _, tc := range tests {
		got, ok := jsToGo(t, check.Invoke(tc.args...)).(map[string]any)
		msg, _ := got["error"].(string)
		if !ok || len(got) != 1 || !strings.HasPrefix(msg, "connectwell.check: ") || !strings.Contains(msg, tc.want) {
			t.Errorf("%s: got %v, want {error: \"connectwell.check: …%s…\"}", tc.name, got, tc.want)
		}
	}
	// The program survives bad calls: a good call still works.
	if got := jsToGo(t, check.Invoke("Hi Ana")).(map[string]any); got["verdict"] == nil {
		t.Errorf("check after errors: %v", got)
	}
}

// jsToGo converts a JS value to Go data through JSON.stringify.
func jsToGo(t *testing.T, v js.Value) any {
	t.Helper()
	s := js.Global().Get("JSON").Call("stringify", v).String()
	var out any
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		t.Fatalf("decoding %s: %v", s, err)
	}
	return out
}
