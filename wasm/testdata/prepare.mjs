// Sets the checker up one step at a time, as the page's main thread does
// (site/js/checker/load.js), then checks a note, and prints one line of
// JSON: how many calls of prepare() it took to report true, what a call
// after that reports, and the report.
//
//   node prepare.mjs CHECKER.wasm WASM_EXEC.js NOTE
import { start } from "./start.mjs";

const [wasmPath, wasmExec, text] = process.argv.slice(2);
await start(wasmPath, wasmExec);
const { connectwell } = globalThis;
let calls = 1;
while (!connectwell.prepare()) calls++;
const again = connectwell.prepare();
console.log(JSON.stringify({ calls, again, report: connectwell.check(text) }));
