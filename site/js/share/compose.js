// Compose: turns what another app shared (a title, a text and a URL, any of
// them empty) into the note to check. The note is the text. A LinkedIn
// address is who the note is for, not part of it, so it is left out; any
// other address the reader shared stays, on a line of its own, for the
// checker to judge like any link. A title is a subject line or a page's
// name, used only when nothing else came.

const ADDRESS = String.raw`https?://(?:[a-z0-9-]+\.)*(?:linkedin\.com|lnkd\.in)(?![\w.-])(?:[/?#:]\S*)?`;
// An address alone on its line goes with its line; otherwise with the space before it.
const LINKEDIN = new RegExp(String.raw`^[ \t]*${ADDRESS}[ \t]*(?:\r?\n|$)|[ \t]*\b${ADDRESS}`, "gim");
const isLinkedIn = (s) => new RegExp(`^${ADDRESS}$`, "i").test(s);

// compose returns the note, and whether a LinkedIn address was left out.
export function compose({ title = "", text = "", url = "" }) {
  let dropped = false;
  const strip = (s) => s.replace(LINKEDIN, () => {
    dropped = true;
    return "";
  }).trim();
  url = url.trim();
  // Only the title came: some apps put the shared text there.
  let note = strip(text || url ? text : title);
  if (isLinkedIn(url)) {
    dropped = true;
    url = "";
  }
  if (url && !note.includes(url)) note = note ? `${note}\n${url}` : url;
  return { note, dropped };
}
