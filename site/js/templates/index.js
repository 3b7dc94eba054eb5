// Templates: choosing one, on the templates page ("Use this template") or
// in the checker ("Start from a template"), opens its form (form.js); the
// filled note goes into the checker: directly when it is on this page,
// otherwise through the same hand-off as example notes (store.js) and the
// link to it. Without JavaScript the links simply open the checker.

import * as store from "../checker/store.js";
import { openForm } from "./form.js";

export function startTemplates(checker) {
  // The templates page: each template's link opens its form. This listener
  // runs first (capture) and keeps the click from main.js's plain hand-off,
  // which still serves a click with a modifier (a new tab, say).
  document.addEventListener("click", (event) => {
    const link = event.target.closest("[data-use-template]");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const item = link.closest(".template");
    const template = item && fromItem(item);
    if (!template) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const saved = store.load().account;
    openForm(template, {
      limits: limits(link),
      account: template.account === "premium" ? "premium" : saved || "free",
      opener: link,
      onUse: checker ? checker.load : (state, label) => {
        store.handOff(state, label);
        location.assign(link.href);
      },
    });
  }, true);

  // The checker: pick a template, then fill it in.
  const pick = document.getElementById("template-pick");
  const button = document.getElementById("template-open");
  if (!checker || !pick || !button) return;
  button.addEventListener("click", () => {
    const option = pick.selectedOptions[0];
    if (!option) return;
    const template = {
      id: option.value,
      title: option.textContent.trim(),
      text: option.dataset.text || "",
      relationship: option.dataset.relationship || "stranger",
      account: option.dataset.account || "free",
    };
    const current = document.getElementById("account").value;
    openForm(template, {
      limits: limits(button),
      account: template.account === "premium" ? "premium" : current,
      opener: button,
      onUse: checker.load,
    });
  });
}

// fromItem reads a template from its entry on the templates page.
function fromItem(item) {
  const text = item.querySelector(".template-text");
  const title = item.querySelector(".template-title");
  if (!text || !title) return null;
  return {
    id: item.dataset.template || "",
    title: title.textContent.trim(),
    text: text.textContent.trim(),
    relationship: item.dataset.relationship || "stranger",
    account: item.dataset.account || "free",
  };
}

// limits reads each account's character limit, which the build writes
// beside the templates from the rules package.
function limits(from) {
  return JSON.parse(from.closest("[data-limits]").dataset.limits);
}
