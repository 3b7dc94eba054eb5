// Install: where the browser offers to install the site as an app (it
// fires beforeinstallprompt, as Chromium-based browsers do), the home page
// shows an Install button; elsewhere, and once installed, it stays hidden.
// Browsers without the event still install from their own menu, as the
// home page's note says.

export function startInstall(button, status) {
  if (!button) return;
  const installed = () => matchMedia("(display-mode: standalone)").matches || navigator.standalone === true;
  let offer = null;

  addEventListener("beforeinstallprompt", (event) => {
    if (installed()) return;
    // Our button replaces the browser's own banner, on this page only.
    event.preventDefault();
    offer = event;
    button.hidden = false;
  });

  button.addEventListener("click", async () => {
    const prompt = offer;
    if (!prompt) return;
    offer = null; // an offer can be used once
    button.hidden = true;
    try {
      await prompt.prompt();
      const choice = await prompt.userChoice;
      if (choice && choice.outcome === "accepted") done();
      else status.textContent = "Not installed. Your browser's menu can install it later.";
    } catch {
      status.textContent = "Your browser could not install it from here; try its menu.";
    }
  });

  addEventListener("appinstalled", done);

  function done() {
    offer = null;
    button.hidden = true;
    status.textContent = "Installed. Open it from your home screen or app list; it works offline.";
  }
}
