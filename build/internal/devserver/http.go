package devserver

import (
	"bytes"
	_ "embed"
	"fmt"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

//go:embed reload.js
var reloadJS []byte

const (
	hookPath   = "/_connectwell/"
	reloadTag  = `<script src="/_connectwell/reload.js"></script>`
	eventsPath = hookPath + "events"
)

// ServeHTTP serves the reload hook, its event stream and the built files,
// adding the hook to every HTML page on the way out.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Never let the browser cache during development.
	w.Header().Set("Cache-Control", "no-store")
	switch r.URL.Path {
	case hookPath + "reload.js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write(reloadJS)
		return
	case eventsPath:
		s.hub.serve(w, r)
		return
	}
	file, status := s.resolve(r.URL.Path)
	if file == "" || !strings.HasSuffix(file, ".html") {
		s.files.ServeHTTP(w, r)
		return
	}
	b, err := os.ReadFile(file)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(inject(b))
}

// resolve finds the HTML file for a URL path, or the 404 page.
func (s *Server) resolve(urlPath string) (string, int) {
	p := filepath.Join(s.builder.Out(), filepath.FromSlash(path.Clean("/"+urlPath)))
	if fi, err := os.Stat(p); err == nil {
		if fi.IsDir() {
			if !strings.HasSuffix(urlPath, "/") {
				return "", 0 // let the file server redirect to the slash
			}
			p = filepath.Join(p, "index.html")
		}
		if _, err := os.Stat(p); err == nil {
			return p, http.StatusOK
		}
	}
	return filepath.Join(s.builder.Out(), "404.html"), http.StatusNotFound
}

// inject adds the reload hook before </body>.
func inject(page []byte) []byte {
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(page, reloadTag...)
	}
	return append(page[:i:i], append([]byte(reloadTag), page[i:]...)...)
}

// hub tells connected pages about builds over server-sent events.
type hub struct {
	events chan string
	join   chan chan string
	leave  chan chan string
}

func newHub() *hub {
	h := &hub{
		events: make(chan string), join: make(chan chan string),
		leave: make(chan chan string),
	}
	go h.loop()
	return h
}

// loop owns the subscribers and the last event, so no locks are needed.
func (h *hub) loop() {
	subs := map[chan string]bool{}
	last := ""
	for {
		select {
		case e := <-h.events:
			last = e
			for c := range subs {
				select {
				case c <- e:
				default: // a slow page misses an event rather than stall the rest
				}
			}
		case c := <-h.join:
			subs[c] = true
			if last != "" {
				c <- last
			}
		case c := <-h.leave:
			delete(subs, c)
		}
	}
}

func (h *hub) succeed() {
	h.events <- sse("build", fmt.Sprint(time.Now().UnixNano()))
}

func (h *hub) fail(msg string) { h.events <- sse("build-error", msg) }

// sse formats one event; each line of data needs its own "data:" prefix.
func sse(event, data string) string {
	return "event: " + event + "\ndata: " + strings.ReplaceAll(data, "\n", "\ndata: ") + "\n\n"
}

func (h *hub) serve(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	c := make(chan string, 4)
	h.join <- c
	defer func() { h.leave <- c }()
	flusher.Flush()
	for {
		select {
		case e := <-c:
			if _, err := w.Write([]byte(e)); err != nil {
				return
			}
			flusher.Flush()
		case <-r.Context().Done():
			return
		}
	}
}
