package checkcmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree makes files under a new folder and returns it; a name ending in /
// is a folder.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, text := range files {
		p := filepath.Join(root, name)
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestConfig(t *testing.T) {
	long := strings.Repeat("a", 250) // too long for free, fine for premium
	tests := []struct {
		name   string
		files  map[string]string
		dir    string   // where the command runs, under the tree
		args   []string // "ROOT" is replaced with the tree's folder
		stdin  string
		code   int
		stdout string // a substring of standard output
	}{
		{"found in the current folder", map[string]string{".connectwell.yaml": "account: premium\n"},
			"", nil, long, OK, "premium account"},
		{"found in a parent", map[string]string{".connectwell.yaml": "account: premium\n", "notes/priya/": ""},
			"notes/priya", nil, long, OK, "premium account"},
		{"the nearest wins", map[string]string{".connectwell.yaml": "account: premium\n", "notes/.connectwell.yaml": "account: free\n"},
			"notes", nil, long, Findings, "error too-long"},
		{"none found: defaults", map[string]string{"notes/": ""},
			"notes", nil, long, Findings, "free account"},
		{"--config names the file", map[string]string{"premium.yaml": "account: premium\n"},
			"", []string{"--config", "ROOT/premium.yaml"}, long, OK, "premium account"},
		{"--config instead of the nearest", map[string]string{".connectwell.yaml": "account: premium\n", "free.yaml": "account: free\n"},
			"", []string{"--config", "ROOT/free.yaml"}, long, Findings, "free account"},
		{"--config= reads none", map[string]string{".connectwell.yaml": "account: premium\n"},
			"", []string{"--config="}, long, Findings, "free account"},
		{"flags override the file", map[string]string{".connectwell.yaml": "account: premium\n"},
			"", []string{"--account", "free"}, long, Findings, "free account"},
		{"name and relationship", map[string]string{".connectwell.yaml": "name: Priya\nrelationship: met\n"},
			"", nil, good, OK, "stdin: ready"},
		{"a wrong name, from the file", map[string]string{".connectwell.yaml": "name: Ana\n"},
			"", nil, good, Findings, "error wrong-name"},
		{"--name overrides the file's", map[string]string{".connectwell.yaml": "name: Ana\nrelationship: met\n"},
			"", []string{"--name", "Priya"}, good, OK, "stdin: ready"},
		{"disable", map[string]string{".connectwell.yaml": "disable: [default-message]\n"},
			"", nil, stock, OK, "stdin: revise"},
		{"disable as a block list", map[string]string{".connectwell.yaml": "disable:\n  - default-message\n  - no-reason\n"},
			"", []string{"--format", "json"}, stock, OK, `"verdict":"ready"`},
		{"--disable replaces the file's list", map[string]string{".connectwell.yaml": "disable: [default-message]\n"},
			"", []string{"--disable", "shouting"}, stock, Findings, "error default-message"},
		{"--disable= turns every rule back on", map[string]string{".connectwell.yaml": "disable: [default-message]\n"},
			"", []string{"--disable="}, stock, Findings, "error default-message"},
		{"settings with fixes", map[string]string{".connectwell.yaml": "name: Priya\n"},
			"", []string{"--fix"}, salutation, OK, "Hi Priya,\n"},
		{"an empty file", map[string]string{".connectwell.yaml": ""},
			"", nil, long, Findings, "free account"},
		{"only comments and empty values", map[string]string{".connectwell.yaml": "# settings\naccount:\nname: ~\ndisable:\n"},
			"", nil, long, Findings, "free account"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := tree(t, tt.files)
			args := make([]string, len(tt.args))
			for i, a := range tt.args {
				args[i] = strings.ReplaceAll(a, "ROOT", root)
			}
			code, out, errOut := runIn(t, filepath.Join(root, tt.dir), tt.stdin, args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout %q does not contain %q", out, tt.stdout)
			}
		})
	}
}

// Every problem in a config file is reported with its file and line, and
// stops the run before any note is read.
func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name   string
		files  map[string]string
		dir    string
		args   []string
		stderr string // exactly, with ROOT for the tree's folder
	}{
		{"unknown key", map[string]string{".connectwell.yaml": "name: Priya\nacount: premium\n"}, "", nil,
			`.connectwell.yaml:2: unknown key "acount": want account, name, relationship or disable`},
		{"unknown account", map[string]string{".connectwell.yaml": "account: gold\n"}, "", nil,
			`.connectwell.yaml:1: account: unknown value "gold": want free or premium`},
		{"unknown relationship", map[string]string{".connectwell.yaml": "\nrelationship: boss\n"}, "", nil,
			`.connectwell.yaml:2: relationship: unknown value "boss": want one of stranger, met, colleague, interviewer, close`},
		{"unknown rule, on its own line", map[string]string{".connectwell.yaml": "disable:\n  - link\n  - stock-text\n"}, "", nil,
			`.connectwell.yaml:3: disable: unknown rule "stock-text": want one of default-message, too-long, `},
		{"disable is a list", map[string]string{".connectwell.yaml": "disable: link\n"}, "", nil,
			`.connectwell.yaml:1: disable: want a list of rule ids, such as [link, shouting]`},
		{"account is one value", map[string]string{".connectwell.yaml": "account: [premium]\n"}, "", nil,
			`.connectwell.yaml:1: account: want a single value`},
		{"set twice", map[string]string{".connectwell.yaml": "account: free\naccount: premium\n"}, "", nil,
			`.connectwell.yaml:2: account is set twice (first at line 1)`},
		{"format is per run", map[string]string{".connectwell.yaml": "format: json\n"}, "", nil,
			`.connectwell.yaml:1: format is not a setting of the file: choose it for each run with --format`},
		{"every problem at once", map[string]string{".connectwell.yaml": "account: gold\nrelationship: boss\n"}, "", nil,
			".connectwell.yaml:1: account: unknown value \"gold\": want free or premium\ncheck: .connectwell.yaml:2: relationship: unknown value \"boss\""},
		{"not a mapping", map[string]string{".connectwell.yaml": "- premium\n"}, "", nil,
			`.connectwell.yaml:1: want settings as keys and values, such as account: premium`},
		{"YAML error on the first line", map[string]string{".connectwell.yaml": "account: free: premium\n"}, "", nil,
			`.connectwell.yaml:1: mapping values are not allowed in this context`},
		{"YAML error further down", map[string]string{".connectwell.yaml": "account: free\nname: Priya\n\ndisable:\n  - link\n  shouting\n"}, "", nil,
			`.connectwell.yaml:6: could not find expected ':'`},
		{"unclosed list, where it opens", map[string]string{".connectwell.yaml": "account: free\nname: Priya\ndisable: [link\n"}, "", nil,
			`.connectwell.yaml:3: did not find expected ',' or ']'`},
		{"a key where a list item should be", map[string]string{".connectwell.yaml": "account: free\n- link\n"}, "", nil,
			`.connectwell.yaml:2: did not find expected key`},
		{"two documents", map[string]string{".connectwell.yaml": "account: free\n---\nname: Priya\n"}, "", nil,
			`.connectwell.yaml:2: a config file holds one YAML document; this is a second`},
		{"named from a parent's folder", map[string]string{".connectwell.yaml": "acount: premium\n", "notes/": ""}, "notes", nil,
			`../.connectwell.yaml:1: unknown key "acount"`},
		{"unreadable", map[string]string{".connectwell.yaml/": ""}, "", nil,
			`cannot read .connectwell.yaml: is a directory`},
		{"--config names a missing file", map[string]string{}, "", []string{"--config", "ROOT/missing.yaml"},
			`cannot read ROOT/missing.yaml: no such file or directory`},
		{"--config names a bad file", map[string]string{"c.yaml": "name: Priya\naccount: gold\n"}, "", []string{"--config", "ROOT/c.yaml"},
			`ROOT/c.yaml:2: account: unknown value "gold"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := tree(t, tt.files)
			args := make([]string, len(tt.args))
			for i, a := range tt.args {
				args[i] = strings.ReplaceAll(a, "ROOT", root)
			}
			code, out, errOut := runIn(t, filepath.Join(root, tt.dir), stock, args...)
			if code != Usage {
				t.Errorf("exit %d, want %d", code, Usage)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing: no note is checked", out)
			}
			if want := "check: " + strings.ReplaceAll(tt.stderr, "ROOT", root); !strings.HasPrefix(errOut, want) {
				t.Errorf("stderr:\n%s\nwant it to start with:\n%s", errOut, want)
			}
		})
	}
}

// Run looks for the config file from the process's current directory.
func TestRunFindsConfig(t *testing.T) {
	root := tree(t, map[string]string{".connectwell.yaml": "account: premium\n", "notes/": ""})
	t.Chdir(filepath.Join(root, "notes"))
	var out, errb strings.Builder
	if code := Run(nil, strings.NewReader(strings.Repeat("a", 250)), &out, &errb); code != OK || !strings.Contains(out.String(), "premium account") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out.String(), errb.String())
	}
}
