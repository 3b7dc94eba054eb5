// The checker widget: input → check → render. A short note is checked and
// rendered within the input event itself, so its findings are painted with
// the keystroke; a long one goes to the worker (engine.js). It enhances the
// #checker section that the page's HTML already contains. The reader acts on
// what it finds: a finding's fix edits the draft (edit.js), "Make it fit"
// shortens a long note (fit.js), Ignore hides one finding for one draft
// (ignores.js), and the settings turn rules off (settings.js); each of these
// ends in a fresh check, so data still flows one way.

import { createAnnouncer } from "./announce.js";
import { createDraft } from "./draft.js";
import { applied, blankIn, editDraft, valid } from "./edit.js";
import { createEngine } from "./engine.js";
import { createFit } from "./fit.js";
import { createIgnores, findingKey } from "./ignores.js";
import { createMarks } from "./marks.js";
import { countText, renderCounter, renderFindings, renderScope, renderVerdict, verdictText } from "./report.js";
import { createSettings } from "./settings.js";
import * as store from "./store.js";
import { setText } from "../dom.js";

const SAVE_MS = 300; // storage writes wait for a pause: a megabyte draft is slow to serialise
const BUSY_MS = 400; // only a slow check (a huge paste) shows "Checking…"

// A test-only hook: when a test or benchmark has put an array here before
// the page's scripts run, each check started by typing or by a fix records
// its timings in it (performance.now() times: the input or click event,
// sent to and answered by the checker, on the page or in the worker,
// rendered (built in the DOM, then with style and layout done), the next
// frame, and just after that frame), and the array's init property gets the
// timings of the page's own checker's set-up. Nothing is recorded otherwise.
const perf = Array.isArray(globalThis.__connectwellPerf) ? globalThis.__connectwellPerf : null;

export function startChecker(section, base) {
  const $ = (sel) => section.querySelector(sel);
  const draft = $("#draft");
  const name = $("#name");
  const relationship = $("#relationship");
  const account = $("#account");
  const counter = $("#counter");
  const verdict = $("#verdict");
  const scope = $("#verdict-scope");
  const languages = (section.dataset.languages || "").split(" ").filter(Boolean);
  const findings = $("#findings");
  const more = $("#findings-more");
  const summary = $("#findings-summary");
  const retry = $("#retry");
  const ignoredLine = $("#findings-ignored");
  const rules = readRules($("#checker-rules"));
  const ruleInfo = Object.fromEntries(rules.map((r) => [r.id, r]));
  const announcer = createAnnouncer($("#checker-announce"));
  const marks = createMarks($(".draft-marks"), draft);
  const note = createDraft(draft, $("#draft-notice"), () => check());
  const ignores = createIgnores();
  const settings = createSettings($("#checker-settings"), rules, {
    onChange: () => check(),
    announce: (text) => announcer.now(text),
  });
  const fit = createFit($("#fit"), $("#fit-panel"), { apply: (fix, event) => applyFix(fix, event, "fit") });

  restore(store.load());
  section.classList.add("checker-live");
  renderVerdict(verdict, "", "Loading the checker…");

  const options = () => ({ account: account.value, name: name.value.trim(), relationship: relationship.value });

  let busyTimer = 0;
  section.dataset.engine = "worker";
  const engine = createEngine(section.dataset.worker, section.dataset.wasm, {
    onReport: render,
    // data-engine says where short notes are checked: "page" once the
    // page's own checker is up, "worker" until then.
    onHere(timings) {
      section.dataset.engine = timings ? "page" : "worker";
      if (perf && timings) perf.init = timings;
    },
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

  // check sends the current draft to the engine, with the rules turned off in
  // the settings; the report comes back to render, with meta.
  let folded = false;
  function check(meta = {}) {
    note.fold();
    const text = note.text();
    // The box shows only the start of a huge note; say so once.
    if (!folded && text.length > note.visible()) announcer.now("The note is too long to show in full; the box shows its start.");
    folded = text.length > note.visible();
    // A short note is checked and rendered before request() returns, and
    // then the marks are in place already; a long one goes to the worker,
    // which checks it while this thread moves the marks (which lays the page
    // out) and the browser paints the edit.
    engine.request(text, { ...options(), disable: settings.off() }, meta);
    marks.edited(draft.value);
    saveSoon();
  }

  let shown = null; // {text, report}: the check the page shows
  let refocus = null; // where focus goes once an action's check is shown

  // render shows the report of req, the newest request. A report with
  // findings the reader ignored for this draft is not shown: the note is
  // checked again with their rules disabled, so the verdict, score and
  // counts are the engine's own for the note without them.
  function render(report, req) {
    const text = req.text;
    const ignored = !req.meta.again && ignores.keys(text);
    if (ignored) {
      const hits = report.findings.filter((f) => ignored.has(findingKey(f, text)));
      if (hits.length) {
        const disable = [...req.options.disable, ...hits.map((f) => f.rule)];
        engine.request(text, { ...req.options, disable }, { ...req.meta, again: true, ignored: hits.length });
        return;
      }
    }
    shown = { text, report };
    renderCounter(counter, report.length, report.limit);
    fit.update(text, report);
    renderIgnored(req.meta.ignored || 0);
    if (text.trim() === "") {
      renderVerdict(verdict, "", "Write or paste a note to check it.");
      renderScope(scope, "", languages);
      renderFindings(findings, more, [], 0, text, note.visible(), ruleInfo, base);
      setText(summary, "");
      marks.render(draft.value, []);
      announcer.result("");
    } else {
      const list = report.findings;
      const counts = capitalise(countText(report.counts));
      renderVerdict(verdict, report.verdict);
      const unread = renderScope(scope, report.language, languages);
      setText(summary, counts + ".");
      renderFindings(findings, more, list, report.total, text, note.visible(), ruleInfo, base);
      marks.render(draft.value, list);
      const over = report.length > report.limit ? ` ${report.length - report.limit} characters over the limit.` : "";
      announcer.result(`${verdictText(report.verdict)} ${counts}.${over}${unread && " " + unread}`);
    }
    if (refocus) moveFocus(text);
    if (perf && req.meta.t0 !== undefined) measure(req);
  }

  function renderIgnored(n) {
    ignoredLine.hidden = n === 0;
    setText(ignoredLine.querySelector(".findings-ignored-text"),
      n === 1 ? "One finding is ignored for this draft." : `${n} findings are ignored for this draft.`);
  }

  // applyFix edits the draft as fix says, through the browser's editing so
  // Ctrl+Z undoes it. A fix that leaves a [blank] selects it, so typing
  // fills it in; otherwise focus moves on to the next fix, once the note is
  // checked again.
  let nextMeta = null; // meta for the check the edit's input event starts
  function applyFix(fix, event, kind) {
    const text = note.text();
    if (!fix || !shown || shown.text !== text || !valid(fix.edits, text.length)) {
      announcer.now("The note changed since it was checked; try again once it is checked.");
      return;
    }
    nextMeta = { kind, t0: event.timeStamp };
    let at = editDraft(draft, fix.edits);
    if (!at) {
      // An edit beyond what the box shows of a huge note: set the note.
      note.set(applied(text, fix.edits));
      check(nextMeta);
      const from = Math.min(...fix.edits.map((e) => e.start));
      const to = Math.max(...fix.edits.map((e) => e.end));
      at = { start: from, end: to + note.text().length - text.length };
    }
    nextMeta = null;
    const after = note.text();
    const blank = blankIn(draft.value, at.start, at.end);
    if (blank) {
      show(blank.start, blank.end);
    } else {
      draft.focus({ preventScroll: true });
      const caret = Math.min(at.end, draft.value.length);
      draft.setSelectionRange(caret, caret);
      refocus = { text: after, fix: kind === "fix", caret };
      // A short note was checked and shown within the edit already.
      if (shown.text === after) moveFocus(after);
    }
    const title = String(fix.title || "the fix").replace(/\.$/, "");
    announcer.now(`Done: ${title}.${blank ? " It left a blank, now selected: type to fill it in." : ""}`);
  }

  function ignore(f, index) {
    if (shown.text !== note.text()) {
      announcer.now("The note changed since it was checked; try again once it is checked.");
      return;
    }
    const list = shown.report.findings;
    ignores.add(shown.text, findingKey(f, shown.text));
    const next = list[index + 1] || list[index - 1];
    refocus = { text: shown.text, rule: next && next.rule, action: "ignore" };
    announcer.now(`Ignored “${(ruleInfo[f.rule] || {}).title || f.rule}” for this draft. Edit the note and it comes back.`);
    check();
  }

  function unignore() {
    const text = note.text();
    const back = ignores.clear(text);
    refocus = { text, rule: back[0], action: "ignore" };
    announcer.now(back.length === 1 ? "The ignored finding is back." : "The ignored findings are back.");
    check();
  }

  // moveFocus puts focus where the action that led to this check wants it,
  // unless the note changed since (the reader is typing).
  function moveFocus(text) {
    const r = refocus;
    refocus = null;
    if (r.text !== text) return;
    const within = (sel) => findings.querySelector(sel);
    let target = null;
    if (r.rule) target = within(`[data-rule="${CSS.escape(r.rule)}"] [data-action="${r.action}"]`);
    else if (r.fix) target = within(`[data-action="fix"]`);
    if (!target && r.action === "ignore" && !ignoredLine.hidden) target = ignoredLine.querySelector("button");
    if (target) {
      target.focus();
    } else if (r.caret !== undefined) {
      draft.focus({ preventScroll: true });
      draft.setSelectionRange(r.caret, r.caret);
    } else {
      draft.focus();
    }
  }

  // measure records a check's timings for the test-only hook.
  function measure(req) {
    const built = performance.now();
    void findings.offsetHeight; // style and layout now, as the next frame would
    const rendered = performance.now();
    requestAnimationFrame(() => {
      const frame = performance.now();
      // A message posted from the frame's callback arrives once it is painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => perf.push({
        kind: req.meta.kind, where: req.where, t0: req.meta.t0, sent: req.sent, received: req.received,
        built, rendered, frame, painted: performance.now(),
      });
      channel.port2.postMessage(null);
    });
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

  draft.addEventListener("input", (event) => check(nextMeta || { kind: "input", t0: event.timeStamp }));
  for (const input of [name, relationship, account]) input.addEventListener("input", () => check());
  // Some browsers fire only "change" for selects operated from the keyboard.
  for (const input of [relationship, account]) input.addEventListener("change", () => check());

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
    const button = event.target.closest("button");
    if (!button) return;
    if (button.dataset.start) {
      show(Number(button.dataset.start), Number(button.dataset.end));
      return;
    }
    const li = button.closest("[data-index]");
    const f = shown && li && shown.report.findings[Number(li.dataset.index)];
    if (!f) return;
    if (button.dataset.action === "fix") applyFix(f.fixes && f.fixes[Number(button.dataset.fix)], event, "fix");
    else if (button.dataset.action === "ignore") ignore(f, Number(li.dataset.index));
  });
  // A fix clicked while the reader is in the draft leaves focus there: the
  // fix edits the draft through its focus, and moving focus to the button
  // and back would cost the browser two style and layout passes before it
  // can paint the edit. Keyboard users reach the button by focus anyway.
  findings.addEventListener("mousedown", (event) => {
    if (document.activeElement === draft && event.target.closest('[data-action="fix"]')) event.preventDefault();
  });
  ignoredLine.querySelector("button").addEventListener("click", unignore);

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
  // A settings link (#checker?off=…) names no element, so nothing scrolled.
  if (settings.linked) {
    section.scrollIntoView({ block: "start" });
    settings.arrived();
  }

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

// readRules reads the catalog's rules ({id, title, severity, explanation}),
// in catalog order.
function readRules(script) {
  try {
    const rules = JSON.parse(script.textContent);
    if (Array.isArray(rules)) return rules.filter((r) => r && typeof r.id === "string");
  } catch {
    // Without the rule data, findings still show their message and link.
  }
  return [];
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
