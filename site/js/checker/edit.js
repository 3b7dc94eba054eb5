// Edit: applies a fix's edits to the draft. The edits go through the
// browser's own editing (select the range, then insertText), so the browser
// keeps them in its undo history and Ctrl+Z takes a fix back like any typing.
// A fix's edits are applied as one replacement, of the stretch from its
// first edit to its last narrowed to what actually changes: one fix, one
// undo step, and the text around it (with its spelling marks) untouched.

// applied returns text with edits applied: UTF-16 offsets into text, not
// overlapping, in any order (applied right to left, so none moves another).
export function applied(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

// valid reports whether edits fit a text of length n.
export function valid(edits, n) {
  return Array.isArray(edits) && edits.length > 0 && edits.every((e) =>
    e && Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= n &&
    typeof e.text === "string");
}

// editDraft applies edits to what the textarea holds, as an edit the reader
// could undo, and returns the stretch of the new text they wrote, {start,
// end}; or null when an edit lies beyond what the box holds (the caller then
// sets the note itself).
export function editDraft(textarea, edits) {
  const value = textarea.value;
  if (!valid(edits, value.length)) return null;
  const from = Math.min(...edits.map((e) => e.start));
  const to = Math.max(...edits.map((e) => e.end));
  const before = value.slice(from, to);
  const after = applied(before, edits.map((e) => ({ start: e.start - from, end: e.end - from, text: e.text })));
  // Narrow the replacement to what differs, never splitting a character.
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && isLow(before.charCodeAt(before.length - s))) s--;
  const start = from + p;
  const end = to - s;
  const text = after.slice(p, after.length - s);
  const want = value.slice(0, start) + text + value.slice(end);

  // Focusing makes the browser bring style up to date; skip it when the
  // draft has focus already (a fix clicked with the mouse leaves it there).
  if (document.activeElement !== textarea) textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  let done = false;
  try {
    done = text ? document.execCommand("insertText", false, text) : document.execCommand("delete");
  } catch {
    done = false;
  }
  if (!done || textarea.value !== want) {
    // No editing command here (or it did something else): set the text,
    // which the browser cannot undo, and tell the page it changed.
    textarea.value = want;
    textarea.setSelectionRange(start + text.length, start + text.length);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
  return { start, end: start + text.length };
}

// blankIn finds the first [blank] in text that overlaps start to end, as
// {start, end}, or null.
export function blankIn(text, start, end) {
  const re = /\[[^\]\n]{0,80}\]/g;
  re.lastIndex = Math.max(0, start - 82);
  for (let m; (m = re.exec(text)) && m.index < end;) {
    if (m.index + m[0].length > start) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

function isHigh(c) {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c) {
  return c >= 0xdc00 && c <= 0xdfff;
}
