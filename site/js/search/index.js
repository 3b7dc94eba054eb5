// Search: the box in every page's header. It finds guide sections, rules and
// templates in the index the build writes, through MiniSearch in a Web
// Worker (search-worker.js) that starts when the reader first reaches for
// the box, so it works offline once the service worker has the index.
//
// Results are links to the exact heading. From the box, the down arrow moves
// into them, the arrow keys move between them, Enter follows one (Enter in
// the box follows the first), Escape closes them, and `/` anywhere outside
// a field focuses the box. The count is announced once typing pauses.
// Everything is built with DOM nodes and textContent: nothing from the index
// or the query is ever parsed as HTML.

const ANNOUNCE_MS = 600;

export function startSearch(form, base) {
  const input = form.querySelector("input[type=search]");
  const panel = form.querySelector(".search-panel");
  const count = panel.querySelector(".search-count");
  const list = panel.querySelector(".search-results");
  const status = form.querySelector(".search-status");
  let worker = null;
  let failed = false;
  let seq = 0;
  let shown = 0; // id of the query whose results are on screen
  let follow = false; // Enter was pressed before the results came
  let announceTimer = 0;

  function start() {
    if (worker || failed) return;
    try {
      worker = new Worker(form.dataset.worker);
    } catch (err) {
      fail(err && err.message);
      return;
    }
    worker.onmessage = (event) => receive(event.data || {});
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || "its script did not load");
    };
    worker.postMessage({ type: "init", index: form.dataset.index });
  }

  function fail(message) {
    failed = true;
    if (worker) worker.terminate();
    worker = null;
    list.replaceChildren();
    say(`Search is not available: ${message || "unknown error"}. The guide's pages are listed in the menu.`, true);
    open();
  }

  function query() {
    const q = input.value.trim();
    if (q === "") {
      close();
      list.replaceChildren();
      shown = 0;
      clearTimeout(announceTimer);
      return;
    }
    if (failed) return open();
    start();
    if (!worker) return;
    worker.postMessage({ type: "search", id: ++seq, query: q });
    // The first answer waits for the index: say so rather than show nothing.
    if (shown === 0) {
      say("Searching…", false);
      open();
    }
  }

  function receive(msg) {
    if (msg.type === "error") {
      fail(msg.message);
    } else if (msg.type === "results" && msg.id === seq && input.value.trim() !== "") {
      shown = msg.id;
      list.replaceChildren(...msg.hits.map(hit));
      say(describe(msg), true);
      if (document.activeElement === input || form.contains(document.activeElement)) open();
      if (follow && !panel.hidden && msg.hits.length) links()[0].click();
      follow = false;
    }
  }

  function describe({ total, hits, query: q }) {
    if (total === 0) return `No results for “${q}”.`;
    if (total === 1) return `1 result for “${q}”.`;
    if (total > hits.length) return `${total} results for “${q}”; the best ${hits.length} are shown.`;
    return `${total} results for “${q}”.`;
  }

  // say shows text above the results; screen readers hear it once typing
  // pauses, when announce is set.
  function say(text, announce) {
    count.textContent = text;
    clearTimeout(announceTimer);
    if (!announce) return;
    announceTimer = setTimeout(() => {
      status.textContent = "";
      requestAnimationFrame(() => { status.textContent = text; });
    }, ANNOUNCE_MS);
  }

  function hit(h) {
    const a = document.createElement("a");
    a.className = "search-hit";
    a.href = base + h.url.replace(/^\//, "");
    a.dataset.kind = h.kind;
    a.append(span("search-hit-title", h.title), span("search-hit-where", h.where), snippet(h.snippet, h.marks));
    const li = document.createElement("li");
    li.append(a);
    return li;
  }

  function span(className, text) {
    const s = document.createElement("span");
    s.className = className;
    s.textContent = text;
    return s;
  }

  // snippet quotes the text with the matched words marked.
  function snippet(text, marks) {
    const s = span("search-hit-snippet", "");
    let at = 0;
    for (const [start, end] of marks) {
      if (start < at) continue;
      s.append(text.slice(at, start));
      const m = document.createElement("mark");
      m.textContent = text.slice(start, end);
      s.append(m);
      at = end;
    }
    s.append(text.slice(at));
    return s;
  }

  function open() {
    panel.hidden = false;
  }

  function close() {
    panel.hidden = true;
  }

  const links = () => [...list.querySelectorAll("a")];

  function move(from, step) {
    const all = links();
    const i = all.indexOf(from);
    if (i + step < 0) return input.focus();
    const next = all[Math.min(i + step, all.length - 1)];
    if (next) next.focus();
  }

  input.addEventListener("focus", () => {
    if (failed) {
      // A search that failed (offline before any visit, say) may work now.
      failed = false;
      if (input.value.trim() !== "") return query();
    }
    start(); // load the index while the reader types
    if (input.value.trim() !== "" && shown) open();
  });
  input.addEventListener("input", query);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && !panel.hidden && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === "Escape" && !panel.hidden) {
      follow = false;
      // First Escape closes the results and keeps the words; a second one
      // clears the box, as search boxes do.
      event.preventDefault();
      close();
    }
  });
  // Enter in the box follows the best result, once it is known.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim() === "" || failed) return;
    if (seq === 0) query(); // words typed before the script ran
    if (shown !== seq) {
      follow = true;
      return;
    }
    const first = links()[0];
    if (first) {
      open();
      first.click();
    }
  });
  list.addEventListener("keydown", (event) => {
    const a = event.target.closest("a");
    if (!a) return;
    const all = links();
    switch (event.key) {
      case "ArrowDown": move(a, 1); break;
      case "ArrowUp": move(a, -1); break;
      case "Home": all[0].focus(); break;
      case "End": all[all.length - 1].focus(); break;
      case "Escape": input.focus(); close(); break;
      default:
        // Typing on a result goes on in the box.
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) input.focus();
        return;
    }
    event.preventDefault();
  });
  list.addEventListener("click", (event) => {
    const a = event.target.closest("a");
    if (!a) return;
    close();
    const url = new URL(a.href);
    if (url.pathname !== location.pathname || !url.hash) return;
    // On this page the browser only scrolls; take the focus there too, so
    // the keyboard carries on from the heading rather than a hidden link.
    const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    requestAnimationFrame(() => target.focus({ preventScroll: true }));
  });
  // Leaving the search, by Tab or a click elsewhere, closes the results.
  form.addEventListener("focusout", (event) => {
    if (!form.contains(event.relatedTarget)) close();
  });

  // `/` focuses the box, unless the reader is typing somewhere.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const t = event.target;
    if (t instanceof Element && (t.closest("input, textarea, select, [contenteditable]") || t.isContentEditable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
