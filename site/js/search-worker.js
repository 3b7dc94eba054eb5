// The search's Web Worker: it loads the index the build wrote (one document
// per guide section, rule and template) into MiniSearch, which tokenises and
// ranks, and answers queries with ready-to-show results. Loading it only
// when the reader first reaches for the search box keeps every page's own
// script small.
//
// Protocol: {type: "init", index: url} → {type: "ready"} or
// {type: "error", message}; {type: "search", id, query} →
// {type: "results", id, query, total, hits}, each hit
// {kind, title, where, url, snippet, marks: [[start, end], ...]}.
import MiniSearch from "minisearch";
import { snippet } from "./search/snippet.js";

const SHOWN = 8;

// Words too common to tell sections apart.
const STOP = new Set(("a an and are as at be but by for from has have how i if in into is it its " +
  "me my of on or so that the their them they this to was we what when who why will with you your").split(" "));

// processTerm folds case and accents, so "resume" finds "résumé", and drops
// stop words; queries go through it too.
export function processTerm(term) {
  const t = term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return STOP.has(t) ? null : t;
}

let ready = null;
let docs = [];
let engine = null;

self.onmessage = async (event) => {
  const msg = event.data || {};
  if (msg.type === "init") {
    ready = load(msg.index);
    try {
      await ready;
      self.postMessage({ type: "ready" });
    } catch (err) {
      self.postMessage({ type: "error", message: String((err && err.message) || err) });
    }
  } else if (msg.type === "search") {
    try {
      await ready;
    } catch {
      return; // already reported
    }
    self.postMessage({ type: "results", id: msg.id, query: msg.query, ...search(msg.query) });
  }
};

async function load(url) {
  let response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error("the search index could not be loaded; are you offline?");
  }
  if (!response.ok) throw new Error(`the search index did not load (HTTP ${response.status})`);
  docs = (await response.json()).docs;
  engine = new MiniSearch({
    fields: ["title", "keys", "where", "text"],
    processTerm,
    searchOptions: {
      // A rule's id ("too-long") finds it as surely as its title does.
      boost: { title: 3, keys: 3, where: 0.5 },
      // The last word may be half typed; longer words forgive a typo.
      prefix: (term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    },
  });
  engine.addAll(docs.map((d, id) => ({ id, title: d.title, keys: d.keys || "", where: d.where, text: d.text })));
}

function search(query) {
  // Every word must match; when nothing has them all, any word will do.
  let found = engine.search(query, { combineWith: "AND" });
  if (found.length === 0) found = engine.search(query, { combineWith: "OR" });
  const hits = found.slice(0, SHOWN).map((r) => {
    const d = docs[r.id];
    const terms = new Set(r.terms);
    return { kind: d.kind, title: d.title, where: d.where, url: d.url, ...snippet(d.text, terms, processTerm) };
  });
  return { total: found.length, hits };
}
