// Added to pages by `go run ./build serve` only: reloads the page after each
// successful rebuild and shows the build error when one fails.
(() => {
  const events = new EventSource("/_connectwell/events");
  let seen = null;
  events.addEventListener("build", (e) => {
    if (seen !== null && e.data !== seen) location.reload();
    seen = e.data;
    document.getElementById("connectwell-build-error")?.remove();
  });
  events.addEventListener("build-error", (e) => {
    seen = seen ?? "failed";
    let box = document.getElementById("connectwell-build-error");
    if (!box) {
      box = document.createElement("pre");
      box.id = "connectwell-build-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;" +
        "background:#2b0d0b;color:#ffd7d3;font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap;z-index:2147483647";
      document.body.append(box);
    }
    box.textContent = "Build failed; showing the last good build.\n\n" + e.data;
  });
})();
