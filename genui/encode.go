package genui

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// Marshal writes s as compact JSON in canonical form: keys in the order
// "version", "title", "root"; in each node "type", "id", the component's
// own fields in catalog order, any fields this version does not know (as
// read), "variant", "tone", "size", "align", "gap", "children",
// "fallback". Fields holding their zero value are left out unless
// required. The same spec always gives the same bytes, and Parse of them
// gives the spec back.
//
// Marshal fails on a number that JSON cannot hold (NaN, ±Inf), on a node
// whose Props belong to another type, and on a tree nested deeper than any
// spec may be (a cycle).
func Marshal(s *Spec) ([]byte, error) {
	e := encoder{b: make([]byte, 0, 1024)}
	e.spec(s)
	if e.err != nil {
		return nil, e.err
	}
	return e.b, nil
}

// MarshalJSON writes s as Marshal does.
func (s Spec) MarshalJSON() ([]byte, error) { return Marshal(&s) }

// MarshalJSON writes n in the canonical form Marshal describes.
func (n Node) MarshalJSON() ([]byte, error) {
	var e encoder
	e.node(&n, 1)
	if e.err != nil {
		return nil, e.err
	}
	return e.b, nil
}

// encoder appends canonical JSON to b. After the first error it keeps
// going but writes nothing that matters.
type encoder struct {
	b   []byte
	err error
	ptr []byte // the JSON Pointer of the value being written, for errors
}

func (e *encoder) spec(s *Spec) {
	e.b = append(e.b, `{"version":`...)
	e.b = strconv.AppendInt(e.b, int64(s.Version), 10)
	if s.Title != "" {
		e.b = append(e.b, `,"title":`...)
		e.b = appendQuoted(e.b, s.Title)
	}
	if s.Root != nil {
		e.b = append(e.b, `,"root":`...)
		e.ptr = append(e.ptr[:0], "/root"...)
		e.node(s.Root, 1)
	}
	e.extra(s.extra)
	e.b = append(e.b, '}')
}

func (e *encoder) node(n *Node, depth int) {
	if depth > maxNesting {
		e.fail("nested more than %d nodes deep (is there a cycle?)", maxNesting)
		return
	}
	e.b = append(e.b, `{"type":`...)
	e.b = appendQuoted(e.b, n.Type)
	if n.ID != "" {
		e.b = append(e.b, `,"id":`...)
		e.b = appendQuoted(e.b, n.ID)
	}
	if d := descs[n.Type]; d != nil {
		var props reflect.Value
		switch {
		case n.Props == nil:
			props = reflect.New(d.props).Elem()
		case n.Props.Type() != n.Type || reflect.TypeOf(n.Props) != reflect.PointerTo(d.props):
			e.fail("a %s node holds the props of %s (%T)", n.Type, n.Props.Type(), n.Props)
			return
		default:
			props = reflect.ValueOf(n.Props).Elem()
		}
		e.fields(d.fields, props, true)
	}
	e.extra(n.extra)
	tokens := reflect.ValueOf(&n.Tokens).Elem()
	for i := range tokens.NumField() {
		if v := tokens.Field(i).String(); v != "" {
			e.b = append(e.b, ',')
			e.b = appendQuoted(e.b, tokenFields[i].Name)
			e.b = append(e.b, ':')
			e.b = appendQuoted(e.b, v)
		}
	}
	at := len(e.ptr)
	if len(n.Children) > 0 {
		e.b = append(e.b, `,"children":[`...)
		for i, kid := range n.Children {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.ptr = strconv.AppendInt(append(e.ptr, "/children/"...), int64(i), 10)
			if kid == nil {
				e.fail("a nil child")
				return
			}
			e.node(kid, depth+1)
			e.ptr = e.ptr[:at]
		}
		e.b = append(e.b, ']')
	}
	if n.Fallback != nil {
		e.b = append(e.b, `,"fallback":`...)
		e.ptr = append(e.ptr, "/fallback"...)
		e.node(n.Fallback, depth+1)
		e.ptr = e.ptr[:at]
	}
	e.b = append(e.b, '}')
}

// tokenFields describes the design tokens, in Tokens' field order.
var tokenFields = structFields(reflect.TypeFor[Tokens](), inTokens)

// fields writes the component's own fields held in v (a struct) as
// members, each after a comma if comma is set and after the first,
// leaving out the empty values of fields that are not required.
func (e *encoder) fields(fs []Field, v reflect.Value, comma bool) {
	for i := range fs {
		f := &fs[i]
		if f.where != inProps {
			continue
		}
		fv := v.Field(f.index)
		if !f.Required && (fv.IsZero() || fv.Kind() == reflect.Slice && fv.Len() == 0) {
			continue
		}
		if comma {
			e.b = append(e.b, ',')
		}
		comma = true
		e.b = appendQuoted(e.b, f.Name)
		e.b = append(e.b, ':')
		at := len(e.ptr)
		e.ptr = append(append(e.ptr, '/'), f.Name...)
		e.value(f, fv)
		e.ptr = e.ptr[:at]
	}
}

// value writes the Go value v of field f.
func (e *encoder) value(f *Field, v reflect.Value) {
	switch f.Kind {
	case StringField:
		e.b = appendQuoted(e.b, v.String())
	case IntegerField:
		e.b = strconv.AppendInt(e.b, v.Int(), 10)
	case NumberField:
		x := v.Float()
		if math.IsNaN(x) || math.IsInf(x, 0) {
			e.fail("%v cannot be written in JSON", x)
			x = 0
		}
		e.b = appendFloat(e.b, x)
	case BoolField:
		e.b = strconv.AppendBool(e.b, v.Bool())
	case StringsField, StringRowsField, ObjectsField:
		e.b = append(e.b, '[')
		at := len(e.ptr)
		for i := range v.Len() {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.ptr = strconv.AppendInt(append(e.ptr, '/'), int64(i), 10)
			switch el := v.Index(i); f.Kind {
			case StringsField:
				e.b = appendQuoted(e.b, el.String())
			case StringRowsField:
				e.value(&Field{Kind: StringsField}, el)
			default:
				e.b = append(e.b, '{')
				e.fields(f.Elem, el, false)
				e.b = append(e.b, '}')
			}
			e.ptr = e.ptr[:at]
		}
		e.b = append(e.b, ']')
	}
}

// extra writes members kept verbatim.
func (e *encoder) extra(ms []member) {
	for _, m := range ms {
		e.b = append(e.b, ',')
		e.b = appendQuoted(e.b, m.key)
		e.b = append(e.b, ':')
		e.b = append(e.b, m.raw...)
	}
}

func (e *encoder) fail(format string, args ...any) {
	if e.err == nil {
		msg := fmt.Sprintf(format, args...)
		if len(e.ptr) > 0 {
			msg = string(e.ptr) + ": " + msg
		}
		e.err = fmt.Errorf("genui: marshal: %s", msg)
	}
}

// appendFloat writes x as JSON, the way JavaScript prints numbers (and
// encoding/json writes them): plain decimals from 1e-6 up to 1e21,
// exponent form outside, shortest digits that read back exactly.
func appendFloat(b []byte, x float64) []byte {
	format := byte('f')
	if a := math.Abs(x); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, x, format, -1, 64)
	if format == 'e' {
		// "1e-07" → "1e-7"
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendQuoted writes s as a JSON string. Like encoding/json it escapes
// <, > and & (so the text is safe inside HTML script elements), U+2028 and
// U+2029 (line ends to JavaScript), and writes invalid UTF-8 as U+FFFD.
func appendQuoted(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	i := 0
	for i < len(s) && plain[s[i]] && s[i] != '<' && s[i] != '>' && s[i] != '&' {
		i++
	}
	if i == len(s) {
		return append(append(b, s...), '"')
	}
	start := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			switch r {
			case utf8.RuneError:
				b = append(b, `\ufffd`...)
			default:
				b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
