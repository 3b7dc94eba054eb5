// Inbox: where the service worker leaves text shared to the installed site
// for the checker page to pick up. It is one entry in Cache Storage, on this
// device only, keyed by the site's scope; the page reads it once and deletes
// it. Nothing here touches the network.

// Not "connectwell-…": the service worker deletes old caches by that prefix.
const CACHE = "connectwell:shared";
const TTL = 10 * 60 * 1000; // an old share, never picked up, must not appear later

const key = (scope) => new URL("shared-text", scope).href;

// put keeps what was shared ({title, text, url}) for the page at scope.
export async function put(scope, shared) {
  const cache = await caches.open(CACHE);
  const body = JSON.stringify({ ...shared, at: Date.now() });
  await cache.put(key(scope), new Response(body, { headers: { "Content-Type": "application/json" } }));
}

// take returns what was shared for the page at scope, once, or null.
export async function take(scope) {
  if (typeof caches === "undefined") return null; // no Cache Storage: nothing can have been kept
  try {
    const cache = await caches.open(CACHE);
    const res = await cache.match(key(scope));
    if (!res) return null;
    await cache.delete(key(scope));
    const shared = await res.json();
    if (!shared || typeof shared !== "object" || !(Date.now() - shared.at < TTL)) return null;
    const str = (v) => (typeof v === "string" ? v : "");
    return { title: str(shared.title), text: str(shared.text), url: str(shared.url) };
  } catch {
    return null;
  }
}
