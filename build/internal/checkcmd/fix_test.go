package checkcmd

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/connectwell/connectwell/wasm/rules"
)

// rambling is a 278-character draft: a filler opening, a job ask and a long
// sign-off around a real reason to connect.
const rambling = "Hi Priya, I hope this message finds you well. I am reaching out because I am a product designer at Fjord and I really enjoyed your talk on accessible forms at the Lisbon design meetup last month. Are you hiring designers at the moment? I would love to connect. Best regards, Tom"

// salutation greets anyone; with --name, its fix greets the recipient.
const salutation = "Hi there,\nI'm a designer at Fjord and enjoyed your talk on accessible forms at the Lisbon meetup.\nWould love to stay in touch.\nTom\n"

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func length16(s string) int { return len(utf16.Encode([]rune(s))) }

func TestFix(t *testing.T) {
	if n := length16(rambling); n != 278 {
		t.Fatalf("the rambling note is %d characters, want 278", n)
	}
	tests := []struct {
		name   string
		note   string
		args   []string
		code   int
		stdout []string          // substrings of standard output
		check  func(string) bool // the fixed file
		want   string            // what check wants, for the error
	}{
		{
			name: "stock text becomes a note with blanks, which are errors",
			note: stock, code: Findings,
			stdout: []string{": fixed 1 finding: ", ":1:4: error placeholder: ", ": do-not-send"},
			check: func(s string) bool {
				return !strings.Contains(s, "professional network") && strings.HasPrefix(s, "Hi [first name], ") && strings.Contains(s, "[your role]")
			},
			want: "a note skeleton with blanks",
		},
		{
			name: "stock text with a name greets them",
			note: stock, args: []string{"--name", "Priya"}, code: Findings,
			stdout: []string{":1:17: error placeholder: "},
			check:  func(s string) bool { return strings.HasPrefix(s, "Hi Priya, ") && strings.Contains(s, "[your role]") },
			want:   "a skeleton greeting Priya",
		},
		{
			name: "a rambling note comes within 200 characters",
			note: rambling, code: OK,
			stdout: []string{": fixed 2 findings: Remove the job ask; Shorten to fit", ": ready"},
			check: func(s string) bool {
				return length16(s) <= 200 && !strings.Contains(s, "hiring") && strings.Contains(s, "accessible forms at the Lisbon design meetup")
			},
			want: "at most 200 characters, without the job ask, with the reason",
		},
		{
			name: "judged after fixing",
			note: salutation, args: []string{"--name", "Priya"}, code: OK,
			stdout: []string{": fixed 1 finding: Greet Priya by name", ": ready"},
			check:  func(s string) bool { return s == strings.Replace(salutation, "Hi there", "Hi Priya", 1) },
			want:   "Hi there replaced by Hi Priya, the rest as it was",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, "note.txt", tt.note)
			code, out, errOut := run(t, "", append(tt.args, "--fix", path)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(out, path+s) {
					t.Errorf("stdout does not contain %q:\n%s", path+s, out)
				}
			}
			fixed := read(t, path)
			if !tt.check(fixed) {
				t.Errorf("fixed note is %q, want %s", fixed, tt.want)
			}
			// What remains is reported on the fixed note, and fixing again
			// changes nothing more.
			again, _, _ := fixNote(fixed, optionsOf(tt.args))
			if again != fixed {
				t.Errorf("fixing again changes %q to %q", fixed, again)
			}
		})
	}
}

// optionsOf returns the options of --name in args, the only flag the fix
// tests pass.
func optionsOf(args []string) rules.Options {
	var o rules.Options
	for i := 0; i+1 < len(args); i++ {
		if args[i] == "--name" {
			o.Name = args[i+1]
		}
	}
	return o
}

func TestFixStdin(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		code        int
		stdout      string // exactly
		stderr      string // a substring
	}{
		{"stock text", stock, []string{"--name", "Priya"}, Findings, "", "stdin: fixed 1 finding: "},
		{"stdin as -", salutation, []string{"--name", "Priya", "-"}, OK, strings.Replace(salutation, "Hi there", "Hi Priya", 1), "stdin: ready"},
		{"nothing to fix is written as it came", good, []string{"--relationship", "met", "--name", "Priya"}, OK, good, "stdin: ready"},
		{"json reports go to stderr too", salutation, []string{"--name", "Priya", "--format", "json"}, OK, strings.Replace(salutation, "Hi there", "Hi Priya", 1),
			`"fixed":[{"rule":"generic-salutation","title":"Greet Priya by name"}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, tt.stdin, append([]string{"--fix"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", code, tt.code, errOut)
			}
			if tt.stdout == "" { // the skeleton: only check it is one
				if !strings.HasPrefix(out, "Hi Priya, ") || !strings.Contains(out, "[your role]") {
					t.Errorf("stdout = %q, want a note skeleton", out)
				}
			} else if out != tt.stdout {
				t.Errorf("stdout = %q, want %q", out, tt.stdout)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", errOut, tt.stderr)
			}
		})
	}
}

// A file with nothing to fix is left alone: not rewritten, so its time
// stamps, inode and permissions stay, and a watcher sees no change.
func TestFixLeavesUnchangedFiles(t *testing.T) {
	tests := []struct {
		name, note string
		code       int
	}{
		{"a good note", good, OK},
		{"findings without fixes", strings.Repeat("Lorem ipsum dolor. ", 14), Findings}, // too long, nothing to trim
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, "note.txt", tt.note)
			old := time.Now().Add(-time.Hour).Truncate(time.Second)
			if err := os.Chtimes(path, old, old); err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			c := command{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
				replace: func(string, []byte) error { t.Error("the file was rewritten"); return nil }}
			if code := c.run([]string{"--fix", "--relationship", "met", "--name", "Priya", path}); code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, out.String(), errb.String())
			}
			if strings.Contains(out.String(), "fixed") {
				t.Errorf("stdout says something was fixed:\n%s", out.String())
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if !info.ModTime().Equal(old) || read(t, path) != tt.note {
				t.Errorf("the file changed")
			}
		})
	}
}

func TestFixKeepsMode(t *testing.T) {
	path := write(t, "note.txt", salutation)
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, "", "--fix", "--name", "Priya", path); code != OK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want -rw-r-----", info.Mode().Perm())
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("%d files in the folder, want only the note: a temporary file was left", len(entries))
	}
}

// A file that cannot be written is reported, left as it was, and does not
// stop the other files from being fixed.
func TestFixUnwritable(t *testing.T) {
	stuck, other := write(t, "stuck.txt", stock), write(t, "other.txt", salutation)
	var out, errb bytes.Buffer
	c := command{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		replace: func(path string, data []byte) error {
			if path == stuck {
				return &os.PathError{Op: "open", Path: path, Err: errors.New("read-only file system")}
			}
			return replaceFile(path, data)
		}}
	if code := c.run([]string{"--fix", "--name", "Priya", stuck, other}); code != Usage {
		t.Errorf("exit %d, want %d", code, Usage)
	}
	if want := "check: cannot write " + stuck + ": read-only file system; " + stuck + " is unchanged\n"; errb.String() != want {
		t.Errorf("stderr = %q, want %q", errb.String(), want)
	}
	if read(t, stuck) != stock {
		t.Errorf("the unwritable file changed")
	}
	if strings.Contains(out.String(), stuck) {
		t.Errorf("stdout reports on the unwritten file:\n%s", out.String())
	}
	if !strings.HasPrefix(read(t, other), "Hi Priya,") || !strings.Contains(out.String(), other+": ready") {
		t.Errorf("the other file was not fixed: %q\n%s", read(t, other), out.String())
	}
}

// The same, for real, where permissions bind: a note in a read-only folder.
// (root writes anywhere, so there TestFixUnwritable stands in for it.)
func TestFixReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write into a read-only folder")
	}
	path := write(t, "note.txt", stock)
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	code, _, errOut := run(t, "", "--fix", path)
	if code != Usage || !strings.Contains(errOut, "cannot write "+path+": permission denied; "+path+" is unchanged") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if read(t, path) != stock {
		t.Errorf("the file changed")
	}
}

func TestDiff(t *testing.T) {
	path := write(t, "note.txt", salutation)
	code, out, errOut := run(t, "", "--diff", "--name", "Priya", path)
	if code != OK {
		t.Errorf("exit %d, want %d", code, OK)
	}
	name := strings.TrimPrefix(filepath.ToSlash(path), "/")
	want := "--- a/" + name + "\n+++ b/" + name + `
@@ -1,4 +1,4 @@
-Hi there,
+Hi Priya,
 I'm a designer at Fjord and enjoyed your talk on accessible forms at the Lisbon meetup.
 Would love to stay in touch.
 Tom
`
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	if want := path + ": would fix 1 finding: Greet Priya by name\n" + path + ": ready"; !strings.HasPrefix(errOut, want) {
		t.Errorf("stderr %q does not start with %q", errOut, want)
	}
	if read(t, path) != salutation {
		t.Errorf("--diff changed the file")
	}
}

func TestDiffCases(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		code        int
		stdout      string // a substring
	}{
		{"judged after fixing: blanks remain", stock, nil, Findings, "+Hi [first name], "},
		{"stdin is named stdin", stock, nil, Findings, "--- a/stdin\n+++ b/stdin\n@@ -1 +1 @@\n-" + stock + "\n\\ No newline at end of file\n+"},
		{"nothing to fix prints nothing", good, []string{"--relationship", "met", "--name", "Priya"}, OK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, tt.stdin, append([]string{"--diff"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", code, tt.code, errOut)
			}
			if !strings.Contains(out, tt.stdout) || tt.stdout == "" && out != "" {
				t.Errorf("stdout %q, want it to contain %q", out, tt.stdout)
			}
		})
	}
}

// With --fix or --diff, each JSON report says which fixes were made.
func TestFixJSON(t *testing.T) {
	path := write(t, "note.txt", rambling)
	_, out, _ := run(t, "", "--fix", "--format", "json", path, write(t, "good.txt", good))
	type report struct {
		File   string
		Length int
		Fixed  *[]struct{ Rule, Title string } // nil when the key is missing
	}
	var reports []report
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r report
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if r.Fixed == nil {
			t.Fatalf("no fixed key in %s", l)
		}
		reports = append(reports, r)
	}
	if len(reports) != 2 {
		t.Fatalf("%d reports, want 2:\n%s", len(reports), out)
	}
	if r, f := reports[0], *reports[0].Fixed; r.File != path || r.Length > 200 || len(f) != 2 || f[0].Rule != "job-ask" || f[1].Rule != "too-long" {
		t.Errorf("report on the rambling note = %+v, fixed %+v", r, f)
	}
	if f := *reports[1].Fixed; len(f) != 0 {
		t.Errorf("fixed on the good note = %+v", f)
	}
}
