// Snippet: the part of a document's text a result quotes, around the first
// word that matched, and where the matched words are in it, so the page can
// mark them. Words are found with the same term processing the index uses,
// so offsets point into the original text, accents and all.

const WORD = /[\p{L}\p{N}]+/gu;
const BEFORE = 40; // characters of context before the first match
const LENGTH = 160;

export function snippet(text, terms, processTerm) {
  const found = [];
  for (const m of text.matchAll(WORD)) {
    const t = processTerm(m[0]);
    if (t && terms.has(t)) found.push([m.index, m.index + m[0].length]);
  }
  let start = 0;
  if (found.length > 0 && found[0][0] > BEFORE) {
    // Start at a word boundary shortly before the first match.
    const space = text.lastIndexOf(" ", found[0][0] - BEFORE);
    start = space < 0 ? 0 : space + 1;
  }
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  const lead = start > 0 ? "…" : "";
  const shown = lead + text.slice(start, end) + (end < text.length ? "…" : "");
  const marks = found
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start + lead.length, e - start + lead.length]);
  return { snippet: shown, marks };
}
