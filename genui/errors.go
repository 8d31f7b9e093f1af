package genui

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// ErrInvalid is wrapped by the error Errors.Err returns, so callers can
// test for a spec that failed validation with errors.Is.
var ErrInvalid = errors.New("genui: invalid spec")

// Error is one problem found in a spec: where it is and what is wrong.
type Error struct {
	// Pointer is the RFC 6901 JSON Pointer of the offending value
	// ("/root/children/2/type"); for a missing field, of where it belongs.
	// It is empty for a problem with the document as a whole.
	Pointer string
	// Offset is the byte offset in the JSON text where the problem starts,
	// or -1 for a spec built in Go. Line and Column (1-based; the column
	// counts bytes, as Go's tools do) are its position, 0 when unknown.
	Offset       int
	Line, Column int
	// Msg says what is wrong, in lower case.
	Msg string
	// Syntax marks broken JSON: the text is not JSON at all.
	Syntax bool
	// Warning marks a note that does not make the spec invalid.
	Warning bool
}

// Error formats e as "POINTER: MSG", or for broken JSON as
// "line L, column C: MSG (at POINTER)". A warning's message starts with
// "warning: ".
func (e *Error) Error() string {
	msg := e.Msg
	if e.Warning {
		msg = "warning: " + msg
	}
	if e.Syntax {
		s := "line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + msg
		if e.Pointer != "" {
			s += " (at " + e.Pointer + ")"
		}
		return s
	}
	if e.Pointer == "" {
		return msg
	}
	return e.Pointer + ": " + msg
}

// Errors lists every problem found in a spec, in the order of the text.
type Errors []*Error

// Error joins the problems, one per line.
func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil when es holds warnings only, and otherwise an error that
// wraps ErrInvalid and names the first problem and how many follow.
func (es Errors) Err() error {
	n, first := 0, (*Error)(nil)
	for _, e := range es {
		if !e.Warning {
			if n == 0 {
				first = e
			}
			n++
		}
	}
	switch n {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("%w: %v", ErrInvalid, first)
	}
	return fmt.Errorf("%w: %v (and %d more errors)", ErrInvalid, first, n-1)
}

// locate sorts es into the order of src and fills in the line and column
// of each error from its offset, in one pass over src.
func (es Errors) locate(src string) {
	slices.SortStableFunc(es, func(a, b *Error) int { return a.Offset - b.Offset })
	line, lineStart, at := 1, 0, 0
	for _, e := range es {
		if e.Offset < 0 {
			continue
		}
		off := min(e.Offset, len(src))
		for ; at < off; at++ {
			if src[at] == '\n' {
				line, lineStart = line+1, at+1
			}
		}
		e.Line, e.Column = line, off-lineStart+1
	}
}
