// Ignores: findings the writer dismissed for one draft. A finding is known by
// its rule and the text it flags; an ignore holds for the draft it was made
// on, known by a hash of its text, so any change to the note brings the
// finding back (and undoing the change hides it again). They are kept in
// localStorage, the most recent drafts only, so a reload of the same draft
// keeps them hidden.
//
// The page does not drop ignored findings itself: it checks the note again
// with their rules disabled, so the verdict, the score and the counts come
// from the engine, as they would had the rule found nothing, and the other
// findings' fixes may use the places the ignored finding's fix would have
// taken. See index.js.

import * as store from "./store.js";

const MAX_DRAFTS = 50;
const MAX_FLAGGED = 200; // UTF-16 units of flagged text kept in a key

export function createIgnores() {
  let list = store.loadIgnored().filter((e) => e && typeof e.h === "string" && Array.isArray(e.keys));
  let lastText = null;
  let lastHash = "";

  function hashOf(text) {
    if (text !== lastText) {
      lastText = text;
      lastHash = hash(text);
    }
    return lastHash;
  }

  function save() {
    store.saveIgnored(list.slice(-MAX_DRAFTS));
  }

  return {
    // keys returns the keys of the findings ignored in text, or null: no
    // hashing at all while nothing is ignored anywhere.
    keys(text) {
      if (!list.length) return null;
      const h = hashOf(text);
      const entry = list.find((e) => e.h === h);
      return entry && entry.keys.length ? new Set(entry.keys) : null;
    },
    add(text, key) {
      const h = hashOf(text);
      const old = list.find((e) => e.h === h);
      const keys = old ? old.keys.filter((k) => k !== key) : [];
      // The newest draft goes last, so the oldest are the ones forgotten.
      list = list.filter((e) => e !== old).concat({ h, keys: [...keys, key] });
      save();
    },
    // clear forgets the ignores of text and returns the rules they were for.
    clear(text) {
      const h = hashOf(text);
      const old = list.find((e) => e.h === h);
      list = list.filter((e) => e !== old);
      save();
      return old ? old.keys.map((k) => k.split("\n", 1)[0]) : [];
    },
  };
}

// findingKey names a finding of a check of text: its rule and the text of
// each place it points at (none for a finding about something missing).
export function findingKey(f, text) {
  const spans = Array.isArray(f.spans) && f.spans.length ? f.spans : Number.isInteger(f.start) ? [f] : [];
  const flagged = spans.map((s) => text.slice(s.start, s.end)).join("\u2026");
  return f.rule + "\n" + flagged.slice(0, MAX_FLAGGED);
}

// hash is cyrb53, a fast 53-bit string hash, in base 36: enough to tell a
// writer's drafts apart, and the draft itself is not in it.
export function hash(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
