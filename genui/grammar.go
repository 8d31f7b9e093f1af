package genui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"sync"

	"github.com/genui/genui/inference/grammar"
)

// The grammar that constrains a model to write specs is compiled from the
// spec's JSON Schema, tightened where Validate is stricter than the
// schema says and a schema can say so:
//
//   - the version is Version (this package writes the specs it knows);
//   - a list may hold items or children, not both:
//     "not": {"required": ["items", "children"]};
//   - a URL holds no control characters (Validate refuses them; the
//     schema's "." allows all but a newline), a relative URL has no '&'
//     before its first '/', '?' or '#', where an HTML character reference
//     (Validate reads "&colon;" as ':') could make a scheme, and a
//     data:image/ URL does not end in the spaces Validate trims off.
//
// The rest of what the schema cannot say is carried by the grammar's
// options: string lengths counted in bytes, the node count and depth
// (Options.Count), the nesting of the text. Every spec the grammar allows
// passes Validate (a property test checks it on thousands of random
// generations).
const (
	safeLinkPattern  = `^(?:[Hh][Tt][Tt][Pp][Ss]?:[^\x00-\x1F\x7F]*|[^:/?#&\x00-\x1F\x7F]*(?:[/?#][^\x00-\x1F\x7F]*)?)$`
	safeImagePattern = `^(?:[Hh][Tt][Tt][Pp][Ss]?:[^\x00-\x1F\x7F]*|[Dd][Aa][Tt][Aa]:[Ii][Mm][Aa][Gg][Ee]/[^\x00-\x1F\x7F]*[^\x00-\x20\x7F]|[^:/?#&\x00-\x1F\x7F]*(?:[/?#][^\x00-\x1F\x7F]*)?)$`
)

// GrammarOptions are the limits a spec's grammar carries (see limits.go):
// strings up to MaxString bytes, arrays up to MaxItems, at most MaxNodes
// nodes nested at most MaxDepth deep, and the JSON nesting that depth
// implies (the parser's limit).
func GrammarOptions() *grammar.Options {
	return &grammar.Options{
		MaxNesting: maxNesting,
		MaxString:  MaxString,
		MaxItems:   MaxItems,
		Count:      &grammar.CountLimit{Def: "node", MaxCount: MaxNodes, MaxDepth: MaxDepth},
	}
}

var specGrammar = sync.OnceValues(func() (*grammar.Grammar, error) {
	s, err := generationSchema(Schema())
	if err != nil {
		return nil, err
	}
	return grammar.Compile(s, GrammarOptions())
})

// SpecGrammar returns the grammar of version 1 specs, compiled once.
func SpecGrammar() (*grammar.Grammar, error) {
	return specGrammar()
}

// generationSchema tightens the spec schema as described above. Each
// change is made only where the schema does not already say it.
func generationSchema(schema []byte) ([]byte, error) {
	doc, err := readOrdered(json.NewDecoder(bytes.NewReader(schema)))
	if err != nil {
		return nil, fmt.Errorf("genui: the spec schema: %w", err)
	}
	doc.walk(func(o *ordered) {
		if p := o.get("pattern"); p != nil {
			switch p.str {
			case linkPattern:
				p.str = safeLinkPattern
			case imagePattern:
				p.str = safeImagePattern
			}
		}
	})
	if v := doc.get("properties").get("version"); v != nil && v.get("maximum") == nil {
		v.keys = append(v.keys, "maximum")
		v.vals = append(v.vals, &ordered{kind: 'v', str: strconv.Itoa(Version)})
	}
	if list := doc.get("$defs").get("list"); list != nil && list.get("not") == nil {
		not := &ordered{kind: '{', keys: []string{"required"}, vals: []*ordered{{kind: '[', vals: []*ordered{
			{kind: '"', str: "items"}, {kind: '"', str: "children"}}}}}
		list.keys = append(list.keys, "not")
		list.vals = append(list.vals, not)
	}
	return doc.append(nil), nil
}

// ordered is a JSON value whose object members keep their order (the
// order of properties is the order of generation).
type ordered struct {
	kind byte // '{', '[', '"', or 'v' for other scalars (raw text in str)
	str  string
	keys []string
	vals []*ordered
}

func readOrdered(d *json.Decoder) (*ordered, error) {
	d.UseNumber()
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
		return &ordered{kind: '"', str: t}, nil
	}
	raw, err := json.Marshal(tok)
	return &ordered{kind: 'v', str: string(raw)}, err
}

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

// walk calls f on o and every object inside it.
func (o *ordered) walk(f func(*ordered)) {
	if o.kind == '{' {
		f(o)
	}
	for _, v := range o.vals {
		v.walk(f)
	}
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
				b = appendQuoted(b, o.keys[i])
				b = append(b, ':')
			}
			b = v.append(b)
		}
		return append(b, o.kind+2) // '}' and ']' follow '{' and '[' by two
	case '"':
		return appendQuoted(b, o.str)
	}
	return append(b, o.str...)
}
