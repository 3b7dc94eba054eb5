// The page's script. Everything here enhances HTML that works without it:
// the search box, the checker, "try it" links on example notes and
// templates, template forms, sharing in and out, installing, and offline
// support through the service worker.

import { startChecker } from "./checker/index.js";
import * as store from "./checker/store.js";
import { startInstall } from "./install.js";
import { startSearch } from "./search/index.js";
import { receiveShared, startShareOut } from "./share/index.js";
import { startTemplates } from "./templates/index.js";

const base = document.body.dataset.base || "/";
const searchForm = document.getElementById("site-search");
if (searchForm) startSearch(searchForm, base);
const section = document.getElementById("checker");
const checker = section ? startChecker(section, base) : null;
if (checker) {
  const status = document.getElementById("copy-status");
  startShareOut(document.getElementById("share"), status, checker.text);
  receiveShared(checker, base, status);
}
startTemplates(checker);
startInstall(document.getElementById("install"), document.getElementById("install-status"));

// Example notes and templates hand their text to the checker: directly when
// it is on this page, otherwise through storage and the link to it.
document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-try-note], [data-use-template]");
  if (!link) return;
  const template = link.hasAttribute("data-use-template");
  const holder = link.closest(template ? ".template" : ".note");
  const text = holder && holder.querySelector(template ? ".template-text" : ".note-text");
  if (!text) return; // let the link simply open the checker
  const state = {
    draft: text.textContent.trim(),
    name: holder.dataset.name || "",
    relationship: holder.dataset.relationship || "stranger",
    account: holder.dataset.account || "free",
  };
  const heading = template && holder.querySelector("h4 .template-title, h4");
  const label = heading ? `The template “${heading.textContent.trim()}”` : "The example note";
  if (checker) {
    event.preventDefault();
    checker.load(state, label);
  } else {
    store.handOff(state, label);
  }
});

if ("serviceWorker" in navigator && document.body.dataset.sw) {
  navigator.serviceWorker.register(document.body.dataset.sw, { scope: base }).catch(() => {
    // Offline support is a bonus; the site works without it.
  });
}
