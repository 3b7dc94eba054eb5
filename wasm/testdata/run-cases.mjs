// Calls globalThis.connectwell.check in Node once per case and prints each
// result as one line of JSON ({"thrown": message} when the call throws).
// The cases module's default export is a list of argument lists, written
// in JavaScript so that they can hold what JSON cannot (undefined).
//
//   node run-cases.mjs CHECKER.wasm WASM_EXEC.js CASES.mjs
import { writeSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { start } from "./start.mjs";

const [wasmPath, wasmExec, casesPath] = process.argv.slice(2);
await start(wasmPath, wasmExec);
const { default: cases } = await import(pathToFileURL(casesPath).href);
for (const args of cases) {
  let line;
  try {
    line = JSON.stringify(globalThis.connectwell.check(...args));
  } catch (err) {
    line = JSON.stringify({ thrown: String(err && err.message) });
  }
  writeSync(1, line + "\n");
}
