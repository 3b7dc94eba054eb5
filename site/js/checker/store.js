// Store: keeps the draft and its options in localStorage so a reload, or a
// visit from a guide page's "Try it" link, finds them again. Storage can be
// full or disabled (private modes); then the checker simply forgets.

const DRAFT = "connectwell:draft";
// A hand-off is a one-shot note from another page ("Use this template"): the
// checker page reads it once to focus the draft and say what was loaded.
const HANDOFF = "connectwell:handoff";
const HANDOFF_TTL = 10 * 60 * 1000; // an old, unused hand-off must not steal focus later

export function load() {
  const raw = read(DRAFT);
  const str = (v) => (typeof v === "string" ? v : undefined);
  return raw && typeof raw === "object"
    ? { draft: str(raw.draft), name: str(raw.name), relationship: str(raw.relationship), account: str(raw.account) }
    : {};
}

export function save(state) {
  write(DRAFT, state);
}

// handOff stores state as the draft, for the checker page to pick up.
export function handOff(state, label) {
  save(state);
  write(HANDOFF, { label: String(label || ""), at: Date.now() });
}

// takeHandOff returns the label of a fresh hand-off, once, or null.
export function takeHandOff() {
  const h = read(HANDOFF);
  if (h === null) return null;
  try {
    localStorage.removeItem(HANDOFF);
  } catch {
    // Unreadable storage has nothing to remove.
  }
  return h && typeof h.label === "string" && Date.now() - h.at < HANDOFF_TTL ? h.label : null;
}

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key));
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or disabled storage: the draft still lives in the page.
  }
}
