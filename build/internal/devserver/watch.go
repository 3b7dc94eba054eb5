package devserver

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// settle is how long the sources must stay quiet before a rebuild, so that
// an editor saving several files, or a git checkout, causes one build.
const settle = 100 * time.Millisecond

// Watch rebuilds the site whenever a file under the watched folders changes,
// until ctx is done.
func (s *Server) Watch(ctx context.Context) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	for _, dir := range s.watch {
		s.addTree(w, dir)
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case e := <-w.Events:
			if ignored(e.Name) {
				continue
			}
			if e.Has(fsnotify.Create) {
				if fi, err := os.Stat(e.Name); err == nil && fi.IsDir() {
					s.addTree(w, e.Name)
				}
			}
			timer.Reset(settle)
		case err := <-w.Errors:
			fmt.Fprintln(s.log, "watch:", err)
		case <-timer.C:
			fmt.Fprintln(s.log, "change detected, rebuilding")
			s.Rebuild()
		}
	}
}

// addTree watches dir and every folder below it; fsnotify is not recursive.
func (s *Server) addTree(w *fsnotify.Watcher, dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			if err := w.Add(p); err != nil {
				fmt.Fprintln(s.log, "watch:", err)
			}
		}
		return nil
	})
}

// ignored reports editor droppings that should not trigger a build.
func ignored(name string) bool {
	base := filepath.Base(name)
	return strings.HasPrefix(base, ".#") || strings.HasSuffix(base, "~") ||
		strings.HasSuffix(base, ".swp") || strings.HasSuffix(base, ".swx") || base == "4913"
}
