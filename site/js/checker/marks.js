// Marks: highlights the text each finding points at. A layer behind the
// transparent-background textarea holds the same text, with <mark> elements
// around the spans; both use the same font and wrapping so they line up.
// Text always goes in as text nodes, never as HTML.

const rank = { error: 3, warning: 2, suggestion: 1 };

export function renderMarks(layer, text, findings) {
  const spans = findings.filter((f) => f.end > f.start);
  // Cut the text at every span edge and give each piece the most severe
  // finding that covers it.
  const cuts = new Set([0, text.length]);
  for (const f of spans) {
    cuts.add(Math.min(f.start, text.length));
    cuts.add(Math.min(f.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    let worst = null;
    for (const f of spans) {
      if (f.start <= from && f.end >= to && (!worst || rank[f.severity] > rank[worst.severity])) worst = f;
    }
    if (worst) {
      const mark = document.createElement("mark");
      mark.className = `mark mark-${worst.severity}`;
      mark.textContent = piece;
      frag.append(mark);
    } else {
      frag.append(document.createTextNode(piece));
    }
  }
  // A trailing newline needs a character after it to take up a line.
  frag.append(document.createTextNode("\u200b"));
  layer.replaceChildren(frag);
}

export function syncScroll(layer, textarea) {
  layer.scrollTop = textarea.scrollTop;
  layer.scrollLeft = textarea.scrollLeft;
}
