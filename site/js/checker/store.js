// Store: keeps the draft and its options in localStorage so a reload, or a
// visit from a guide page's "Try it" link, finds them again; and the
// checker's settings and ignored findings. Storage can be full or disabled
// (private modes); then the checker simply forgets.
//
// localStorage is synchronous: writing a megabyte in one go blocks the page
// for tens of milliseconds. A long draft is therefore written in parts, one
// per task, into the spare of two slots; the record naming the slot is
// written last, so a reload in between finds the previous draft whole.

const DRAFT = "connectwell:draft";
const PART = 50000; // UTF-16 units per localStorage item
// A hand-off is a one-shot note from another page ("Use this template"): the
// checker page reads it once to focus the draft and say what was loaded.
const HANDOFF = "connectwell:handoff";
const HANDOFF_TTL = 10 * 60 * 1000; // an old, unused hand-off must not steal focus later

export function load() {
  const raw = read(DRAFT);
  if (!raw || typeof raw !== "object") return {};
  const str = (v) => (typeof v === "string" ? v : undefined);
  let draft = str(raw.draft);
  if (Number.isInteger(raw.parts) && (raw.slot === 0 || raw.slot === 1)) {
    const parts = [];
    for (let i = 0; i < raw.parts; i++) parts.push(get(partKey(raw.slot, i)));
    draft = parts.every((p) => typeof p === "string") ? parts.join("") : undefined;
  }
  return { draft, name: str(raw.name), relationship: str(raw.relationship), account: str(raw.account) };
}

let pending = null; // the unfinished write of a long draft: a list of steps

// save stores state; a long draft is finished in later tasks unless now is
// set (the page is going away) or flush() is called.
export function save(state, now = false) {
  pending = null;
  const { draft = "", ...options } = state;
  const old = read(DRAFT);
  if (draft.length <= PART) {
    write(DRAFT, { draft, ...options });
    if (old && (old.slot === 0 || old.slot === 1)) for (let i = 0; remove(partKey(old.slot, i)); i++);
    return;
  }
  const slot = old && old.slot === 0 ? 1 : 0;
  const steps = [];
  for (let i = 0; i * PART < draft.length; i++) steps.push(() => set(partKey(slot, i), draft.slice(i * PART, (i + 1) * PART)));
  const parts = steps.length;
  steps.push(() => write(DRAFT, { ...options, slot, parts }));
  // Parts of the slot in use before stay until the record points elsewhere.
  steps.push(() => {
    for (let i = 0; remove(partKey(slot ^ 1, i)); i++);
  });
  pending = steps;
  if (now) flush();
  else setTimeout(function next() {
    if (pending !== steps) return; // a newer save took over
    steps.shift()();
    if (steps.length) setTimeout(next);
    else pending = null;
  });
}

// flush finishes a pending write at once.
export function flush() {
  const steps = pending;
  pending = null;
  if (steps) for (const step of steps) step();
}

// handOff stores state as the draft, for the checker page to pick up.
export function handOff(state, label) {
  save(state, true);
  write(HANDOFF, { label: String(label || ""), at: Date.now() });
}

// takeHandOff returns the label of a fresh hand-off, once, or null.
export function takeHandOff() {
  const h = read(HANDOFF);
  if (h === null) return null;
  remove(HANDOFF);
  return h && typeof h.label === "string" && Date.now() - h.at < HANDOFF_TTL ? h.label : null;
}

// The checker's settings ({off: [rule ids]}) and the findings ignored per
// draft (see ignores.js): small records, written whole.
const SETTINGS = "connectwell:settings";
const IGNORED = "connectwell:ignored";

export function loadSettings() {
  const raw = read(SETTINGS);
  return raw && typeof raw === "object" ? raw : {};
}

export function saveSettings(settings) {
  write(SETTINGS, settings);
}

export function loadIgnored() {
  const raw = read(IGNORED);
  return Array.isArray(raw) ? raw : [];
}

export function saveIgnored(list) {
  write(IGNORED, list);
}

function partKey(slot, i) {
  return `${DRAFT}:${slot}:${i}`;
}

function read(key) {
  try {
    return JSON.parse(get(key));
  } catch {
    return null;
  }
}

function write(key, value) {
  set(key, JSON.stringify(value));
}

function get(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function set(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Full or disabled storage: the draft still lives in the page.
  }
}

// remove deletes key and reports whether it was there.
function remove(key) {
  try {
    if (localStorage.getItem(key) === null) return false;
    localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
