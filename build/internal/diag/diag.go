// Package diag holds the build's positioned errors: every problem a maintainer
// can fix names the file and line where it lives, as compilers do.
package diag

import (
	"bytes"
	"errors"
	"strconv"
)

// An Error is a problem at a place in a source file.
type Error struct {
	File string // path as the user would type it, e.g. content/guide/limits.md
	Line int    // 1-based; 0 when the problem concerns the whole file
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
	}
	return e.File + ": " + e.Msg
}

// At returns an error at the given file and line.
func At(file string, line int, msg string) *Error {
	return &Error{File: file, Line: line, Msg: msg}
}

// List collects errors so a build can report every problem at once instead of
// making the maintainer fix them one run at a time.
type List []error

// Add appends err unless it is nil.
func (l *List) Add(err error) {
	if err != nil {
		*l = append(*l, err)
	}
}

// Err returns the collected errors as one error, or nil if there are none.
func (l List) Err() error { return errors.Join(l...) }

// Line returns the 1-based line number of byte offset off in src.
func Line(src []byte, off int) int {
	off = min(max(off, 0), len(src))
	return bytes.Count(src[:off], []byte{'\n'}) + 1
}
