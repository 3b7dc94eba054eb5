// Marks: highlights the text each finding points at. A layer behind the
// textarea (whose background is transparent) holds the same text with <mark>
// elements around the spans. Both boxes share font, padding, border and
// wrapping rules (main.css), so the text lines up; this module keeps the rest
// in step: the textarea's scroll position (the layer's text is translated, so
// it can never run out of room to scroll) and the width its scrollbar takes.
// Text always goes in as text nodes, never as HTML.

const rank = { error: 3, warning: 2, suggestion: 1 };
// Limits that keep a megabyte paste from stalling the page: the layer holds
// the text only up to the end of the last mark, and never more than this.
const MAX_MARKS = 200;
const MAX_LAYER = 10000;

export function createMarks(layer, textarea) {
  const inner = document.createElement("div");
  inner.className = "draft-marks-text";
  layer.replaceChildren(inner);
  let text = "";
  let spans = [];
  let gutter = -1;

  // sync lines the layer up with what the textarea shows now. It runs when
  // the textarea scrolls or changes size, not on every edit: it reads the
  // layout, and reading it in the middle of an update would make the browser
  // lay the page out twice before painting a keystroke. (An edit that
  // scrolls the textarea fires a scroll event before the next frame.)
  function sync() {
    // The textarea loses width to a classic scrollbar; the layer has none.
    const g = Math.max(0, layer.clientWidth - textarea.clientWidth);
    if (g !== gutter) {
      gutter = g;
      inner.style.marginRight = g + "px";
    }
    inner.style.transform = `translate(${-textarea.scrollLeft}px, ${-textarea.scrollTop}px)`;
  }

  // shown is what the layer holds: the text up to the end of the last mark,
  // and the marks in it. Text after the last mark is not in the layer, so
  // typing on at the end of a note leaves the layer as it is.
  let shown = { text: "", spans: [] };
  function paint() {
    const end = spans.length ? spans[spans.length - 1].end : 0;
    const head = text.slice(0, end);
    if (head !== shown.text || !same(spans, shown.spans)) {
      inner.replaceChildren(...pieces(head, spans), "\u200b");
      shown = { text: head, spans };
    }
  }

  textarea.addEventListener("scroll", sync, { passive: true });
  if (typeof ResizeObserver === "function") new ResizeObserver(sync).observe(textarea);

  return {
    // render shows the findings' spans over text, the draft they came from.
    render(newText, findings) {
      const next = normalise(newText, findings);
      // Typing on usually leaves the marks as edited() already moved them.
      if (newText === text && same(next, spans)) return;
      text = newText;
      spans = next;
      paint();
    },
    // edited keeps the marks in place while the draft changes and its new
    // check is on the way: spans after the edit move with the text.
    edited(newText) {
      if (newText === text) return;
      spans = shift(text, newText, spans)
        .filter((sp) => sp.start < MAX_LAYER)
        .map((sp) => ({ ...sp, end: Math.min(sp.end, MAX_LAYER) }));
      text = newText;
      paint();
    },
    // offsetTop is the distance from the top of the text to the line holding
    // UTF-16 offset i, for scrolling the textarea to a finding.
    offsetTop(i) {
      const range = document.createRange();
      let left = i;
      for (const node of inner.childNodes) {
        const t = node.nodeType === Node.TEXT_NODE ? node : node.firstChild;
        if (!t) continue;
        if (left <= t.length) {
          range.setStart(t, left);
          range.setEnd(t, left);
          return range.getBoundingClientRect().top - inner.getBoundingClientRect().top;
        }
        left -= t.length;
      }
      return null;
    },
    sync,
  };
}

// normalise turns the findings' spans into sorted, clipped, non-overlapping
// spans, each with the most severe finding that covers it.
function normalise(text, findings) {
  const limit = Math.min(text.length, MAX_LAYER);
  const raw = [];
  for (const f of findings) {
    // A finding that covers several places lists them all in spans; start
    // and end are only the first.
    for (const sp of Array.isArray(f.spans) && f.spans.length ? f.spans : [f]) {
      if (raw.length === MAX_MARKS) break;
      if (!sp || !Number.isInteger(sp.start) || !Number.isInteger(sp.end)) continue;
      const start = edge(text, Math.max(0, sp.start));
      const end = edge(text, Math.min(sp.end, limit));
      if (end > start) raw.push({ start, end, severity: f.severity });
    }
  }
  const cuts = [...new Set(raw.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    let worst = null;
    for (const s of raw) {
      if (s.start <= from && s.end >= to && (!worst || (rank[s.severity] || 0) > (rank[worst] || 0))) worst = s.severity;
    }
    if (!worst) continue;
    const last = out[out.length - 1];
    if (last && last.end === from && last.severity === worst) last.end = to;
    else out.push({ start: from, end: to, severity: worst });
  }
  return out;
}

function same(a, b) {
  return a.length === b.length && a.every((s, i) => s.start === b[i].start && s.end === b[i].end && s.severity === b[i].severity);
}

// edge moves an offset off the middle of a surrogate pair, so no piece of
// the layer starts or ends with half a character.
function edge(text, i) {
  const c = text.charCodeAt(i - 1);
  return i > 0 && i < text.length && c >= 0xd800 && c <= 0xdbff ? i - 1 : i;
}

function pieces(text, spans) {
  const out = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push(document.createTextNode(text.slice(at, s.start)));
    const mark = document.createElement("mark");
    mark.className = "mark mark-" + s.severity;
    mark.textContent = text.slice(s.start, s.end);
    out.push(mark);
    at = s.end;
  }
  return out;
}

// shift maps spans from before to after an edit, found as the longest common
// prefix and suffix of the two texts. Spans cut by the edit stretch over it.
function shift(before, after, spans) {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const delta = after.length - before.length;
  const oldEnd = before.length - s; // the edit replaced before[p:oldEnd]
  const moveStart = (i) => (i < p ? i : i >= oldEnd ? i + delta : p);
  const moveEnd = (i) => (i <= p ? i : i >= oldEnd ? i + delta : oldEnd + delta);
  return spans
    .map((sp) => ({ start: moveStart(sp.start), end: moveEnd(sp.end), severity: sp.severity }))
    .filter((sp) => sp.end > sp.start);
}
