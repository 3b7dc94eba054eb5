// The checker widget: input → check (in the worker) → render. It enhances the
// #checker section that the page's HTML already contains.

import { createAnnouncer } from "./announce.js";
import { createDraft } from "./draft.js";
import { createEngine } from "./engine.js";
import { createMarks } from "./marks.js";
import { countText, renderCounter, renderFindings, renderVerdict, verdictText } from "./report.js";
import * as store from "./store.js";

const SAVE_MS = 300; // storage writes wait for a pause: a megabyte draft is slow to serialise
const BUSY_MS = 400; // only a slow check (a huge paste) shows "Checking…"

export function startChecker(section, base) {
  const $ = (sel) => section.querySelector(sel);
  const draft = $("#draft");
  const name = $("#name");
  const relationship = $("#relationship");
  const account = $("#account");
  const counter = $("#counter");
  const verdict = $("#verdict");
  const findings = $("#findings");
  const more = $("#findings-more");
  const summary = $("#findings-summary");
  const retry = $("#retry");
  const ruleInfo = readRuleInfo($("#checker-rules"));
  const announcer = createAnnouncer($("#checker-announce"));
  const marks = createMarks($(".draft-marks"), draft);
  const note = createDraft(draft, $("#draft-notice"), () => check());

  restore(store.load());
  section.classList.add("checker-live");
  renderVerdict(verdict, "", "Loading the checker…");

  const options = () => ({ account: account.value, name: name.value.trim(), relationship: relationship.value });

  let busyTimer = 0;
  const engine = createEngine(section.dataset.worker, section.dataset.wasm, {
    onReport: render,
    onStatus(status, message) {
      clearTimeout(busyTimer);
      section.dataset.state = status;
      if (status === "busy") {
        busyTimer = setTimeout(() => findings.setAttribute("aria-busy", "true"), BUSY_MS);
        return;
      }
      findings.removeAttribute("aria-busy");
      retry.hidden = status !== "failed";
      if (status === "failed") {
        const text = `The checker stopped: ${message}. Your note is safe here; try again, or reload the page.`;
        renderVerdict(verdict, "error", text);
        announcer.now(text);
      }
    },
  });

  // check sends the current draft to the engine; the report comes back to render.
  let folded = false;
  function check() {
    note.fold();
    const text = note.text();
    // The box shows only the start of a huge note; say so once.
    if (!folded && text.length > note.visible()) announcer.now("The note is too long to show in full; the box shows its start.");
    folded = text.length > note.visible();
    marks.edited(draft.value);
    saveSoon();
    engine.request(text, options());
  }

  function render(report) {
    const text = note.text();
    renderCounter(counter, report.length, report.limit);
    if (text.trim() === "") {
      renderVerdict(verdict, "", "Write or paste a note to check it.");
      renderFindings(findings, more, [], 0, text, note.visible(), ruleInfo, base);
      summary.textContent = "";
      marks.render(draft.value, []);
      announcer.result("");
      return;
    }
    const list = report.findings;
    const counts = capitalise(countText(report.counts));
    renderVerdict(verdict, report.verdict);
    summary.textContent = counts + ".";
    renderFindings(findings, more, list, report.total, text, note.visible(), ruleInfo, base);
    marks.render(draft.value, list);
    const over = report.length > report.limit ? ` ${report.length - report.limit} characters over the limit.` : "";
    announcer.result(`${verdictText(report.verdict)} ${counts}.${over}`);
  }

  let saveTimer = 0;
  const save = (now = false) => {
    clearTimeout(saveTimer);
    saveTimer = 0;
    store.save({ draft: note.text(), ...options() }, now);
  };
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_MS);
  };
  // Leaving or hiding the page writes at once, so a quick reload keeps every keystroke.
  const saveNow = () => (saveTimer ? save(true) : store.flush());
  addEventListener("pagehide", saveNow);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && saveNow());

  function restore(state) {
    if (typeof state.draft === "string") note.set(state.draft);
    if (typeof state.name === "string") name.value = state.name;
    setSelect(relationship, state.relationship);
    setSelect(account, state.account);
  }

  draft.addEventListener("input", check);
  for (const input of [name, relationship, account]) input.addEventListener("input", check);
  // Some browsers fire only "change" for selects operated from the keyboard.
  for (const input of [relationship, account]) input.addEventListener("change", check);

  $("#clear").addEventListener("click", () => {
    draft.focus();
    draft.select();
    // execCommand keeps the browser's undo history, so Ctrl+Z brings the note
    // back; a hidden tail is beyond undo anyway.
    if (note.text().length > note.visible() || !document.execCommand("delete")) {
      note.set("");
      check();
    }
    announcer.now("Note cleared.");
  });
  $("#copy").addEventListener("click", () => copy(note.text(), draft, $("#copy-status")));
  retry.addEventListener("click", () => {
    retry.hidden = true;
    engine.restart();
    check();
  });
  findings.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-start]");
    if (button) show(Number(button.dataset.start), Number(button.dataset.end));
  });

  // show selects a finding's text in the draft and scrolls it into view.
  function show(start, end) {
    draft.focus({ preventScroll: true });
    draft.setSelectionRange(start, end);
    const top = marks.offsetTop(start);
    if (top !== null) draft.scrollTop = Math.max(0, top - draft.clientHeight / 3);
    draft.scrollIntoView({ block: "nearest" });
  }

  const handOff = store.takeHandOff();
  if (handOff !== null) arrive(handOff);
  check();

  // arrive focuses a draft handed over by a template or an example note, with
  // the first blank selected so typing fills it in.
  function arrive(label) {
    const blank = /\[[^\]\n]*\]/.exec(draft.value);
    const focus = () => {
      draft.focus({ preventScroll: true });
      if (blank) draft.setSelectionRange(blank.index, blank.index + blank[0].length);
    };
    section.scrollIntoView({ block: "start" });
    focus();
    // Arriving at /#checker, the browser moves focus to the fragment's target
    // (or the page) once it has loaded: take it back, unless the reader moved on.
    if (document.readyState !== "complete") {
      addEventListener("load", () => setTimeout(() => {
        if (document.activeElement === document.body || document.activeElement === section) focus();
      }), { once: true });
    }
    announcer.now(`${label || "The note"} is in the checker.${blank ? " Its first blank is selected: type to fill it in." : ""}`);
  }

  // load replaces the draft, for example notes and templates on this page;
  // text is the whole note, for sharing it.
  return {
    text: () => note.text(),
    load(state, label) {
      restore(state);
      save(true);
      check();
      arrive(label);
    },
  };
}

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function setSelect(select, value) {
  if ([...select.options].some((o) => o.value === value)) select.value = value;
}

function readRuleInfo(script) {
  const info = {};
  try {
    for (const r of JSON.parse(script.textContent)) info[r.id] = r;
  } catch {
    // Without the rule data, findings still show their message and link.
  }
  return info;
}

async function copy(text, textarea, status) {
  let done = false;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    textarea.select();
    done = document.execCommand("copy");
  }
  status.textContent = done ? "Copied." : "Select the note and copy it with your keyboard.";
  setTimeout(() => { status.textContent = ""; }, 4000);
}
