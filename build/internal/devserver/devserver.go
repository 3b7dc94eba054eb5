// Package devserver is the serve command: it builds the site, serves it on
// localhost, watches the sources, rebuilds on change and tells open pages to
// reload, or shows them the build error. The reload hook is added to pages as
// they are served, so it never reaches the files in public/.
package devserver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"time"

	"github.com/connectwell/connectwell/build/internal/pipeline"
)

// Options configure the server.
type Options struct {
	Root string    // the repository
	Port int       // on localhost; 0 picks a free port
	Log  io.Writer // progress messages
}

// Run builds and serves until interrupted.
func Run(o Options) error {
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(o.Port)))
	if err != nil {
		return fmt.Errorf("%w (is another server using port %d? try --port %d)", err, o.Port, o.Port+1)
	}
	url := "http://localhost:" + strconv.Itoa(ln.Addr().(*net.TCPAddr).Port) + "/"
	s, err := New(pipeline.Options{Root: o.Root, BaseURL: url}, o.Log)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go s.Watch(ctx)
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	fmt.Fprintf(o.Log, "serving %s on %s (Ctrl-C to stop)\n", s.builder.Out(), url)
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// A Server serves a built site and keeps it up to date.
type Server struct {
	watch   []string // folders whose changes trigger a rebuild
	builder *pipeline.Builder
	log     io.Writer
	hub     *hub
	files   http.Handler
}

// New builds the site as o says, for serving at o.BaseURL. The first build
// may fail; the error is shown in the browser until a rebuild succeeds.
func New(o pipeline.Options, log io.Writer) (*Server, error) {
	b, err := pipeline.New(o)
	if err != nil {
		return nil, err
	}
	s := &Server{watch: b.Sources(), builder: b, log: log, hub: newHub()}
	s.files = http.FileServer(http.Dir(b.Out()))
	s.Rebuild()
	return s, nil
}

// Rebuild builds the site and tells open pages: reload on success, show the
// error otherwise.
func (s *Server) Rebuild() error {
	res, err := s.builder.Build()
	if err != nil {
		fmt.Fprintf(s.log, "build failed:\n%v\n", err)
		s.hub.fail(err.Error())
		return err
	}
	fmt.Fprintf(s.log, "built %d pages in %v\n", res.Pages, res.Took.Round(time.Millisecond))
	s.hub.succeed()
	return nil
}
