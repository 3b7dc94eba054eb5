// The service worker: it precaches the whole site when first installed, so
// the guide and the checker keep working offline. The build defines PRECACHE
// (every URL of the site) and VERSION (a hash of its files).
/* global PRECACHE, VERSION */

const CACHE = "connectwell-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("connectwell-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Pages: the network first, so edits show at once; the cache offline.
    event.respondWith(
      fetch(request).catch(async () => {
        const cache = await caches.open(CACHE);
        return (await cache.match(request, { ignoreSearch: true })) ||
          (await cache.match(PRECACHE.find((u) => u.endsWith("/404.html")) || "")) ||
          Response.error();
      }),
    );
    return;
  }
  // Everything else has a content hash in its name or rarely changes.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
