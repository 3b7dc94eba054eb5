package rules

import (
	"unicode/utf8"
	"unsafe"
)

// Stand-ins for the few functions of package strings this package needs.
// Importing strings links the unicode package's tables and initialisation
// into the WebAssembly binary, about 8 kB gzipped, which is a third of what
// the whole rules engine may add to it.

// indexByte is not inlined: its callers are many, and each copy would weigh
// on the WebAssembly binary.
//
//go:noinline
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// index returns the first index of sub in s, or -1. The strings searched
// here are short, so a plain scan does.
//
//go:noinline
func index(s, sub string) int {
	if sub == "" {
		return 0
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i] == sub[0] && s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func contains(s, sub string) bool { return index(s, sub) >= 0 }

func hasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

//go:noinline
func cut(s, sep string) (before, after string, found bool) {
	if i := index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// noCompare, as a struct's first field, makes the struct not comparable, so
// the compiler writes no equality function for it. Nothing compares these
// structs, and each such function is code in the WebAssembly binary.
type noCompare [0]func()

// A builder accumulates a string, like strings.Builder.
type builder struct{ buf []byte }

//go:noinline
func (b *builder) writeByte(c byte) { b.buf = append(b.buf, c) }

//go:noinline
func (b *builder) writeString(s string) { b.buf = append(b.buf, s...) }

//go:noinline
func (b *builder) writeRune(r rune) { b.buf = append(b.buf, string(r)...) }
func (b *builder) len() int         { return len(b.buf) }

//go:noinline
func (b *builder) string() string { return string(b.buf) }

// since returns what was written from start on. Like strings.Builder's
// String, it shares the builder's bytes rather than copying them: a builder
// only ever appends, so bytes once written never change.
func (b *builder) since(start int) string {
	if start >= len(b.buf) {
		return ""
	}
	return unsafe.String(&b.buf[start], len(b.buf)-start)
}

// itoa formats an int in decimal, like strconv.Itoa, whose package would
// bring its error values and their initialisation along.
//
//go:noinline
func itoa(n int) string {
	var b [24]byte
	return string(appendInt(b[:0], n))
}

// atoi parses a decimal int, with an optional minus sign, as the catalog's
// data writes them: no error to report, so no strconv.
func atoi(s string) int {
	neg := s != "" && s[0] == '-'
	if neg {
		s = s[1:]
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = 10*n + int(s[i]-'0')
	}
	if neg {
		return -n
	}
	return n
}

// appendInt appends n to b in decimal: the one digit loop of itoa and the
// JSON writer. (Not inlined: one copy of it is the point.)
//
//go:noinline
func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		if n /= 10; n == 0 {
			return append(b, d[i:]...)
		}
	}
}

// decodeRune is utf8.DecodeRuneInString, not inlined.
//
//go:noinline
func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// heldFrom returns where the run of one letter that ends w begins: 4 in
// "nachooo", len(w)-1 when the last letter is not repeated, 0 for "".
func heldFrom(w string) int {
	k := len(w) - 1
	for k > 0 && w[k-1] == w[k] {
		k--
	}
	return max(k, 0)
}
