//go:build js && wasm

// Command wasm is the bridge between the rules package and JavaScript: it
// installs globalThis.connectwell.check(text, {account, name, relationship}),
// which returns a plain object shaped like one JSON report of the check
// command, then waits for calls. It works in a page, a Web Worker and Node.
package main

import (
	"syscall/js"

	"github.com/connectwell/connectwell/wasm/rules"
)

func main() {
	install(js.Global())
	select {} // keep the Go program alive to answer calls
}

// install defines connectwell.check on the given global object.
func install(global js.Value) {
	global.Set("connectwell", map[string]any{"check": js.FuncOf(check)})
}

// check is connectwell.check. Bad options yield {error: "..."} rather than a
// panic, which would end the Go program and every later call with it.
func check(_ js.Value, args []js.Value) any {
	if len(args) == 0 || args[0].Type() != js.TypeString {
		return map[string]any{"error": "connectwell.check: the first argument must be a string"}
	}
	opts, msg := options(args[1:])
	if msg != "" {
		return map[string]any{"error": "connectwell.check: " + msg}
	}
	// The report goes over as JSON text for JSON.parse to build: one call
	// into JavaScript instead of one per property, several times faster.
	// AppendJSON writes exactly what encoding/json writes for Plain().
	return js.Global().Get("JSON").Call("parse", string(rules.Check(args[0].String(), opts).AppendJSON(nil)))
}

func options(args []js.Value) (rules.Options, string) {
	var o rules.Options
	if len(args) == 0 || args[0].IsUndefined() || args[0].IsNull() {
		o.Account, o.Relationship = rules.Free, rules.Stranger
		return o, ""
	}
	v := args[0]
	var ok bool
	if o.Account, ok = rules.ParseAccount(str(v, "account")); !ok {
		return o, `unknown account "` + str(v, "account") + `" (want free or premium)`
	}
	if o.Relationship, ok = rules.ParseRelationship(str(v, "relationship")); !ok {
		return o, `unknown relationship "` + str(v, "relationship") + `"`
	}
	o.Name = str(v, "name")
	// disable: an array of rule ids not to run; other values count as unset.
	if d := v.Get("disable"); d.InstanceOf(js.Global().Get("Array")) {
		for i := range d.Length() {
			if id := d.Index(i); id.Type() == js.TypeString {
				o.Disable = append(o.Disable, id.String())
			}
		}
	}
	return o, ""
}

// str reads an optional string property; anything else counts as unset.
func str(v js.Value, key string) string {
	if p := v.Get(key); p.Type() == js.TypeString {
		return p.String()
	}
	return ""
}
