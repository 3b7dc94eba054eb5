// connectwell.check for JavaScript, on top of the checker's WebAssembly
// exports. main.go documents the protocol; this is its other half, and the
// only JavaScript that knows it. The page's worker (bundled by esbuild), the
// tests and `make bench` (in Node) all install the checker through it:
//
//   const go = new Go(); // from Go's wasm_exec.js
//   const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
//   go.run(instance);
//   install(go, instance);
//   connectwell.check("Hi Ana, …", { account: "premium", relationship: "met" });
//
// The first check compiles the rules first, which takes tens of
// milliseconds; a page's main thread spreads that over many short tasks with
// connectwell.prepare() (see load.js in the site's checker).

// The options a request carries: string options are sent when they are
// strings (anything else counts as unset), list options once per item.
const STRING_OPTIONS = ["account", "name", "relationship"];
const LIST_OPTIONS = ["disable"];

const PREFIX = "connectwell.check: ";

/**
 * install defines target.connectwell.check(text, options) for a Go program
 * that is running (go.run has returned). check returns a plain object shaped
 * like one JSON report of the check command, or {error: "..."} when the
 * arguments are wrong; it throws only once the Go program has stopped.
 * target.connectwell.prepare() does one small step of the checker's
 * one-time set-up (compiling a rule or a batch of its patterns, or, last,
 * collecting the set-up's garbage) and
 * returns true once there is none left;
 * calling it is optional, as the first check does whatever is left.
 *
 * @param {Go} go the wasm_exec.js Go object that runs the instance
 * @param {WebAssembly.Instance} instance the checker
 * @param {object} [target] where to define connectwell; globalThis by default
 */
export function install(go, instance, target = globalThis) {
  const { connectwell_request: requestBuffer, connectwell_check: checkRequest, connectwell_prepare: prepareStep, mem } = instance.exports;
  if (typeof requestBuffer !== "function" || typeof checkRequest !== "function") {
    throw new Error("this WebAssembly module is not the connectwell checker");
  }
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  // Views of the memory, remade whenever it has grown (which detaches the
  // old buffer).
  let buffer = null;
  let bytes = null;
  let view = null;
  const refresh = () => {
    if (buffer !== mem.buffer) {
      buffer = mem.buffer;
      bytes = new Uint8Array(buffer);
      view = new DataView(buffer);
    }
  };
  const alive = () => {
    // A panic ends the Go program; its exports then answer garbage.
    if (go.exited) throw new Error(PREFIX + "the checker has stopped");
  };

  function check(text, options) {
    if (typeof text !== "string") return { error: PREFIX + "the first argument must be a string" };
    const fields = ["text", text];
    if (options !== undefined && options !== null) {
      if (typeof options !== "object") return { error: PREFIX + "the options must be an object" };
      for (const key of STRING_OPTIONS) {
        const value = options[key];
        if (typeof value === "string") fields.push(key, value);
      }
      for (const key of LIST_OPTIONS) {
        const list = options[key];
        if (list === undefined || list === null) continue;
        if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) {
          return { error: `${PREFIX}${key} must be an array of strings` };
        }
        for (const item of list) fields.push(key, item);
      }
    }
    alive();

    // Room for every field at its longest: a UTF-16 code unit takes at
    // most three bytes of UTF-8 (a lone surrogate becomes U+FFFD).
    let size = 0;
    for (let i = 0; i < fields.length; i += 2) size += 4 + fields[i].length + 1 + 3 * fields[i + 1].length;
    const at = requestBuffer(size) >>> 0;
    refresh();
    let n = at;
    for (let i = 0; i < fields.length; i += 2) {
      const key = fields[i];
      const start = n;
      n += 4;
      for (let j = 0; j < key.length; j++) bytes[n++] = key.charCodeAt(j); // keys are ASCII
      bytes[n++] = 0x3d; // "="
      n += encoder.encodeInto(fields[i + 1], bytes.subarray(n, at + size)).written;
      view.setUint32(start, n - start - 4, true);
    }

    const answer = checkRequest(n - at) >>> 0;
    alive();
    refresh();
    const count = view.getInt32(answer, true);
    const body = decoder.decode(bytes.subarray(answer + 4, answer + 4 + Math.abs(count)));
    return count < 0 ? { error: PREFIX + body } : JSON.parse(body);
  }

  function prepare() {
    alive();
    // A checker built before the export existed sets itself up on its first check.
    return typeof prepareStep !== "function" || prepareStep() !== 0;
  }

  target.connectwell = { check, prepare };
  return target.connectwell;
}
