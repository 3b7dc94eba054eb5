// The checker's Web Worker: it runs the Go rules compiled to WebAssembly off
// the main thread, so even a pasted megabyte never freezes the page.
//
// Protocol: {type: "init", wasm: url} → {type: "ready"} or {type: "error"};
// {type: "check", id, text, options} → {type: "report", id, report} (the
// report shaped by summarise: its first findings and counts of all), or
// {type: "error", id, message} once the Go program can no longer answer.
import "go:wasm_exec";
import { install } from "wasm:connectwell";
import { summarise } from "./checker/summary.js";

let ready = null;

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === "init") {
    ready = start(msg.wasm);
    try {
      await ready;
      self.postMessage({ type: "ready" });
    } catch (err) {
      self.postMessage({ type: "error", message: describe(err) });
    }
    return;
  }
  if (msg.type === "check") {
    try {
      await ready;
      // Throws once a panic has ended the Go program.
      const report = globalThis.connectwell.check(msg.text, msg.options);
      if (report.error) throw new Error(report.error);
      self.postMessage({ type: "report", id: msg.id, report: summarise(report) });
    } catch (err) {
      self.postMessage({ type: "error", id: msg.id, message: describe(err) });
    }
  }
};

async function start(url) {
  const go = new globalThis.Go();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the checker (HTTP ${response.status})`);
  let result;
  if (WebAssembly.instantiateStreaming && response.headers.get("Content-Type") === "application/wasm") {
    result = await WebAssembly.instantiateStreaming(response, go.importObject);
  } else {
    result = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
  }
  // run() returns once main blocks; the checker's exports then answer calls.
  go.run(result.instance);
  if (go.exited) throw new Error("the checker did not start");
  install(go, result.instance);
}

function describe(err) {
  return String((err && err.message) || err || "unknown error");
}
