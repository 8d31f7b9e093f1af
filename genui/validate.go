package genui

import (
	"github.com/tidwall/gjson"
)

// Validate checks a spec's JSON text strictly and returns every problem,
// in the order of the text, each with its JSON Pointer and position:
// broken JSON (then nothing else is checked), unknown components and
// fields (with the likeliest intended name), missing required fields,
// wrong JSON types, values outside an enum or a bound, strings, arrays,
// nesting and node counts past the limits, children where none may be,
// tabs holding other than tab nodes, a missing or non-integer version, and
// unsafe URLs (see SafeURL). A node of an unknown type is an error unless
// it has a valid fallback and the spec's version is newer than Version;
// then it is a warning. The spec is valid when Validate returns no errors
// but warnings; Errors.Err says so.
//
// Validate does not panic on any input, and its time and memory are
// linear in the length of the text.
func Validate(data []byte) Errors {
	if len(data) > MaxSpecBytes {
		return Errors{tooLarge(len(data))}
	}
	src := string(data)
	if e := scan(src, maxNesting); e != nil {
		es := Errors{e}
		es.locate(src)
		return es
	}
	d := decoder{mode: strict, src: src, cut: -1}
	d.spec(gjson.Parse(src))
	d.errs.locate(src)
	return d.errs
}

// Validate checks a spec built in Go: it reports what Validate would for
// the text Marshal writes, with pointers but without positions.
func (s *Spec) Validate() Errors {
	data, err := Marshal(s)
	if err != nil {
		return Errors{{Offset: -1, Msg: err.Error()}}
	}
	es := Validate(data)
	for _, e := range es {
		e.Offset, e.Line, e.Column = -1, 0, 0
	}
	return es
}
