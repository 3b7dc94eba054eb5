// Fit: "Make it fit" (#fit) for a note over the limit. It opens a panel
// showing the note as the too-long rule's fix would shorten it (filler
// dropped, contractions, a shorter sign-off, spaces collapsed), how many
// characters that saves and what changes; confirming applies the fix through
// the same editing path as any fix, so Ctrl+Z takes it back. When trimming
// cannot make the note fit, the engine offers no fix and the panel says how
// much is left to cut by hand.

import { applied, valid } from "./edit.js";
import { el } from "../dom.js";

const MAX_CHANGES = 8;
const MAX_QUOTE = 60;

export function createFit(button, panel, { apply }) {
  const title = panel.querySelector(".fit-title");
  const body = panel.querySelector(".fit-body");
  const ok = panel.querySelector("#fit-apply");
  const cancel = panel.querySelector("#fit-cancel");
  let current = null; // {text, finding, limit}: the newest check's too-long finding
  let fix = null; // its fix as shown in the panel

  button.addEventListener("click", () => (panel.hidden ? open() : close(true)));
  cancel.addEventListener("click", () => close(true));
  ok.addEventListener("click", (event) => {
    const chosen = fix;
    if (!chosen) return;
    close(false);
    apply(chosen, event);
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    }
  });

  function open() {
    if (!current) return;
    fill();
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    panel.focus();
  }

  function close(refocus) {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (refocus && !button.hidden) button.focus();
  }

  function fill() {
    const { text, finding, limit } = current;
    const first = Array.isArray(finding.fixes) ? finding.fixes[0] : null;
    fix = first && valid(first.edits, text.length) ? first : null;
    if (!fix) {
      title.textContent = "Trimming alone will not make it fit.";
      body.replaceChildren(el("p", "", String(finding.message || "")));
      ok.hidden = true;
      cancel.textContent = "Close";
      return;
    }
    const shorter = applied(text, fix.edits);
    const saves = text.length - shorter.length;
    title.textContent = `A shorter version: ${saves} characters fewer, ${shorter.length} of ${limit}.`;
    const preview = el("p", "fit-preview");
    preview.append(el("bdi", "", shorter));
    body.replaceChildren(preview, el("p", "fit-changes-title", "What changes:"), changes(text, fix.edits));
    ok.hidden = false;
    cancel.textContent = "Keep mine";
  }

  return {
    // update follows each check of text: the button shows while the note is
    // over the limit, and an open panel follows the note as it changes.
    update(text, report) {
      const finding = report.length > report.limit ? report.findings.find((f) => f.rule === "too-long") : null;
      current = finding ? { text, finding, limit: report.limit } : null;
      button.hidden = !current;
      if (panel.hidden) return;
      if (current) fill();
      else close(panel.contains(document.activeElement));
    },
  };
}

// changes lists what the edits do to text, in words.
function changes(text, edits) {
  const list = el("ul", "fit-changes");
  let spaces = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const cut = text.slice(e.start, e.end);
    if (cut.trim() === "" && e.text.trim() === "") {
      spaces++;
      continue;
    }
    if (list.childElementCount === MAX_CHANGES) continue;
    const item = el("li");
    if (e.text.trim() === "") item.append("Cut ", quote(cut));
    else if (cut.trim() === "") item.append("Add ", quote(e.text));
    else item.append(quote(cut), " becomes ", quote(e.text));
    list.append(item);
  }
  const shown = list.childElementCount;
  const words = edits.length - spaces - shown;
  if (words > 0) list.append(el("li", "", `…and ${words} more.`));
  if (spaces) list.append(el("li", "", spaces === 1 ? "Extra spaces collapsed." : `Extra spaces collapsed in ${spaces} places.`));
  return list;
}

function quote(s) {
  let t = s.replace(/\s+/g, " ").trim();
  if (t.length > MAX_QUOTE) {
    let cut = MAX_QUOTE;
    const c = t.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    t = t.slice(0, cut) + "…";
  }
  return el("q", "", el("bdi", "", t));
}
