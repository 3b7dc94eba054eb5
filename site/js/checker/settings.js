// Settings: which rules the checker runs. The panel (a <details> in the
// page's HTML) lists every rule with a checkbox; a rule turned off is passed
// to the engine as `disable`, so the verdict and the score leave it out too.
// The settings stay in localStorage, and travel as a link whose fragment
// holds them, `#checker?off=shouting,never`: the fragment never reaches a
// server. A page opened from such a link takes its settings (and keeps them,
// as if chosen here), then tidies the address back to `#checker`, so a
// later reload does not undo changes made since.

import * as store from "./store.js";
import { el } from "../dom.js";

const severities = [
  ["error", "Errors"],
  ["warning", "Warnings"],
  ["suggestion", "Suggestions"],
];

export function createSettings(panel, rules, { onChange, announce }) {
  const known = new Set(rules.map((r) => r.id));
  const clean = (ids) => [...new Set((Array.isArray(ids) ? ids : []).filter((id) => known.has(id)))];
  let off = new Set(clean(store.loadSettings().off));
  const $ = (sel) => panel.querySelector(sel);
  const count = $(".settings-count");
  const link = $("#settings-link");
  const status = $("#settings-status");
  const boxes = new Map();

  // One group of checkboxes per severity, in catalog order within each.
  const groups = [];
  for (const [severity, legend] of severities) {
    const these = rules.filter((r) => (r.severity || "suggestion") === severity);
    if (!these.length) continue;
    const fieldset = el("fieldset", "settings-group");
    fieldset.append(el("legend", "", legend));
    const list = el("ul", "settings-list");
    for (const r of these) {
      const box = el("input");
      box.type = "checkbox";
      box.id = "rule-" + r.id;
      box.value = r.id;
      const label = el("label", "", r.title || r.id);
      label.htmlFor = box.id;
      label.append(" ", el("code", "", r.id));
      const item = el("li", "settings-rule");
      item.append(box, label);
      list.append(item);
      boxes.set(r.id, box);
    }
    fieldset.append(list);
    groups.push(fieldset);
  }
  $(".settings-rules").replaceChildren(...groups);

  panel.addEventListener("change", (event) => {
    const box = event.target;
    if (!boxes.has(box.value) || boxes.get(box.value) !== box) return;
    if (box.checked) off.delete(box.value);
    else off.add(box.value);
    changed();
  });
  $("#settings-reset").addEventListener("click", () => {
    if (!off.size) {
      say("Every rule is already on.");
      return;
    }
    off = new Set();
    changed();
    say("Every rule is on.");
  });
  $("#settings-copy").addEventListener("click", async () => {
    let done = false;
    try {
      await navigator.clipboard.writeText(link.value);
      done = true;
    } catch {
      link.focus();
      link.select();
      done = document.execCommand("copy");
    }
    say(done ? "Link copied." : "Select the link and copy it with your keyboard.");
  });
  link.addEventListener("focus", () => link.select());
  addEventListener("hashchange", () => {
    if (fromFragment()) {
      changed();
      arrived();
    }
  });

  const linked = fromFragment();
  if (linked) store.saveSettings({ off: [...off] });
  show();

  function changed() {
    store.saveSettings({ off: [...off] });
    show();
    onChange();
  }

  // show brings the checkboxes, the summary and the link in line with off.
  function show() {
    for (const [id, box] of boxes) box.checked = !off.has(id);
    count.textContent = off.size ? `(${off.size} off)` : "(all on)";
    link.value = location.origin + location.pathname + "#checker?off=" + [...off].map(encodeURIComponent).join(",");
  }

  // fromFragment takes settings from a link's fragment, if it has them.
  function fromFragment() {
    const m = /^#checker\?(.*)$/s.exec(location.hash);
    if (!m) return false;
    const params = new URLSearchParams(m[1]);
    history.replaceState(history.state, "", location.pathname + location.search + "#checker");
    if (!params.has("off")) return false;
    off = new Set(clean(params.get("off").split(",")));
    return true;
  }

  // arrived shows what a link set: the panel open, its words announced.
  function arrived() {
    panel.open = true;
    const names = rules.filter((r) => off.has(r.id)).map((r) => r.title || r.id);
    announce(names.length
      ? `Settings from the link: ${names.length === 1 ? "one rule is" : `${names.length} rules are`} off (${names.join(", ")}).`
      : "Settings from the link: every rule is on.");
  }

  function say(text) {
    status.textContent = text;
    setTimeout(() => {
      if (status.textContent === text) status.textContent = "";
    }, 4000);
  }

  return {
    // off lists the rules turned off, for the engine's disable option.
    off: () => [...off],
    // linked says whether the page was opened from a settings link; arrived
    // then shows the reader what it set.
    linked,
    arrived,
  };
}
