// Small DOM helpers shared by the page's modules. User text only ever
// reaches the page through them as text nodes (append, textContent), never
// as markup.

// el returns a new element with an optional class and child (a node or
// text).
export function el(tag, className, child) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (child !== undefined) node.append(child);
  return node;
}

// span returns a span of text, hidden from screen readers when hidden is
// true (a visual echo of something announced another way).
export function span(className, text, hidden) {
  const s = el("span", className, text);
  if (hidden) s.setAttribute("aria-hidden", "true");
  return s;
}

// setText sets an element's text, unless it already says that: a change,
// even to the same words, would lay the page out again.
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
