// Package checkcmd is the check command: it runs the checker's rules on notes
// read from files or standard input and prints the findings for people
// (file:line:col: severity rule: message) or for programs (JSON lines).
package checkcmd

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/connectwell/connectwell/wasm/rules"
)

// Exit codes.
const (
	OK       = 0 // no input has an error finding
	Findings = 1 // some input has an error finding: don't send it
	Usage    = 2 // bad flags or unreadable input
)

const help = `usage: go run ./build check [flags] [FILE ...]

Checks LinkedIn connection notes. Reads each FILE, or standard input when
there is none or FILE is -. Exits 1 when any note has an error finding,
0 otherwise, and 2 on bad usage or unreadable input.

flags:
`

// Run runs the check command with args and returns its exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, help)
		fs.PrintDefaults()
	}
	account := fs.String("account", "free", "LinkedIn account: free (200 characters) or premium (300)")
	name := fs.String("name", "", "the recipient's first name, to catch a greeting to someone else")
	relationship := fs.String("relationship", "stranger", "how you know them: "+joined(rules.Relationships()))
	format := fs.String("format", "text", "output format: text or json")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return OK
		}
		return Usage
	}
	var opts rules.Options
	var ok bool
	if opts.Account, ok = rules.ParseAccount(*account); !ok || *account == "" {
		return usageError(stderr, "unknown --account %q: want free or premium", *account)
	}
	if opts.Relationship, ok = rules.ParseRelationship(*relationship); !ok || *relationship == "" {
		return usageError(stderr, "unknown --relationship %q: want one of %s", *relationship, joined(rules.Relationships()))
	}
	opts.Name = strings.TrimSpace(*name)
	var out printer
	switch *format {
	case "text":
		out = textPrinter{stdout}
	case "json":
		out = jsonPrinter{json.NewEncoder(stdout)}
	default:
		return usageError(stderr, "unknown --format %q: want text or json", *format)
	}

	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	code := OK
	for _, f := range files {
		text, err := read(f, stdin)
		if err != nil {
			fmt.Fprintln(stderr, "check:", err)
			code = Usage
			continue
		}
		r := rules.Check(text, opts)
		out.print(displayName(f), text, r)
		if r.Verdict == rules.DoNotSend && code == OK {
			code = Findings
		}
	}
	return code
}

func usageError(w io.Writer, format string, args ...any) int {
	fmt.Fprintf(w, "check: "+format+"\n", args...)
	return Usage
}

func read(name string, stdin io.Reader) (string, error) {
	if name == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return "", fmt.Errorf("reading standard input: %w", err)
		}
		return string(b), nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return "", fmt.Errorf("cannot read %s: %v", name, pe.Err)
		}
		return "", err
	}
	return string(b), nil
}

func displayName(f string) string {
	if f == "-" {
		return "stdin"
	}
	return f
}

type printer interface {
	print(file, text string, r rules.Report)
}

type textPrinter struct{ w io.Writer }

func (p textPrinter) print(file, text string, r rules.Report) {
	for _, f := range r.Findings {
		line, col := 1, 1
		if f.HasSpan() {
			line, col = position(text, f.Start)
		}
		fmt.Fprintf(p.w, "%s:%d:%d: %s %s: %s\n", file, line, col, f.Severity, f.Rule, f.Message)
	}
	fmt.Fprintf(p.w, "%s: %s (score %d, %d/%d characters, %s account)\n", file, r.Verdict, r.Score, r.Length, r.Limit, r.Account)
}

type jsonPrinter struct{ enc *json.Encoder }

func (p jsonPrinter) print(file, _ string, r rules.Report) {
	m := r.Plain()
	m["file"] = file
	p.enc.Encode(m)
}

// position converts a UTF-16 offset into a 1-based line and column, the
// column counted in characters.
func position(text string, off16 int) (line, col int) {
	line, col = 1, 1
	n := 0
	for _, r := range text {
		if n >= off16 {
			break
		}
		n += utf16Width(r)
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

func utf16Width(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

func joined[T ~string](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}
