package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/connectwell/connectwell/build/internal/pipeline"
)

// stockText is the invitation LinkedIn fills in for you.
const stockText = "I'd like to add you to my professional network on LinkedIn."

// chromium finds the browser for the browser tests: $CHROMIUM, or Debian's
// chromium on PATH. It fails rather than skips: `make test` installs it.
func chromium(t *testing.T) string {
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

// A testSite is a fresh build of the real site served over HTTP, as GitHub
// Pages would serve it, counting the requests it answers.
type testSite struct {
	URL string
	mu  sync.Mutex
	log []string
}

func (s *testSite) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.log...)
}

var (
	siteOnce sync.Once
	shared   *testSite
	siteErr  error
)

// serveSite builds the site once per test binary and serves it.
func serveSite(t *testing.T) *testSite {
	t.Helper()
	siteOnce.Do(func() {
		dir, err := os.MkdirTemp("", "connectwell-site-")
		if err != nil {
			siteErr = err
			return
		}
		s := &testSite{}
		files := http.FileServer(http.Dir(dir))
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			s.mu.Lock()
			s.log = append(s.log, r.URL.Path)
			s.mu.Unlock()
			files.ServeHTTP(w, r)
		}))
		s.URL = srv.URL
		b, err := pipeline.New(pipeline.Options{Root: "..", Out: dir, BaseURL: srv.URL + "/"})
		if err == nil {
			_, err = b.Build()
		}
		shared, siteErr = s, err
	})
	if siteErr != nil {
		t.Fatal(siteErr)
	}
	return shared
}

// browser starts headless Chromium and returns a tab. Console errors
// (including Content-Security-Policy violations) and uncaught exceptions
// fail the test; every URL the page requests is recorded.
func browser(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.NoSandbox, // CI runs as root
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1000, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	var wg sync.WaitGroup
	t.Cleanup(func() { cancelTimeout(); cancel(); wg.Wait() })

	var mu sync.Mutex
	var urls []string
	console := chromedp.Console(ctx)
	requests := chromedp.Events(ctx, network.RequestWillBeSent)
	wg.Add(2)
	go func() {
		defer wg.Done()
		for m, err := range console {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				t.Errorf("browser console %s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1)
			}
		}
	}()
	go func() {
		defer wg.Done()
		for ev, err := range requests {
			if err != nil {
				return
			}
			mu.Lock()
			urls = append(urls, ev.Request.URL)
			mu.Unlock()
		}
	}()
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), urls...)
	}
}

func attr(t *testing.T, ctx context.Context, sel, name string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(sel), name))
	if err != nil {
		t.Fatalf("%s[%s]: %v", sel, name, err)
	}
	return v.Value
}

func TestBrowserCheckerFindsStockText(t *testing.T) {
	site := serveSite(t)
	ctx, pageRequests := browser(t)

	err := chromedp.Do(ctx,
		chromedp.Navigate(site.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("draft")),
		// The checker is ready once it has judged the (empty) draft.
		chromedp.Poll[chromedp.Void](`document.getElementById("verdict").textContent.startsWith("Write")`),
	)
	if err != nil {
		t.Fatal(err)
	}
	served := len(site.requests())
	finding := `#findings [data-rule="default-message"]`
	err = chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.ID("draft"), stockText),
		// Wait for the check of the whole text, not of a prefix.
		chromedp.WaitVisible(chromedp.CSS(`#counter[data-length="`+strconv.Itoa(len(stockText))+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(finding)),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := attr(t, ctx, finding, "data-severity"); got != "error" {
		t.Errorf("default-message severity %q, want error", got)
	}
	if got := attr(t, ctx, "#verdict", "data-verdict"); got != "do-not-send" {
		t.Errorf("verdict %q, want do-not-send", got)
	}
	if got := attr(t, ctx, "#counter", "data-limit"); got != "200" {
		t.Errorf("counter limit %s, want 200", got)
	}

	// Nothing typed leaves the page: checking made no request at all, and
	// the page never asked for anything but the site's own files.
	if after := site.requests(); len(after) != served {
		t.Errorf("checking made requests: %v", after[served:])
	}
	for _, u := range pageRequests() {
		if !strings.HasPrefix(u, site.URL+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("request outside the site: %s", u)
		}
	}
}
