//go:build js && wasm

// Command wasm is the checker as WebAssembly: the rules package behind two
// exported functions that JavaScript calls directly. connectwell.mjs, beside
// this file, turns them into globalThis.connectwell.check(text, options),
// which returns a plain object shaped like one JSON report of the check
// command. It works in a page, a Web Worker and Node, with Go's wasm_exec.js.
//
// The exports replace a syscall/js callback (js.FuncOf), whose round trip
// through wasm_exec.js cost several times more than checking a short note.
// A call to an export costs well under a microsecond.
//
// # Protocol
//
// Strings cross as UTF-8 in buffers that Go owns; JavaScript reads and writes
// them through the exported memory, mem. One call at a time (JavaScript
// calls from one thread):
//
//  1. connectwell_request(size) returns the address of a buffer of at least
//     size bytes, Go's to keep and reuse.
//  2. JavaScript writes the request into it: fields one after another, each
//     a little-endian uint32 byte count and then that many bytes of UTF-8
//     "key=value". The keys are text (the note), account, name,
//     relationship, and disable (one field per rule id). A missing key takes
//     its default: an empty note, a free account, no name, a stranger.
//  3. connectwell_check(n) checks the request in the first n bytes of the
//     buffer and returns the address of its answer: a little-endian int32
//     count, then that many bytes of UTF-8 JSON, the report exactly as
//     rules.Report.AppendJSON writes it; or, when the count is negative,
//     -count bytes of an error message about the options.
//
// Before the first check, the checker compiles its rules, which takes tens
// of milliseconds. connectwell_prepare() does one small step of that (a
// rule, a batch of its patterns, or, last, collecting the set-up's garbage)
// and returns 1 once none is left, 0 otherwise; a host that must not be busy
// that long at once, such as a page's main thread, calls it once a task until
// it returns 1. It is optional: connectwell_check does whatever is left.
//
// Any call may grow the memory, which detaches JavaScript's earlier views of
// it, so JavaScript takes a fresh view after each call. An address stays
// valid until the next call.
//
// The request is a list of named fields rather than a fixed layout, so a new
// option needs one case in parse and one name in connectwell.mjs, and no
// JSON decoder, whose weight the size budget cannot spare.
package main

import (
	"unsafe"

	"github.com/connectwell/connectwell/wasm/rules"
)

// The two buffers of the protocol, kept between calls so that checking as
// the user types allocates them once. They are separate because the report
// may quote the note while it is being written.
var (
	request []byte
	answer  []byte
)

// checker checks every request, reusing its memory from one to the next.
var checker rules.Checker

// name is the last recipient's name, and disabled the last list of rules to
// skip: parse reuses them so that a check as the user types allocates
// nothing. In WebAssembly the garbage collector's marking runs only inside
// calls, and while it lasts every pointer store pays a write barrier, which
// cost the checks more time than the allocations themselves.
var (
	name     string
	disabled []string
)

func main() {
	// Returning would end the program, and the exports with it; blocking
	// hands control back to JavaScript (go.run returns).
	select {}
}

// requestBuffer is connectwell_request: step 1 of the protocol.
//
//go:wasmexport connectwell_request
func requestBuffer(size uint32) unsafe.Pointer {
	if uint64(size) > uint64(cap(request)) {
		request = make([]byte, size)
	}
	request = request[:cap(request)]
	return unsafe.Pointer(unsafe.SliceData(request))
}

// prepare is connectwell_prepare: one step of the checker's set-up.
//
//go:wasmexport connectwell_prepare
func prepare() uint32 {
	switch {
	case !compiled:
		compiled = rules.Prepare()
		return 0
	case !settled:
		finishGC() // a step of its own
		settled = true
	}
	return 1
}

// compiled says whether the rules are compiled, and settled whether the
// set-up's garbage collection is finished too.
var compiled, settled bool

// finishGC completes the garbage collection in progress, if any. In
// WebAssembly the collector's goroutines run only when JavaScript hands
// control back to Go's scheduler, which a host calling the exports one
// check after another never does. A collection that a call starts (the
// set-up's allocations start one, and so does checking a long text) is then
// carried on only by the work later allocations do on its behalf; checks
// that allocate nothing leave it unfinished for good, and every pointer
// store of every check pays a write barrier, a third of a check's time in
// Node. Turning the collector off waits for the collection in progress to
// end (its goroutines run within the call), and turning it back on starts
// none; when none is in progress, the two calls cost nothing measurable.
func finishGC() {
	setGCPercent(setGCPercent(-1))
}

// setGCPercent is what debug.SetGCPercent calls: the runtime provides it to
// runtime/debug under that name. Importing runtime/debug would bring fmt,
// os and reflect into the binary, 110 kB gzipped.
//
//go:linkname setGCPercent runtime/debug.setGCPercent
func setGCPercent(percent int32) int32

// check is connectwell_check: step 3 of the protocol.
//
//go:wasmexport connectwell_check
func check(n uint32) unsafe.Pointer {
	answer = append(answer[:0], 0, 0, 0, 0) // room for the count
	var text string
	var opts rules.Options
	msg := "the request is longer than its buffer"
	if uint64(n) <= uint64(len(request)) {
		// A view of the request, not a copy: the check reads its fields
		// before the next call overwrites the buffer. parse copies the one
		// that outlives the call, the name the Checker remembers.
		msg = parse(unsafe.String(unsafe.SliceData(request), n), &text, &opts)
	}
	count := -len(msg)
	if msg != "" {
		answer = append(answer, msg...)
	} else {
		answer = checker.Check(text, opts).AppendJSON(answer)
		count = len(answer) - 4
	}
	c := uint32(int32(count))
	answer[0], answer[1], answer[2], answer[3] = byte(c), byte(c>>8), byte(c>>16), byte(c>>24)
	finishGC()
	return unsafe.Pointer(unsafe.SliceData(answer))
}

// parse reads a request (step 2 of the protocol) into text and o. A bad
// option yields a message for the caller instead of a panic, which would end
// the program and every later call with it.
func parse(req string, text *string, o *rules.Options) string {
	o.Account, o.Relationship = rules.Free, rules.Stranger
	disabled = disabled[:0]
	for len(req) > 0 {
		if len(req) < 4 {
			return malformed
		}
		size := uint64(req[0]) | uint64(req[1])<<8 | uint64(req[2])<<16 | uint64(req[3])<<24
		if size > uint64(len(req)-4) {
			return malformed
		}
		field := req[4 : 4+size]
		req = req[4+size:]
		eq := 0
		for eq < len(field) && field[eq] != '=' {
			eq++
		}
		if eq == len(field) {
			return malformed
		}
		key, value := field[:eq], field[eq+1:]
		bad, after, ok := "", `"`, true
		switch key {
		case "text":
			*text = value
		case "account":
			if o.Account, ok = rules.ParseAccount(value); !ok {
				bad, after = `unknown account "`, `" (want free or premium)`
			}
		case "name":
			if value != name {
				name = string([]byte(value))
			}
			o.Name = name
		case "relationship":
			if o.Relationship, ok = rules.ParseRelationship(value); !ok {
				bad = `unknown relationship "`
			}
		case "disable":
			if !rules.IsRule(value) {
				bad = `cannot disable unknown rule "`
			}
			disabled = append(disabled, value)
			o.Disable = disabled
		default:
			bad, value = `unknown option "`, key
		}
		if bad != "" {
			return bad + value + after
		}
	}
	return ""
}

// malformed means connectwell.mjs and the .wasm do not speak the same
// protocol, most likely because one of them is stale.
const malformed = "malformed request (are connectwell.mjs and the .wasm from the same build?)"
