//go:build !js

package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/connectwell/connectwell/wasm/rules"
)

// TestBridgeInNode calls globalThis.connectwell.check in the real .wasm
// under Node, through connectwell.mjs as the page does, and compares each
// result with the native report, or with the error a bad call must give.
// The calls run in order in one Go program, so they also show that a bad
// call leaves the checker working and that a short note after a megabyte
// is not mixed with what is left in the buffers.
func TestBridgeInNode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm and runs Node")
	}
	const stock = "Hi Ana, I'd like to add you to my professional network. "
	bigText := strings.Repeat(stock, 1<<20/len(stock)+1)[:1<<20]
	tests := []struct {
		name string
		args string // JavaScript source of the arguments
		text string // the note as Go must receive it
		opts rules.Options
		err  string // for bad calls: what {error} must say
	}{
		{name: "no options", args: `"Hi Ana 🙂, I'd like to add you to my professional network."`,
			text: "Hi Ana 🙂, I'd like to add you to my professional network."},
		{name: "undefined options", args: `"Hi Ana", undefined`, text: "Hi Ana"},
		{name: "null options", args: `"Hi Ana", null`, text: "Hi Ana"},
		{name: "all options", args: `"Hi Sarah, we met at the Lisbon meetup!! Are you hiring?", {account: "premium", name: "Rachel", relationship: "met"}`,
			text: "Hi Sarah, we met at the Lisbon meetup!! Are you hiring?", opts: rules.Options{Account: rules.Premium, Name: "Rachel", Relationship: rules.Met}},
		{name: "close friend", args: `"I'd like to add you to my professional network.", {relationship: "close"}`,
			text: "I'd like to add you to my professional network.", opts: rules.Options{Relationship: rules.Close}},
		{name: "disable", args: `"Hi Ana, see https://example.com NOW", {disable: ["link", "shouting"]}`,
			text: "Hi Ana, see https://example.com NOW", opts: rules.Options{Disable: []string{"link", "shouting"}}},
		{name: "disable nothing", args: `"Hi Ana", {disable: []}`, text: "Hi Ana"},
		{name: "non-string options count as unset", args: `"Hi Ana", {account: 5, name: true, relationship: null}`, text: "Hi Ana"},
		{name: "empty strings are the defaults", args: `"Hi Ana", {account: "", relationship: ""}`, text: "Hi Ana"},
		{name: "other properties are ignored", args: `"Hi Ana", {acount: "premium", colour: "red"}`, text: "Hi Ana"},
		{name: "empty note", args: `""`, text: ""},
		{name: "a megabyte", args: jsArgs(t, bigText), text: bigText},
		{name: "a short note after a megabyte", args: `"Hi Ana"`, text: "Hi Ana"},
		// Four bytes of UTF-8 for two UTF-16 code units, and over a
		// megabyte of them: the request buffer's worst case after lone
		// surrogates.
		{name: "a megabyte of emoji", args: `"🎉".repeat(1 << 19)`, text: strings.Repeat("🎉", 1<<19)},
		{name: "emoji and CJK", args: jsArgs(t, "Hi 美咲 👩‍💻🎉🎉🎉 "+strings.Repeat("é", 200)),
			text: "Hi 美咲 👩‍💻🎉🎉🎉 " + strings.Repeat("é", 200)},
		// JavaScript strings may hold lone surrogates; they reach Go as
		// U+FFFD, in the note and in the options, as with js.Value.String.
		{name: "lone surrogates", args: `"Hi \uD800 Ana \uDFFF" + "\uD83D", {name: "\uDC00"}`,
			text: "Hi \uFFFD Ana \uFFFD\uFFFD", opts: rules.Options{Name: "\uFFFD"}},
		{name: "surrogates that pair up", args: `"Hi Ana \uD83D" + "\uDE00"`, text: "Hi Ana 😀"},
		{name: "the protocol's separators are text", args: `"a=b\u0000c\u0004", {name: "A=B\u0000"}`,
			text: "a=b\x00c\x04", opts: rules.Options{Name: "A=B\x00"}},
		{name: "HTML is text", args: `"<b>Hi [Name]</b> <script>alert(1)</script>"`, text: "<b>Hi [Name]</b> <script>alert(1)</script>"},

		{name: "no arguments", args: ``, err: "the first argument must be a string"},
		{name: "number", args: `42`, err: "the first argument must be a string"},
		{name: "null", args: `null`, err: "the first argument must be a string"},
		{name: "options not an object", args: `"Hi", "premium"`, err: "the options must be an object"},
		{name: "bad account", args: `"Hi", {account: "gold"}`, err: `unknown account "gold" (want free or premium)`},
		{name: "bad relationship", args: `"Hi", {relationship: "boss"}`, err: `unknown relationship "boss"`},
		{name: "unknown rule", args: `"Hi", {disable: ["link", "nope"]}`, err: `cannot disable unknown rule "nope"`},
		{name: "disable not a list", args: `"Hi", {disable: "link"}`, err: "disable must be an array of strings"},
		{name: "disable with a number", args: `"Hi", {disable: ["link", 1]}`, err: "disable must be an array of strings"},
		{name: "a good call after bad ones", args: `"Hi Ana"`, text: "Hi Ana"},
	}
	cases := make([]string, len(tests))
	for i, tc := range tests {
		cases[i] = tc.args
	}
	results := checkInNode(t, buildChecker(t, t.TempDir()), cases)
	for i, tc := range tests {
		var got any
		if err := json.Unmarshal(results[i], &got); err != nil {
			t.Fatalf("%s: decoding %.200s: %v", tc.name, results[i], err)
		}
		var want any
		if tc.err != "" {
			want = map[string]any{"error": "connectwell.check: " + tc.err}
		} else {
			opts := tc.opts
			if opts.Account == "" {
				opts.Account = rules.Free
			}
			if opts.Relationship == "" {
				opts.Relationship = rules.Stranger
			}
			want = roundTrip(t, rules.Check(tc.text, opts).Plain())
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: JS result differs\n got %.500v\nwant %.500v", tc.name, got, want)
		}
	}
}

// TestPrepareInNode sets the checker up as the page's main thread does, one
// step a call of connectwell.prepare(), and checks that it takes more calls
// than there are rules (each rule's patterns are indexed in batches), stays
// done, and that the checker then answers as the native package does.
func TestPrepareInNode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm and runs Node")
	}
	const note = "Hi Ana, I'd like to add you to my professional network. Are you hiring?"
	runner, err := filepath.Abs(filepath.Join("testdata", "prepare.mjs"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("node", runner, buildChecker(t, t.TempDir()),
		filepath.Join(goroot(t), "lib", "wasm", "wasm_exec.js"), note).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got struct {
		Calls  int
		Again  bool
		Report any
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("decoding %.200s: %v", out, err)
	}
	if rulesAndGreeting := len(rules.Catalog()) + 1; got.Calls <= rulesAndGreeting || !got.Again {
		t.Errorf("prepare() reported done after %d calls (want more than %d), and then %v (want true)", got.Calls, rulesAndGreeting, got.Again)
	}
	want := roundTrip(t, rules.Check(note, rules.Options{Account: rules.Free, Relationship: rules.Stranger}).Plain())
	if !reflect.DeepEqual(got.Report, want) {
		t.Errorf("after prepare(), the report differs\n got %.500v\nwant %.500v", got.Report, want)
	}
}
