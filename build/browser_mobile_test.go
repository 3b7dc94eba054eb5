package main

// Browser tests of where people really write, on a phone-sized screen: the
// installed site as a share target (handled by the service worker, offline,
// with no request carrying the shared text), the Share and Install buttons
// (shown only where the browser can do it), and templates as forms (fill,
// preview, count, hand off to the checker).

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// phone is the viewport of a small phone.
func (tb *tab) phone() { tb.viewport(360, 740) }

// A seenRequest is one request as the test server received it.
type seenRequest struct{ Method, URI, Body string }

// recordingSite serves the site on an origin of its own and records every
// request with its query and body. cut makes the server drop every
// connection from then on, after recording what it was sent.
func recordingSite(t *testing.T) (site *testSite, seen func() []seenRequest, cut func()) {
	t.Helper()
	var mu sync.Mutex
	var log []seenRequest
	var down atomic.Bool
	site = newSite(t, func(w http.ResponseWriter, r *http.Request) bool {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		mu.Lock()
		log = append(log, seenRequest{r.Method, r.URL.RequestURI(), string(body)})
		mu.Unlock()
		if down.Load() {
			panic(http.ErrAbortHandler) // close the connection with no answer
		}
		return false
	})
	seen = func() []seenRequest {
		mu.Lock()
		defer mu.Unlock()
		return append([]seenRequest(nil), log...)
	}
	return site, seen, func() { down.Store(true) }
}

// share does what Android does when text is shared to the installed site:
// a POST navigation, multipart/form-data, to the manifest's share_target.
// The form lives in a data: page, as foreign to the site as another app.
func (tb *tab) share(site *testSite, fields map[string]string) {
	tb.t.Helper()
	var b strings.Builder
	b.WriteString(`<!doctype html><meta charset="utf-8"><form method="post" enctype="multipart/form-data" action="` +
		html.EscapeString(site.URL+"/share-target") + `">`)
	for name, value := range fields {
		b.WriteString(`<textarea name="` + name + `">` + html.EscapeString(value) + `</textarea>`)
	}
	b.WriteString(`<button>Share</button></form>`)
	tb.do(chromedp.Navigate("data:text/html;charset=utf-8,"+url.PathEscape(b.String())),
		chromedp.Click(chromedp.CSS("button")))
	// Where nothing answers the POST on the device, the server's reply has no checker.
	if !tb.until(`location.protocol !== "data:" && document.readyState !== "loading" && document.getElementById("draft") !== null`, 20*time.Second) {
		tb.t.Fatalf("the share did not open the checker (the page is %s)", eval[string](tb, `location.href`))
	}
}

// until polls expr, through navigations, until it is true or the time is up.
func (tb *tab) until(expr string, timeout time.Duration) bool {
	for end := time.Now().Add(timeout); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](expr)); err == nil && ok {
			return true
		}
	}
	return false
}

// offline cuts the tab off the network, service worker included.
func (tb *tab) offline() {
	tb.t.Helper()
	yes := true
	_, err := chromedp.Call(tb.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: &yes,
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	})
	if err == nil {
		_, err = chromedp.Call(tb.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
	}
	if err != nil {
		tb.t.Fatal(err)
	}
}

func (tb *tab) waitController() {
	tb.t.Helper()
	tb.do(chromedp.Poll[chromedp.Void](`navigator.serviceWorker.controller !== null`, chromedp.WithPollingTimeout(30*time.Second)))
}

// TestBrowserShareTarget shares text to the site as Android would, online
// and then offline: the checker opens with the text in the draft, checks it
// and says so, and the server never sees the text, nor any POST.
func TestBrowserShareTarget(t *testing.T) {
	site, seen, cut := recordingSite(t)
	tb := newTab(t)
	tb.phone()
	tb.openChecker(site)
	tb.waitController()

	// A draft shared from the LinkedIn app comes with the profile's address,
	// which is who the note is for, not part of it.
	note := "Hi Priya, we met at the Lagos wayfinding panel 🌍 and I'd like to stay in touch. Best, Ama"
	profile := "https://www.linkedin.com/in/priya-quillfeather-1234"
	tb.share(site, map[string]string{"title": "Draft", "text": note + "\n" + profile, "url": profile})
	arrived := func(want string) {
		t.Helper()
		tb.do(chromedp.Poll[chromedp.Void](`document.getElementById("draft").value === `+jsLiteral(want),
			chromedp.WithPollingTimeout(10*time.Second)))
		tb.waitChecked()
		if got := tb.attr("#counter", "data-length"); got != strconv.Itoa(utf16Len(want)) {
			t.Errorf("counter %s for the shared note, want %d", got, utf16Len(want))
		}
		if v := tb.attr("#verdict", "data-verdict"); v == "" || v == "error" {
			t.Errorf("the shared note was not checked: verdict %q", v)
		}
		if got := eval[string](tb, `document.activeElement.id`); got != "draft" {
			t.Errorf("focus on #%s after a share, want #draft", got)
		}
		tb.do(chromedp.Poll[chromedp.Void](`document.getElementById("checker-announce").textContent.startsWith("The text you shared")`,
			chromedp.WithPollingTimeout(5*time.Second)))
		// The address forgets the share, so a reload does not look again.
		if loc := eval[string](tb, `location.href`); loc != site.URL+"/#checker" {
			t.Errorf("after a share the address is %s", loc)
		}
	}
	arrived(note)
	if got := eval[string](tb, `document.getElementById("checker-announce").textContent`); !strings.Contains(got, "without its LinkedIn link") {
		t.Errorf("announced %q: it does not say the LinkedIn link was left out", got)
	}
	private := func(secrets ...string) {
		t.Helper()
		for _, r := range seen() {
			if r.Method != http.MethodGet {
				t.Errorf("the server received a %s %s", r.Method, r.URI)
			}
			for _, s := range secrets {
				if strings.Contains(r.URI+r.Body, s) || strings.Contains(r.URI+r.Body, url.QueryEscape(s)) {
					t.Errorf("the server received the shared text %q in %s %s", s, r.Method, r.URI)
				}
			}
		}
	}
	private("Priya", "wayfinding", "quillfeather")

	// Offline, once visited: the service worker alone answers the share.
	// DevTools' offline emulation covers the page but not every request of
	// its service worker (Chromium still checks for an update of sw.js and
	// lets the worker's own fetches out), so the server goes away too: it
	// records what reaches it and answers nothing.
	tb.offline()
	cut()
	tb.allow("ERR_") // the network attempts before the cache answers
	offline := "Hello Tomasz,\nyour talk on flaky tests changed how our team retries. I'm Ines, a tester in Porto; may I connect?"
	tb.share(site, map[string]string{"text": offline})
	arrived(offline)

	// A LinkedIn address alone is no note: the draft stays as it was.
	tb.share(site, map[string]string{"title": "Priya Q. | LinkedIn", "url": profile})
	tb.do(chromedp.Poll[chromedp.Void](`document.getElementById("copy-status").textContent.includes("LinkedIn link")`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if got := eval[string](tb, `document.getElementById("draft").value`); got != offline {
		t.Errorf("a shared LinkedIn address replaced the draft with %q", got)
	}
	private("Priya", "wayfinding", "quillfeather", "Tomasz", "flaky")
}

// TestBrowserShareAndInstallControls: where the browser cannot share or
// install (headless Chromium), neither button shows; where it can
// (simulated before the page loads), they do, and they work.
func TestBrowserShareAndInstallControls(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.phone()
	tb.openChecker(site)
	hidden := `(id) => { const b = document.getElementById(id); return b.hidden && b.offsetParent === null; }`
	if eval[bool](tb, `typeof navigator.share === "function"`) {
		t.Fatal("this Chromium has navigator.share; the test expects a browser without it")
	}
	for _, id := range []string{"share", "install"} {
		if !eval[bool](tb, `(`+hidden+`)(`+jsLiteral(id)+`)`) {
			t.Errorf("#%s shows in a browser that cannot do it", id)
		}
	}
	if eval[bool](tb, `getComputedStyle(document.getElementById("copy")).display === "none"`) {
		t.Error("Copy is hidden")
	}

	// A browser that can share and install.
	tb = newTab(t)
	tb.phone()
	_, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `(() => {
	  window.__shared = [];
	  Object.defineProperty(Navigator.prototype, "share", { configurable: true, value: async (data) => { window.__shared.push(data); } });
	  Object.defineProperty(Navigator.prototype, "canShare", { configurable: true, value: (data) => !!data && typeof data.text === "string" });
	})()`})
	if err != nil {
		t.Fatal(err)
	}
	tb.openChecker(site)
	if eval[bool](tb, `(`+hidden+`)("share")`) {
		t.Fatal("#share is hidden where the browser can share")
	}
	tb.do(chromedp.Click(chromedp.ID("share")))
	tb.do(chromedp.Poll[chromedp.Void](`document.getElementById("copy-status").textContent.includes("nothing to share")`,
		chromedp.WithPollingTimeout(5*time.Second)))
	note := "Hi Sam, I enjoyed your talk on rural clinics at MedTech Lagos. I'm Ama, a nurse; may I connect? 🙂"
	tb.setDraft(note)
	tb.do(chromedp.Click(chromedp.ID("share")))
	tb.do(chromedp.Poll[chromedp.Void](`window.__shared.length === 1`, chromedp.WithPollingTimeout(5*time.Second)))
	if got := eval[string](tb, `window.__shared[0].text`); got != note {
		t.Errorf("shared %q, want the note", got)
	}

	// The browser offers to install: the button appears, and using it
	// prompts; once accepted it goes away and says where the app is.
	tb.do(chromedp.Evaluate[chromedp.Void](`(() => {
	  const e = new Event("beforeinstallprompt", { cancelable: true });
	  window.__prompted = 0;
	  e.prompt = async () => { window.__prompted++; };
	  e.userChoice = Promise.resolve({ outcome: "accepted", platform: "web" });
	  dispatchEvent(e);
	  window.__bannerPrevented = e.defaultPrevented;
	})()`))
	if eval[bool](tb, `(`+hidden+`)("install")`) {
		t.Fatal("#install is hidden after beforeinstallprompt")
	}
	if !eval[bool](tb, `window.__bannerPrevented`) {
		t.Error("the browser's own install banner was not replaced by the button")
	}
	axe := axeSource(t)
	tb.viewport(320, 740)
	for _, scheme := range []string{"light", "dark"} {
		tb.scheme(scheme)
		for _, v := range runAxe(t, tb, axe) {
			t.Errorf("share and install buttons (%s): accessibility: %s", scheme, v)
		}
		noOverflow(t, tb, "share and install buttons ("+scheme+")")
	}
	tb.do(chromedp.Click(chromedp.ID("install")))
	tb.do(chromedp.Poll[chromedp.Void](`document.getElementById("install-status").textContent.startsWith("Installed")`,
		chromedp.WithPollingTimeout(5*time.Second)))
	if eval[int](tb, `window.__prompted`) != 1 || !eval[bool](tb, `(`+hidden+`)("install")`) {
		t.Error("Install did not prompt once and hide")
	}
}

// templateBlank is a blank as build/internal/content/templates.go reads it.
var templateBlank = regexp.MustCompile(`\[([a-z][a-z' -]*)\]`)

func blanksOf(text string) []string {
	var names []string
	seen := map[string]bool{}
	for _, m := range templateBlank.FindAllStringSubmatch(text, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			names = append(names, m[1])
		}
	}
	return names
}

func fillTemplate(text string, values map[string]string) string {
	return templateBlank.ReplaceAllStringFunc(text, func(b string) string {
		if v := values[b[1:len(b)-1]]; v != "" {
			return v
		}
		return b
	})
}

// formField is the input for a blank in the open template form.
func formField(blank string) string {
	return `.template-form input[name="` + blank + `"]`
}

// TestBrowserTemplateForm fills a template through its form at 320 px:
// one labelled field per blank, a live preview and count (an emoji counts
// two), Escape to leave, and the hand-off: the note with its empty blanks
// kept, the name in #name, the chosen account. Then the same from the
// checker's own template picker.
func TestBrowserTemplateForm(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.viewport(320, 700)
	tb.do(chromedp.Navigate(site.URL+"/guide/templates/"), chromedp.WaitVisible(chromedp.CSS(".template")))
	type tmpl struct{ ID, Title, Text, Relationship string }
	tp := eval[tmpl](tb, `(() => {
	  const li = [...document.querySelectorAll(".template")].find((li) =>
	    li.querySelector(".template-text").textContent.includes("[first name]") && li.querySelectorAll("mark.blank").length >= 4);
	  return { ID: li.id, Title: li.querySelector(".template-title").textContent.trim(),
	    Text: li.querySelector(".template-text").textContent.trim(), Relationship: li.dataset.relationship };
	})()`)
	blanks := blanksOf(tp.Text)
	link := "#" + tp.ID + " [data-use-template]"

	// Opening moves the focus into the form; Escape leaves it, and the
	// focus goes back to the link.
	tb.do(chromedp.Click(chromedp.CSS(link)), chromedp.WaitVisible(chromedp.CSS("dialog.template-form[open]")))
	if got := eval[string](tb, `document.activeElement.name`); got != blanks[0] {
		t.Errorf("focus on %q when the form opens, want the field for [%s]", got, blanks[0])
	}
	tb.do(chromedp.KeyEvent("\x1b"))
	tb.do(chromedp.Poll[chromedp.Void](`!document.querySelector("dialog.template-form")`, chromedp.WithPollingTimeout(5*time.Second)))
	if !eval[bool](tb, `document.activeElement === document.querySelector(`+jsLiteral(link)+`)`) {
		t.Error("after Escape the focus is not back on the template's link")
	}

	tb.do(chromedp.Click(chromedp.CSS(link)), chromedp.WaitVisible(chromedp.CSS("dialog.template-form[open]")))
	labels := eval[[]string](tb, `[...document.querySelectorAll(".template-form input")].map((i) =>
	  i.name + "=" + (document.querySelector("label[for='" + i.id + "']") || { textContent: "" }).textContent.trim())`)
	if len(labels) != len(blanks) {
		t.Fatalf("the form has fields %v for the blanks %v", labels, blanks)
	}
	for i, b := range blanks {
		if want := b + "=" + strings.ToUpper(b[:1]) + b[1:]; labels[i] != want {
			t.Errorf("field %d is %q, want %q", i, labels[i], want)
		}
	}
	// Fill every blank but the last; one value has an emoji.
	values := map[string]string{}
	for i, b := range blanks[:len(blanks)-1] {
		switch {
		case b == "first name":
			values[b] = "Zoë"
		case i == 1:
			values[b] = "the 🚀 launch"
		default:
			values[b] = "Value " + strconv.Itoa(i)
		}
		tb.do(chromedp.Focus(chromedp.CSS(formField(b))))
		tb.insert(values[b])
	}
	want := fillTemplate(tp.Text, values)
	empty := "[" + blanks[len(blanks)-1] + "]"
	if !strings.Contains(want, "🚀") || !strings.Contains(want, empty) {
		t.Fatalf("test setup: %q", want)
	}
	if got := eval[string](tb, `document.getElementById("tf-preview").textContent`); got != want {
		t.Errorf("preview %q, want %q", got, want)
	}
	if got := eval[[]string](tb, `[...document.querySelectorAll("#tf-preview mark.blank")].map((m) => m.textContent)`); !slices.Equal(got, []string{empty}) {
		t.Errorf("marked blanks %v, want %s", got, empty)
	}
	counted := func(limit string) {
		t.Helper()
		if got := tb.attr("#tf-count", "data-length"); got != strconv.Itoa(utf16Len(want)) || utf16Len(want) != len([]rune(want))+1 {
			t.Errorf("preview counts %s characters, want %d (the emoji counting two)", got, utf16Len(want))
		}
		if got := tb.attr("#tf-count", "data-limit"); got != limit {
			t.Errorf("preview limit %s, want %s", got, limit)
		}
	}
	counted("200")
	tb.do(chromedp.SetValue(chromedp.ID("tf-account"), "premium"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("tf-account").dispatchEvent(new Event("input", { bubbles: true }))`))
	counted("300")

	// The form passes at 320 px in both schemes.
	axe := axeSource(t)
	for _, scheme := range []string{"light", "dark"} {
		tb.scheme(scheme)
		for _, v := range runAxe(t, tb, axe) {
			t.Errorf("template form (%s): accessibility: %s", scheme, v)
		}
		noOverflow(t, tb, "template form ("+scheme+")")
		if w := eval[[]float64](tb, `(() => { const r = document.querySelector("dialog.template-form").getBoundingClientRect(); return [r.left, r.right, innerWidth]; })()`); w[0] < 0 || w[1] > w[2] {
			t.Errorf("template form (%s) spans %v of a %v px window", scheme, w[:2], w[2])
		}
	}
	tb.scheme("light")

	tb.do(chromedp.Click(chromedp.CSS(".template-form button[type=submit]")), chromedp.WaitVisible(chromedp.ID("checker")))
	handedOver(t, tb, want, tp.Relationship, "premium", "Zoë")
	sel := eval[string](tb, `(() => { const d = document.getElementById("draft"); return d.value.slice(d.selectionStart, d.selectionEnd); })()`)
	if sel != empty {
		t.Errorf("selected %q in the draft, want the empty blank %s", sel, empty)
	}
	if got := tb.severityOf("placeholder"); got != "error" {
		t.Errorf("the empty blank is not flagged: placeholder %q", got)
	}

	// In the checker: pick another template and fill in only the name.
	other := eval[tmpl](tb, `(() => {
	  const o = [...document.querySelectorAll("#template-pick option")].find((o) => o.value !== `+jsLiteral(strings.TrimPrefix(tp.ID, "t-"))+` && o.dataset.text.includes("[first name]"));
	  return { ID: o.value, Title: o.textContent.trim(), Text: o.dataset.text, Relationship: o.dataset.relationship };
	})()`)
	tb.do(chromedp.SetValue(chromedp.ID("template-pick"), other.ID), chromedp.Click(chromedp.ID("template-open")),
		chromedp.WaitVisible(chromedp.CSS("dialog.template-form[open]")))
	if got := eval[string](tb, `document.getElementById("tf-title").textContent`); !strings.Contains(got, other.Title) {
		t.Errorf("the checker's picker opened %q, want %q", got, other.Title)
	}
	tb.insert("Ana") // the focus is in the first field, [first name]
	tb.do(chromedp.KeyEvent("\r"))
	tb.do(chromedp.Poll[chromedp.Void](`!document.querySelector("dialog.template-form")`, chromedp.WithPollingTimeout(5*time.Second)))
	handedOver(t, tb, fillTemplate(other.Text, map[string]string{"first name": "Ana"}), other.Relationship, "premium", "Ana")
}

// TestBrowserTemplatesWithoutJavaScript: the templates page reads as it did,
// and its links still lead to the checker.
func TestBrowserTemplatesWithoutJavaScript(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	tb.do(chromedp.Navigate(site.URL+"/guide/templates/"), chromedp.WaitReady(chromedp.CSS("footer")))
	n := eval[int](tb, `[...document.querySelectorAll(".template")].filter((li) =>
	  li.querySelector(".template-text").innerText.includes("[") &&
	  li.querySelector("a[data-use-template]").getAttribute("href") === "/#checker").length`)
	if total := eval[int](tb, `document.querySelectorAll(".template").length`); n == 0 || n != total {
		t.Errorf("%d of %d templates show their text and link to the checker without JavaScript", n, total)
	}
	tb.do(chromedp.Click(chromedp.CSS(".template a[data-use-template]")), chromedp.WaitReady(chromedp.ID("checker")))
	if loc := eval[string](tb, `location.href`); loc != site.URL+"/#checker" {
		t.Errorf("the template link led to %s", loc)
	}
}

func noOverflow(t *testing.T, tb *tab, where string) {
	t.Helper()
	if w := eval[[]int](tb, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
		t.Errorf("%s: %d px wide in a %d px window", where, w[0], w[1])
	}
}

// jsLiteral quotes s as a JavaScript string literal (JSON is one: Go
// escapes U+2028 and U+2029 too).
func jsLiteral(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
