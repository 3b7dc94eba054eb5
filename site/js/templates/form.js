// Template forms: a template opens as a small dialog with one labelled field
// per blank, a live preview with its character count against the chosen
// account's limit, and a button that puts the filled note into the checker.
// Blanks left empty stay as [blanks], so the checker flags them. Everything
// is built from DOM nodes and text, never HTML: the fields hold what the
// reader types.

import { createAnnouncer } from "../checker/announce.js";
import { renderCounter } from "../checker/report.js";
import { el, span } from "../dom.js";

// Blanks are [lowercase words], as build/internal/content/templates.go reads them.
const BLANK = /\[([a-z][a-z' -]*)\]/g;

// The blanks that hold the recipient's name: they feed the checker's name field.
const NAME_BLANKS = ["first name", "name", "their first name", "their name"];

const ACCOUNT_NAMES = { free: "Free", premium: "Premium or Sales Navigator" };

// blanks returns the template's blanks in order of first appearance.
export function blanks(text) {
  const names = [];
  for (const m of text.matchAll(BLANK)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

// parts splits text into literal runs and blanks, each filled from values
// when it has a value that is not empty.
export function parts(text, values) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(BLANK)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    const v = values[m[1]];
    const value = typeof v === "string" ? v.trim() : "";
    out.push(value ? { text: value, filled: true } : { text: m[0], blank: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

// fill replaces each blank that has a value; the others stay as they are.
export function fill(text, values) {
  return parts(text, values).map((p) => p.text).join("");
}

let open = null; // the dialog on screen, if any

// openForm shows the form for template ({id, title, text, relationship,
// account}). limits gives each account's limit; account is the one to count
// against at first. onUse(state, label) receives the filled note as a
// checker state; opener gets the focus back when the form is dismissed.
export function openForm(template, { limits, account, onUse, opener }) {
  if (open) open.close();
  const id = (s) => `tf-${s}`;
  const names = blanks(template.text);
  const nameBlank = names.find((b) => NAME_BLANKS.includes(b));

  const dialog = el("dialog", "template-form");
  dialog.setAttribute("aria-labelledby", id("title"));
  dialog.setAttribute("aria-describedby", id("intro"));
  const form = el("form", "template-form-body");
  form.noValidate = true;
  const title = el("h2", "template-form-title", `Fill in “${template.title}”`);
  title.id = id("title");
  const intro = el("p", "template-form-intro",
    names.length
      ? "One field per blank. A blank you leave empty stays in [brackets] in the note, and the checker will flag it."
      : "This template has no blanks to fill.");
  intro.id = id("intro");

  const fields = el("div", "template-form-fields");
  const inputs = new Map();
  for (const name of names) {
    const slug = id("b-" + name.replace(/[^a-z]+/g, "-"));
    const p = el("p", "field");
    const label = el("label", "", capitalise(name));
    label.htmlFor = slug;
    const input = el("input");
    Object.assign(input, { id: slug, type: "text", name, spellcheck: true });
    input.setAttribute("autocapitalize", /name/.test(name) ? "words" : "sentences");
    input.autocomplete = name === "your name" ? "name" : "off";
    p.append(label, input);
    const hint = hintFor(name, name === nameBlank);
    if (hint) {
      const h = el("span", "hint field-hint", hint);
      h.id = slug + "-hint";
      input.setAttribute("aria-describedby", h.id);
      p.append(h);
    }
    fields.append(p);
    inputs.set(name, input);
  }
  const accountField = el("p", "field");
  const accountLabel = el("label", "", "Your LinkedIn account");
  const select = el("select");
  select.id = accountLabel.htmlFor = id("account");
  for (const [value, limit] of Object.entries(limits)) {
    const option = el("option", "", `${ACCOUNT_NAMES[value] || value} (${limit} characters)`);
    option.value = value;
    select.append(option);
  }
  if (account in limits) select.value = account;
  accountField.append(accountLabel, select);
  fields.append(accountField);

  const preview = el("section", "template-form-preview");
  preview.setAttribute("aria-labelledby", id("preview-title"));
  const previewTitle = el("h3", "", "Preview");
  previewTitle.id = id("preview-title");
  const text = el("p", "template-form-text");
  text.id = id("preview");
  const counter = el("p", "counter template-form-count");
  counter.id = id("count");
  counter.append(el("span", "counter-value"), " / ", el("span", "counter-limit"), " characters",
    span("counter-sep", " · ", true), el("span", "counter-note"));
  const left = el("p", "template-form-left");
  left.id = id("left");
  preview.append(previewTitle, text, counter, left);

  const status = el("p", "visually-hidden");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  status.setAttribute("aria-atomic", "true");
  const announcer = createAnnouncer(status);

  const actions = el("div", "template-form-actions");
  const use = el("button", "button", "Put it in the checker");
  use.type = "submit";
  const cancel = el("button", "button button-quiet", "Cancel");
  cancel.type = "button";
  actions.append(use, cancel);

  form.append(title, intro, fields, preview, status, actions);
  dialog.append(form);
  document.body.append(dialog);

  const values = () => {
    const v = Object.create(null); // a blank may be called [constructor]
    for (const [name, input] of inputs) v[name] = input.value;
    return v;
  };

  // update renders the preview and returns the note; announce says it
  // after a pause in typing.
  function update(announce = true) {
    const list = parts(template.text, values());
    text.replaceChildren(...list.map((p) => (p.blank ? el("mark", "blank", p.text) : p.filled ? el("span", "filled", p.text) : p.text)));
    const note = list.map((p) => p.text).join("");
    // Like the checker and LinkedIn's box: UTF-16 code units, so an emoji counts two.
    const limit = limits[select.value];
    renderCounter(counter, note.length, limit);
    const empty = new Set(list.filter((p) => p.blank).map((p) => p.text)).size;
    left.textContent = empty === 0
      ? "Every blank is filled."
      : `${empty} ${empty === 1 ? "blank is" : "blanks are"} still empty: ${empty === 1 ? "it stays" : "they stay"} in [brackets].`;
    const over = note.length > limit ? `, ${note.length - limit} over the limit` : "";
    if (announce) announcer.result(`${note.length} of ${limit} characters${over}. ${left.textContent}`);
    return note;
  }

  let handedOver = false;
  form.addEventListener("input", () => update());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const v = values();
    const state = {
      draft: update(false),
      name: nameBlank ? v[nameBlank].trim() : "",
      relationship: template.relationship,
      account: select.value,
    };
    handedOver = true;
    // Close first: closing gives the focus back, and the checker takes it next.
    dialog.close();
    onUse(state, `The template “${template.title}”`);
  });
  cancel.addEventListener("click", () => dialog.close());
  // Escape closes a modal dialog by itself (its cancel event).
  dialog.addEventListener("close", () => {
    dialog.remove();
    if (open === dialog) open = null;
    if (!handedOver && opener && opener.isConnected) opener.focus();
  });

  update(false);
  open = dialog;
  dialog.showModal();
  (inputs.values().next().value || select).focus();
  return dialog;
}

function hintFor(name, isName) {
  if (isName) return "Their first name. It also goes into the checker's name field, so it can catch a wrong name.";
  if (name === "your name") return "How you sign; it fills every [your name].";
  return "";
}

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
