package checkcmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReplaceFile(t *testing.T) {
	tests := []struct {
		name  string
		setup func(dir string) string // makes what to replace, returns its path
		err   string                  // a substring of the error; "" for none
		check func(t *testing.T, dir, path string)
	}{
		{
			name: "keeps the mode",
			setup: func(dir string) string {
				p := filepath.Join(dir, "note.txt")
				os.WriteFile(p, []byte("old"), 0o600)
				return p
			},
			check: func(t *testing.T, dir, path string) {
				if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
					t.Errorf("mode %v, want -rw-------", info.Mode().Perm())
				}
			},
		},
		{
			name: "a link stays a link",
			setup: func(dir string) string {
				os.Mkdir(filepath.Join(dir, "notes"), 0o755)
				os.WriteFile(filepath.Join(dir, "notes", "real.txt"), []byte("old"), 0o644)
				p := filepath.Join(dir, "link.txt")
				os.Symlink(filepath.Join("notes", "real.txt"), p)
				return p
			},
			check: func(t *testing.T, dir, path string) {
				if info, err := os.Lstat(path); err != nil || info.Mode()&os.ModeSymlink == 0 {
					t.Errorf("the link was replaced by a file")
				}
				if b, _ := os.ReadFile(filepath.Join(dir, "notes", "real.txt")); string(b) != "new" {
					t.Errorf("the file linked to holds %q", b)
				}
			},
		},
		{
			name:  "a missing file",
			setup: func(dir string) string { return filepath.Join(dir, "missing.txt") },
			err:   "no such file or directory",
		},
		{
			name: "a folder",
			setup: func(dir string) string {
				p := filepath.Join(dir, "notes")
				os.Mkdir(p, 0o755)
				return p
			},
			err: "not a regular file",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.setup(dir)
			before := names(t, dir)
			err := replaceFile(path, []byte("new"))
			switch {
			case tt.err == "" && err != nil:
				t.Fatal(err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Fatalf("error %v, want one saying %q", err, tt.err)
			}
			if tt.err == "" {
				if b, _ := os.ReadFile(path); string(b) != "new" {
					t.Errorf("reads %q after replacing", b)
				}
			}
			if after := names(t, dir); after != before {
				t.Errorf("files before: %s, after: %s: a temporary file was left", before, after)
			}
			if tt.check != nil {
				tt.check(t, dir, path)
			}
		})
	}
}

// names lists the files under dir.
func names(t *testing.T, dir string) string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, _ os.DirEntry, _ error) error {
		out = append(out, strings.TrimPrefix(p, dir))
		return nil
	})
	return strings.Join(out, " ")
}
