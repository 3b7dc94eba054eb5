package checkcmd

import (
	"fmt"
	"strings"
)

// The unified diff that --diff prints: the format of `diff -u` and `git
// diff`, which patch, git apply and every code review tool read. Notes are a
// few lines long, so this is the plain Myers algorithm (An O(ND) Difference
// Algorithm, 1986) over whole lines, with no heuristics: a minimal diff, in
// time and memory proportional to the lines times the differences.

// diffContext is the number of unchanged lines shown around each change, as
// diff -u and git diff show by default.
const diffContext = 3

// unifiedDiff returns the unified diff that turns a into b, headed by
// "--- from" and "+++ to", or "" when they are equal.
func unifiedDiff(from, to, a, b string) string {
	if a == b {
		return ""
	}
	ops := diffLines(splitLines(a), splitLines(b))
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", from, to)
	for _, h := range hunks(ops, diffContext) {
		h.write(&out)
	}
	return out.String()
}

// splitLines splits s after each newline; the last line has none when s
// does not end with one, and so differs from the same line with one, as
// diff's "\ No newline at end of file" says.
func splitLines(s string) []string {
	var lines []string
	for s != "" {
		i := strings.IndexByte(s, '\n') + 1
		if i == 0 {
			i = len(s)
		}
		lines = append(lines, s[:i])
		s = s[i:]
	}
	return lines
}

// An op is one line of an edit script: kept (' '), deleted ('-') or
// inserted ('+').
type op struct {
	kind byte
	line string
}

// diffLines returns a shortest edit script from a to b: the lines of both
// in order, each kept, deleted or inserted, deletions before insertions
// where a change replaces lines.
func diffLines(a, b []string) []op {
	// Lines both ends share need no search, and are most of a fixed note.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ops := make([]op, 0, len(a)+len(b))
	for _, l := range a[:pre] {
		ops = append(ops, op{' ', l})
	}
	ops = append(ops, myers(a[pre:len(a)-suf], b[pre:len(b)-suf])...)
	for _, l := range a[len(a)-suf:] {
		ops = append(ops, op{' ', l})
	}
	return ops
}

// myers finds a shortest edit script by Myers' greedy algorithm: for each
// number of differences d, it extends every diagonal k = x-y as far as
// matching lines allow (v[k] is the furthest x reached on it), until one
// path reaches the end. It keeps each round's v to walk the path back.
func myers(a, b []string) []op {
	n, m := len(a), len(b)
	off := n + m + 1 // v is indexed by k+off, k from -(n+m) to n+m
	v := make([]int, 2*off+1)
	var trace [][]int
	for d := 0; d <= n+m; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down from diagonal k+1: an insertion
			} else {
				x = v[off+k-1] + 1 // right from diagonal k-1: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace, off)
			}
		}
	}
	return nil // not reached: d = n+m always reaches the end
}

// backtrack walks the path myers found from its end to its start, and
// returns it in order.
func backtrack(a, b []string, trace [][]int, off int) []op {
	var rev []op
	x, y := len(a), len(b)
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d] // the furthest points after d-1 differences
		k := x - y
		prevK := k - 1
		if k == -d || k != d && v[off+k-1] < v[off+k+1] {
			prevK = k + 1
		}
		prevX := v[off+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x, y = x-1, y-1
			rev = append(rev, op{' ', a[x]})
		}
		if d == 0 {
			break
		}
		if x == prevX {
			rev = append(rev, op{'+', b[prevY]})
		} else {
			rev = append(rev, op{'-', a[prevX]})
		}
		x, y = prevX, prevY
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// A hunk is a run of the edit script with its context, and where it starts
// in each text (0-based line indexes).
type hunk struct {
	ops          []op
	aLine, bLine int
}

// hunks groups the changes of an edit script with context lines of context
// around them; changes at most twice that apart share a hunk, so hunks never
// overlap.
func hunks(ops []op, context int) []hunk {
	var out []hunk
	aLine, bLine := 0, 0 // lines of a and b before ops[i]
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			aLine, bLine, i = aLine+1, bLine+1, i+1
			continue
		}
		start := max(i-context, 0)
		h := hunk{aLine: aLine - (i - start), bLine: bLine - (i - start)}
		end := i
		for {
			for end < len(ops) && ops[end].kind != ' ' { // the change
				end++
			}
			same := end
			for same < len(ops) && ops[same].kind == ' ' { // the lines after it
				same++
			}
			if same == len(ops) || same-end > 2*context {
				end = min(end+context, len(ops))
				break
			}
			end = same // the next change is close: same hunk
		}
		h.ops = ops[start:end]
		out = append(out, h)
		for _, o := range ops[i:end] {
			if o.kind != '+' {
				aLine++
			}
			if o.kind != '-' {
				bLine++
			}
		}
		i = end
	}
	return out
}

// write prints the hunk: its header, "@@ -l,s +l,s @@", then its lines.
func (h hunk) write(w *strings.Builder) {
	aCount, bCount := 0, 0
	for _, o := range h.ops {
		if o.kind != '+' {
			aCount++
		}
		if o.kind != '-' {
			bCount++
		}
	}
	fmt.Fprintf(w, "@@ -%s +%s @@\n", hunkRange(h.aLine, aCount), hunkRange(h.bLine, bCount))
	for _, o := range h.ops {
		w.WriteByte(o.kind)
		w.WriteString(o.line)
		if !strings.HasSuffix(o.line, "\n") {
			w.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange formats a hunk's lines in one text as diff does: "l,s" from
// 1-based line l, just "l" for one line, and, for none, the line they
// would follow ("0,0" at the start).
func hunkRange(start, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, count)
}
