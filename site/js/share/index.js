// Sharing, on the checker's page. In: text shared to the installed site
// arrives (see target.js) at ./?shared=1 and is taken from the inbox into
// the draft. Out: where the browser can share (the Web Share API), a Share
// button hands the finished note to another app, LinkedIn's for one; Copy
// stays for everyone else.

import { compose } from "./compose.js";
import { take } from "./inbox.js";

const STATUS_MS = 8000;

// receiveShared loads shared text into the checker when the page was opened
// by the share target. status is where the page says what happened when
// there is no note to load.
export async function receiveShared(checker, base, status) {
  const params = new URLSearchParams(location.search);
  const flag = params.get("shared");
  if (flag === null) return;
  // A reload or a bookmark of this address must not look for a share again.
  params.delete("shared");
  const query = params.toString();
  history.replaceState(history.state, "", location.pathname + (query ? `?${query}` : "") + location.hash);

  const shared = flag === "1" ? await take(new URL(base, location.href).href) : null;
  const { note, dropped } = shared ? compose(shared) : { note: "", dropped: false };
  if (note) {
    checker.load({ draft: note }, dropped ? "The text you shared, without its LinkedIn link," : "The text you shared");
    return;
  }
  say(status, dropped
    ? "You shared a LinkedIn link, which is not a note, so your draft is unchanged. Write your note here."
    : "Nothing arrived with the share, so your draft is unchanged. Paste your note here instead.");
  document.getElementById("draft").focus();
}

// startShareOut shows button where the browser can share text, and shares
// the note (text()) with it.
export function startShareOut(button, status, text) {
  const supported = typeof navigator.share === "function" &&
    (typeof navigator.canShare !== "function" || navigator.canShare({ text: "Hi" }));
  button.hidden = !supported;
  if (!supported) return;
  button.addEventListener("click", async () => {
    const note = text();
    if (note.trim() === "") {
      say(status, "Write a note first: there is nothing to share yet.");
      return;
    }
    try {
      await navigator.share({ text: note });
      say(status, "Shared.");
    } catch (err) {
      // Closing the share sheet is a choice, not a failure.
      if (err && err.name === "AbortError") return;
      say(status, "Sharing didn't work here. Copy the note instead.");
    }
  });
}

const timers = new WeakMap();

function say(status, text) {
  clearTimeout(timers.get(status));
  status.textContent = text;
  timers.set(status, setTimeout(() => { status.textContent = ""; }, STATUS_MS));
}
