package main

// Browser tests of the checker as an editor: a finding's fix edits the
// draft and Ctrl+Z takes it back, "Make it fit" shortens a long note after
// showing it, Ignore hides one finding for one draft (across a reload), the
// settings turn rules off (across a reload and through a shared link), every
// place a finding points at is highlighted, and all of it works from the
// keyboard and passes axe-core at 320 px in light and dark.

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

const (
	// linkNote has one finding, a link, whose fix removes it.
	linkNote = "Hi Sam, I enjoyed your talk on rural clinics at HealthConf. My slides on the same topic are at " +
		"https://example.com/slides if useful. I work on telehealth in Kenya."
	// ramblingNote is over a free account's 200 characters with filler
	// enough to cut.
	ramblingNote = "Hi Sam, I hope this message finds you well. I just wanted to reach out to say that I really enjoyed " +
		"your talk on rural clinics at HealthConf. I am a nurse working on telehealth in Kenya and I am really keen " +
		"to compare notes with you. Best regards, Priya"
	// praiseNote's only warning is vague praise; two suggestions follow it.
	praiseNote = "Hi Sam, I enjoyed your talk on rural clinics at HealthConf. We've never met, but I am a nurse " +
		"working on telehealth in Kenya. Your profile is impressive. Would you be open to connecting?"
)

// editorTab opens a tab that prefers reduced motion: the site scrolls
// smoothly otherwise, and a click aimed while the page still scrolls (to
// the caret, after typing) would miss.
func editorTab(t testing.TB) *tab {
	t.Helper()
	return editorTabIn(t, browserContext(t))
}

// editorTabIn opens an editorTab in the browser of sharedBrowser.
func editorTabIn(t testing.TB, browser context.Context) *tab {
	t.Helper()
	tb := newTabIn(t, browser)
	tb.media("light")
	return tb
}

// media emulates a colour scheme ("light" or "dark") and reduced motion.
func (tb *tab) media(scheme string) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}, {Name: "prefers-reduced-motion", Value: "reduce"}},
	})
	if err != nil {
		tb.t.Fatal(err)
	}
}

// findingSel is the selector of the finding of rule in the list.
func findingSel(rule string) string { return fmt.Sprintf(`#findings [data-rule=%q]`, rule) }

// has reports whether the list shows a finding of rule.
func (tb *tab) has(rule string) bool {
	tb.t.Helper()
	return eval[bool](tb, fmt.Sprintf(`document.querySelector(%q) !== null`, findingSel(rule)))
}

// waitFor waits until the JavaScript condition holds.
func (tb *tab) waitFor(cond string) {
	tb.t.Helper()
	tb.do(chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingTimeout(20*time.Second)))
}

// waitFinding waits until the list shows a finding of rule, or not.
func (tb *tab) waitFinding(rule string, shown bool) {
	tb.t.Helper()
	op := "!=="
	if !shown {
		op = "==="
	}
	tb.waitFor(fmt.Sprintf(`document.getElementById("checker").dataset.state === "ready" && document.querySelector(%q) %s null`, findingSel(rule), op))
}

func (tb *tab) draft() string {
	tb.t.Helper()
	return eval[string](tb, `document.getElementById("draft").value`)
}

// click clicks the element sel with the mouse, as a person would.
func (tb *tab) click(sel string) {
	tb.t.Helper()
	tb.do(chromedp.Click(chromedp.CSS(sel)))
}

// undo presses Ctrl+Z in the draft.
func (tb *tab) undo() {
	tb.t.Helper()
	tb.do(chromedp.Focus(chromedp.ID("draft")), chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
}

// TestBrowserFixAndUndo applies a fix and sees its finding go; Ctrl+Z
// brings the note and the finding back. A fix that leaves a blank selects
// it, so typing fills it in.
func TestBrowserFixAndUndo(t *testing.T) {
	site := serveSite(t)
	tb := editorTab(t)
	tb.openChecker(site)
	tb.setDraft(linkNote)
	if !tb.has("link") {
		t.Fatalf("no link finding in %q: %v", linkNote, tb.findings())
	}
	title := eval[string](tb, fmt.Sprintf(`document.querySelector(%q).textContent`, findingSel("link")+` [data-action="fix"]`))
	if !strings.Contains(title, "link") {
		t.Errorf("the link's fix button says %q", title)
	}
	tb.click(findingSel("link") + ` [data-action="fix"]`)
	tb.waitFinding("link", false)
	tb.waitChecked()
	if d := tb.draft(); strings.Contains(d, "https://") || !strings.Contains(d, "Kenya") {
		t.Errorf("after the fix the draft is %q", d)
	}
	if got := tb.attr("#verdict", "data-verdict"); got != "ready" {
		t.Errorf("after the fix the verdict is %q; findings %v", got, tb.findings())
	}
	if got := eval[string](tb, `document.getElementById("checker-announce").textContent`); !strings.Contains(got, "Done") {
		t.Errorf("after the fix the announcement is %q", got)
	}

	tb.undo()
	tb.waitFinding("link", true)
	if d := tb.draft(); d != linkNote {
		t.Errorf("after Ctrl+Z the draft is %q, want the note as it was", d)
	}

	// LinkedIn's stock text, with the recipient's name: the fix writes a
	// note of the writer's own with blanks, and selects the first.
	tb.setOption("name", "Sam")
	tb.setDraft(stockText)
	tb.click(findingSel("default-message") + ` [data-action="fix"]`)
	tb.waitFinding("default-message", false)
	sel := eval[[]string](tb, `(() => { const d = document.getElementById("draft");
	  return [document.activeElement.id, d.value.slice(d.selectionStart, d.selectionEnd)]; })()`)
	if sel[0] != "draft" || !strings.HasPrefix(sel[1], "[") || !strings.HasSuffix(sel[1], "]") {
		t.Fatalf("after the stock text's fix, focus on %q with %q selected; want the draft with its first blank", sel[0], sel[1])
	}
	tb.insert("nurse")
	tb.waitChecked()
	if d := tb.draft(); strings.Contains(d, sel[1]) || !strings.Contains(d, "nurse") || !strings.HasPrefix(d, "Hi Sam") {
		t.Errorf("typing after the fix should fill the blank %s: %q", sel[1], d)
	}
	tb.undo()
	tb.undo()
	tb.waitFinding("default-message", true)
	if d := tb.draft(); d != stockText {
		t.Errorf("two Ctrl+Z after fix and typing: %q, want the stock text", d)
	}
}

// TestBrowserMakeItFit shortens a rambling 260-character note to fit a free
// account's 200, after showing the shorter version; and says how much is
// left to cut when trimming cannot do it.
func TestBrowserMakeItFit(t *testing.T) {
	site := serveSite(t)
	tb := editorTab(t)
	tb.openChecker(site)
	if n := utf16Len(ramblingNote); n < 250 || n > 270 {
		t.Fatalf("the rambling note is %d characters, want about 260", n)
	}
	if !eval[bool](tb, `document.getElementById("fit").hidden`) {
		t.Errorf("#fit shows for an empty note")
	}
	tb.setDraft(ramblingNote)
	if got := tb.attr("#counter", "data-limit"); got != "200" {
		t.Fatalf("limit %s, want a free account's 200", got)
	}
	tb.click("#fit")
	tb.waitFor(`!document.getElementById("fit-panel").hidden`)
	preview := eval[string](tb, `document.querySelector(".fit-preview").textContent`)
	heading := eval[string](tb, `document.getElementById("fit-title").textContent`)
	if utf16Len(preview) > 200 || !strings.Contains(heading, fmt.Sprintf("%d characters fewer", utf16Len(ramblingNote)-utf16Len(preview))) {
		t.Errorf("the preview is %d characters under the heading %q: %q", utf16Len(preview), heading, preview)
	}
	if tb.draft() != ramblingNote {
		t.Errorf("the draft changed before the shorter version was chosen")
	}
	tb.click("#fit-apply")
	tb.waitFinding("too-long", false)
	tb.waitChecked()
	d := tb.draft()
	if d != preview {
		t.Errorf("the draft is not the preview:\n got %q\nwant %q", d, preview)
	}
	if n, _ := strconv.Atoi(tb.attr("#counter", "data-length")); n > 200 || n != utf16Len(d) {
		t.Errorf("after Make it fit the counter says %d characters", n)
	}
	for _, keep := range []string{"Sam", "HealthConf", "Kenya", "Priya", "rural clinics"} {
		if !strings.Contains(d, keep) {
			t.Errorf("Make it fit dropped %q: %q", keep, d)
		}
	}
	if !eval[bool](tb, `document.getElementById("fit").hidden && document.getElementById("fit-panel").hidden`) {
		t.Errorf("#fit or its panel still shows for a note that fits")
	}
	tb.undo()
	tb.waitFinding("too-long", true)
	if got := tb.draft(); got != ramblingNote {
		t.Errorf("Ctrl+Z after Make it fit: %q", got)
	}

	// Far too long for trimming: the panel says what is left to cut.
	tb.setDraft(ramblingNote + " " + linkNote)
	tb.click("#fit")
	tb.waitFor(`!document.getElementById("fit-panel").hidden`)
	body := eval[string](tb, `document.getElementById("fit-panel").innerText`)
	if !strings.Contains(body, "yours to cut") || !eval[bool](tb, `document.getElementById("fit-apply").hidden`) {
		t.Errorf("for a note trimming cannot save, the panel says %q", body)
	}
	tb.do(chromedp.KeyEvent("\x1b")) // Escape closes it, back on the button
	if got := eval[string](tb, `document.getElementById("fit-panel").hidden + " " + document.activeElement.id`); got != "true fit" {
		t.Errorf("after Escape: panel hidden, focus = %q", got)
	}
}

// TestBrowserIgnore hides one finding for one draft: the verdict and counts
// follow, it stays hidden across a reload, and comes back when the text
// changes (and goes again when the change is taken back).
func TestBrowserIgnore(t *testing.T) {
	site := serveSite(t)
	tb := editorTab(t)
	tb.openChecker(site)
	tb.setDraft(praiseNote)
	if got := tb.attr("#verdict", "data-verdict"); got != "revise" || !tb.has("vague-compliment") || !tb.has("never") {
		t.Fatalf("the praise note is %q with %v", got, tb.findings())
	}
	tb.click(findingSel("vague-compliment") + ` [data-action="ignore"]`)
	tb.waitFinding("vague-compliment", false)
	hidden := func(when string) {
		t.Helper()
		if tb.has("vague-compliment") || !tb.has("never") {
			t.Errorf("%s: findings %v, want all but vague-compliment", when, tb.findings())
		}
		if got := tb.attr("#verdict", "data-verdict"); got != "ready" {
			t.Errorf("%s: verdict %q, want ready without the ignored warning", when, got)
		}
		if s := eval[string](tb, `document.getElementById("findings-summary").textContent`); strings.Contains(s, "warning") {
			t.Errorf("%s: the summary still counts the ignored warning: %q", when, s)
		}
		if eval[bool](tb, `document.getElementById("findings-ignored").hidden`) {
			t.Errorf("%s: nothing says a finding is ignored", when)
		}
	}
	hidden("after Ignore")
	// Focus moved on to the next finding's Ignore, not lost.
	if got := eval[string](tb, `document.activeElement.dataset.action + " " + document.activeElement.closest("[data-rule]")?.dataset.rule`); !strings.HasPrefix(got, "ignore ") {
		t.Errorf("after Ignore, focus is on %q", got)
	}

	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("draft")))
	tb.waitChecked()
	hidden("after a reload")

	tb.setDraft(praiseNote + " Thanks!")
	if !tb.has("vague-compliment") {
		t.Errorf("the ignored finding did not come back when the note changed: %v", tb.findings())
	}
	tb.setDraft(praiseNote)
	tb.waitFinding("vague-compliment", false)
	hidden("back to the same draft")

	// "Show again" brings it back for good.
	tb.click(`#findings-ignored button`)
	tb.waitFinding("vague-compliment", true)
	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("draft")))
	tb.waitChecked()
	if !tb.has("vague-compliment") {
		t.Errorf("after Show again and a reload: %v", tb.findings())
	}
}

// TestBrowserRuleSettings turns a rule off in the settings: it stays off
// across a reload, and a shared settings link turns it off in a fresh
// browser, with nothing of the settings sent to the server.
func TestBrowserRuleSettings(t *testing.T) {
	site := serveSite(t)
	tb := editorTab(t)
	tb.openChecker(site)
	tb.setDraft(praiseNote)
	if !tb.has("closed-question") {
		t.Fatalf("no closed-question finding: %v", tb.findings())
	}
	tb.click(`#checker-settings > summary`)
	tb.click(`label[for="rule-closed-question"]`)
	tb.waitFinding("closed-question", false)
	if !tb.has("never") {
		t.Errorf("turning one rule off hid others: %v", tb.findings())
	}
	off := func(tb *tab, when string) {
		t.Helper()
		if tb.has("closed-question") {
			t.Errorf("%s: closed-question is back: %v", when, tb.findings())
		}
		if eval[bool](tb, `document.getElementById("rule-closed-question").checked`) {
			t.Errorf("%s: its checkbox is ticked", when)
		}
		if got := eval[string](tb, `document.querySelector(".settings-count").textContent`); got != "(1 off)" {
			t.Errorf("%s: the settings say %q", when, got)
		}
	}
	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("draft")))
	tb.waitChecked()
	off(tb, "after a reload")

	link := eval[string](tb, `document.getElementById("settings-link").value`)
	if want := site.URL + "/#checker?off=closed-question"; link != want {
		t.Fatalf("settings link %q, want %q", link, want)
	}
	tb.click(`#checker-settings > summary`)
	tb.click("#settings-copy")
	tb.waitFor(`document.getElementById("settings-status").textContent !== ""`)

	fresh := editorTab(t)
	served := len(site.requests())
	fresh.do(chromedp.Navigate(link), chromedp.WaitVisible(chromedp.ID("draft")))
	fresh.waitChecked()
	if got := eval[string](fresh, `location.hash`); got != "#checker" {
		t.Errorf("after taking the link's settings the address ends %q, want #checker", got)
	}
	if !eval[bool](fresh, `document.getElementById("checker-settings").open`) {
		t.Errorf("the settings a link set are not shown")
	}
	fresh.setDraft(praiseNote)
	off(fresh, "opened from the link")
	fresh.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("draft")))
	fresh.waitChecked()
	off(fresh, "the link's settings after a reload")
	for _, p := range append(site.requests()[served:], fresh.requested()...) {
		if strings.Contains(p, "off=") || strings.Contains(p, "closed-question") {
			t.Errorf("the settings reached the network: %s", p)
		}
	}

	// Turning every rule on again, from the keyboard.
	tb.do(chromedp.Focus(chromedp.ID("settings-reset")), chromedp.KeyEvent("\r"))
	tb.waitFinding("closed-question", true)
}

// TestBrowserHighlightsEverySpan: a finding that points at several places
// highlights each of them.
func TestBrowserHighlightsEverySpan(t *testing.T) {
	site := serveSite(t)
	tb := editorTab(t)
	tb.openChecker(site)
	tb.setDraft("Hi Sam, your talk at the expo was GREAT and I work on telehealth in Kenya, so the AMAZING pilot caught my eye.")
	spans := eval[int](tb, fmt.Sprintf(`(document.querySelector(%q) ? 1 : 0)`, findingSel("shouting")))
	if spans == 0 {
		t.Fatalf("no shouting finding: %v", tb.findings())
	}
	marks := eval[[]string](tb, `[...document.querySelectorAll(".draft-marks mark")].map((m) => m.textContent)`)
	for _, w := range []string{"GREAT", "AMAZING"} {
		found := false
		for _, m := range marks {
			found = found || strings.Contains(m, w)
		}
		if !found {
			t.Errorf("%s is not highlighted; marks %q", w, marks)
		}
	}
}

// TestBrowserEditorKeyboard does it all from the keyboard: Tab to a fix and
// press Enter, type into the blank it selects, ignore a finding, turn a rule
// off in the settings, and make a long note fit.
func TestBrowserEditorKeyboard(t *testing.T) {
	site := serveSite(t)
	tb := editorTab(t)
	tb.openChecker(site)
	tb.setDraft(stockText)
	// tabTo presses Tab until the focused element matches sel.
	tabTo := func(sel string) {
		t.Helper()
		for range 80 {
			if eval[bool](tb, fmt.Sprintf(`document.activeElement.matches(%q)`, sel)) {
				// Focus is visible wherever it lands.
				if eval[string](tb, `getComputedStyle(document.activeElement).outlineStyle`) == "none" {
					t.Errorf("%s has no focus outline", sel)
				}
				return
			}
			tb.do(chromedp.KeyEvent("\t"))
		}
		t.Fatalf("Tab never reached %s", sel)
	}
	tb.do(chromedp.Focus(chromedp.ID("draft")))
	tabTo(findingSel("default-message") + ` [data-action="fix"]`)
	tb.do(chromedp.KeyEvent("\r"))
	tb.waitFinding("default-message", false)
	if got := eval[string](tb, `document.activeElement.id`); got != "draft" {
		t.Fatalf("after the fix, focus on %q", got)
	}
	tb.do(chromedp.KeyEvent("nurse"))
	tb.waitChecked()
	if !strings.Contains(tb.draft(), "nurse") {
		t.Errorf("typing did not fill the blank: %q", tb.draft())
	}

	tb.setDraft(praiseNote)
	tb.do(chromedp.Focus(chromedp.ID("draft")))
	tabTo(findingSel("never") + ` [data-action="ignore"]`)
	tb.do(chromedp.KeyEvent(" "))
	tb.waitFinding("never", false)
	if got := eval[string](tb, `document.activeElement.dataset.action || document.activeElement.id`); got != "ignore" && got != "unignore" {
		t.Errorf("after Ignore, focus on %q", got)
	}

	tabTo(`#checker-settings > summary`)
	tb.do(chromedp.KeyEvent("\r"))
	tabTo(`#rule-closed-question`)
	tb.do(chromedp.KeyEvent(" "))
	tb.waitFinding("closed-question", false)

	tb.setDraft(ramblingNote)
	tb.do(chromedp.Focus(chromedp.ID("draft")))
	tabTo(`#fit`)
	tb.do(chromedp.KeyEvent("\r"))
	tb.waitFor(`!document.getElementById("fit-panel").hidden`)
	if got := eval[string](tb, `document.activeElement.id`); got != "fit-panel" {
		t.Errorf("Make it fit moved focus to %q, want its panel", got)
	}
	tabTo(`#fit-apply`)
	tb.do(chromedp.KeyEvent("\r"))
	tb.waitFinding("too-long", false)
	if got := eval[string](tb, `document.activeElement.id`); got != "draft" {
		t.Errorf("after Make it fit, focus on %q", got)
	}
}

// TestBrowserEditorAccessible audits the checker with its new controls all
// showing (fixes, Ignore and the ignored line, Make it fit and its panel,
// the open settings) with axe-core, at 320 px in light and dark: no serious
// or critical violation, nothing wider than the screen.
func TestBrowserEditorAccessible(t *testing.T) {
	site := serveSite(t)
	axe := axeSource(t)
	tb := editorTab(t)
	tb.viewport(320, 800)
	tb.openChecker(site)
	tb.setDraft(ramblingNote + " Your profile is impressive. See https://example.com/a/very/long/path/that/does/not/break/anywhere")
	tb.click(findingSel("link") + ` [data-action="ignore"]`)
	tb.waitFinding("link", false)
	tb.click(`#checker-settings > summary`)
	tb.click(`label[for="rule-never"]`)
	tb.click("#fit")
	tb.waitFor(`!document.getElementById("fit-panel").hidden && document.getElementById("checker-settings").open`)
	if !eval[bool](tb, `document.querySelector('#findings [data-action="fix"]') !== null && !document.getElementById("findings-ignored").hidden`) {
		t.Fatalf("not every new control shows: %v", tb.findings())
	}
	for _, scheme := range []string{"light", "dark"} {
		tb.media(scheme)
		if w := eval[[]int](tb, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
			wide := eval[[]string](tb, `[...document.querySelectorAll("#checker *")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).slice(0, 5).map((e) => e.tagName + "." + e.className + "#" + e.id)`)
			t.Errorf("%s: %d px wide at 320 px (overflowing: %v)", scheme, w[0], wide)
		}
		for _, v := range runAxe(t, tb, axe) {
			t.Errorf("%s: accessibility: %s", scheme, v)
		}
	}
	if p := tb.probe(); len(p.CSP) > 0 {
		t.Errorf("CSP violations %v", p.CSP)
	}
}
