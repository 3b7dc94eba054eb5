// Store: keeps the draft and its options in localStorage so a reload, or a
// visit from a guide page's "Try it" link, finds them again. Storage can be
// full or disabled (private modes); then the checker simply forgets.

const KEY = "connectwell:draft";

export function load() {
  try {
    return JSON.parse(localStorage.getItem(KEY)) || {};
  } catch {
    return {};
  }
}

export function save(state) {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Nothing to do: the draft still lives in the page.
  }
}
