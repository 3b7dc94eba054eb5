// Engine: the page's side of the checker. Two copies of it answer. One runs
// in a Web Worker and takes any note: even a pasted megabyte never freezes
// the page. But the browser hands the page the worker's answer only after
// the frame that shows the keystroke, so its findings always reach the
// screen a frame late. So once the worker is ready, the page starts a second
// copy on its own thread (load.js spreads its set-up over short tasks), and
// from then on a note of up to HERE_MAX characters is checked right in the
// request, and its report goes to onReport before request() returns: the
// findings are painted in the same frame as the keystroke. Longer notes, and
// every note while that copy is loading or if it fails, go to the worker.
//
// request() may be called on every keystroke. At most one check is in the
// worker at a time and only the newest waiting request follows it, so a fast
// typist (or a megabyte paste followed by more typing) never builds a queue
// of stale checks. Only the answer to the newest request reaches onReport,
// with the request: its text, options and meta (whatever the caller
// attached), where it was checked ("page" or "worker"), and when it was sent
// to the checker and answered (performance.now()).
//
// Status goes to onStatus when it changes: "loading", "ready" (the newest
// request is answered), "busy", or "failed" with a message. A failed engine
// stays failed until restart(); the page keeps the draft meanwhile. onHere,
// if given, is called once the page's own copy is up, with the timings of
// its set-up (see load.js), and with null if that copy stops answering.

import { loadChecker } from "./load.js";

// Notes up to this many UTF-16 code units are checked on the page's thread.
// A check costs a fixed part and a part in proportion to the note (medians
// in headless Chromium on a busy 2-core server): about 0.9 ms for a
// 300-character note, 1.4 ms for 2,000, 2 ms for 4,000; with the CPU slowed
// 4 times, as Lighthouse does for a phone, 5.5, 8 and 10 ms, well under
// what rendering the findings takes (over 20 ms). Up to 2,000 characters, almost seven times the longest
// note LinkedIn takes, a check costs at most about twice a real note's;
// longer text (a paste) goes to the worker, and its findings come a frame
// later.
export const HERE_MAX = 2000;

// A check that takes this long means the worker is stuck; a megabyte takes
// well under a second.
const STUCK_MS = 15000;

export function createEngine(workerURL, wasmURL, { onReport, onStatus, onHere = () => {} }) {
  let worker = null;
  let ready = false;
  let failed = false;
  let status = "";
  let seq = 0;
  let inflight = 0; // id of the check in the worker, 0 when idle
  let waiting = null; // the newest request not yet sent
  let sent = null; // the request in the worker
  let latest = null; // the newest request of all
  let watchdog = 0;
  let here = null; // check() of the page's own copy, once it is up
  let starting = false; // the page's copy is on its way

  function setStatus(s, message) {
    if (s === status && s !== "failed") return;
    status = s;
    onStatus(s, message);
  }

  function start() {
    ready = failed = false;
    inflight = 0;
    setStatus("loading");
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

  // startHere starts the page's own copy once the worker is ready (so the
  // .wasm is in the browser's cache, and the first check did not wait for
  // it), after a frame, when the page is idle: nothing on the way to the
  // first paint waits for it, and its set-up runs in short tasks.
  function startHere() {
    if (here || starting) return;
    starting = true;
    const idle = globalThis.requestIdleCallback || ((f) => setTimeout(f, 1));
    requestAnimationFrame(() => idle(() => {
      loadChecker(wasmURL).then(
        (check) => {
          here = check;
          onHere(check.timings);
        },
        () => {}, // the worker goes on checking every note
      ).finally(() => {
        starting = false;
      });
    }, { timeout: 1000 }));
  }

  function receive(msg) {
    if (msg.type === "ready") {
      ready = true;
      setStatus("ready");
      startHere();
      pump();
    } else if (msg.type === "error") {
      fail(msg.message);
    } else if (msg.type === "report" && msg.id === inflight) {
      clearTimeout(watchdog);
      inflight = 0;
      sent.received = performance.now();
      // A newer request came meanwhile: this answer is already stale.
      if (sent === latest) {
        setStatus("ready");
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
    setStatus("busy");
    watchdog = setTimeout(() => fail("it took too long to check this note"), STUCK_MS);
    sent.where = "worker";
    sent.sent = performance.now();
    worker.postMessage({ type: "check", id: inflight, text, options });
  }

  // checkHere checks req on this thread and reports it at once; false when
  // the page's copy cannot answer (it then stays out of the way).
  function checkHere(req) {
    let report;
    req.where = "page";
    req.sent = performance.now();
    try {
      report = here(req.text, req.options);
    } catch {
      here = null;
      onHere(null);
      return false;
    }
    req.received = performance.now();
    waiting = null; // a check waiting for the worker is stale now
    setStatus("ready");
    onReport(report, req);
    return true;
  }

  function fail(message) {
    if (failed) return;
    failed = true;
    ready = false;
    clearTimeout(watchdog);
    if (worker) worker.terminate();
    worker = null;
    setStatus("failed", String(message || "unknown error"));
  }

  start();

  return {
    request(text, options, meta = {}) {
      const req = (latest = { text, options, meta });
      if (here && !failed && text.length <= HERE_MAX && checkHere(req)) return;
      waiting = req;
      if (ready) setStatus("busy");
      pump();
    },
    // restart starts a fresh worker; the newest request is checked once it runs.
    restart() {
      if (worker) worker.terminate();
      start();
    },
  };
}
