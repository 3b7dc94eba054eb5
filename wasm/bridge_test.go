//go:build js && wasm

package main

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/connectwell/connectwell/wasm/rules"
)

// The Go half of the protocol, called as JavaScript calls it: write a
// request into the buffer connectwell_request gives, call connectwell_check,
// read the answer at the address it returns. TestBridgeInNode covers the
// JavaScript half.

// field encodes one field of a request.
func field(key, value string) []byte {
	n := len(key) + 1 + len(value)
	return append([]byte{byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)}, key+"="+value...)
}

func fields(fs ...[]byte) []byte {
	var req []byte
	for _, f := range fs {
		req = append(req, f...)
	}
	return req
}

// call sends req and returns the answer: a report or an error message.
func call(req []byte) (report []byte, msg string) {
	copy(unsafe.Slice((*byte)(requestBuffer(uint32(len(req)))), len(req)), req)
	return readAnswer(check(uint32(len(req))))
}

// readAnswer reads the answer at the address connectwell_check returns.
func readAnswer(at unsafe.Pointer) (report []byte, msg string) {
	head := unsafe.Slice((*byte)(at), 4)
	count := int32(uint32(head[0]) | uint32(head[1])<<8 | uint32(head[2])<<16 | uint32(head[3])<<24)
	if count < 0 {
		return nil, string(unsafe.Slice((*byte)(at), 4-int(count))[4:])
	}
	return slices.Clone(unsafe.Slice((*byte)(at), 4+int(count))[4:]), ""
}

func TestProtocol(t *testing.T) {
	big := strings.Repeat("Hi Ana, I'd like to add you to my professional network. ", 2000) // grows the buffers
	tests := []struct {
		name string
		req  []byte
		text string
		opts rules.Options
	}{
		{"no fields", nil, "", rules.Options{}},
		{"text only", fields(field("text", "Hi Ana 🙂")), "Hi Ana 🙂", rules.Options{}},
		{"every option", fields(field("text", "Hi Sarah!!"), field("account", "premium"), field("name", "Rachel"), field("relationship", "met")),
			"Hi Sarah!!", rules.Options{Account: rules.Premium, Name: "Rachel", Relationship: rules.Met}},
		{"any order", fields(field("relationship", "close"), field("text", "I'd like to add you to my professional network.")),
			"I'd like to add you to my professional network.", rules.Options{Relationship: rules.Close}},
		{"empty values are the defaults", fields(field("text", ""), field("account", ""), field("relationship", "")), "", rules.Options{}},
		{"disable, once per rule", fields(field("text", "see https://x.io NOW"), field("disable", "link"), field("disable", "shouting")),
			"see https://x.io NOW", rules.Options{Disable: []string{"link", "shouting"}}},
		{"only the first = splits", fields(field("text", "a=b"), field("name", "=")), "a=b", rules.Options{Name: "="}},
		{"a large request", fields(field("text", big)), big, rules.Options{}},
		{"a small one after it", fields(field("text", "Hi Ana")), "Hi Ana", rules.Options{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			report, msg := call(tc.req)
			if msg != "" {
				t.Fatalf("error: %s", msg)
			}
			var got any
			if err := json.Unmarshal(report, &got); err != nil {
				t.Fatalf("decoding %.200s: %v", report, err)
			}
			opts := tc.opts
			opts.Account, _ = rules.ParseAccount(string(opts.Account))
			opts.Relationship, _ = rules.ParseRelationship(string(opts.Relationship))
			if want := roundTrip(t, rules.Check(tc.text, opts).Plain()); !reflect.DeepEqual(got, want) {
				t.Errorf("report differs from native\n got %.300v\nwant %.300v", got, want)
			}
		})
	}
}

func TestProtocolErrors(t *testing.T) {
	tests := []struct {
		name string
		req  []byte
		want string
	}{
		{"bad account", fields(field("text", "Hi"), field("account", "gold")), `unknown account "gold" (want free or premium)`},
		{"bad relationship", fields(field("relationship", "boss")), `unknown relationship "boss"`},
		{"unknown rule", fields(field("disable", "link"), field("disable", "nope")), `cannot disable unknown rule "nope"`},
		{"unknown option", fields(field("colour", "red")), `unknown option "colour"`},
		{"no =", fields([]byte{4, 0, 0, 0, 't', 'e', 'x', 't'}), malformed},
		{"short count", []byte{4, 0}, malformed},
		{"count past the end", fields([]byte{9, 0, 0, 0, 't', '='}), malformed},
		{"huge count", fields([]byte{0xff, 0xff, 0xff, 0xff, 't', '='}), malformed},
	}
	for _, tc := range tests {
		if report, msg := call(tc.req); msg != tc.want {
			t.Errorf("%s: got %q (report %.100s), want error %q", tc.name, msg, report, tc.want)
		}
	}
	// A count past the end of the buffer.
	requestBuffer(8)
	if report, msg := readAnswer(check(uint32(len(request)) + 1)); msg == "" {
		t.Errorf("checking past the buffer: got report %.100s, want an error", report)
	}
	// The checker still answers.
	if report, msg := call(fields(field("text", "Hi Ana"))); msg != "" || !strings.Contains(string(report), `"verdict":`) {
		t.Errorf("after errors: report %s, error %q", report, msg)
	}
}
