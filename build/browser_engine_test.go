package main

// Where the checker runs (site/js/checker/engine.js): once the page's own
// copy of the checker is up, a short note is checked and its findings
// rendered within the input event that changed it, so the frame that paints
// the keystroke paints its findings too; a long note still goes to the
// worker, whose answer comes in a later task.

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// inputProbe records, from a listener that runs after the checker's own in
// the same input event, what the page shows at that moment, and again in
// the next animation frame's callback, before that frame is painted.
const inputProbe = `(() => {
  const seen = window.__seen = {};
  const look = () => ({
    length: document.getElementById("draft").value.length,
    counter: Number(document.getElementById("counter").dataset.length),
    state: document.getElementById("checker").dataset.state,
    rules: [...document.querySelectorAll("#findings [data-rule]")].map((li) => li.dataset.rule),
  });
  addEventListener("input", () => {
    seen.event = look();
    requestAnimationFrame(() => { seen.frame = look(); });
  }, { once: true });
})()`

// seenState is what inputProbe saw.
type seenState struct {
	Length  int      `json:"length"`
	Counter int      `json:"counter"`
	State   string   `json:"state"`
	Rules   []string `json:"rules"`
}

// probeInput runs edit and returns what the page showed in its input event
// and at the next frame.
func (tb *tab) probeInput(edit func()) (event, frame seenState) {
	tb.t.Helper()
	tb.do(chromedp.Evaluate[chromedp.Void](inputProbe))
	edit()
	tb.waitFor(`window.__seen.frame !== undefined`)
	seen := eval[map[string]seenState](tb, `window.__seen`)
	return seen["event"], seen["frame"]
}

// waitHere waits until short notes are checked on the page's own thread.
func (tb *tab) waitHere() {
	tb.t.Helper()
	tb.waitFor(`document.getElementById("checker").dataset.engine === "page"`)
}

func TestBrowserShortNoteCheckedInTheInputEvent(t *testing.T) {
	site := serveSite(t)
	tb := editorTab(t)
	tb.openChecker(site)
	tb.waitHere()
	tb.setDraft("Hi Sam, I enjoyed your talk on rural clinics at HealthConf.")
	if tb.has("link") {
		t.Fatalf("a link finding before there is a link: %v", tb.findings())
	}

	// Typing a link: the finding is on the page when the input event ends.
	event, frame := tb.probeInput(func() { tb.insert(" My slides: https://example.com/slides") })
	for _, s := range []struct {
		when string
		seen seenState
	}{{"in the input event", event}, {"at the next frame", frame}} {
		if s.seen.Counter != s.seen.Length || s.seen.State != "ready" || !contains(s.seen.Rules, "link") {
			t.Errorf("%s the page showed %+v; want the link's finding, a counter at %d and state ready", s.when, s.seen, s.seen.Length)
		}
	}

	// A fix, applied through the browser's editing, is checked within the
	// same edit, and focus still moves on from the button.
	event, _ = tb.probeInput(func() { tb.click(findingSel("link") + ` [data-action="fix"]`) })
	if event.Counter != event.Length || contains(event.Rules, "link") {
		t.Errorf("in the fix's input event the page showed %+v; want the note checked without its link", event)
	}
	if d := tb.draft(); strings.Contains(d, "https://") {
		t.Errorf("after the fix the draft is %q", d)
	}
	if got := eval[string](tb, `document.activeElement.id || document.activeElement.tagName`); got != "draft" && got != "BUTTON" {
		t.Errorf("after the fix, focus on %s", got)
	}
}

func TestBrowserLongNoteGoesToTheWorker(t *testing.T) {
	site := serveSite(t)
	tb := editorTab(t)
	tb.openChecker(site)
	tb.waitHere()
	tb.setDraft("Hi Sam, I enjoyed your talk.")

	// 9,000 characters: far past what the page checks itself, within what
	// the box holds (so the paste is an ordinary input event).
	long := "Hi Sam, see https://example.com/slides. " + strings.Repeat("I enjoyed your talk on rural clinics. ", 240)
	long = long[:9000]
	selectAll := chromedp.Evaluate[chromedp.Void](`document.getElementById("draft").select()`)
	tb.do(selectAll)
	event, _ := tb.probeInput(func() { tb.insert(long) })
	if event.Length != 9000 {
		t.Fatalf("the draft holds %d characters, want 9000", event.Length)
	}
	if event.Counter == event.Length || event.State != "busy" {
		t.Errorf("in the input event of a 9,000-character paste the page showed %+v; want it still busy with the worker", event)
	}
	tb.waitChecked()
	if got := tb.attr("#counter", "data-length"); got != "9000" || !tb.has("link") {
		t.Errorf("once the worker answered: counter %s, findings %v", got, tb.findings())
	}

	// A short note right after a long one is checked at once, and the
	// worker's answer about the long one, when it comes, is not shown. (The
	// long one is 200,000 characters here, so the worker is still at it.)
	tb.do(selectAll)
	tb.insert(strings.Repeat(long, 23)[:200000])
	tb.do(selectAll)
	event, _ = tb.probeInput(func() { tb.insert("Hi Sam!!") })
	if event.Counter != len("Hi Sam!!") {
		t.Errorf("a short note after a long paste: the page showed %+v in its input event", event)
	}
	// The worker's stale answer arrives in its own task; give it time.
	eval[chromedp.Void](tb, `new Promise((r) => setTimeout(r, 1500))`)
	if got := tb.attr("#counter", "data-length"); got != "8" {
		t.Errorf("after the worker's answer about the long note, the counter says %s, want 8", got)
	}
	if got := tb.attr("#checker", "data-state"); got != "ready" {
		t.Errorf("state %q, want ready", got)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
