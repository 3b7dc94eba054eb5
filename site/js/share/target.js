// Share target, in the service worker. Installed, the site appears in the
// system's share sheet (the manifest's share_target): sharing text from any
// app makes the browser POST it here as a form. This worker answers that
// POST itself, before the network could see it: it keeps the text in the
// inbox on this device and sends the browser on to the checker (303), whose
// page takes the text from there. The POST is never passed to fetch().

import { put } from "./inbox.js";

// ACTION is the share target's address relative to the scope; the build's
// manifest uses the same name (pipeline.ShareTarget).
const ACTION = "share-target";

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "POST") return;
  const scope = self.registration.scope;
  const url = new URL(request.url);
  if (url.origin + url.pathname !== new URL(ACTION, scope).href) return;
  event.respondWith(receive(request, scope));
});

async function receive(request, scope) {
  let kept = false;
  try {
    const form = await request.formData();
    const shared = {};
    // Apps may share files too; only text is a note.
    for (const name of ["title", "text", "url"]) {
      const value = form.get(name);
      if (typeof value === "string") shared[name] = value;
    }
    await put(scope, shared);
    kept = true;
  } catch {
    // Unreadable or unstorable: the checker still opens and says so.
  }
  return Response.redirect(new URL(`./?shared=${kept ? 1 : 0}#checker`, scope).href, 303);
}
