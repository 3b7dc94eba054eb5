// The page's script. Everything here enhances HTML that works without it:
// the checker, "try it" links on example notes and templates, and offline
// support through the service worker.

import { startChecker } from "./checker/index.js";
import * as store from "./checker/store.js";

const base = document.body.dataset.base || "/";
const section = document.getElementById("checker");
const checker = section ? startChecker(section, base) : null;

// Example notes and templates hand their text to the checker: directly when
// it is on this page, otherwise through storage and the link to it.
document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-try-note], [data-use-template]");
  if (!link) return;
  const holder = link.closest("[data-relationship], .note, .template");
  const text = link.hasAttribute("data-use-template")
    ? holder.querySelector(".template-text").textContent
    : holder.querySelector(".note-text").textContent;
  const state = {
    draft: text.trim(),
    name: holder.dataset.name || "",
    relationship: holder.dataset.relationship || "stranger",
    account: holder.dataset.account || "free",
  };
  if (checker) {
    event.preventDefault();
    checker.load(state);
  } else {
    store.save(state);
  }
});

if ("serviceWorker" in navigator && document.body.dataset.sw) {
  navigator.serviceWorker.register(document.body.dataset.sw, { scope: base }).catch(() => {
    // Offline support is a bonus; the site works without it.
  });
}
