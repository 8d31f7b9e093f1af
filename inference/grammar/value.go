package grammar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// value is a JSON value of a schema document with the order of object
// members kept: property order is part of the grammar (keys are generated
// in the order the schema lists them), and encoding/json's maps lose it.
type value struct {
	kind  byte     // 'o' object, 'a' array, 's' string, 'n' number, 't' true, 'f' false, 'z' null
	str   string   // a string's text, a number's literal
	keys  []string // an object's member names, in document order
	elems []*value // an object's member values (parallel to keys) or an array's elements
}

// maxSchemaNesting bounds how deep a schema document may nest, so that
// hostile input cannot exhaust the stack of the recursive compiler.
const maxSchemaNesting = 256

// parseValue reads one JSON document. Duplicate member names are an error:
// a schema that says two things about the same property is ambiguous.
func parseValue(data []byte) (*value, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	v, err := readValue(d, "", 0)
	if err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, fmt.Errorf("grammar: schema: data after the top-level value")
	}
	return v, nil
}

func readValue(d *json.Decoder, ptr string, depth int) (*value, error) {
	if depth > maxSchemaNesting {
		return nil, fmt.Errorf("grammar: schema at %s: nested deeper than %d levels", pointerText(ptr), maxSchemaNesting)
	}
	tok, err := d.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("grammar: schema is not valid JSON (at byte %d): %w", d.InputOffset(), err)
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			v := &value{kind: 'o'}
			seen := map[string]bool{}
			for d.More() {
				kt, err := d.Token()
				if err != nil {
					return nil, fmt.Errorf("grammar: schema is not valid JSON (at byte %d): %w", d.InputOffset(), err)
				}
				k, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("grammar: schema is not valid JSON (at byte %d): object key is not a string", d.InputOffset())
				}
				if seen[k] {
					return nil, fmt.Errorf("grammar: schema at %s: duplicate member %q", pointerText(ptr), k)
				}
				seen[k] = true
				e, err := readValue(d, ptr+"/"+escapePointer(k), depth+1)
				if err != nil {
					return nil, err
				}
				v.keys = append(v.keys, k)
				v.elems = append(v.elems, e)
			}
			if _, err := d.Token(); err != nil {
				return nil, fmt.Errorf("grammar: schema is not valid JSON (at byte %d): %w", d.InputOffset(), err)
			}
			return v, nil
		case '[':
			v := &value{kind: 'a'}
			for d.More() {
				e, err := readValue(d, ptr+"/"+strconv.Itoa(len(v.elems)), depth+1)
				if err != nil {
					return nil, err
				}
				v.elems = append(v.elems, e)
			}
			if _, err := d.Token(); err != nil {
				return nil, fmt.Errorf("grammar: schema is not valid JSON (at byte %d): %w", d.InputOffset(), err)
			}
			return v, nil
		}
		return nil, fmt.Errorf("grammar: schema is not valid JSON (at byte %d): unexpected %q", d.InputOffset(), t)
	case string:
		return &value{kind: 's', str: t}, nil
	case json.Number:
		return &value{kind: 'n', str: string(t)}, nil
	case bool:
		if t {
			return &value{kind: 't'}, nil
		}
		return &value{kind: 'f'}, nil
	case nil:
		return &value{kind: 'z'}, nil
	}
	return nil, fmt.Errorf("grammar: schema is not valid JSON (at byte %d)", d.InputOffset())
}

// get returns the member named k of an object, or nil.
func (v *value) get(k string) *value {
	for i, key := range v.keys {
		if key == k {
			return v.elems[i]
		}
	}
	return nil
}

// kindName names a value's JSON type for error messages.
func (v *value) kindName() string {
	switch v.kind {
	case 'o':
		return "an object"
	case 'a':
		return "an array"
	case 's':
		return "a string"
	case 'n':
		return "a number"
	case 'z':
		return "null"
	}
	return "a boolean"
}

// appendJSON appends v as compact JSON, object members in document order:
// the exact text the grammar generates for a const or enum value.
func (v *value) appendJSON(b []byte) []byte {
	switch v.kind {
	case 'o':
		b = append(b, '{')
		for i, k := range v.keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			b = v.elems[i].appendJSON(b)
		}
		return append(b, '}')
	case 'a':
		b = append(b, '[')
		for i, e := range v.elems {
			if i > 0 {
				b = append(b, ',')
			}
			b = e.appendJSON(b)
		}
		return append(b, ']')
	case 's':
		return appendString(b, v.str)
	case 'n':
		return append(b, v.str...)
	case 't':
		return append(b, "true"...)
	case 'f':
		return append(b, "false"...)
	}
	return append(b, "null"...)
}

// appendString appends s as a JSON string with the fewest escapes: '"',
// '\\' and control characters; everything else, non-ASCII included, is
// written as itself. Invalid UTF-8 becomes U+FFFD, as encoding/json does.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hexDigit(c>>4), hexDigit(c&15))
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, r)
		i += n
	}
	return append(b, '"')
}

func hexDigit(c byte) byte { return "0123456789abcdef"[c&15] }

// escapePointer escapes a member name for a JSON Pointer (RFC 6901).
func escapePointer(k string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(k)
}

// pointerText renders a JSON Pointer for messages; the root is "#".
func pointerText(ptr string) string {
	return "#" + ptr
}
