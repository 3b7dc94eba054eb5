// Load: starts the checker's WebAssembly, the same way in the page and in
// its worker (worker.js): fetched and compiled as it streams in, which the
// browser does off the main thread, then run. Running it starts Go's
// runtime, compiles the rules and makes a first check, which pays for
// whatever the browser compiles on first use; a hundred milliseconds or so
// in all, so it is spread over many short tasks (connectwell.prepare() does
// one small step of compiling the rules), and a page that starts a checker
// on its main thread stays quick to answer meanwhile.
//
// loadChecker resolves to check(text, options), which returns the report
// shaped by summarise and throws when the checker cannot answer (a bad
// option, or the Go program stopped after a panic). Its timings property
// says how long the set-up's tasks took, in milliseconds: run (Go's runtime
// and the package's own start-up), steps (compiling the rules, a step a
// task), first (the first checks, WARM_UP) and longest, the longest of them
// all.
import "go:wasm_exec";
import { install } from "wasm:connectwell";
import { summarise } from "./summary.js";

export async function loadChecker(url) {
  const go = new globalThis.Go();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the checker (HTTP ${response.status})`);
  let result;
  if (WebAssembly.instantiateStreaming && response.headers.get("Content-Type") === "application/wasm") {
    result = await WebAssembly.instantiateStreaming(response, go.importObject);
  } else {
    result = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
  }
  const next = tasks();
  try {
    return await start(go, result.instance, next);
  } finally {
    next.close();
  }
}

// start runs the Go program and sets the checker up, a task at a time.
async function start(go, instance, next) {
  await next();
  let t = performance.now();
  // run() returns once main blocks; the checker's exports then answer calls.
  go.run(instance);
  if (go.exited) throw new Error("the checker did not start");
  const run = performance.now() - t;
  const checker = install(go, instance, {});
  const steps = [];
  for (let done = false; !done; ) {
    await next();
    t = performance.now();
    done = checker.prepare();
    steps.push(performance.now() - t);
  }
  const check = (text, options) => {
    const report = checker.check(text, options);
    if (report.error) throw new Error(report.error);
    return summarise(report);
  };
  const first = [];
  for (const note of WARM_UP) {
    await next();
    t = performance.now();
    check(note, {});
    first.push(performance.now() - t);
  }
  check.timings = { run, steps, first, longest: Math.max(run, ...steps, ...first) };
  return check;
}

// WARM_UP are first checks, each in a task of its own, that take the
// checker through most of its code a little more at a time, so that what
// the browser compiles on first use is not all paid for at once, nor by
// the reader's first keystroke: the last is a note with a greeting, an
// introduction, common ground, a question, a link, and fixes.
const WARM_UP = [
  "Hi",
  "Hi Ana, I'm a designer at Fjord.",
  "Hi Ana, I'm a designer at Fjord and I enjoyed your talk at the Lisbon meetup. Are you hiring?",
  "Hi Ana, I'm a designer at Fjord and I enjoyed your talk at the Lisbon meetup. " +
    "Are you hiring? My work is at https://example.com. Best regards, Tom",
];

// tasks returns next(), which resolves in a task of its own, soon: a
// message to itself, which browsers do not hold back as they may hold back
// timers (to 4 ms or more after a few in a row, and far longer in a
// background tab).
function tasks() {
  const channel = new MessageChannel();
  let wake = null;
  channel.port1.onmessage = () => wake();
  const next = () => new Promise((resolve) => {
    wake = resolve;
    channel.port2.postMessage(null);
  });
  next.close = () => channel.port1.close();
  return next;
}
