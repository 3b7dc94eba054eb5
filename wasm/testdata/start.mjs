// Starts the checker in Node the way the page's worker does: Go's
// wasm_exec.js runs the module, then connectwell.mjs installs
// globalThis.connectwell. Shared by the tests and `make bench`.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { install } from "../connectwell.mjs";

export async function start(wasmPath, wasmExecPath) {
  await import(pathToFileURL(wasmExecPath).href); // defines globalThis.Go
  const go = new globalThis.Go();
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), go.importObject);
  go.run(instance); // returns once main blocks, leaving the exports callable
  install(go, instance);
  return go;
}
