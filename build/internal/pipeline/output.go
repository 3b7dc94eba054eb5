package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
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
	var total int64
	for _, p := range o.paths() {
		full := filepath.Join(tmp, filepath.FromSlash(strings.TrimPrefix(p, "/")))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return 0, err
		}
		if err := os.WriteFile(full, o.files[p], 0o644); err != nil {
			return 0, err
		}
		total += int64(len(o.files[p]))
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
