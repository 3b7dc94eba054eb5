// The checker widget: input → check (in the worker) → render. It enhances the
// #checker section that the page's HTML already contains.

import { createEngine } from "./engine.js";
import { renderMarks, syncScroll } from "./marks.js";
import { renderCounter, renderFindings, renderVerdict } from "./report.js";
import * as store from "./store.js";

export function startChecker(section, base) {
  const $ = (sel) => section.querySelector(sel);
  const draft = $("#draft");
  const name = $("#name");
  const relationship = $("#relationship");
  const account = $("#account");
  const marks = $(".draft-marks");
  const counter = $("#counter");
  const verdict = $("#verdict");
  const findings = $("#findings");
  const ruleInfo = readRuleInfo($("#checker-rules"));

  restore(store.load());
  section.classList.add("checker-live");
  renderVerdict(verdict, "", "Loading the checker…");

  const engine = createEngine(section.dataset.worker, section.dataset.wasm);
  let ready = false;
  engine.onState((state, message) => {
    if (state === "ready") {
      ready = true;
      update();
    } else {
      renderVerdict(verdict, "error", "The checker could not start: " + message + ". Reload the page to try again.");
    }
  });

  const options = () => ({ account: account.value, name: name.value.trim(), relationship: relationship.value });

  async function update() {
    const text = draft.value;
    store.save({ draft: text, ...options() });
    if (!ready) return;
    const report = await engine.check(text, options());
    if (text !== draft.value) return; // a newer check is on its way
    renderCounter(counter, report.length, report.limit);
    if (text.trim() === "") {
      renderVerdict(verdict, "", "Write or paste a note to check it.");
      renderFindings(findings, [], ruleInfo, base);
      renderMarks(marks, text, []);
      return;
    }
    renderVerdict(verdict, report.verdict);
    renderFindings(findings, report.findings, ruleInfo, base);
    renderMarks(marks, text, report.findings);
    syncScroll(marks, draft);
  }

  function restore(state) {
    if (typeof state.draft === "string") draft.value = state.draft;
    if (typeof state.name === "string") name.value = state.name;
    setSelect(relationship, state.relationship);
    setSelect(account, state.account);
    renderMarks(marks, draft.value, []);
  }

  draft.addEventListener("input", update);
  draft.addEventListener("scroll", () => syncScroll(marks, draft));
  for (const input of [name, relationship, account]) input.addEventListener("input", update);

  $("#clear").addEventListener("click", () => {
    draft.value = "";
    update();
    draft.focus();
  });
  $("#copy").addEventListener("click", () => copy(draft, $("#copy-status")));

  // load() replaces the draft, for example notes and templates on this page.
  return {
    load(state) {
      restore(state);
      update();
      section.scrollIntoView({ block: "start" });
      draft.focus({ preventScroll: true });
    },
  };
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

async function copy(textarea, status) {
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = "Copied.";
  } catch {
    textarea.select();
    status.textContent = document.execCommand("copy") ? "Copied." : "Select the note and copy it with your keyboard.";
  }
  setTimeout(() => { status.textContent = ""; }, 3000);
}
