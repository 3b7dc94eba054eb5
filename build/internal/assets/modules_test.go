package assets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A missing or stale node_modules fails with the command that fixes it.
func TestCheckModules(t *testing.T) {
	pkg := `{"dependencies": {"minisearch": "7.2.0"}, "devDependencies": {"axe-core": "4.14.1"}}`
	lock := `{"packages": {"node_modules/minisearch": {"version": "7.2.0"}, "node_modules/axe-core": {"version": "4.14.1"}}}`
	tests := []struct {
		name      string
		installed string // node_modules/minisearch/package.json, "" for none
		want      string // in the error; "" for none
	}{
		{"installed", `{"version": "7.2.0"}`, ""},
		{"missing", "", "node_modules: minisearch 7.2.0 is not installed: run `npm ci` in "},
		{"stale", `{"version": "7.1.0"}`, "node_modules: minisearch is 7.1.0, package-lock.json pins 7.2.0: run `npm ci`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			write(t, filepath.Join(root, "package.json"), pkg)
			write(t, filepath.Join(root, "package-lock.json"), lock)
			if tt.installed != "" {
				write(t, filepath.Join(root, "node_modules", "minisearch", "package.json"), tt.installed)
			}
			err := CheckModules(root)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("error %v, want none (dev dependencies are not needed to build)", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
	// Without a package.json nothing is bundled from npm.
	if err := CheckModules(t.TempDir()); err != nil {
		t.Errorf("no package.json: %v", err)
	}
}

func write(t *testing.T, file, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}
