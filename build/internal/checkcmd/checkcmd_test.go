package checkcmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	stock = "I'd like to add you to my professional network on LinkedIn."
	good  = "Hi Priya, I enjoyed your talk on accessible forms at the Lisbon design meetup. I'm a designer at Fjord and would like to stay in touch. Best, Tom"
)

// run runs the command with no config file, whatever lies above the test's
// directory.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runIn(t, "", stdin, args...)
}

// runIn runs the command as if from dir, where it looks for .connectwell.yaml.
func runIn(t *testing.T, dir, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	c := command{dir: dir, stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, replace: replaceFile}
	code = c.run(args)
	return code, out.String(), errb.String()
}

func write(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExitCodes(t *testing.T) {
	stockFile, goodFile := write(t, "stock.txt", stock), write(t, "good.txt", good)
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stdout string // a substring of standard output
		stderr string // a substring of standard error
	}{
		{"stock text from stdin", stock, nil, Findings, "stdin:1:13: error default-message: ", ""},
		{"stdin as -", stock, []string{"-"}, Findings, "stdin:1:13: error default-message: ", ""},
		{"good note", "", []string{"--relationship", "met", "--name", "Priya", goodFile}, OK, goodFile + ": ready", ""},
		{"stock text to a close friend is only a suggestion", stock, []string{"--relationship", "close"}, OK, "suggestion default-message", ""},
		{"several files, one with an error", "", []string{goodFile, stockFile}, Findings, stockFile + ":1:13: error default-message", ""},
		{"too long for free", strings.Repeat("a", 250), nil, Findings, "error too-long", ""},
		{"premium allows 300", strings.Repeat("a", 250), []string{"--account", "premium", "--format", "json"}, OK, `"limit":300`, ""},
		{"unknown flag", "", []string{"--acount", "free"}, Usage, "", "flag provided but not defined: -acount"},
		{"unknown account", "", []string{"--account", "gold"}, Usage, "", `unknown --account "gold": want free or premium`},
		{"unknown relationship", "", []string{"--relationship", "boss"}, Usage, "", `unknown --relationship "boss": want one of stranger, met, colleague, interviewer, close`},
		{"unknown format", "", []string{"--format", "xml"}, Usage, "", `unknown --format "xml": want text or json`},
		{"disable a rule", stock, []string{"--disable", "default-message"}, OK, "stdin: revise", ""},
		{"disable several, comma-separated and repeated", stock, []string{"--disable", "default-message, no-reason", "--disable=no-greeting", "--format", "json"}, OK, `"verdict":"ready"`, ""},
		{"disable an unknown rule", stock, []string{"--disable", "default-message,stock-text"}, Usage, "", `unknown --disable rule "stock-text": want one of default-message, too-long, placeholder,`},
		{"fix and diff together", stock, []string{"--fix", "--diff"}, Usage, "", "--fix and --diff cannot be used together"},
		{"unreadable file", "", []string{filepath.Join(t.TempDir(), "missing.txt")}, Usage, "", "missing.txt: no such file or directory"},
		{"a folder is no note", "", []string{t.TempDir()}, Usage, "", "is a directory"},
		{"unreadable file beside a good one", "", []string{goodFile, "/nonexistent/x.txt"}, Usage, goodFile + ": ", "cannot read /nonexistent/x.txt"},
		{"help", "", []string{"--help"}, OK, "", "usage: go run ./build check"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout %q does not contain %q", out, tt.stdout)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", errOut, tt.stderr)
			}
		})
	}
}

// In a language whose words the rules do not read, the text output says
// what was checked; in one they read, it says nothing of the kind.
func TestUnreadLanguage(t *testing.T) {
	_, out, _ := run(t, "Привет, Иван! Давно хотел с тобой связаться после конференции.")
	if want := "stdin: note: the rules read the wording of notes in en, es, pt, fr, de; this one looks like ru, so only its length"; !strings.Contains(out, want) {
		t.Errorf("Russian note: output %q does not contain %q", out, want)
	}
	if _, out, _ := run(t, good, "--relationship", "met", "--name", "Priya"); strings.Contains(out, "note:") {
		t.Errorf("English note: output %q says the rules could not read it", out)
	}
}

// The JSON format is one report per input per line, shaped like the wasm
// bridge's object, plus the file it came from.
func TestJSON(t *testing.T) {
	code, out, _ := run(t, stock, "--format", "json", "-", write(t, "good.txt", good))
	if code != Findings {
		t.Errorf("exit %d, want %d", code, Findings)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines of JSON, want 2:\n%s", len(lines), out)
	}
	var r struct {
		File     string `json:"file"`
		Length   int    `json:"length"`
		Limit    int    `json:"limit"`
		Account  string `json:"account"`
		Score    int    `json:"score"`
		Verdict  string `json:"verdict"`
		Findings []struct {
			Rule, Severity, Message, Guide string
			Advice                         []string
			Start, End                     *int
			Fixes                          []struct {
				Title string
				Edits []struct {
					Start, End int
					Text       string
				}
			}
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r.File != "stdin" || r.Length != len(stock) || r.Limit != 200 || r.Account != "free" || r.Verdict != "do-not-send" {
		t.Errorf("report = %+v", r)
	}
	found := false
	for _, f := range r.Findings {
		if f.Rule == "default-message" {
			found = true
			if f.Severity != "error" || f.Message == "" || !strings.HasPrefix(f.Guide, "/guide/") || len(f.Advice) == 0 {
				t.Errorf("default-message finding = %+v", f)
			}
			// The stock text alone is replaced by a note to fill in.
			if len(f.Fixes) == 0 || f.Fixes[0].Title == "" || len(f.Fixes[0].Edits) != 1 ||
				f.Fixes[0].Edits[0].Start != 0 || f.Fixes[0].Edits[0].End != len(stock) || !strings.Contains(f.Fixes[0].Edits[0].Text, "[") {
				t.Errorf("default-message fixes = %+v", f.Fixes)
			}
		}
		if (f.Start == nil) != (f.End == nil) || (f.Start != nil && *f.Start >= *f.End) {
			t.Errorf("finding %s has a malformed span", f.Rule)
		}
	}
	if !found {
		t.Errorf("no default-message finding in %s", lines[0])
	}
}

func TestPosition(t *testing.T) {
	text := "Hi 😀 Ana,\nline two\n\nfour 😀😀 é!"
	tests := []struct{ off, line, col int }{
		{0, 1, 1},
		{3, 1, 4},   // the emoji
		{5, 1, 6},   // after it: one character, two UTF-16 code units
		{11, 2, 1},  // "line"
		{21, 4, 1},  // "four"
		{26, 4, 6},  // the first emoji of line 4
		{31, 4, 11}, // "é", one code unit
		{32, 4, 12}, // "!"
	}
	for _, tt := range tests {
		if l, c := position(text, tt.off); l != tt.line || c != tt.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
	}
}
