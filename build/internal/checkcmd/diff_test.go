package checkcmd

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// The expected outputs are what GNU diff -u --label a/n --label b/n prints.
func TestUnifiedDiff(t *testing.T) {
	lines := func(from, to int, change map[int]string) string {
		var b strings.Builder
		for i := from; i <= to; i++ {
			if s, ok := change[i]; ok {
				b.WriteString(s + "\n")
			} else {
				b.WriteString(strconv.Itoa(i) + "\n")
			}
		}
		return b.String()
	}
	tests := []struct {
		name, a, b, want string
	}{
		{"equal", "same\n", "same\n", ""},
		{"both empty", "", "", ""},
		{"one line, no final newline", "Hello there", "Hi Priya", `--- a/n
+++ b/n
@@ -1 +1 @@
-Hello there
\ No newline at end of file
+Hi Priya
\ No newline at end of file
`},
		{"insert at the start", "b\nc\n", "a\nb\nc\n", `--- a/n
+++ b/n
@@ -1,2 +1,3 @@
+a
 b
 c
`},
		{"delete everything", "x\n", "", `--- a/n
+++ b/n
@@ -1 +0,0 @@
-x
`},
		{"from nothing", "", "x\n", `--- a/n
+++ b/n
@@ -0,0 +1 @@
+x
`},
		{"only the final newline added", "x", "x\n", `--- a/n
+++ b/n
@@ -1 +1 @@
-x
\ No newline at end of file
+x
`},
		{"changes far apart: two hunks", lines(1, 12, nil), lines(1, 12, map[int]string{2: "two", 11: "eleven"}), `--- a/n
+++ b/n
@@ -1,5 +1,5 @@
 1
-2
+two
 3
 4
 5
@@ -8,5 +8,5 @@
 8
 9
 10
-11
+eleven
 12
`},
		{"changes six lines apart: one hunk", lines(1, 12, nil), lines(1, 12, map[int]string{2: "two", 9: "nine"}), `--- a/n
+++ b/n
@@ -1,12 +1,12 @@
 1
-2
+two
 3
 4
 5
 6
 7
 8
-9
+nine
 10
 11
 12
`},
		{"a fixed note", "Hi,\nI am Tom.\nBuy now.\nBest, Tom", "Hi Priya,\nI am Tom.\nBest, Tom", `--- a/n
+++ b/n
@@ -1,4 +1,3 @@
-Hi,
+Hi Priya,
 I am Tom.
-Buy now.
 Best, Tom
\ No newline at end of file
`},
		{"deletions before insertions", "a\nb\nc\nd\n", "a\nX\nY\nd\n", `--- a/n
+++ b/n
@@ -1,4 +1,4 @@
 a
-b
-c
+X
+Y
 d
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unifiedDiff("a/n", "b/n", tt.a, tt.b); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// Every diff of random texts applies back to the new text, and changes no
// more lines than the longest common subsequence requires.
func TestUnifiedDiffProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := func() string {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(string(rune('a' + rng.IntN(4))))
			if rng.IntN(10) > 0 {
				b.WriteByte('\n')
			}
		}
		return b.String()
	}
	for i := range 2000 {
		a, b := random(), random()
		d := unifiedDiff("a/n", "b/n", a, b)
		got, err := applyDiff(a, d)
		if err != nil || got != b {
			t.Fatalf("case %d: diff of %q and %q does not apply (%v, got %q):\n%s", i, a, b, err, got, d)
		}
		al, bl := splitLines(a), splitLines(b)
		changed := 0
		for _, o := range diffLines(al, bl) {
			if o.kind != ' ' {
				changed++
			}
		}
		if want := len(al) + len(bl) - 2*lcs(al, bl); changed != want {
			t.Fatalf("case %d: %d lines changed from %q to %q, want %d", i, changed, a, b, want)
		}
	}
}

// applyDiff applies a unified diff to a, checking its hunk headers and
// context as patch does.
func applyDiff(a, diff string) (string, error) {
	if diff == "" {
		return a, nil
	}
	src := splitLines(a)
	dl := strings.SplitAfter(diff, "\n")
	if len(dl) < 3 || !strings.HasPrefix(dl[0], "--- ") || !strings.HasPrefix(dl[1], "+++ ") {
		return "", fmt.Errorf("no header")
	}
	var out []string
	next := 0 // next line of src to copy
	for i := 2; i < len(dl) && dl[i] != ""; {
		var as, ac, bs, bc int
		if _, err := fmt.Sscanf(fixRange(dl[i]), "@@ -%d,%d +%d,%d @@\n", &as, &ac, &bs, &bc); err != nil {
			return "", fmt.Errorf("bad hunk header %q", dl[i])
		}
		if ac > 0 {
			as--
		}
		if as < next {
			return "", fmt.Errorf("hunks overlap or are out of order")
		}
		out = append(out, src[next:as]...)
		next = as
		if bc > 0 {
			bs--
		}
		if bs != len(out) {
			return "", fmt.Errorf("hunk %q starts at line %d of the new text, want %d", dl[i], len(out), bs)
		}
		i++
		gotA, gotB := 0, 0
		for i < len(dl) && dl[i] != "" && dl[i][0] != '@' {
			kind, line := dl[i][0], dl[i][1:]
			i++
			if i < len(dl) && dl[i] == "\\ No newline at end of file\n" {
				line = strings.TrimSuffix(line, "\n")
				i++
			}
			switch kind {
			case ' ', '-':
				if next >= len(src) || src[next] != line {
					return "", fmt.Errorf("context or deleted line %q does not match", line)
				}
				next++
				gotA++
				if kind == ' ' {
					out = append(out, line)
					gotB++
				}
			case '+':
				out = append(out, line)
				gotB++
			default:
				return "", fmt.Errorf("bad line %q", line)
			}
		}
		if gotA != ac || gotB != bc {
			return "", fmt.Errorf("hunk counts %d,%d, lines %d,%d", ac, bc, gotA, gotB)
		}
	}
	out = append(out, src[next:]...)
	return strings.Join(out, ""), nil
}

// fixRange writes the short forms "-l" and "+l" of a hunk header as "-l,1".
func fixRange(h string) string {
	f := strings.Fields(h)
	for i := 1; i <= 2 && i < len(f); i++ {
		if !strings.Contains(f[i], ",") {
			f[i] += ",1"
		}
	}
	return strings.Join(f, " ") + "\n"
}

func lcs(a, b []string) int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	return t[0][0]
}
