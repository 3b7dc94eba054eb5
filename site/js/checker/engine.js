// Engine: the page's side of the checker worker. check() resolves with the
// report for the latest request only; older answers are dropped, so fast
// typing never shows a stale result.

export function createEngine(workerURL, wasmURL) {
  const worker = new Worker(workerURL);
  let seq = 0;
  let pending = null;
  let onState = () => {};

  worker.onmessage = (event) => {
    const msg = event.data;
    if (msg.type === "ready") onState("ready");
    else if (msg.type === "error") onState("error", msg.message);
    else if (msg.type === "report" && pending && msg.id === pending.id) {
      pending.resolve(msg.report);
      pending = null;
    }
  };
  worker.onerror = (event) => onState("error", event.message || "the checker failed to load");
  worker.postMessage({ type: "init", wasm: wasmURL });

  return {
    onState(fn) { onState = fn; },
    check(text, options) {
      const id = ++seq;
      return new Promise((resolve) => {
        pending = { id, resolve };
        worker.postMessage({ type: "check", id, text, options });
      });
    },
  };
}
