package main

// The page's own figure (DESIGN.md's budget: input event to findings
// painted, under 4 ms median and 16 ms p99): a note typed one key at a time
// into the checker in headless Chromium, then a fix applied again and again,
// once the page's own copy of the checker is up (so these notes are checked
// on the page, in the input event; engine.js), and a note over the page's
// bound typed at the end of a long one, which the worker checks. The
// timings come from the page itself, through its test-only hook
// (window.__connectwellPerf, see site/js/checker/index.js), so the time
// DevTools takes to deliver each key is not counted; so do those of the set-up
// of the page's copy, whose longest task is the one figure a page load (and
// Lighthouse) could notice. It runs twice, in browsers whose frames keep
// different clocks (frameClocks). Printed, not asserted: wall-clock figures
// depend on the machine and on what else it is doing.

import (
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// perfHook makes the page record its timings, and lets the benchmark wait,
// without polling, for n records of one kind of check started since a time.
const perfHook = `(() => {
  const records = [], waiters = [];
  const push = records.push;
  records.push = function (...items) {
    const n = push.apply(this, items);
    for (const w of waiters.splice(0)) w();
    return n;
  };
  records.after = (since, kind, n) => new Promise((resolve) => {
    const check = () => {
      const got = records.filter((r) => r.t0 >= since && r.kind === kind);
      if (got.length >= n) resolve(got);
      else waiters.push(check);
    };
    check();
  });
  window.__connectwellPerf = records;
})()`

// typedNote is 300 characters, typed one key at a time.
var typedNote = func() string {
	s := "Hi Sam, I hope this finds you well. I really enjoyed your talk on rural clinics at HealthConf last week, " +
		"especially the part on training nurses by video. I am a nurse working on telehealth in Kenya and would love " +
		"to compare notes on what worked for you. Are you open to a short call? Best regards, Priya Raman, Nairobi"
	return s[:300]
}()

// longNote is over the page's bound (HERE_MAX in engine.js), so the worker
// checks it.
var longNote = strings.Repeat("Hi Sam, I enjoyed your talk on rural clinics at HealthConf last week. ", 40)

// setupTimings are those of the set-up of the page's own checker (load.js), ms.
type setupTimings struct {
	Run     float64   `json:"run"`     // Go's runtime and the package's start-up
	Steps   []float64 `json:"steps"`   // then the rules compiled, a step a task
	First   []float64 `json:"first"`   // and the first checks
	Longest float64   `json:"longest"` // the longest of these tasks
}

// A perfRecord is one check as the page timed it (performance.now(), ms).
type perfRecord struct {
	Kind     string  `json:"kind"`
	Where    string  `json:"where"`    // "page" or "worker"
	T0       float64 `json:"t0"`       // the input or click event
	Sent     float64 `json:"sent"`     // given to the checker
	Received float64 `json:"received"` // its report back
	Built    float64 `json:"built"`    // findings in the DOM
	Rendered float64 `json:"rendered"` // and style and layout done
	Frame    float64 `json:"frame"`    // the next frame's callback
	Painted  float64 `json:"painted"`  // just after that frame
}

// frameClocks are the two ways the benchmark's browser paces its frames.
// On a screen, a frame waits for the display's next refresh (60 Hz here), so
// what a keystroke's findings wait for depends on when in that 16.7 ms the
// key came, which no page controls; with the clock unthrottled, the browser
// starts a frame as soon as there is something to paint, so event to painted
// is the page's own work and the browser's painting of it. The goal is judged
// on the second; the first is what a reader's screen adds.
var frameClocks = []struct {
	name  string
	flags []string
}{
	{"display", nil},
	{"unthrottled", []string{"disable-frame-rate-limit", "disable-gpu-vsync"}},
}

func BenchmarkBrowserTyping(b *testing.B) {
	for _, clock := range frameClocks {
		b.Run("frames="+clock.name, func(b *testing.B) {
			benchmarkTyping(b, clock.name, sharedBrowser(b, clock.flags...))
		})
	}
}

func benchmarkTyping(b *testing.B, clock string, browser context.Context) {
	site := serveSite(b)
	tb := editorTabIn(b, browser)
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: perfHook}); err != nil {
		b.Fatal(err)
	}
	tb.openChecker(site)
	if eval[bool](tb, `!Array.isArray(window.__connectwellPerf)`) {
		b.Fatal("the timing hook is missing")
	}
	tb.waitHere()
	setup := eval[setupTimings](tb, `window.__connectwellPerf.init`)
	now := func() float64 { return eval[float64](tb, `performance.now()`) }
	// wait waits for the nth record of a kind of check started since then.
	wait := func(since float64, kind string, n int) perfRecord {
		return eval[[]perfRecord](tb, fmt.Sprintf(`window.__connectwellPerf.after(%f, %q, %d)`, since, kind, n))[n-1]
	}
	var typing, fixing, long []perfRecord
	b.ResetTimer()
	for range b.N {
		tb.setDraft("")
		tb.do(chromedp.Focus(chromedp.ID("draft")))
		since := now()
		for i, r := range typedNote {
			typing = append(typing, keystroke(tb, r, func() perfRecord { return wait(since, "input", i+1) }))
		}
		if got := tb.draft(); got != typedNote {
			b.Fatalf("typed %q, want %q", got, typedNote)
		}
		// A fix applied, then taken back with Ctrl+Z, again and again.
		tb.setDraft(linkNote)
		fix := findingSel("link") + ` [data-action="fix"]`
		for range 40 {
			since := now()
			tb.click(fix)
			fixing = append(fixing, wait(since, "fix", 1))
			tb.undo()
			tb.waitFinding("link", true)
		}
		// Typing at the end of a long note: the worker's path.
		tb.setDraft(longNote)
		since = now()
		for i, r := range "Best, Priya" {
			long = append(long, keystroke(tb, r, func() perfRecord { return wait(since, "input", i+1) }))
		}
	}
	b.StopTimer()
	total, step := 0.0, 0.0
	for _, d := range setup.Steps {
		total += d
		step = max(step, d)
	}
	fmt.Printf("page's own checker, set-up in short tasks: %.1f ms for Go's start, %d steps compiling the rules (%.1f ms in all, the longest %.1f), first checks of %.1f ms; longest task %.1f ms\n",
		setup.Run, len(setup.Steps), total, step, setup.First, setup.Longest)
	b.ReportMetric(setup.Longest, "setup-longest-task-ms")
	report(b, clock, "typing", typing)
	report(b, clock, "fix", fixing)
	report(b, clock, "long-typing", long)
}

// keystroke types r and returns what measured returns once the key is down,
// then lets the key up. A person's key-up comes some 100 ms after the key-down,
// in a later frame; DevTools would send it at once, and the browser would
// handle it in the very frame that paints the findings, a cost no reader's
// keystroke pays.
func keystroke(tb *tab, r rune, measured func() perfRecord) perfRecord {
	tb.t.Helper()
	var up []*input.DispatchKeyEventParams
	for _, k := range kb.Encode(r) {
		if k.Type == input.DispatchKeyEventTypeKeyUp {
			up = append(up, k)
			continue
		}
		if _, err := chromedp.Call(tb.ctx, input.DispatchKeyEvent, *k); err != nil {
			tb.t.Fatal(err)
		}
	}
	rec := measured()
	for _, k := range up {
		if _, err := chromedp.Call(tb.ctx, input.DispatchKeyEvent, *k); err != nil {
			tb.t.Fatal(err)
		}
	}
	return rec
}

// report prints the median and p99 of each stage of the records, and
// reports the headline ones as benchmark metrics.
func report(b *testing.B, clock, name string, rs []perfRecord) {
	stages := []struct {
		what   string
		metric string
		d      func(r perfRecord) float64
	}{
		{"event to findings rendered", "rendered", func(r perfRecord) float64 { return r.Rendered - r.T0 }},
		{"event to frame painted", "painted", func(r perfRecord) float64 { return r.Painted - r.T0 }},
		{"  page before the checker", "", func(r perfRecord) float64 { return r.Sent - r.T0 }},
		{"  check (engine)", "engine", func(r perfRecord) float64 { return r.Received - r.Sent }},
		{"  render", "render", func(r perfRecord) float64 { return r.Rendered - r.Received }},
		{"    DOM", "", func(r perfRecord) float64 { return r.Built - r.Received }},
		{"    style and layout", "", func(r perfRecord) float64 { return r.Rendered - r.Built }},
		{"  waiting for the frame", "", func(r perfRecord) float64 { return r.Painted - r.Rendered }},
	}
	where := map[string]int{}
	for _, r := range rs {
		where[r.Where]++
	}
	var out strings.Builder
	fmt.Fprintf(&out, "page, %s, frames %s (%d checks: %d on the page, %d in the worker): median / p99, ms (budget: findings painted under 4 median, 16 p99, frames unthrottled)\n",
		name, clock, len(rs), where["page"], where["worker"])
	for _, s := range stages {
		ds := make([]float64, len(rs))
		for i, r := range rs {
			ds[i] = s.d(r)
		}
		med, p99 := percentile(ds, 0.5), percentile(ds, 0.99)
		fmt.Fprintf(&out, "  %-30s %6.2f / %6.2f\n", s.what, med, p99)
		if s.metric != "" {
			b.ReportMetric(med, name+"-"+s.metric+"-median-ms")
			b.ReportMetric(p99, name+"-"+s.metric+"-p99-ms")
		}
	}
	share := make([]float64, len(rs))
	for i, r := range rs {
		share[i] = 100 * (r.Received - r.Sent) / (r.Painted - r.T0)
	}
	fmt.Fprintf(&out, "  the check's share of event to frame painted: %.0f%% median, %.0f%% p99\n", percentile(share, 0.5), percentile(share, 0.99))
	// To standard output: a benchmark's log is cut after ten lines.
	fmt.Print(out.String())
}

// percentile returns the p-th percentile of ds (nearest rank).
func percentile(ds []float64, p float64) float64 {
	if len(ds) == 0 {
		return math.NaN()
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[max(0, int(math.Ceil(p*float64(len(s))))-1)]
}

// floorPage is the least a page can do for a keystroke: a textarea, and on
// each input one number written next to it, timed as the checker's page
// times its checks (event to rendered, then to the frame that paints it).
const floorPage = `<!doctype html><meta charset="utf-8"><title>floor</title>
<textarea id="draft" rows="8" cols="60"></textarea><p id="out"></p>
<script>
const records = [], waiters = [];
window.after = (n) => new Promise((resolve) => {
  const check = () => (records.length >= n ? resolve(records.slice(0, n)) : waiters.push(check));
  check();
});
const draft = document.getElementById("draft"), out = document.getElementById("out");
draft.addEventListener("input", (event) => {
  const t0 = event.timeStamp;
  out.textContent = draft.value.length;
  void out.offsetHeight;
  const rendered = performance.now();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      records.push({ t0, rendered, painted: performance.now() });
      for (const w of waiters.splice(0)) w();
    };
    channel.port2.postMessage(null);
  });
});
</script>`

// BenchmarkBrowserFloor types the same note into floorPage, in the same two
// browsers: what it measures is this browser's and machine's own share of
// event to painted, which no page can go under, the floor against which to
// read BenchmarkBrowserTyping's figures and its goal.
func BenchmarkBrowserFloor(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, floorPage)
	}))
	defer srv.Close()
	for _, clock := range frameClocks {
		b.Run("frames="+clock.name, func(b *testing.B) {
			tb := newTabIn(b, sharedBrowser(b, clock.flags...))
			tb.do(chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.ID("draft")))
			var rs []perfRecord
			for range b.N {
				tb.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("draft").value = ""`), chromedp.Focus(chromedp.ID("draft")))
				rs = rs[:0]
				for i, r := range typedNote {
					rs = append(rs, keystroke(tb, r, func() perfRecord {
						return eval[[]perfRecord](tb, fmt.Sprintf(`window.after(%d)`, i+1))[i]
					}))
				}
			}
			rendered := make([]float64, len(rs))
			painted := make([]float64, len(rs))
			for i, r := range rs {
				rendered[i], painted[i] = r.Rendered-r.T0, r.Painted-r.T0
			}
			fmt.Printf("floor: a bare textarea, frames %s (%d keys): median / p99, ms\n", clock.name, len(rs))
			fmt.Printf("  event to rendered               %5.2f / %6.2f\n", percentile(rendered, 0.5), percentile(rendered, 0.99))
			fmt.Printf("  event to frame painted          %5.2f / %6.2f\n", percentile(painted, 0.5), percentile(painted, 0.99))
			b.ReportMetric(percentile(painted, 0.5), "painted-median-ms")
			b.ReportMetric(percentile(painted, 0.99), "painted-p99-ms")
		})
	}
}
