// Report: shows a check's result: the counter, the verdict and the list of
// findings, each with its rule, severity, explanation and guide link, a
// button per fix (data-action="fix", data-fix its index; the first fix is
// the main one) and an Ignore button (data-action="ignore"). Each finding's
// <li> carries data-index, its place in the list given. Every value is set as
// text, never as HTML: findings quote the reader's draft.

import { el, setText, span } from "../dom.js";

const verdicts = {
  ready: ["✓", "Ready to send."],
  revise: ["!", "Worth another pass before you send it."],
  "do-not-send": ["✗", "Don't send this yet."],
};
const severities = { error: "Error", warning: "Warning", suggestion: "Suggestion" };
const MAX_QUOTE = 80;
const MAX_FIXES = 3; // buttons per finding

// The render functions below change the page only where it changes: while
// someone types at the end of a note, most checks find what the last one
// found, and leaving those parts alone spares the browser laying them out
// again before it paints.

export function renderCounter(el, length, limit) {
  el.dataset.length = String(length);
  el.dataset.limit = String(limit);
  const over = length > limit;
  el.classList.toggle("over", over);
  setText(el.querySelector(".counter-value"), String(length));
  setText(el.querySelector(".counter-limit"), String(limit));
  // Words, not only colour, say when the note is too long.
  setText(el.querySelector(".counter-note"), over ? `${length - limit} over the limit` : `${limit - length} left`);
}

export function renderVerdict(el, verdict, text) {
  const [icon, words] = verdicts[verdict] || ["", ""];
  const key = verdict + "\n" + (text || "");
  if (el.dataset.verdict === verdict && shownVerdict.get(el) === key) return;
  shownVerdict.set(el, key);
  el.dataset.verdict = verdict;
  const parts = [];
  if (icon && !text) parts.push(span("verdict-icon", icon, true));
  parts.push(text || words);
  el.replaceChildren(...parts);
}

// renderScope says when a note is in a language whose words the rules do
// not read (read lists the codes they do): there a clean report means only
// that the parts needing no reading passed, and "Ready to send" alone would
// claim more. It returns what it says, "" when the note is in a read language.
export function renderScope(el, language, read) {
  const unread = Boolean(language) && read.length > 0 && !read.includes(language);
  const text = unread
    ? `This note looks like ${languageName(language)}. The checker reads the wording of notes in ${listText(read.map(languageName))}; ` +
      "in other languages it checks only the length, links, template blanks and LinkedIn's stock text."
    : "";
  el.hidden = !unread;
  setText(el, text);
  return text;
}

// languageName names a language in English from its code, or gives the code
// where the browser cannot.
function languageName(code) {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) || code;
  } catch {
    return code;
  }
}

function listText(items) {
  try {
    return new Intl.ListFormat("en", { type: "conjunction" }).format(items);
  } catch {
    return items.join(", ");
  }
}

const shownVerdict = new WeakMap(); // element → what renderVerdict last put there
const shownFindings = new WeakMap(); // a finding's element → its signature

// verdictText is the verdict in words, for announcements.
export function verdictText(verdict) {
  return (verdicts[verdict] || ["", ""])[1];
}

// countText says how many findings of each severity a report has, in words.
export function countText(counts) {
  const parts = Object.entries(counts || {})
    .filter(([, c]) => c > 0)
    .map(([s, c]) => `${c} ${s}${c === 1 ? "" : "s"}`);
  return parts.length ? parts.join(", ") : "nothing to change";
}

// renderFindings lists the findings of a check of text; total says how many
// the check found (summarise keeps only the first ones). Only spans within
// the first visible characters of text can be shown in the box.
export function renderFindings(list, more, findings, total, text, visible, ruleInfo, base) {
  // Findings shown as they are now keep their element (and with it focus
  // and an open "Why it matters"); only new or changed ones are built, and
  // the list is changed by as few moves as it takes.
  const old = new Map(); // signature → elements showing it
  for (const li of list.children) {
    const sig = shownFindings.get(li);
    if (!old.has(sig)) old.set(sig, []);
    old.get(sig).push(li);
  }
  let at = list.firstElementChild;
  findings.forEach((f, i) => {
    const sig = signature(f, text, visible);
    let li = old.has(sig) ? old.get(sig).shift() : undefined;
    if (li) {
      if (li.dataset.index !== String(i)) li.dataset.index = String(i);
    } else {
      li = finding(f, i, text, visible, ruleInfo[f.rule] || {}, base);
      shownFindings.set(li, sig);
    }
    if (li === at) at = at.nextElementSibling;
    else list.insertBefore(li, at);
  });
  while (at) {
    const next = at.nextElementSibling;
    at.remove();
    at = next;
  }
  const hidden = Math.max(0, total - findings.length);
  more.hidden = hidden === 0;
  setText(more, hidden ? `…and ${hidden} more. Fix these first; the rest will follow.` : "");
}

// signature sums up everything finding() shows of a finding of text: two
// findings with the same signature look the same.
function signature(f, text, visible) {
  const spanned = Number.isInteger(f.start) && Number.isInteger(f.end) && f.end > f.start;
  const quote = spanned ? excerpt(text, f.start, f.end) : "";
  const show = spanned && f.start < visible ? `${f.start}-${Math.min(f.end, visible)}` : "";
  const fixes = Array.isArray(f.fixes) ? f.fixes.slice(0, MAX_FIXES).map((x) => x && x.title).join("\u0001") : "";
  return [f.rule, f.severity, f.message, quote, show, fixes, f.guide].join("\u0000");
}

function finding(f, index, text, visible, info, base) {
  const title = info.title || f.rule;
  const li = el("li", `finding finding-${f.severity}`);
  li.dataset.rule = f.rule;
  li.dataset.severity = f.severity;
  li.dataset.index = String(index);
  const head = el("p", "finding-head");
  head.append(el("span", `severity severity-${f.severity}`, severities[f.severity] || f.severity), " ", el("strong", "", title));
  li.append(head, el("p", "finding-message", String(f.message || "")));
  const spanned = Number.isInteger(f.start) && Number.isInteger(f.end) && f.end > f.start;
  if (spanned) {
    // <bdi> keeps right-to-left or override characters in the quote from
    // reordering the words around it.
    li.append(el("p", "finding-quote", "In your note: "));
    li.lastChild.append(el("q", "", el("bdi", "", excerpt(text, f.start, f.end))));
  }
  if (info.explanation) {
    const details = el("details", "finding-why");
    details.append(el("summary", "", "Why it matters"), el("p", "", info.explanation));
    li.append(details);
  }
  const fixes = Array.isArray(f.fixes) ? f.fixes.slice(0, MAX_FIXES) : [];
  if (fixes.length) {
    const row = el("p", "finding-fixes");
    fixes.forEach((x, j) => {
      const button = el("button", j ? "button button-quiet button-small" : "button button-small", String(x.title || "Fix it"));
      button.type = "button";
      button.dataset.action = "fix";
      button.dataset.fix = String(j);
      row.append(button);
    });
    li.append(row);
  }
  const actions = el("p", "finding-actions");
  if (spanned && f.start < visible) {
    const show = el("button", "link-button", "Show in note");
    show.type = "button";
    show.dataset.start = String(f.start);
    show.dataset.end = String(Math.min(f.end, visible));
    actions.append(show);
  }
  if (typeof f.guide === "string" && /^\/(?!\/)/.test(f.guide)) {
    const link = el("a", "finding-guide", "Read the guide");
    link.href = base.replace(/\/$/, "") + f.guide;
    // Many findings each have this link; the hidden words tell them apart.
    link.append(span("visually-hidden", ` about ${title}`));
    actions.append(link);
  }
  const ignore = el("button", "link-button", "Ignore");
  ignore.type = "button";
  ignore.dataset.action = "ignore";
  ignore.append(span("visually-hidden", ` “${title}” for this draft`));
  actions.append(ignore);
  li.append(actions);
  return li;
}

function excerpt(text, start, end) {
  const s = text.slice(start, Math.min(end, start + MAX_QUOTE * 4)).replace(/\s+/g, " ").trim();
  if (s.length <= MAX_QUOTE) return s;
  // Cut before a low surrogate, never between the halves of a character.
  let cut = MAX_QUOTE;
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return s.slice(0, cut) + "…";
}
