// Times the checker's WebAssembly in Node, called through connectwell.mjs as
// the page's worker calls it, against the write-good prose linter on the
// same notes, and says whether DESIGN.md's budget held in this run: at least
// 5 times faster than write-good per note, on every note. Run by `make bench`:
//
//   node wasm/testdata/bench-node.mjs CHECKER.wasm "$(go env GOROOT)/lib/wasm/wasm_exec.js"
//
// It prints figures and never fails on them: wall-clock time on a shared
// machine is for people to read, not for tests to assert.
import { createRequire } from "node:module";
import { start } from "./start.mjs";

const [wasmPath, wasmExec] = process.argv.slice(2);
await start(wasmPath, wasmExec);
const require = createRequire(import.meta.url);
const writeGood = require("write-good");
const options = { relationship: "met", name: "Priya" };
const connectwell = (text) => globalThis.connectwell.check(text, options);

const BUDGET = 5;

// Realistic notes of about the length write-good was first timed on.
const notes = [
  "Hi Priya, I enjoyed your talk on accessible forms at the Lisbon design meetup last night, especially the part about error messages. I'm a product designer at Fjord working on checkout flows and would be glad to stay in touch and swap notes. Best, Tom",
  "Hi Priya, we met briefly at the PyData Berlin sprint on Saturday when you helped me debug the pandas memory issue. I'm a data engineer at Zalando and I'd like to keep learning from how you approach profiling. Thanks again, and best wishes, Marco Rossi",
  "Hi Priya, Sam Okafor suggested I reach out: he said you led the move to event sourcing at Monzo. I'm planning a similar migration at a small fintech in Lagos and would value hearing what you would do differently next time. Kind regards, Adaeze Nwosu",
];
const mb = (() => {
  let s = "";
  for (let i = 0; s.length < 1 << 20; i++) s += notes[i % notes.length] + "\n\n";
  return s.slice(0, 1 << 20);
})();

// Time a failing call and the figures mean nothing.
for (const text of [...notes, mb]) {
  const report = connectwell(text);
  if (!report || typeof report.verdict !== "string") {
    console.error("connectwell.check did not return a report:", JSON.stringify(report).slice(0, 200));
    process.exit(1);
  }
}

// callTime returns the mean time of one call of fn(text) over at least ms.
function callTime(fn, text, ms) {
  let n = 0;
  let elapsed = 0;
  const start = performance.now();
  do {
    fn(text);
    n++;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return elapsed / n;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// compare times both checkers on text: a warm-up (the JIT and the wasm
// compiler's second tier settle), then rounds that alternate which checker
// goes first, so a change in the machine's load falls on both alike. Each
// figure is the median over the rounds.
function compare(text, { warmMs, rounds, roundMs }) {
  callTime(connectwell, text, warmMs);
  callTime(writeGood, text, warmMs);
  const cw = [];
  const wg = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2) {
      wg.push(callTime(writeGood, text, roundMs));
      cw.push(callTime(connectwell, text, roundMs));
    } else {
      cw.push(callTime(connectwell, text, roundMs));
      wg.push(callTime(writeGood, text, roundMs));
    }
  }
  return { cw: median(cw), wg: median(wg) };
}

const rows = notes.map((note, i) => ({
  name: `note ${i + 1} (${note.length} chars)`,
  ...compare(note, { warmMs: 300, rounds: 9, roundMs: 40 }),
  scale: 1000,
  unit: "µs",
}));
rows.push({ name: "1 MB text", ...compare(mb, { warmMs: 0, rounds: 3, roundMs: 300 }), scale: 1, unit: "ms" });

const fmt = (ms, row) => `${(ms * row.scale).toFixed(1).padStart(8)} ${row.unit}`;
console.log(
  `checking in Node ${process.version} through the wasm and connectwell.mjs, against write-good ${require("write-good/package.json").version}` +
    ` (median of several rounds after a warm-up)`,
);
console.log(`${"".padEnd(22)} ${"connectwell".padStart(11)}  ${"write-good".padStart(11)}`);
for (const row of rows) {
  console.log(`${row.name.padEnd(22)} ${fmt(row.cw, row)}  ${fmt(row.wg, row)}   ${(row.wg / row.cw).toFixed(1)}x faster`);
}
const lowest = Math.min(...rows.filter((r) => r.unit === "µs").map((r) => r.wg / r.cw));
console.log(
  lowest >= BUDGET
    ? `per-note budget (at least ${BUDGET}x faster than write-good on every note): held in this run (lowest ${lowest.toFixed(1)}x)`
    : `per-note budget (at least ${BUDGET}x faster than write-good on every note): NOT held in this run (lowest ${lowest.toFixed(1)}x)`,
);
