// The checker's Web Worker: it runs the Go rules compiled to WebAssembly off
// the main thread, so even a pasted megabyte never freezes the page.
//
// Protocol: {type: "init", wasm: url} → {type: "ready"} or {type: "error"};
// {type: "check", id, text, options} → {type: "report", id, report} (the
// report shaped by summarise: its first findings and counts of all), or
// {type: "error", id, message} once the Go program can no longer answer.
import "go:wasm_exec";
import { summarise } from "./checker/summary.js";

let go = null;
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
      const report = globalThis.connectwell.check(msg.text, msg.options);
      // A panic ends the Go program: the call then returns nothing, and every
      // later call throws.
      if (go.exited || !report || typeof report !== "object") throw new Error("the checker stopped");
      if (report.error) throw new Error(report.error);
      self.postMessage({ type: "report", id: msg.id, report: summarise(report) });
    } catch (err) {
      self.postMessage({ type: "error", id: msg.id, message: describe(err) });
    }
  }
};

async function start(url) {
  go = new globalThis.Go();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the checker (HTTP ${response.status})`);
  let result;
  if (WebAssembly.instantiateStreaming && response.headers.get("Content-Type") === "application/wasm") {
    result = await WebAssembly.instantiateStreaming(response, go.importObject);
  } else {
    result = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
  }
  // run() returns once main blocks, after it has installed globalThis.connectwell.
  go.run(result.instance);
  if (!globalThis.connectwell) throw new Error("the checker did not start");
}

function describe(err) {
  return String((err && err.message) || err || "unknown error");
}
