// Announce: what screen readers hear from the checker. Checking as you type
// would make a chatty live region, so the result is announced once the
// writer pauses, and only when it changed since the last announcement. The
// visible verdict is not a live region itself; this hidden one speaks for it.

const PAUSE_MS = 1500;

export function createAnnouncer(region) {
  let timer = 0;
  let last = "";

  function speak(text) {
    clearTimeout(timer);
    last = text;
    // Clearing first makes a repeated message count as a change.
    region.textContent = "";
    requestAnimationFrame(() => { region.textContent = text; });
  }

  return {
    // result is announced after a pause in typing, if it is news.
    result(text) {
      clearTimeout(timer);
      // An empty draft is not news; the next real result will be.
      if (!text) last = "";
      if (text === last) return;
      timer = setTimeout(() => speak(text), PAUSE_MS);
    },
    // now is announced at once: an answer to something the reader did.
    now(text) {
      speak(text);
    },
  };
}
