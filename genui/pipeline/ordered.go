package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// ordered is a JSON value whose object members keep their order: the
// order of a schema's properties is the order of generation, and a spec's
// members are walked in the order the model reads them. Trees are built
// and read, never changed in place (with returns a new object), so a tree
// may be shared.
type ordered struct {
	kind byte // '{', '[', '"', or 'v' for other scalars (raw text in str)
	str  string
	keys []string
	vals []*ordered
}

// parseOrdered reads one JSON value.
func parseOrdered(data []byte) (*ordered, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	o, err := readOrdered(d)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return o, nil
}

func readOrdered(d *json.Decoder) (*ordered, error) {
	tok, err := d.Token()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		o := &ordered{kind: byte(t)}
		for d.More() {
			if t == '{' {
				k, err := d.Token()
				if err != nil {
					return nil, err
				}
				key, ok := k.(string)
				if !ok {
					return nil, fmt.Errorf("object key %v is not a string", k)
				}
				o.keys = append(o.keys, key)
			}
			v, err := readOrdered(d)
			if err != nil {
				return nil, err
			}
			o.vals = append(o.vals, v)
		}
		_, err := d.Token()
		return o, err
	case string:
		return str(t), nil
	}
	raw, err := json.Marshal(tok)
	return &ordered{kind: 'v', str: string(raw)}, err
}

// object builds an object from keys and values in turn.
func object(kv ...any) *ordered {
	o := &ordered{kind: '{'}
	for i := 0; i < len(kv); i += 2 {
		o.keys = append(o.keys, kv[i].(string))
		o.vals = append(o.vals, kv[i+1].(*ordered))
	}
	return o
}

func array(vs ...*ordered) *ordered { return &ordered{kind: '[', vals: vs} }

func str(s string) *ordered { return &ordered{kind: '"', str: s} }

func strs(ss []string) *ordered {
	a := array()
	for _, s := range ss {
		a.vals = append(a.vals, str(s))
	}
	return a
}

func number(n int) *ordered { return &ordered{kind: 'v', str: strconv.Itoa(n)} }

func numberFloat(x float64) *ordered {
	return &ordered{kind: 'v', str: strconv.FormatFloat(x, 'g', -1, 64)}
}

var jsonFalse = &ordered{kind: 'v', str: "false"}

// get returns the member named k of an object, or nil.
func (o *ordered) get(k string) *ordered {
	if o == nil {
		return nil
	}
	for i, key := range o.keys {
		if key == k {
			return o.vals[i]
		}
	}
	return nil
}

// with returns a copy of object o with member k set to v: in its place
// if o has it, else last.
func (o *ordered) with(k string, v *ordered) *ordered {
	c := &ordered{kind: '{', keys: append([]string(nil), o.keys...), vals: append([]*ordered(nil), o.vals...)}
	for i, key := range c.keys {
		if key == k {
			c.vals[i] = v
			return c
		}
	}
	c.keys = append(c.keys, k)
	c.vals = append(c.vals, v)
	return c
}

// append writes o as compact JSON.
func (o *ordered) append(b []byte) []byte {
	switch o.kind {
	case '{', '[':
		b = append(b, o.kind)
		for i, v := range o.vals {
			if i > 0 {
				b = append(b, ',')
			}
			if o.kind == '{' {
				b = appendString(b, o.keys[i])
				b = append(b, ':')
			}
			b = v.append(b)
		}
		return append(b, o.kind+2) // '}' and ']' follow '{' and '[' by two
	case '"':
		return appendString(b, o.str)
	}
	return append(b, o.str...)
}

func appendString(b []byte, s string) []byte {
	q, _ := json.Marshal(s) // a string always marshals
	return append(b, q...)
}
