package main

// Browser tests: the real site, built once into a temporary folder, served
// over HTTP as GitHub Pages would serve it, and driven in Debian's headless
// Chromium. One browser serves every test; each test gets its own tab in a
// fresh browser context (its own storage, service workers and caches), so
// tests cannot leak state into each other. Console errors, uncaught
// exceptions and Content-Security-Policy violations fail the test that
// caused them.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/connectwell/connectwell/build/internal/pipeline"
)

// stockText is the invitation LinkedIn fills in for you.
const stockText = "I'd like to add you to my professional network on LinkedIn."

func TestMain(m *testing.M) {
	code := m.Run()
	shutdown()
	os.Exit(code)
}

// chromium finds the browser for the browser tests: $CHROMIUM, or Debian's
// chromium on PATH. It fails rather than skips: `make test` installs it.
func chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no Chromium found: run `make test`, which installs Debian's chromium package, or set CHROMIUM")
	return ""
}

// The shared fixtures, made on first use and removed by shutdown.
var (
	fixtures struct {
		sync.Mutex
		dir      string // the built site
		dirErr   error
		site     *testSite
		browsers map[string]context.Context // by their extra flags
		cancel   []func()
		temp     []string
	}
)

func shutdown() {
	fixtures.Lock()
	defer fixtures.Unlock()
	for i := len(fixtures.cancel) - 1; i >= 0; i-- {
		fixtures.cancel[i]()
	}
	for _, d := range fixtures.temp {
		os.RemoveAll(d)
	}
}

// builtSite builds the real site once per test binary, for serving at any
// localhost port: page links are site-root-relative.
func builtSite(t testing.TB) string {
	t.Helper()
	fixtures.Lock()
	defer fixtures.Unlock()
	if fixtures.dir == "" && fixtures.dirErr == nil {
		dir, err := os.MkdirTemp("", "connectwell-site-")
		if err == nil {
			fixtures.temp = append(fixtures.temp, dir)
			var b *pipeline.Builder
			b, err = pipeline.New(pipeline.Options{Root: "..", Out: dir, BaseURL: "http://127.0.0.1/"})
			if err == nil {
				_, err = b.Build()
			}
		}
		fixtures.dir, fixtures.dirErr = dir, err
	}
	if fixtures.dirErr != nil {
		t.Fatal(fixtures.dirErr)
	}
	return fixtures.dir
}

// A testSite serves the built site over HTTP, logging the paths it is asked
// for. While down is set it drops every connection, as an unreachable
// server would; fail, when set, may answer a request itself.
type testSite struct {
	URL  string
	mu   sync.Mutex
	log  []string
	down atomic.Bool
	fail func(w http.ResponseWriter, r *http.Request) bool
}

func (s *testSite) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.log...)
}

// serveSite returns the server shared by the tests that need no special one.
func serveSite(t testing.TB) *testSite {
	t.Helper()
	dir := builtSite(t)
	fixtures.Lock()
	defer fixtures.Unlock()
	if fixtures.site == nil {
		var stop func()
		fixtures.site, stop = startSite(dir, nil)
		fixtures.cancel = append(fixtures.cancel, stop)
	}
	return fixtures.site
}

// newSite starts a server of its own, on its own origin, so its service
// worker and storage are its own too.
func newSite(t testing.TB, fail func(w http.ResponseWriter, r *http.Request) bool) *testSite {
	t.Helper()
	s, stop := startSite(builtSite(t), fail)
	t.Cleanup(stop)
	return s
}

func startSite(dir string, fail func(w http.ResponseWriter, r *http.Request) bool) (*testSite, func()) {
	s := &testSite{fail: fail}
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.down.Load() {
			panic(http.ErrAbortHandler) // close the connection with no answer
		}
		s.mu.Lock()
		s.log = append(s.log, r.URL.Path)
		s.mu.Unlock()
		if s.fail != nil && s.fail(w, r) {
			return
		}
		files.ServeHTTP(w, r)
	}))
	s.URL = srv.URL
	return s, srv.Close
}

// browserContext starts the shared headless Chromium once.
func browserContext(t testing.TB) context.Context { return sharedBrowser(t) }

// sharedBrowser starts a headless Chromium with extra command-line flags (each
// switched on) once, for every test that asks for the same flags.
func sharedBrowser(t testing.TB, flags ...string) context.Context {
	t.Helper()
	exe := chromium(t)
	fixtures.Lock()
	defer fixtures.Unlock()
	key := strings.Join(flags, " ")
	if ctx := fixtures.browsers[key]; ctx != nil {
		return ctx
	}
	dir, err := os.MkdirTemp("", "connectwell-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(dir),
		chromedp.NoSandbox, // CI runs as root
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1000, 900),
		// Real desktop scrollbars take room; the layout must cope with them.
		chromedp.Flag("hide-scrollbars", false),
	)
	for _, f := range flags {
		opts = append(opts, chromedp.Flag(f, true))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelBrowser := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil { // starts the browser, with no timeout
		cancelBrowser()
		cancelAlloc()
		t.Fatalf("starting %s: %v", exe, err)
	}
	if fixtures.browsers == nil {
		fixtures.browsers = map[string]context.Context{}
	}
	fixtures.browsers[key] = ctx
	fixtures.temp = append(fixtures.temp, dir)
	fixtures.cancel = append(fixtures.cancel, cancelAlloc, cancelBrowser)
	return ctx
}

// pageProbe runs in every page before its own scripts (DevTools injects it,
// so the page's CSP does not apply): it records CSP violations, long tasks
// and dialogs the page tries to open.
const pageProbe = `(() => {
  const probe = window.__probe = { csp: [], longtasks: [], dialogs: 0 };
  document.addEventListener("securitypolicyviolation", (e) => probe.csp.push(e.violatedDirective + " " + e.blockedURI));
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longtasks.push(e.duration); })
      .observe({ type: "longtask", buffered: true });
  } catch {}
})()`

// A tab is one browser tab in a fresh browser context.
type tab struct {
	t       testing.TB
	ctx     context.Context
	mu      sync.Mutex
	urls    []string
	errors  []string
	allowed []string
}

// newTab opens a tab at a desktop size in light mode.
func newTab(t testing.TB) *tab {
	t.Helper()
	return newTabIn(t, browserContext(t))
}

// newTabIn opens a tab as newTab does, in the browser of sharedBrowser.
func newTabIn(t testing.TB, browser context.Context) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	tb := &tab{t: t, ctx: ctx}

	var wg sync.WaitGroup
	// The first action opens the tab; subscriptions need it.
	if err := chromedp.Do(ctx); err != nil {
		cancelTimeout()
		cancel()
		t.Fatal(err)
	}
	console := chromedp.Console(ctx)
	requests := chromedp.Events(ctx, network.RequestWillBeSent)
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	wg.Add(3)
	go func() {
		defer wg.Done()
		for m, err := range console {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				tb.mu.Lock()
				tb.errors = append(tb.errors, fmt.Sprintf("browser console %s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1))
				tb.mu.Unlock()
			}
		}
	}()
	go func() {
		defer wg.Done()
		for ev, err := range requests {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.urls = append(tb.urls, ev.Request.URL)
			tb.mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.errors = append(tb.errors, "the page opened a dialog: "+ev.Message)
			tb.mu.Unlock()
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
		wg.Wait()
		tb.mu.Lock()
		defer tb.mu.Unlock()
	next:
		for _, e := range tb.errors {
			for _, a := range tb.allowed {
				if strings.Contains(e, a) {
					continue next
				}
			}
			t.Error(e)
		}
	})
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: pageProbe})
	if err != nil {
		t.Fatal(err)
	}
	tb.viewport(1000, 900)
	return tb
}

// allow keeps console errors containing s from failing the test.
func (tb *tab) allow(s string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.allowed = append(tb.allowed, s)
}

func (tb *tab) requested() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.urls...)
}

// stayedOn fails the test for each request the tab made outside base,
// the site's origin (data: URLs are the page's own).
func (tb *tab) stayedOn(base string) {
	tb.t.Helper()
	for _, u := range tb.requested() {
		if !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, "data:") {
			tb.t.Errorf("request outside the site: %s", u)
		}
	}
}

func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatal(err)
	}
}

func (tb *tab) viewport(w, h int64) {
	tb.t.Helper()
	tb.do(chromedp.EmulateViewport(w, h))
}

// scheme emulates prefers-color-scheme: "light" or "dark".
func (tb *tab) scheme(s string) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: s}},
	})
	if err != nil {
		tb.t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression, awaiting a promise.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func (tb *tab) attr(sel, name string) string {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.AttributeValue(chromedp.CSS(sel), name))
	if err != nil {
		tb.t.Fatalf("%s[%s]: %v", sel, name, err)
	}
	return v.Value
}

// insert types text into the focused field in one go, as a paste does.
func (tb *tab) insert(text string) {
	tb.t.Helper()
	if _, err := chromedp.Call(tb.ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		tb.t.Fatal(err)
	}
}

// checked is true once the checker has rendered the report for the draft
// as it is now, not for an older version of it: the engine says "busy" from
// the moment a change reaches it until its report is on the page. (The box
// may show only the start of a huge note; then the counter counts more.)
const checked = `(() => {
  const s = document.getElementById("checker"), c = document.getElementById("counter");
  return s.dataset.state === "ready" && (c.dataset.length === String(document.getElementById("draft").value.length) ||
    !document.getElementById("draft-notice").hidden);
})()`

// openChecker loads the home page and waits until the checker has judged
// whatever draft it restored.
func (tb *tab) openChecker(site *testSite) {
	tb.t.Helper()
	tb.do(chromedp.Navigate(site.URL+"/"), chromedp.WaitVisible(chromedp.ID("draft")))
	tb.waitChecked()
}

func (tb *tab) waitChecked() {
	tb.t.Helper()
	tb.do(chromedp.Poll[chromedp.Void](checked, chromedp.WithPollingTimeout(20*time.Second)))
}

// setDraft replaces the draft as a paste over a selection would.
func (tb *tab) setDraft(text string) {
	tb.t.Helper()
	tb.do(chromedp.Focus(chromedp.ID("draft")), chromedp.Evaluate[chromedp.Void](`document.getElementById("draft").select()`))
	if text == "" {
		tb.do(chromedp.KeyEvent("\b"))
	} else {
		tb.insert(text)
	}
	tb.waitChecked()
}

// setOption picks a value of #relationship or #account, or types #name, as
// a person would: the page sees the same events.
func (tb *tab) setOption(id, value string) {
	tb.t.Helper()
	js := fmt.Sprintf(`(() => {
	  const el = document.getElementById(%q);
	  el.value = %q;
	  el.dispatchEvent(new Event("input", { bubbles: true }));
	  el.dispatchEvent(new Event("change", { bubbles: true }));
	  return el.value;
	})()`, id, value)
	if got := eval[string](tb, js); got != value {
		tb.t.Fatalf("#%s: could not choose %q (got %q)", id, value, got)
	}
	tb.waitChecked()
}

// A shownFinding is one finding as the page lists it.
type shownFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Text     string `json:"text"`
}

func (tb *tab) findings() []shownFinding {
	tb.t.Helper()
	return eval[[]shownFinding](tb, `[...document.querySelectorAll("#findings [data-rule]")].map((li) =>
	  ({ rule: li.dataset.rule, severity: li.dataset.severity, text: li.textContent }))`)
}

func (tb *tab) severityOf(rule string) string {
	for _, f := range tb.findings() {
		if f.Rule == rule {
			return f.Severity
		}
	}
	return ""
}

// probe reads what pageProbe recorded.
type probe struct {
	CSP       []string  `json:"csp"`
	LongTasks []float64 `json:"longtasks"`
}

func (tb *tab) probe() probe {
	tb.t.Helper()
	return eval[probe](tb, `window.__probe || { csp: ["probe missing"], longtasks: [] }`)
}

// sitePages lists every page of the built site, from its sitemap, plus the
// 404 page, as paths.
func sitePages(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(builtSite(t), "sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, part := range strings.Split(string(b), "<loc>")[1:] {
		loc, _, _ := strings.Cut(part, "</loc>")
		paths = append(paths, strings.TrimPrefix(loc, "http://127.0.0.1"))
	}
	if len(paths) < 3 {
		t.Fatalf("sitemap lists %d pages", len(paths))
	}
	return append(paths, "/404.html")
}

func TestBrowserCheckerFindsStockText(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)

	served := len(site.requests())
	tb.do(chromedp.SendKeys(chromedp.ID("draft"), stockText))
	tb.waitChecked()
	finding := `#findings [data-rule="default-message"]`
	if got := tb.attr("#counter", "data-length"); got != fmt.Sprint(len(stockText)) {
		t.Errorf("counter length %s, want %d", got, len(stockText))
	}
	if got := tb.severityOf("default-message"); got != "error" {
		t.Errorf("default-message severity %q, want error (findings %v)", got, tb.findings())
	}
	if got := tb.attr("#verdict", "data-verdict"); got != "do-not-send" {
		t.Errorf("verdict %q, want do-not-send", got)
	}
	if got := tb.attr("#counter", "data-limit"); got != "200" {
		t.Errorf("counter limit %s, want 200", got)
	}
	// The stock text is highlighted in the draft.
	if got := eval[string](tb, `[...document.querySelectorAll(".draft-marks .mark-error")].map((m) => m.textContent).join("|")`); !strings.Contains(got, "professional network") {
		t.Errorf("highlighted %q, want the stock text", got)
	}

	// Once the writer pauses, screen readers hear the verdict, once.
	tb.do(chromedp.Poll[chromedp.Void](`document.getElementById("checker-announce").textContent.startsWith("Don't send this yet.")`,
		chromedp.WithPollingTimeout(5*time.Second)))
	// "Show in note" selects the flagged text in the draft.
	tb.do(chromedp.Click(chromedp.CSS(finding + " button[data-start]")))
	sel := eval[[]string](tb, `(() => { const d = document.activeElement; return [d.id, d.value.slice(d.selectionStart, d.selectionEnd)]; })()`)
	if sel[0] != "draft" || !strings.Contains(sel[1], "professional network") {
		t.Errorf("after Show in note: focus on #%s, selection %q", sel[0], sel[1])
	}

	// Nothing typed leaves the page: checking made no request at all, and
	// the page never asked for anything but the site's own files.
	if after := site.requests(); len(after) != served {
		t.Errorf("checking made requests: %v", after[served:])
	}
	tb.stayedOn(site.URL)
}

// goodNote is the first example of a good note in the guide, with the
// options it is written for.
type goodNote struct {
	Text, Name, Relationship, Account string
}

func firstGoodNote(t *testing.T, tb *tab, site *testSite) goodNote {
	t.Helper()
	tb.do(chromedp.Navigate(site.URL + "/guide/anatomy-of-a-good-note/"))
	n := eval[goodNote](tb, `(() => {
	  const f = document.querySelector("figure.note-good");
	  return f && { Text: f.querySelector(".note-text").textContent.trim(), Name: f.dataset.name || "",
	    Relationship: f.dataset.relationship || "stranger", Account: f.dataset.account || "free" };
	})()`)
	if n.Text == "" {
		t.Fatal("no good example note on the anatomy page")
	}
	return n
}

func TestBrowserGoodNoteIsReady(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	note := firstGoodNote(t, tb, site)
	tb.openChecker(site)
	tb.setOption("name", note.Name)
	tb.setOption("relationship", note.Relationship)
	tb.setOption("account", note.Account)
	tb.setDraft(note.Text)
	if got := tb.attr("#verdict", "data-verdict"); got != "ready" {
		t.Errorf("verdict %q for %q, want ready; findings %v", got, note.Text, tb.findings())
	}
	for _, f := range tb.findings() {
		if f.Severity == "error" || f.Severity == "warning" {
			t.Errorf("good note has %s %s", f.Severity, f.Rule)
		}
	}
	if tb.attr("#counter", "class") != "counter" {
		t.Errorf("counter marked over the limit")
	}
}

// A note in a language whose words the rules do not read says so beside the
// verdict, in words and to a screen reader; a note in a read language does not.
func TestBrowserSaysWhichLanguagesItReads(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)
	tb.setDraft("Привет, Иван! Давно хотел с тобой связаться после конференции.")
	if got := tb.attr("#verdict", "data-verdict"); got != "ready" {
		t.Errorf("verdict %q for a Russian note with nothing the checker can read wrong, want ready", got)
	}
	scope := eval[string](tb, `(() => { const s = document.getElementById("verdict-scope"); return s.hidden ? "" : s.textContent })()`)
	for _, want := range []string{"Russian", "English, Spanish, Portuguese, French, and German", "only the length"} {
		if !strings.Contains(scope, want) {
			t.Errorf("scope note %q, want it to say %q", scope, want)
		}
	}
	if described := tb.attr("#draft", "aria-describedby"); !strings.Contains(described, "verdict-scope") {
		t.Errorf("draft aria-describedby %q leaves out the scope note", described)
	}
	tb.setDraft("Hi Priya, I loved your PyCon talk on typed pipelines. I'm a data engineer at a logistics startup. How did you decide where to validate?")
	if hidden := eval[bool](tb, `document.getElementById("verdict-scope").hidden`); !hidden {
		t.Error("scope note still shown for an English note")
	}
}

func TestBrowserOptionsChangeTheResult(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)
	tb.setDraft(stockText)

	// Premium raises the limit.
	tb.setOption("account", "premium")
	if got := tb.attr("#counter", "data-limit"); got != "300" {
		t.Errorf("premium limit %s, want 300", got)
	}
	tb.setOption("account", "free")
	if got := tb.attr("#counter", "data-limit"); got != "200" {
		t.Errorf("free limit %s, want 200", got)
	}

	// Someone who knows you well may get the stock text.
	if got := tb.severityOf("default-message"); got != "error" {
		t.Errorf("stranger: default-message %q, want error", got)
	}
	tb.setOption("relationship", "close")
	if got := tb.severityOf("default-message"); got != "suggestion" {
		t.Errorf("close: default-message %q, want suggestion", got)
	}
	tb.setOption("relationship", "stranger")

	// The name is checked against the greeting.
	tb.setDraft("Hi Priya, I enjoyed your talk on rural clinics at HealthConf. I'm Sam, a nurse in Leeds, and I'd love to connect.")
	tb.setOption("name", "Priya")
	if got := tb.severityOf("wrong-name"); got != "" {
		t.Errorf("name Priya: wrong-name %q, want none", got)
	}
	tb.setOption("name", "Marta")
	if got := tb.severityOf("wrong-name"); got != "error" {
		t.Errorf("name Marta: wrong-name %q, want error; findings %v", got, tb.findings())
	}

	// Over the limit is said in words, not only in colour.
	tb.setDraft(strings.Repeat("I enjoyed your talk. ", 12))
	if got := eval[string](tb, `document.getElementById("counter").textContent`); !strings.Contains(got, "over the limit") {
		t.Errorf("counter over the limit reads %q", got)
	}
	if got := tb.severityOf("too-long"); got != "error" {
		t.Errorf("too-long %q, want error", got)
	}
}

func TestBrowserDraftIsOnlyText(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)
	before := eval[int](tb, `document.getElementsByTagName("*").length`)
	hostile := `Hi <img src=x onerror=alert(1)> <script>alert(2)</script> <b onmouseover=alert(3)>Sam</b> ` +
		`&lt;i&gt; {{x}} <company> https://example.com/?q=<svg/onload=alert(4)>`
	tb.setDraft(hostile)
	if got := eval[string](tb, `document.getElementById("draft").value`); got != hostile {
		t.Errorf("draft changed to %q", got)
	}
	// The page gained findings and marks, but nothing the draft spelled.
	for _, tag := range []string{"img", "script:not([src]):not([type])", "b", "svg", "i"} {
		if n := eval[int](tb, `document.querySelectorAll("main `+tag+`").length`); n != 0 {
			t.Errorf("the draft created %d <%s> elements", n, tag)
		}
	}
	if after := eval[int](tb, `document.getElementsByTagName("*").length`); after <= before {
		t.Errorf("no findings rendered (%d elements before, %d after)", before, after)
	}
	layer := eval[string](tb, `document.querySelector(".draft-marks").textContent`)
	if !strings.HasPrefix(hostile, strings.TrimSuffix(layer, "\u200b")) {
		t.Errorf("highlight layer holds %q, not the draft's text", layer)
	}
	// Findings quoting the draft show it as text.
	for _, f := range tb.findings() {
		if strings.Contains(f.Text, "<img") || strings.Contains(f.Text, "<company>") {
			return
		}
	}
	t.Logf("no finding quotes the markup; findings: %v", tb.findings())
}

func TestBrowserUnicodeDrafts(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)
	for _, tc := range []struct {
		name, js string // js builds the draft, so it may hold lone surrogates
		length   int    // in UTF-16 code units
	}{
		{"emoji", `"Hi Ana 👋🏽, great talk! 🎉"`, 27},
		{"zwj sequence", `"Hi 👩‍💻 team"`, 13},
		{"rtl override", `"Hi \u202EnaS, I'm Dev\u202C."`, 18},
		{"zero-width", `"Hi\u200B\u200D\u200C Sam\uFEFF"`, 10},
		{"lone surrogates", `"Hi \uD800 Sam \uDFFF" + "\uDBFF"`, 11},
		{"combining", `"Zoë Zoe\u0308 नमस्ते"`, 15},
		{"nul and controls (CRLF reads as LF)", `"Hi\u0000 Sam\u0007\r\n\tok"`, 12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := eval[int](tb, `(() => {
			  const d = document.getElementById("draft");
			  d.value = `+tc.js+`;
			  d.dispatchEvent(new Event("input", { bubbles: true }));
			  return d.value.length;
			})()`)
			if got != tc.length {
				t.Fatalf("draft length %d, want %d", got, tc.length)
			}
			tb.waitChecked()
			if got := tb.attr("#counter", "data-length"); got != fmt.Sprint(tc.length) {
				t.Errorf("counter %s, want %d", got, tc.length)
			}
			if v := tb.attr("#verdict", "data-verdict"); v == "error" {
				t.Errorf("the checker failed: %s", eval[string](tb, `document.getElementById("verdict").textContent`))
			}
		})
	}
}

// TestBrowserHugePaste pastes a megabyte and measures the longest task the
// main thread ran meanwhile: the budget is 100 ms.
func TestBrowserHugePaste(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)
	chunk := "Hi [NAME], " + stockText + " Visit https://example.com/x?y=1 ASAP!! 😀 XXX and ___ done. "
	huge := strings.Repeat(chunk, 1<<20/utf16Len(chunk)+1) // at least 1 Mi UTF-16 units
	want := utf16Len(huge)

	// Timing on a shared machine is noisy: a busy neighbour can stretch any
	// task. The best of three tries is the figure; a real regression (a
	// layout or render that is slow by itself) fails all three.
	longest := 0.0
	for try := 1; try <= 3; try++ {
		tb.setDraft("")
		tb.do(chromedp.Focus(chromedp.ID("draft")), chromedp.Evaluate[chromedp.Void](`window.__probe.longtasks.length = 0`))
		start := time.Now()
		tb.insert(huge)
		tb.waitChecked()
		took := time.Since(start)
		// Let the last frame render before reading the long tasks.
		eval[chromedp.Void](tb, `new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200)))`)
		p := tb.probe()
		longest = 0
		for _, d := range p.LongTasks {
			longest = max(longest, d)
		}
		t.Logf("1 MB paste (%d UTF-16 units), try %d: checked and shown in %v; %d long tasks, longest %.0f ms (budget 100 ms)",
			want, try, took.Round(time.Millisecond), len(p.LongTasks), longest)
		if longest <= 100 {
			break
		}
	}
	if longest > 100 {
		t.Errorf("a main-thread task took %.0f ms after a 1 MB paste, in the best of three tries (budget 100 ms)", longest)
	}

	if got := tb.attr("#counter", "data-length"); got != fmt.Sprint(want) {
		t.Errorf("counter %s, want %d", got, want)
	}
	if tb.attr("#counter", "class") != "counter over" {
		t.Errorf("counter not marked over the limit")
	}
	shown := len(tb.findings())
	if shown == 0 || shown > 100 {
		t.Errorf("%d findings shown, want 1 to 100", shown)
	}
	if more := eval[string](tb, `document.getElementById("findings-more").textContent`); shown == 100 && !strings.Contains(more, "more") {
		t.Errorf("100 findings shown but no word of the rest: %q", more)
	}
	// The page still answers: typing at the end is checked.
	tb.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("draft").setSelectionRange(1e9, 1e9)`))
	tb.insert("!")
	tb.waitChecked()
	if got := tb.attr("#counter", "data-length"); got != fmt.Sprint(want+1) {
		t.Errorf("after typing, counter %s, want %d", got, want+1)
	}
	// The box shows only the start, says so, and the whole note survives a reload.
	if eval[bool](tb, `document.getElementById("draft-notice").hidden`) {
		t.Errorf("no notice that the box shows only part of the note")
	}
	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("draft")))
	tb.waitChecked()
	if got := tb.attr("#counter", "data-length"); got != fmt.Sprint(want+1) {
		t.Errorf("after reload, counter %s, want %d", got, want+1)
	}
	// Select all and delete empties the whole note, the hidden part too.
	tb.setDraft("")
	if got := tb.attr("#counter", "data-length"); got != "0" || !eval[bool](tb, `document.getElementById("draft-notice").hidden`) {
		t.Errorf("after deleting everything, counter %s", got)
	}
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func TestBrowserDraftSurvivesReload(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)
	tb.setOption("name", "Ama")
	tb.setOption("relationship", "met")
	tb.setOption("account", "premium")
	note := "Hi Ama, we met at the Accra design meetup.\nI'm Kofi, a UX writer; I'd like to stay in touch."
	tb.setDraft(note)
	// Reload at once: the page must not lose a keystroke to a pending save.
	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("draft")))
	tb.waitChecked()
	for id, want := range map[string]string{"draft": note, "name": "Ama", "relationship": "met", "account": "premium"} {
		if got := eval[string](tb, `document.getElementById("`+id+`").value`); got != want {
			t.Errorf("after reload #%s = %q, want %q", id, got, want)
		}
	}
	if got := tb.attr("#counter", "data-limit"); got != "300" {
		t.Errorf("after reload limit %s, want 300", got)
	}
}

// handedOver checks the checker after a hand-off: the text and options
// arrived, the draft has focus and the arrival was announced.
func handedOver(t *testing.T, tb *tab, text, relationship, account, name string) {
	t.Helper()
	tb.do(chromedp.WaitVisible(chromedp.ID("draft")))
	tb.waitChecked()
	for id, want := range map[string]string{"draft": text, "relationship": relationship, "account": account, "name": name} {
		if got := eval[string](tb, `document.getElementById("`+id+`").value`); got != want {
			t.Errorf("#%s = %q, want %q", id, got, want)
		}
	}
	if got := eval[string](tb, `document.activeElement.id`); got != "draft" {
		t.Errorf("focus on #%s, want #draft", got)
	}
	if got := tb.attr("#counter", "data-limit"); (account == "premium") != (got == "300") {
		t.Errorf("limit %s for a %s account", got, account)
	}
	tb.do(chromedp.Poll[chromedp.Void](`document.getElementById("checker-announce").textContent.includes("is in the checker")`,
		chromedp.WithPollingTimeout(5*time.Second)))
}

func TestBrowserUseTemplate(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.do(chromedp.Navigate(site.URL + "/guide/templates/"))
	// A premium template carries the most: its relationship and account.
	type tmpl struct{ ID, Text, Relationship, Account string }
	tp := eval[tmpl](tb, `(() => {
	  const li = document.querySelector(".template[data-account=premium]") || document.querySelector(".template");
	  return { ID: li.id, Text: li.querySelector(".template-text").textContent.trim(),
	    Relationship: li.dataset.relationship, Account: li.dataset.account };
	})()`)
	// The template opens as a form (browser_mobile_test.go tests it);
	// used with nothing filled in, the note keeps every blank.
	tb.do(chromedp.Click(chromedp.CSS("#"+tp.ID+" [data-use-template]")),
		chromedp.Click(chromedp.CSS(".template-form button[type=submit]")), chromedp.WaitVisible(chromedp.ID("checker")))
	handedOver(t, tb, tp.Text, tp.Relationship, tp.Account, "")
	// The first blank is selected, ready to be typed over.
	sel := eval[string](tb, `(() => { const d = document.getElementById("draft"); return d.value.slice(d.selectionStart, d.selectionEnd); })()`)
	if !strings.HasPrefix(sel, "[") || !strings.HasSuffix(sel, "]") {
		t.Errorf("selected %q, want the first blank", sel)
	}
	// A reload is a plain visit: no second hand-off.
	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("draft")))
	tb.waitChecked()
	if got := eval[string](tb, `document.activeElement.id`); got == "draft" {
		t.Errorf("a reload focused the draft again")
	}
}

func TestBrowserTryExampleNote(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	note := firstGoodNote(t, tb, site)
	tb.do(chromedp.Click(chromedp.CSS("figure.note-good [data-try-note]")), chromedp.WaitVisible(chromedp.ID("checker")))
	handedOver(t, tb, note.Text, note.Relationship, note.Account, note.Name)
	if got := tb.attr("#verdict", "data-verdict"); got != "ready" {
		t.Errorf("the guide's good note is %q in the checker; findings %v", got, tb.findings())
	}
}

// TestBrowserEveryPage loads every page at 320 px in both colour schemes:
// nothing may overflow sideways, and the page may log no error and break no
// CSP rule (the tab's cleanup fails the test on either). With axe-core
// installed (npm ci), it also fails on serious or critical accessibility
// violations.
func TestBrowserEveryPage(t *testing.T) {
	site := serveSite(t)
	axe := axeSource(t)
	tb := newTab(t)
	tb.viewport(320, 800)
	// The checker's findings are part of the audit: leave a draft with some.
	tb.openChecker(site)
	tb.setDraft("Dear Sir/Madam, I'd like to add you to my professional network on LinkedIn. " +
		"See https://example.com/a/very/long/path/that/does/not/break/anywhere/at/all/abcdefghijklmnopqrstuvwxyz")
	for _, path := range sitePages(t) {
		for _, scheme := range []string{"light", "dark"} {
			tb.scheme(scheme)
			tb.do(chromedp.Navigate(site.URL+path), chromedp.WaitReady(chromedp.CSS("footer")))
			if path == "/" {
				tb.waitChecked()
			}
			where := path + " (" + scheme + ")"
			if bg := eval[string](tb, `getComputedStyle(document.body).backgroundColor`); (bg == "rgb(255, 255, 255)") != (scheme == "light") {
				t.Fatalf("%s: body background %s: the colour scheme is not applied", where, bg)
			}
			if w := eval[[]int](tb, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
				wide := eval[[]string](tb, `[...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).slice(0, 5).map((e) => e.tagName + "." + e.className)`)
				t.Errorf("%s: %d px wide at 320 px (overflowing: %v)", where, w[0], wide)
			}
			if p := tb.probe(); len(p.CSP) > 0 {
				t.Errorf("%s: CSP violations %v", where, p.CSP)
			}
			for _, v := range runAxe(t, tb, axe) {
				t.Errorf("%s: accessibility: %s", where, v)
			}
		}
	}
}

// axeSource reads axe-core, installed by `npm ci` from package-lock.json.
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core is missing (%v): run `npm ci` in the repository, as `make test` does", err)
	}
	return string(b)
}

// runAxe audits the page with axe-core, injected by DevTools so the page's
// CSP does not stop it, and returns its serious and critical violations.
func runAxe(t *testing.T, tb *tab, source string) []string {
	t.Helper()
	if eval[bool](tb, `typeof window.axe === "undefined"`) {
		tb.do(chromedp.Evaluate[chromedp.Void](source))
	}
	raw := eval[string](tb, `axe.run(document, { resultTypes: ["violations"] }).then((r) => JSON.stringify(r.violations))`)
	var violations []struct {
		ID, Impact, Help string
		Nodes            []struct{ Target []any }
	}
	if err := json.Unmarshal([]byte(raw), &violations); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, v := range violations {
		if v.Impact != "serious" && v.Impact != "critical" {
			continue
		}
		var where []string
		for _, n := range v.Nodes[:min(3, len(v.Nodes))] {
			where = append(where, fmt.Sprint(n.Target...))
		}
		out = append(out, fmt.Sprintf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(where, ", ")))
	}
	return out
}

// TestBrowserKeyboard walks the home page with Tab: the skip link comes
// first, and the checker's fields and buttons follow in reading order.
func TestBrowserKeyboard(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)
	var order []string
	for range 60 {
		tb.do(chromedp.KeyEvent("\t"))
		stop := eval[[]string](tb, `(() => { const a = document.activeElement; return [a.id || a.className || a.tagName, getComputedStyle(a).outlineStyle]; })()`)
		order = append(order, stop[0])
		// Every stop shows where the focus is.
		if stop[1] == "none" {
			t.Errorf("Tab stop %s has no focus outline", stop[0])
		}
		if stop[0] == "clear" {
			break
		}
	}
	if len(order) == 0 || order[0] != "skip" {
		t.Errorf("first Tab stop %v, want the skip link", order[:min(1, len(order))])
	}
	want := []string{"name", "relationship", "account", "draft", "copy", "clear"}
	var got []string
	for _, id := range order {
		if slices.Contains(want, id) {
			got = append(got, id)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Tab order through the checker %v, want %v (all stops: %v)", got, want, order)
	}
	// The skip link moves focus to the main content.
	tb.do(chromedp.Navigate(site.URL+"/guide/why-the-note-matters/"), chromedp.KeyEvent("\t"), chromedp.KeyEvent("\r"))
	if got := eval[string](tb, `document.activeElement.id`); got != "main" {
		t.Errorf("after the skip link, focus on %q, want main", got)
	}
}

// TestBrowserOffline visits once, then takes the server away: the pages and
// the checker must keep working from the service worker's cache.
func TestBrowserOffline(t *testing.T) {
	site := newSite(t, nil)
	tb := newTab(t)
	tb.openChecker(site)
	// The service worker controls the page once it has installed (cached
	// the site) and claimed it.
	tb.do(chromedp.Poll[chromedp.Void](`navigator.serviceWorker.controller !== null`, chromedp.WithPollingTimeout(30*time.Second)))

	site.down.Store(true)
	tb.allow("ERR_") // the failed network attempts before the cache answers
	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("draft")))
	tb.waitChecked()
	tb.setDraft(stockText)
	if got := tb.severityOf("default-message"); got != "error" {
		t.Errorf("offline: default-message %q, want error", got)
	}
	tb.do(chromedp.Navigate(site.URL+"/guide/length-and-limits/"), chromedp.WaitVisible(chromedp.CSS("h1")))
	if title := eval[string](tb, `document.title`); !strings.Contains(title, "Length") {
		t.Errorf("offline guide page title %q", title)
	}
	// A page that was never there gets the cached 404 page.
	tb.do(chromedp.Navigate(site.URL+"/no/such/page/"), chromedp.WaitVisible(chromedp.CSS("h1")))
	if h := eval[string](tb, `document.querySelector("h1").textContent`); h != "Page not found" {
		t.Errorf("offline missing page shows %q", h)
	}
}

// TestBrowserCheckerFailure serves no checker: the page must say so
// plainly and keep the draft.
func TestBrowserCheckerFailure(t *testing.T) {
	var broken atomic.Bool
	broken.Store(true)
	site := newSite(t, func(w http.ResponseWriter, r *http.Request) bool {
		if broken.Load() && strings.HasSuffix(r.URL.Path, ".wasm") {
			http.Error(w, "gone", http.StatusNotFound)
			return true
		}
		return false
	})
	tb := newTab(t)
	tb.allow("404") // the failed download of the checker
	tb.do(chromedp.Navigate(site.URL+"/"), chromedp.WaitVisible(chromedp.ID("draft")))
	tb.do(chromedp.Poll[chromedp.Void](`document.getElementById("verdict").dataset.verdict === "error"`, chromedp.WithPollingTimeout(20*time.Second)))
	msg := eval[string](tb, `document.getElementById("verdict").textContent`)
	if !strings.Contains(msg, "checker stopped") || !strings.Contains(msg, "404") {
		t.Errorf("failure message %q", msg)
	}
	if eval[bool](tb, `document.getElementById("retry").hidden`) {
		t.Errorf("no way to try again")
	}
	tb.do(chromedp.Focus(chromedp.ID("draft")))
	tb.insert("Hi Sam, still typing.")
	tb.do(chromedp.Sleep(500*time.Millisecond), chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("draft")))
	if got := eval[string](tb, `document.getElementById("draft").value`); got != "Hi Sam, still typing." {
		t.Errorf("draft after a failed checker and a reload: %q", got)
	}
	// Once the checker can be had again, "Try again" brings it back.
	tb.do(chromedp.Poll[chromedp.Void](`!document.getElementById("retry").hidden`, chromedp.WithPollingTimeout(20*time.Second)))
	broken.Store(false)
	tb.do(chromedp.Click(chromedp.ID("retry")))
	tb.waitChecked()
	if v := tb.attr("#verdict", "data-verdict"); v == "error" || v == "" {
		t.Errorf("after Try again the verdict is %q", v)
	}
}

// TestBrowserHighlightsLineUp checks that the highlight layer lays the draft
// out exactly as the textarea does (same width, same line breaks, same
// scroll position) with a classic scrollbar, scrolled, resized and at
// fractional zoom levels.
func TestBrowserHighlightsLineUp(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)
	var lines []string
	for i := range 30 {
		lines = append(lines, fmt.Sprintf("Line %d: I enjoyed your talk on rural clinics and would like to learn more about it.", i))
	}
	// The blank at the very end is flagged, so the layer holds the whole text.
	tb.setDraft(strings.Join(lines, "\n") + "\nBest, [YOUR NAME]")

	measure := `(() => {
	  const d = document.getElementById("draft"), inner = document.querySelector(".draft-marks-text");
	  const cs = getComputedStyle(d), px = (p) => parseFloat(cs[p]);
	  const marks = inner.querySelectorAll("mark"), last = marks[marks.length - 1];
	  return {
	    Scrollbar: d.offsetWidth - d.clientWidth - px("borderLeftWidth") - px("borderRightWidth"),
	    Width: inner.getBoundingClientRect().width, WantWidth: d.clientWidth - px("paddingLeft") - px("paddingRight"),
	    Height: inner.getBoundingClientRect().height, WantHeight: d.scrollHeight - px("paddingTop") - px("paddingBottom"),
	    Top: inner.getBoundingClientRect().top - d.getBoundingClientRect().top,
	    WantTop: px("borderTopWidth") + px("paddingTop") - d.scrollTop,
	    Marks: marks.length, LastBottom: last ? last.getBoundingClientRect().bottom - inner.getBoundingClientRect().top : 0,
	  };
	})()`
	type geometry struct {
		Scrollbar, Width, WantWidth, Height, WantHeight, Top, WantTop float64
		Marks                                                         int
		LastBottom                                                    float64
	}
	check := func(state string) {
		t.Helper()
		// Scroll and resize reach the layer through events and observers.
		eval[chromedp.Void](tb, `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`)
		g := eval[geometry](tb, measure)
		near := func(a, b float64) bool { return a-b < 1 && b-a < 1 }
		if g.Scrollbar < 1 {
			t.Errorf("%s: the textarea shows no scrollbar (%v)", state, g)
		}
		if g.Marks == 0 {
			t.Fatalf("%s: nothing highlighted", state)
		}
		if !near(g.Width, g.WantWidth) || !near(g.Height, g.WantHeight) || !near(g.Top, g.WantTop) || g.Height-g.LastBottom < 0 || g.Height-g.LastBottom > 8 {
			t.Errorf("%s: layer and textarea disagree: %+v", state, g)
		}
	}
	check("at the end")
	tb.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("draft").scrollTop = 333`))
	check("scrolled")
	tb.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("draft").style.height = "420px"`))
	check("resized")
	for _, scale := range []float64{1.25, 1.5, 0.9} {
		tb.do(chromedp.EmulateViewport(1000, 900, chromedp.EmulateScale(scale)))
		check(fmt.Sprintf("zoomed %g", scale))
	}
	tb.viewport(320, 800)
	check("at 320 px")
}

// TestBrowserWithoutJavaScript: the guide is plain HTML, and the checker,
// which cannot work, says so instead of showing a dead form.
func TestBrowserWithoutJavaScript(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	tb.do(chromedp.Navigate(site.URL+"/"), chromedp.WaitReady(chromedp.CSS("footer")))
	if eval[bool](tb, `getComputedStyle(document.querySelector(".checker-ui")).display !== "none"`) {
		t.Errorf("the checker's form shows although it cannot work")
	}
	if got := eval[string](tb, `document.getElementById("checker").innerText`); !strings.Contains(got, "needs JavaScript") {
		t.Errorf("the checker section does not say it needs JavaScript: %q", got)
	}
	tb.do(chromedp.Navigate(site.URL+"/guide/anatomy-of-a-good-note/"), chromedp.WaitReady(chromedp.CSS("footer")))
	if n := eval[int](tb, `document.querySelectorAll("main figure.note .note-text").length`); n == 0 {
		t.Errorf("no example notes on a guide page without JavaScript")
	}
}
