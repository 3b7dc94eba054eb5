// Engine: the page's side of the checker worker. request() may be called on
// every keystroke; at most one check is in the worker at a time and only the
// newest waiting request follows it, so a fast typist (or a megabyte paste
// followed by more typing) never builds a queue of stale checks. Only the
// answer to the newest request reaches onReport, with the request: its text,
// options and meta (whatever the caller attached), and when it was sent to
// the worker and answered (performance.now()).
//
// Status goes to onStatus: "loading", "ready", "busy", or "failed" with a
// message. A failed engine stays failed until restart(); the page keeps the
// draft meanwhile.

// A check that takes this long means the worker is stuck; a megabyte takes
// well under a second.
const STUCK_MS = 15000;

export function createEngine(workerURL, wasmURL, { onReport, onStatus }) {
  let worker = null;
  let ready = false;
  let failed = false;
  let seq = 0;
  let inflight = 0; // id of the check in the worker, 0 when idle
  let waiting = null; // the newest request not yet sent
  let sent = null; // the request in the worker
  let watchdog = 0;

  function start() {
    ready = failed = false;
    inflight = 0;
    onStatus("loading");
    try {
      worker = new Worker(workerURL);
    } catch (err) {
      fail(err);
      return;
    }
    worker.onmessage = (event) => receive(event.data || {});
    // A script that fails to load or throws at the top level ends up here.
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || "the checker's script did not load");
    };
    worker.onmessageerror = () => fail("the checker sent an unreadable answer");
    worker.postMessage({ type: "init", wasm: wasmURL });
  }

  function receive(msg) {
    if (msg.type === "ready") {
      ready = true;
      onStatus("ready");
      pump();
    } else if (msg.type === "error") {
      fail(msg.message);
    } else if (msg.type === "report" && msg.id === inflight) {
      clearTimeout(watchdog);
      inflight = 0;
      sent.received = performance.now();
      // A newer request is waiting: this answer is already stale.
      if (!waiting) {
        onStatus("ready");
        onReport(msg.report, sent);
      }
      pump();
    }
  }

  function pump() {
    if (!ready || failed || inflight || !waiting) return;
    const { text, options } = (sent = waiting);
    waiting = null;
    inflight = ++seq;
    onStatus("busy");
    watchdog = setTimeout(() => fail("it took too long to check this note"), STUCK_MS);
    sent.sent = performance.now();
    worker.postMessage({ type: "check", id: inflight, text, options });
  }

  function fail(message) {
    if (failed) return;
    failed = true;
    ready = false;
    clearTimeout(watchdog);
    if (worker) worker.terminate();
    worker = null;
    onStatus("failed", String(message || "unknown error"));
  }

  start();

  return {
    request(text, options, meta = {}) {
      waiting = { text, options, meta };
      pump();
    },
    // restart starts a fresh worker; the newest request is checked once it runs.
    restart() {
      if (worker) worker.terminate();
      start();
    },
  };
}
