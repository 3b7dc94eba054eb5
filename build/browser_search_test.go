package main

// Browser tests of the search box in the site header: it finds a section
// from a word in its text and leads there by keyboard, `/` focuses it except
// while typing, Escape closes it, it is accessible at 320 px in the dark,
// it works offline, and it asks nothing of any other origin.

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// indexDoc is a document of the built search index.
type indexDoc struct {
	Kind, Title, Where, URL, Text string
}

func searchIndex(t *testing.T) []indexDoc {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(builtSite(t), "assets", "search-*.json"))
	if len(files) != 1 {
		t.Fatalf("the built site has %d search indexes, want 1", len(files))
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var ix struct{ Docs []indexDoc }
	if err := json.Unmarshal(b, &ix); err != nil {
		t.Fatal(err)
	}
	return ix.Docs
}

var word = regexp.MustCompile(`[A-Za-z]+`)

// uniqueWord picks a guide section and a word that appears in its text, not
// in its heading, and nowhere else in the index, not even as the start of a
// longer word: searching for it must find that section first. Choosing from
// the built index keeps the test true whatever the guide says.
func uniqueWord(t *testing.T, docs []indexDoc) (indexDoc, string) {
	t.Helper()
	words := func(d indexDoc) []string {
		return word.FindAllString(strings.ToLower(d.Title+" "+d.Where+" "+d.Text), -1)
	}
	for i, d := range docs {
		if d.Kind != "guide" || !strings.Contains(d.URL, "#") {
			continue
		}
	candidates:
		for _, w := range word.FindAllString(strings.ToLower(d.Text), -1) {
			if len(w) < 9 || strings.Contains(strings.ToLower(d.Title), w) {
				continue
			}
			for j, o := range docs {
				if j == i {
					continue
				}
				for _, ow := range words(o) {
					if strings.HasPrefix(ow, w) {
						continue candidates
					}
				}
			}
			return d, w
		}
	}
	t.Fatal("no guide section has a word of its own")
	return indexDoc{}, ""
}

// searchFor focuses the box with `/`, as a keyboard user would, types q
// and waits for the results of exactly that query.
func (tb *tab) searchFor(q string) {
	tb.t.Helper()
	tb.do(chromedp.WaitReady(chromedp.ID("search")))
	tb.do(chromedp.Evaluate[chromedp.Void](`document.activeElement && document.activeElement.blur()`), chromedp.KeyEvent("/"))
	if got := eval[string](tb, `document.activeElement.id`); got != "search" {
		tb.t.Fatalf("after /, focus on %q, want the search box", got)
	}
	tb.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("search").select()`))
	tb.insert(q)
	tb.do(chromedp.Poll[chromedp.Void](`(() => {
	  const c = document.querySelector(".search-count");
	  return !document.getElementById("search-panel").hidden && c.textContent.includes(`+jsString(q)+`);
	})()`, chromedp.WithPollingTimeout(20*time.Second)))
}

func jsString(s string) string {
	b, _ := json.Marshal("“" + s + "”")
	return string(b)
}

// hits lists the hrefs of the results shown, site-root-relative.
func (tb *tab) hits(site *testSite) []string {
	tb.t.Helper()
	hrefs := eval[[]string](tb, `[...document.querySelectorAll(".search-results a")].map((a) => a.href)`)
	for i, h := range hrefs {
		hrefs[i] = strings.TrimPrefix(h, site.URL)
	}
	return hrefs
}

func TestBrowserSearchFindsSectionByKeyboard(t *testing.T) {
	site := serveSite(t)
	doc, w := uniqueWord(t, searchIndex(t))
	t.Logf("searching for %q, which only %s says", w, doc.URL)
	tb := newTab(t)
	tb.do(chromedp.Navigate(site.URL + "/rules/"))
	tb.searchFor(w)

	hits := tb.hits(site)
	if len(hits) == 0 || hits[0] != doc.URL {
		t.Fatalf("results %v, want %s first", hits, doc.URL)
	}
	// The count is announced to screen readers once typing pauses.
	tb.do(chromedp.Poll[chromedp.Void](`document.querySelector(".search-status").textContent.includes("result")`,
		chromedp.WithPollingTimeout(5*time.Second)))
	// The matched word is marked in the quoted text.
	if got := strings.ToLower(eval[string](tb, `document.querySelector(".search-results mark").textContent`)); got != w {
		t.Errorf("marked %q, want %q", got, w)
	}

	// Down arrow into the results, Enter follows the first.
	tb.do(chromedp.KeyEvent(kb.ArrowDown))
	if got := eval[string](tb, `document.activeElement.getAttribute("href")`); !strings.HasSuffix(got, doc.URL) {
		t.Errorf("after the down arrow, focus on %q, want the first result", got)
	}
	tb.do(chromedp.KeyEvent("\r"))
	page, anchor, _ := strings.Cut(doc.URL, "#")
	tb.await(`location.pathname === ` + jsQuote(page) + ` && location.hash === ` + jsQuote("#"+anchor) + ` && document.readyState === "complete"`)
	// The heading comes on screen (the scroll may be smooth).
	tb.await(`(() => { const r = document.getElementById(` + jsQuote(anchor) + `).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`)
}

// await polls a condition across a navigation, which a plain poll cannot
// outlive: the page it runs in goes away.
func (tb *tab) await(cond string) {
	tb.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](cond))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("still not %s (last error: %v)", cond, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func jsQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// A result on the page being read takes the focus to its heading, and Enter
// in the box follows the best result.
func TestBrowserSearchSamePage(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.do(chromedp.Navigate(site.URL + "/rules/"))
	tb.searchFor("too long")
	if hits := tb.hits(site); len(hits) == 0 || hits[0] != "/rules/#too-long" {
		t.Fatalf("results %v, want /rules/#too-long first", hits)
	}
	tb.do(chromedp.KeyEvent("\r"))
	tb.do(chromedp.Poll[chromedp.Void](`document.activeElement.id === "too-long"`, chromedp.WithPollingTimeout(5*time.Second)))
	if !eval[bool](tb, `document.getElementById("search-panel").hidden`) {
		t.Error("the results stay open after following one")
	}
}

// `/` focuses the box from anywhere but a field; Escape closes the results
// and keeps the words, from the box or from a result.
func TestBrowserSearchKeys(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.openChecker(site)

	// Typing "/" in the draft is just typing.
	tb.do(chromedp.Focus(chromedp.ID("draft")), chromedp.KeyEvent("a/b"))
	if got := eval[string](tb, `document.activeElement.id + " " + document.getElementById("draft").value`); got != "draft a/b" {
		t.Errorf("typing a/b in the draft: %q", got)
	}

	tb.searchFor("template")
	n := len(tb.hits(site))
	if n == 0 {
		t.Fatal("no results for template")
	}
	tb.do(chromedp.KeyEvent(kb.Escape))
	state := `(() => [document.getElementById("search-panel").hidden, document.activeElement.id, document.getElementById("search").value].join(" "))()`
	if got := eval[string](tb, state); got != "true search template" {
		t.Errorf("after Escape in the box: %q, want the results closed, the box focused and the words kept", got)
	}
	// Typing again reopens them; from the last result, Escape comes back.
	tb.insert("s")
	tb.do(chromedp.Poll[chromedp.Void](`!document.getElementById("search-panel").hidden && document.querySelector(".search-count").textContent.includes("“templates”")`,
		chromedp.WithPollingTimeout(5*time.Second)))
	tb.do(chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.End))
	if got := eval[int](tb, `[...document.querySelectorAll(".search-results a")].indexOf(document.activeElement)`); got != len(tb.hits(site))-1 {
		t.Errorf("End: focus on result %d of %d", got, len(tb.hits(site)))
	}
	tb.do(chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.Escape))
	if got := eval[string](tb, state); got != "true search templates" {
		t.Errorf("after Escape on a result: %q", got)
	}
	// Tab past the last result leaves the search and closes it.
	tb.insert(" ") // reopens
	tb.do(chromedp.Poll[chromedp.Void](`!document.getElementById("search-panel").hidden`, chromedp.WithPollingTimeout(5*time.Second)))
	for range len(tb.hits(site)) + 1 {
		tb.do(chromedp.KeyEvent("\t"))
	}
	if !eval[bool](tb, `document.getElementById("search-panel").hidden`) {
		t.Error("the results stay open after Tab left them")
	}

	// Nothing the search did left the site.
	tb.stayedOn(site.URL)
}

// At 320 px in the dark the results fit the screen and pass axe-core.
func TestBrowserSearchSmallDark(t *testing.T) {
	site := serveSite(t)
	axe := axeSource(t)
	tb := newTab(t)
	tb.viewport(320, 700)
	tb.scheme("dark")
	tb.do(chromedp.Navigate(site.URL + "/guide/why-the-note-matters/"))
	tb.searchFor("note")
	if w := eval[[]float64](tb, `(() => { const r = document.getElementById("search-panel").getBoundingClientRect(); return [r.left, r.right, document.documentElement.clientWidth, document.documentElement.scrollWidth]; })()`); w[0] < 0 || w[1] > w[2] || w[3] > w[2] {
		t.Errorf("results panel spans %v–%v px of a %v px page (scroll width %v)", w[0], w[1], w[2], w[3])
	}
	if bg := eval[string](tb, `getComputedStyle(document.getElementById("search-panel")).backgroundColor`); bg == "rgb(255, 255, 255)" {
		t.Errorf("the results are white in dark mode")
	}
	for _, v := range runAxe(t, tb, axe) {
		t.Errorf("results open at 320 px, dark: accessibility: %s", v)
	}
}

// Once visited, search works with the server gone: the service worker has
// the search's script and index. And nothing leaves the origin.
func TestBrowserSearchOffline(t *testing.T) {
	site := newSite(t, nil)
	tb := newTab(t)
	tb.do(chromedp.Navigate(site.URL + "/guide/templates/"))
	tb.do(chromedp.Poll[chromedp.Void](`navigator.serviceWorker.controller !== null`, chromedp.WithPollingTimeout(30*time.Second)))
	site.down.Store(true)
	tb.allow("ERR_") // the failed network attempts before the cache answers
	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("h1")))
	tb.searchFor("recruiter")
	if hits := tb.hits(site); len(hits) == 0 {
		t.Error("no results offline")
	}
	tb.stayedOn(site.URL)
}

// Without JavaScript the box, which could do nothing, is not shown.
func TestBrowserSearchWithoutJavaScript(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	tb.do(chromedp.Navigate(site.URL+"/guide/templates/"), chromedp.WaitReady(chromedp.CSS("footer")))
	if eval[bool](tb, `getComputedStyle(document.getElementById("site-search")).display !== "none"`) {
		t.Error("the search box shows although it cannot work")
	}
}

// When the index cannot be had, the search says so instead of showing
// nothing, and tries again when the box is next focused.
func TestBrowserSearchFailure(t *testing.T) {
	var broken atomic.Bool
	broken.Store(true)
	site := newSite(t, func(w http.ResponseWriter, r *http.Request) bool {
		if broken.Load() && strings.HasSuffix(r.URL.Path, ".json") && strings.Contains(r.URL.Path, "/search-") {
			http.Error(w, "gone", http.StatusNotFound)
			return true
		}
		return false
	})
	tb := newTab(t)
	tb.allow("404") // the failed download of the index
	tb.do(chromedp.Navigate(site.URL+"/guide/templates/"), chromedp.WaitReady(chromedp.ID("search")))
	tb.do(chromedp.Focus(chromedp.ID("search")))
	tb.insert("recruiter")
	tb.do(chromedp.Poll[chromedp.Void](`document.querySelector(".search-count").textContent.includes("not available")`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if msg := eval[string](tb, `document.querySelector(".search-count").textContent`); !strings.Contains(msg, "404") {
		t.Errorf("failure message %q does not say what went wrong", msg)
	}
	broken.Store(false)
	tb.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("search").blur()`), chromedp.Focus(chromedp.ID("search")))
	tb.do(chromedp.Poll[chromedp.Void](`document.querySelectorAll(".search-results a").length > 0`, chromedp.WithPollingTimeout(10*time.Second)))
}

// What the reader types is shown as text, never parsed as HTML.
func TestBrowserSearchIsOnlyText(t *testing.T) {
	site := serveSite(t)
	tb := newTab(t)
	tb.do(chromedp.Navigate(site.URL + "/guide/templates/"))
	hostile := `<img src=x onerror=alert(1)><b>stock</b>`
	tb.searchFor(hostile)
	if n := eval[int](tb, `document.querySelectorAll("header img, header b, .search-panel img, .search-panel b").length`); n != 0 {
		t.Errorf("the query created %d elements", n)
	}
	if got := eval[string](tb, `document.querySelector(".search-count").textContent`); !strings.Contains(got, hostile) {
		t.Errorf("count reads %q, want the query as typed", got)
	}
}
