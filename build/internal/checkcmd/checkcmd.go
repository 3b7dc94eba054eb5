// Package checkcmd is the check command: it runs the checker's rules on notes
// read from files or standard input and prints the findings for people
// (file:line:col: severity rule: message) or for programs (JSON lines). With
// --fix it rewrites the notes with every fix the rules offer, and with --diff
// it shows what --fix would change. Settings come from flags and from a
// .connectwell.yaml file (config.go).
package checkcmd

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/connectwell/connectwell/wasm/rules"
)

// Exit codes.
const (
	OK       = 0 // no input has an error finding
	Findings = 1 // some input has an error finding: don't send it
	Usage    = 2 // bad flags or config, or a note that cannot be read or written
)

const help = `usage: go run ./build check [flags] [FILE ...]

Checks LinkedIn connection notes. Reads each FILE, or standard input when
there is none or FILE is -, and prints each finding as
file:line:col: severity rule: message, then a summary line per note.
Columns count UTF-16 code units from 1, as the JSON offsets and the
character count do: a character outside the Basic Multilingual Plane, such
as most emoji, counts 2.

--fix rewrites each FILE with every fix applied (standard input is written,
fixed, to standard output); --diff prints what --fix would change as a
unified diff and changes nothing. Both report on the note as fixed, on
standard error when standard output carries the note or the diff.

Settings come from --config FILE, or else from the nearest .connectwell.yaml
in the current directory or a parent (keys: account, name, relationship,
disable); flags override it.

Exits 1 when any note has an error finding (judged after fixing, with --fix
or --diff), 0 otherwise, and 2 on bad usage, a bad config file, or a note
that cannot be read or written.

flags:
`

// Run runs the check command with args and returns its exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	dir, err := os.Getwd()
	if err != nil {
		dir = "" // no current directory to look for a config file in
	}
	c := command{dir: dir, stdin: stdin, stdout: stdout, stderr: stderr, replace: replaceFile}
	return c.run(args)
}

// A command is one run of check and what it works with, so that tests can
// pick where the config file is looked for and make writing fail.
type command struct {
	dir            string // where to start looking for .connectwell.yaml; "" for nowhere
	stdin          io.Reader
	stdout, stderr io.Writer
	replace        func(path string, data []byte) error // replaceFile
}

// mode is what the command does with each note.
type mode int

const (
	report mode = iota // print the findings
	fix                // rewrite the note with its fixes
	diff               // print the diff fix would make
)

func (c *command) run(args []string) int {
	inv, code, ok := c.parse(args)
	if !ok {
		return code
	}
	file, err := c.config(inv.config, inv.configGiven)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") { // one per problem
			fmt.Fprintln(c.stderr, "check:", line)
		}
		return Usage
	}
	opts := file.override(inv.flags).options()

	// When standard output carries a fixed note or a diff, the reports go to
	// standard error, so that the output can be piped on as it is.
	reports := c.stdout
	if inv.mode == diff || inv.mode == fix && slices.Contains(inv.files, "-") {
		reports = c.stderr
	}
	out := newPrinter(inv.format, reports, inv.mode)
	code = OK
	for _, f := range inv.files {
		r, ok := c.note(f, inv.mode, opts)
		if !ok {
			code = Usage
			continue
		}
		out.print(r)
		if r.report.Verdict == rules.DoNotSend && code == OK {
			code = Findings
		}
	}
	return code
}

// An invocation is what the command line asks for.
type invocation struct {
	mode        mode
	format      string   // text or json
	flags       settings // the settings given as flags
	config      string   // --config
	configGiven bool
	files       []string // "-" for standard input
}

// parse reads the command line. When it cannot be run (bad usage, or
// --help), parse has said why and returns the exit code and false.
func (c *command) parse(args []string) (invocation, int, bool) {
	var inv invocation
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprint(c.stderr, help)
		fs.PrintDefaults()
	}
	account := fs.String("account", "free", "LinkedIn account: free (200 characters) or premium (300)")
	name := fs.String("name", "", "the recipient's first name, to catch a greeting to someone else")
	relationship := fs.String("relationship", "stranger", "how you know them: "+joined(rules.Relationships()))
	fs.StringVar(&inv.format, "format", "text", "output format: text or json")
	fixFlag := fs.Bool("fix", false, "rewrite each FILE with every fix applied (standard input to standard output)")
	diffFlag := fs.Bool("diff", false, "print what --fix would change as a unified diff; change nothing")
	var disable ruleList
	fs.Var(&disable, "disable", "turn off the rules `RULE[,RULE]` (repeatable; --disable= turns back on those the config file turns off)")
	fs.StringVar(&inv.config, "config", "", "read settings from `FILE` instead of the nearest "+configName+" (--config= reads none)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return inv, OK, false
		}
		return inv, Usage, false
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	bad := func(format string, args ...any) (invocation, int, bool) {
		fmt.Fprintf(c.stderr, "check: "+format+"\n", args...)
		return inv, Usage, false
	}

	switch {
	case *fixFlag && *diffFlag:
		return bad("--fix and --diff cannot be used together: --diff shows what --fix would do")
	case *fixFlag:
		inv.mode = fix
	case *diffFlag:
		inv.mode = diff
	}
	// Only flags given on the command line override the config file.
	if given["account"] {
		if !validAccount(*account) {
			return bad("unknown --account %q: want %s", *account, wantAccount)
		}
		inv.flags.account = account
	}
	if given["relationship"] {
		if !validRelationship(*relationship) {
			return bad("unknown --relationship %q: want %s", *relationship, wantRelationship())
		}
		inv.flags.relationship = relationship
	}
	if given["name"] {
		inv.flags.name = name
	}
	if given["disable"] {
		for _, id := range disable {
			if !knownRule(id) {
				return bad("unknown --disable rule %q: want %s", id, wantRule())
			}
		}
		inv.flags.disable = disable
	}
	if inv.format != "text" && inv.format != "json" {
		return bad("unknown --format %q: want text or json", inv.format)
	}
	inv.configGiven = given["config"]
	inv.files = fs.Args()
	if len(inv.files) == 0 {
		inv.files = []string{"-"}
	}
	return inv, OK, true
}

// config returns the settings of the config file: the one named by --config
// when given (none for --config=), else the nearest .connectwell.yaml.
func (c *command) config(path string, given bool) (settings, error) {
	if given {
		if path == "" {
			return settings{}, nil
		}
		return loadConfig(path, path)
	}
	found, err := findConfig(c.dir)
	if err != nil || found == "" {
		return settings{}, err
	}
	shown := found
	if rel, err := filepath.Rel(c.dir, found); err == nil {
		shown = rel // ".connectwell.yaml" or "../.connectwell.yaml" reads better
	}
	return loadConfig(found, shown)
}

// note reads, checks and, with --fix or --diff, fixes the note in file; it
// reports a failure itself and returns false.
func (c *command) note(file string, m mode, opts rules.Options) (result, bool) {
	text, err := c.read(file)
	if err != nil {
		fmt.Fprintln(c.stderr, "check:", err)
		return result{}, false
	}
	r := result{file: displayName(file), text: text}
	if m == report {
		r.report = rules.Check(text, opts)
		return r, true
	}
	r.text, r.made, r.report = fixNote(text, opts)
	switch {
	case m == diff:
		fmt.Fprint(c.stdout, unifiedDiff(diffName("a", r.file), diffName("b", r.file), text, r.text))
	case file == "-":
		fmt.Fprint(c.stdout, r.text)
	case r.text != text: // an unchanged file keeps its time stamps and inode
		if err := c.replace(file, []byte(r.text)); err != nil {
			fmt.Fprintf(c.stderr, "check: %s; %s is unchanged\n", cannot("write", file, err), file)
			return result{}, false
		}
	}
	return r, true
}

func (c *command) read(name string) (string, error) {
	if name == "-" {
		b, err := io.ReadAll(c.stdin)
		if err != nil {
			return "", fmt.Errorf("reading standard input: %w", err)
		}
		return string(b), nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return "", errors.New(cannot("read", name, err))
	}
	return string(b), nil
}

func displayName(f string) string {
	if f == "-" {
		return "stdin"
	}
	return f
}

// diffName names a side of a diff as git does, a/FILE and b/FILE, so that
// git apply and patch -p1 take it; an absolute path loses its leading
// slash, as in git diff --no-index.
func diffName(side, file string) string {
	return side + "/" + strings.TrimLeft(filepath.ToSlash(file), "/")
}

// newPrinter returns the printer for format (checked) writing to w.
func newPrinter(format string, w io.Writer, m mode) printer {
	if format == "json" {
		return jsonPrinter{enc: json.NewEncoder(w), fixing: m != report}
	}
	p := textPrinter{w: w}
	switch m {
	case fix:
		p.fixed = "fixed"
	case diff:
		p.fixed = "would fix"
	}
	return p
}
