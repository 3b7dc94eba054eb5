package checkcmd

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/connectwell/connectwell/wasm/rules"
)

// A result is what the command has to say about one note.
type result struct {
	file   string       // as the user named it, or "stdin"
	text   string       // the note the report is on: fixed, with --fix or --diff
	report rules.Report // on text
	made   []madeFix    // the fixes made (or, with --diff, that --fix would make)
}

type printer interface{ print(r result) }

// textPrinter prints for people: one line per finding,
// file:line:col: severity rule: message, in the manner of compilers, so that
// editors and terminals can jump to the place, then a summary line.
type textPrinter struct {
	w     io.Writer
	fixed string // "fixed" with --fix, "would fix" with --diff, "" otherwise
}

func (p textPrinter) print(r result) {
	if p.fixed != "" && len(r.made) > 0 {
		titles := make([]string, len(r.made))
		for i, m := range r.made {
			titles[i] = m.title
		}
		fmt.Fprintf(p.w, "%s: %s %d %s: %s\n", r.file, p.fixed, len(r.made), plural(len(r.made), "finding", "findings"), strings.Join(titles, "; "))
	}
	for _, f := range r.report.Findings {
		line, col := 1, 1
		if f.HasSpan() {
			line, col = position(r.text, f.Start)
		}
		fmt.Fprintf(p.w, "%s:%d:%d: %s %s: %s\n", r.file, line, col, f.Severity, f.Rule, f.Message)
	}
	rep := r.report
	fmt.Fprintf(p.w, "%s: %s (score %d, %d/%d characters, %s account)\n", r.file, rep.Verdict, rep.Score, rep.Length, rep.Limit, rep.Account)
	// As on the page: where the rules cannot read the words, a clean report
	// means less, so say what was checked.
	if read := rules.Languages(); rep.Language != "" && !slices.Contains(read, rep.Language) {
		fmt.Fprintf(p.w, "%s: note: the rules read the wording of notes in %s; this one looks like %s, so only its length, links, template blanks and LinkedIn's stock text were checked\n",
			r.file, strings.Join(read, ", "), rep.Language)
	}
}

// jsonPrinter prints for programs: one report per line, shaped exactly like
// the wasm bridge's object (rules.Report.Plain), plus the file it is about
// and, with --fix or --diff, the fixes made.
type jsonPrinter struct {
	enc    *json.Encoder
	fixing bool
}

func (p jsonPrinter) print(r result) {
	m := r.report.Plain()
	m["file"] = r.file
	if p.fixing {
		made := make([]any, len(r.made))
		for i, f := range r.made {
			made[i] = map[string]any{"rule": f.rule, "title": f.title}
		}
		m["fixed"] = made
	}
	p.enc.Encode(m)
}

// position converts a UTF-16 offset into a 1-based line and column. The
// column counts UTF-16 code units, as the JSON offsets, the report's length
// and a browser's maxlength do, so that every number the checker prints is
// in one unit: a character outside the Basic Multilingual Plane (most emoji)
// counts two.
func position(text string, off16 int) (line, col int) {
	line, col = 1, 1
	n := 0
	for _, r := range text {
		if n >= off16 {
			break
		}
		w := utf16Width(r)
		n += w
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col += w
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

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
