// The checker's Web Worker: it runs the Go rules compiled to WebAssembly off
// the main thread, so even a pasted megabyte never freezes the page. The page
// starts a second checker of its own for short notes (engine.js); both load
// through load.js.
//
// Protocol: {type: "init", wasm: url} → {type: "ready"} or {type: "error"};
// {type: "check", id, text, options} → {type: "report", id, report} (the
// report shaped by summarise: its first findings and counts of all), or
// {type: "error", id, message} once the Go program can no longer answer.
import { loadChecker } from "./checker/load.js";

let ready = null;

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === "init") {
    ready = loadChecker(msg.wasm);
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
      const check = await ready;
      self.postMessage({ type: "report", id: msg.id, report: check(msg.text, msg.options) });
    } catch (err) {
      self.postMessage({ type: "error", id: msg.id, message: describe(err) });
    }
  }
};

function describe(err) {
  return String((err && err.message) || err || "unknown error");
}
