// Times the checker's WebAssembly in Node against the write-good prose
// linter on the same notes, as DESIGN.md's budget asks (at least 5 times
// faster). Run by `make bench`:
//
//   node wasm/testdata/bench-node.mjs CHECKER.wasm "$(go env GOROOT)/lib/wasm/wasm_exec.js"
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [wasmPath, wasmExec] = process.argv.slice(2);
await import(pathToFileURL(wasmExec).href); // defines globalThis.Go
const go = new globalThis.Go();
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), go.importObject);
go.run(instance);
const check = (text) => globalThis.connectwell.check(text, { relationship: "met", name: "Priya" });
const writeGood = createRequire(import.meta.url)("write-good");

// Realistic notes of about 274 characters, the length write-good was timed on.
const notes = [
  "Hi Priya, I enjoyed your talk on accessible forms at the Lisbon design meetup last night, especially the part about error messages. I'm a product designer at Fjord working on checkout flows and would be glad to stay in touch and swap notes. Best, Tom",
  "Hi Priya, we met briefly at the PyData Berlin sprint on Saturday when you helped me debug the pandas memory issue. I'm a data engineer at Zalando and I'd like to keep learning from how you approach profiling. Thanks again, and best wishes, Marco Rossi",
  "Hi Priya, Sam Okafor suggested I reach out: he said you led the move to event sourcing at Monzo. I'm planning a similar migration at a small fintech in Lagos and would value hearing what you would do differently next time. Kind regards, Adaeze Nwosu",
];
const mb = (() => {
  let s = "";
  while (s.length < 1 << 20) s += notes[s.length % notes.length] + "\n\n";
  return s.slice(0, 1 << 20);
})();

function perCall(fn, text, minMs) {
  // Warm up until the JIT (and wasm tier-up) has settled.
  for (const start = performance.now(); performance.now() - start < minMs / 2; ) fn(text);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn(text);
    n++;
    elapsed = performance.now() - start;
  }
  return elapsed / n;
}

const avg = (fn) => notes.reduce((sum, n) => sum + perCall(fn, n, 300), 0) / notes.length;
const cwNote = avg(check) * 1000;
const wgNote = avg(writeGood) * 1000;
const cwMB = perCall(check, mb, 2000);
const wgMB = perCall(writeGood, mb, 2000);
const row = (name, a, b, unit) =>
  console.log(`${name.padEnd(22)} connectwell ${a.toFixed(1).padStart(8)} ${unit}   write-good ${b.toFixed(1).padStart(8)} ${unit}   ${(b / a).toFixed(1)}x faster`);
console.log(`checking in Node ${process.version} through the wasm (budget: at least 5x faster than write-good)`);
row(`note (${notes[0].length} chars)`, cwNote, wgNote, "µs");
row("1 MB text", cwMB, wgMB, "ms");
