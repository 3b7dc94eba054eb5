package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/connectwell/connectwell/build/internal/par"
)

// output is the site being built, held in memory until it is complete:
// file contents by path from the site root ("/guide/limits/index.html").
type output struct {
	files map[string][]byte
}

func newOutput() *output { return &output{files: map[string][]byte{}} }

func (o *output) add(path string, data []byte) { o.files[path] = data }

// addDir adds every file under dir, keeping their paths.
func (o *output) addDir(dir string) error {
	files, err := readDirFiles(dir)
	for p, b := range files {
		o.add(p, b)
	}
	return err
}

// paths returns the file paths in order.
func (o *output) paths() []string {
	p := make([]string, 0, len(o.files))
	for k := range o.files {
		p = append(p, k)
	}
	sort.Strings(p)
	return p
}

// writeAtomic writes the site into a fresh folder beside dest and then swaps
// it into place, so dest only ever holds a complete build: a build that fails
// halfway, or a crash, leaves the previous site as it was.
func (o *output) writeAtomic(dest string) (int64, error) {
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return 0, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".new-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp) // a no-op once the swap has happened
	total, err := o.writeTree(tmp)
	if err != nil {
		return 0, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return 0, err
	}
	old := tmp + ".old"
	if err := os.Rename(dest, old); err != nil && !os.IsNotExist(err) {
		return 0, fmt.Errorf("replacing %s: %w", dest, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Rename(old, dest) // put the previous site back
		return 0, fmt.Errorf("replacing %s: %w", dest, err)
	}
	return total, os.RemoveAll(old)
}

// writeTree writes the files under dir. A site is many small files, so the
// time goes into system calls, which overlap well: files are written from
// several goroutines, each making the folders it needs once.
func (o *output) writeTree(dir string) (int64, error) {
	paths := o.paths()
	var made sync.Map
	err := par.Do(len(paths), func(i int) error {
		full := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(paths[i], "/")))
		if d := filepath.Dir(full); d != dir {
			if _, ok := made.Load(d); !ok {
				if err := os.MkdirAll(d, 0o755); err != nil {
					return err
				}
				made.Store(d, true)
			}
		}
		return os.WriteFile(full, o.files[paths[i]], 0o644)
	})
	var total int64
	for _, b := range o.files {
		total += int64(len(b))
	}
	return total, err
}
