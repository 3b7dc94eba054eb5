package devserver

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/connectwell/connectwell/build/internal/pipeline"
	"github.com/connectwell/connectwell/build/internal/testtree"
)

const repo = "../../.."

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// events reads server-sent events as "name: data" strings.
func events(t *testing.T, ctx context.Context, url string) <-chan string {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, "GET", url+"/_connectwell/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	c := make(chan string, 16)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		var name, data string
		for sc.Scan() {
			switch line := sc.Text(); {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				data += strings.TrimPrefix(line, "data: ") + "\n"
			case line == "":
				c <- name + ": " + data
				name, data = "", ""
			}
		}
	}()
	return c
}

func next(t *testing.T, c <-chan string, prefix string) string {
	t.Helper()
	select {
	case e := <-c:
		if !strings.HasPrefix(e, prefix) {
			t.Fatalf("event %q, want %s...", e, prefix)
		}
		return e
	case <-time.After(20 * time.Second):
		t.Fatalf("no %s event", prefix)
	}
	return ""
}

// The dev server serves the build with the reload hook added, rebuilds on a
// change, tells open pages to reload, and shows them a build error.
func TestServeRebuildReload(t *testing.T) {
	content := filepath.Join(t.TempDir(), "content")
	testtree.Copy(t, filepath.Join(repo, "build/internal/pipeline/testdata/content"), content)
	out := filepath.Join(t.TempDir(), "public")

	var s *Server
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.ServeHTTP(w, r) }))
	url := "http://" + srv.Listener.Addr().String()
	s, err := New(pipeline.Options{Root: repo, Content: content, Out: out, BaseURL: url + "/"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	srv.Start()
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Watch(ctx)

	code, page := get(t, url+"/guide/first-steps/")
	if code != 200 || !strings.Contains(page, reloadTag+"</body>") {
		t.Fatalf("page (status %d) lacks the reload hook before </body>", code)
	}
	disk, _ := os.ReadFile(filepath.Join(out, "guide/first-steps/index.html"))
	if strings.Contains(string(disk), "_connectwell") {
		t.Error("the reload hook was written into the built files")
	}
	if code, page := get(t, url+"/no/such/page/"); code != 404 || !strings.Contains(page, "Page not found") || !strings.Contains(page, reloadTag) {
		t.Errorf("missing page: status %d", code)
	}
	if code, js := get(t, url+"/_connectwell/reload.js"); code != 200 || !strings.Contains(js, "EventSource") {
		t.Errorf("reload.js: status %d", code)
	}

	ev := events(t, ctx, url)
	first := next(t, ev, "build: ")

	time.Sleep(50 * time.Millisecond) // let the watcher start
	page1 := filepath.Join(content, "guide", "first-steps.md")
	testtree.Edit(t, page1, "## Say why", "## Say why, freshly")
	if e := next(t, ev, "build: "); e == first {
		t.Error("the rebuild sent the same build id")
	}
	if _, page := get(t, url+"/guide/first-steps/"); !strings.Contains(page, "Say why, freshly") {
		t.Error("the served page does not show the change")
	}

	testtree.Edit(t, page1, "#short", "#gone")
	e := next(t, ev, "build-error: ")
	if !strings.Contains(e, "first-steps.md:18: broken link") {
		t.Errorf("build error event does not name the file and line:\n%s", e)
	}
	if _, page := get(t, url+"/guide/first-steps/"); !strings.Contains(page, "Say why, freshly") {
		t.Error("after a failed build the last good site should still be served")
	}
}

func TestInject(t *testing.T) {
	if got := string(inject([]byte("<p>x</p></body></html>"))); got != "<p>x</p>"+reloadTag+"</body></html>" {
		t.Errorf("inject = %q", got)
	}
	if got := string(inject([]byte("<p>x</p>"))); got != "<p>x</p>"+reloadTag {
		t.Errorf("inject without body = %q", got)
	}
}
