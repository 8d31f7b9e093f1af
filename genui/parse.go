package genui

import (
	"fmt"

	"github.com/tidwall/gjson"
)

// Parse reads a spec for rendering. It is lenient: it keeps nodes of types
// this version does not know (with their fallbacks and their other fields,
// which Marshal writes back), values outside an enum or a bound, unsafe
// URLs and misplaced children, all of which the renderer copes with or
// drops, and it reads null as absent. It fails only on text that is not
// JSON, on a JSON type where the spec wants another (a number for a
// string), on nesting deeper than any spec may hold, and on text longer
// than MaxSpecBytes; the error is an *Error, located by line and column
// and by JSON Pointer. Use Validate to check a spec strictly.
func Parse(data []byte) (*Spec, error) {
	src, err := check(data)
	if err != nil {
		return nil, err
	}
	d := decoder{mode: lenient, src: src, cut: -1}
	sp := d.spec(gjson.Parse(src))
	if err := d.firstError(); err != nil {
		return nil, err
	}
	return sp, nil
}

// UnmarshalJSON reads a spec as Parse does.
func (s *Spec) UnmarshalJSON(data []byte) error {
	sp, err := Parse(data)
	if err != nil {
		return err
	}
	*s = *sp
	return nil
}

// UnmarshalJSON reads one node as Parse reads a spec's root.
func (n *Node) UnmarshalJSON(data []byte) error {
	src, err := check(data)
	if err != nil {
		return err
	}
	d := decoder{mode: lenient, src: src, cut: -1}
	v := gjson.Parse(src)
	kid := d.node(v, 1)
	if err := d.firstError(); err != nil {
		return err
	}
	*n = *kid
	return nil
}

// Complete reports whether the whole of n's text has been read. Only
// ParsePartial returns incomplete nodes; a complete node does not change
// as more text arrives.
func (n *Node) Complete() bool { return !n.open }

// check applies the size limit and the scanner to data, and returns it as
// a string for gjson.
func check(data []byte) (string, error) {
	if len(data) > MaxSpecBytes {
		return "", fmt.Errorf("genui: %w", tooLarge(len(data)))
	}
	src := string(data)
	if e := scan(src, maxNesting); e != nil {
		Errors{e}.locate(src)
		return "", located(e)
	}
	return src, nil
}

func tooLarge(n int) *Error {
	return &Error{Offset: MaxSpecBytes, Msg: fmt.Sprintf("the spec is %d bytes, more than the limit of %d", n, MaxSpecBytes)}
}

// firstError returns the first problem the decoder found, located.
func (d *decoder) firstError() error {
	if len(d.errs) == 0 {
		return nil
	}
	d.errs.locate(d.src)
	return located(d.errs[0])
}

// located wraps e in an error that says where it is: "genui: line L,
// column C: …".
func located(e *Error) error {
	if e.Syntax {
		return fmt.Errorf("genui: %w", e)
	}
	return fmt.Errorf("genui: line %d, column %d: %w", e.Line, e.Column, e)
}
