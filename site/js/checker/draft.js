// Draft: the note being checked. Normally that is simply the textarea's
// value. A browser re-lays out a textarea's whole text on every change, and
// with a megabyte pasted in that takes hundreds of milliseconds each time, so
// the box holds at most MAX_FIELD characters: anything beyond is kept here, in
// a hidden tail, still checked, counted, saved and copied, and a notice says
// so. Editing the box edits the start of the note; the tail stays after it.

export const MAX_FIELD = 10000; // UTF-16 units; 33 times the longest note LinkedIn takes

export function createDraft(textarea, notice, onChange) {
  let tail = "";
  const message = notice.querySelector(".draft-notice-text");

  // A big insertion is caught before the browser puts it in the box.
  textarea.addEventListener("beforeinput", (event) => {
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    // Replacing everything in the box (select all, then type, paste or
    // delete) means the whole note, hidden tail included.
    if (tail && start === 0 && end === value.length && end > 0) {
      tail = "";
      show();
    }
    const data = event.data ?? (event.dataTransfer && event.dataTransfer.getData("text/plain"));
    if (typeof data !== "string") return;
    if (value.length - (end - start) + data.length <= MAX_FIELD) return;
    event.preventDefault();
    set(value.slice(0, start) + data + value.slice(end) + tail, start + data.length);
    onChange();
  });

  // set replaces the whole note and puts the caret at offset at.
  function set(text, at = text.length) {
    const cut = edge(text, Math.min(text.length, MAX_FIELD));
    tail = text.slice(cut);
    textarea.value = text.slice(0, cut);
    const caret = Math.min(at, cut);
    if (document.activeElement === textarea) textarea.setSelectionRange(caret, caret);
    show();
  }

  // fold moves what the box holds beyond MAX_FIELD into the tail: insertions
  // the beforeinput handler could not see (a script setting the value).
  function fold() {
    if (textarea.value.length > MAX_FIELD) set(textarea.value + tail);
  }

  function show() {
    notice.hidden = tail === "";
    if (tail) {
      const total = textarea.value.length + tail.length;
      message.textContent = `This note is ${total.toLocaleString("en")} characters long, far more than LinkedIn takes. ` +
        `The box shows the first ${textarea.value.length.toLocaleString("en")}; the rest is hidden to keep the page quick, but still checked, saved and copied.`;
    }
  }

  notice.querySelector("button").addEventListener("click", () => {
    tail = "";
    show();
    onChange();
    textarea.focus();
  });

  return {
    text: () => textarea.value + tail,
    // visible is how much of the note the box shows.
    visible: () => textarea.value.length,
    set,
    fold,
  };
}

// edge moves an offset off the middle of a surrogate pair.
function edge(text, i) {
  const c = text.charCodeAt(i - 1);
  return i > 0 && i < text.length && c >= 0xd800 && c <= 0xdbff ? i - 1 : i;
}
