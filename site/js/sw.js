// The service worker: it precaches the whole site when first installed, so
// the guide and the checker keep working offline. The build defines PRECACHE
// (every URL of the site) and VERSION (a hash of its files), so any change to
// the site installs a fresh cache.
/* global PRECACHE, VERSION */

// Text shared to the installed site is received here, never by the network.
import "./share/target.js";

const PREFIX = "connectwell-";
const CACHE = PREFIX + VERSION;
const NOT_FOUND = PRECACHE.find((u) => u.endsWith("/404.html"));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // "reload" skips the HTTP cache, so the copies match this version.
      .then((c) => c.addAll(PRECACHE.map((u) => new Request(u, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => {
        // Keep the previous version too: a page opened before this update may
        // still ask for its own hashed scripts and its checker.
        const old = keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE);
        return Promise.all(old.slice(0, -1).map((k) => caches.delete(k)));
      })
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // The dev server's live-reload hook must always reach the server.
  if (url.pathname.startsWith("/_connectwell/")) return;
  if (request.mode === "navigate") {
    // Pages: the network first, so edits show at once; the cache offline.
    event.respondWith(
      fetch(request).catch(async () => {
        const cache = await caches.open(CACHE);
        return (await cache.match(request, { ignoreSearch: true })) ||
          (NOT_FOUND && (await cache.match(NOT_FOUND))) ||
          Response.error();
      }),
    );
    return;
  }
  // Everything else has a content hash in its name or rarely changes: this
  // version's copy, else the previous version's, else the network.
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return (await cache.match(request)) || (await caches.match(request)) || fetch(request);
  })());
});
