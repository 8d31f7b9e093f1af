package genui

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed schema.json
var schemaJSON []byte

// Schema returns the JSON Schema (draft 2020-12) of a version 1 spec, the
// document in schema.json. It is generated from the descriptors (a test
// fails when the file differs; `go test ./genui -update` rewrites it) and
// shaped for a JSON-Schema-to-grammar compiler as much as for validators:
// a $defs entry per component, a "node" def that is a oneOf discriminated
// by the "type" property, each branch listing "type" (a const) first, then
// the other properties in canonical order, with additionalProperties false,
// and recursion through $ref.
//
// The schema says what a version 1 spec may hold, and Validate agrees with
// it (a test checks both on thousands of specs), except where Validate is
// stricter than the schema says or a schema cannot follow: the node count
// and depth limits and the spec size; string lengths, which Validate
// counts in bytes and JSON Schema in characters; duplicate keys; and
// unknown types standing for their fallbacks in newer specs. A list (and
// any component that holds items or children) holds one of the two, never
// both: "not": {"required": ["items", "children"]}.
//
// URLs are where the schema is the stricter one. Validate judges a URL as
// a browser reads it (it drops tabs and newlines, trims spaces, and
// decodes HTML character references before it looks for a scheme); the
// patterns accept only URLs that are safe without any of that: https:,
// http:, relative, and for pictures data:image/…, with
//
//   - no control character at all (Validate forgives tabs and newlines);
//   - no '&' before a relative URL's first '/', '?' or '#', where a
//     character reference ("javascript&colon;…") could spell a scheme;
//   - no "&#" anywhere, where a numeric reference could spell a control
//     character ("/a&#1;");
//   - a data:image/ URL whose subtype starts right after the slash, so
//     that neither spaces nor references ("data:image/&#32;") can leave it
//     empty once trimmed.
//
// So every URL the schema accepts passes Validate (a test checks it), and
// a grammar compiled from the schema writes only valid specs.
func Schema() []byte {
	return append([]byte(nil), schemaJSON...)
}

// URL patterns of the schema (see Schema): a scheme allowed for the field,
// or none, and after it urlTail: no control character, and no '&'
// followed by '#'.
const (
	urlTail      = `(?:[^\x00-\x1F\x7F&]|&+[^\x00-\x1F\x7F&#])*&*`
	httpURL      = `[Hh][Tt][Tt][Pp][Ss]?:` + urlTail
	relativeURL  = `[^:/?#&\x00-\x1F\x7F]*(?:[/?#]` + urlTail + `)?`
	dataImageURL = `[Dd][Aa][Tt][Aa]:[Ii][Mm][Aa][Gg][Ee]/[^\x00-\x20\x7F&]` + urlTail
	linkPattern  = `^(?:` + httpURL + `|` + relativeURL + `)$`
	imagePattern = `^(?:` + httpURL + `|` + dataImageURL + `|` + relativeURL + `)$`
)

// obj is a JSON object whose members keep their order.
type obj []prop

type prop struct {
	k string
	v any // obj, []any, []string, string, int, float64 or bool
}

// generateSchema builds the schema document from the descriptors.
func generateSchema() []byte {
	defs := obj{{"node", obj{
		{"description", "One element of the UI: a component, told apart by its type."},
		{"oneOf", refs()},
	}}}
	for _, c := range Catalog {
		defs = append(defs, prop{c.Name, nodeSchema(descs[c.Name])})
	}
	doc := obj{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"title", "genui spec"},
		{"description", "A user interface: a tree of components from catalog v1 under a root node."},
		{"type", "object"},
		{"properties", obj{
			{"version", obj{{"description", "the spec format's version; this schema describes version " + strconv.Itoa(Version)}, {"type", "integer"}, {"minimum", 1}}},
			{"title", obj{{"description", "the interface's name"}, {"type", "string"}, {"maxLength", MaxString}}},
			{"root", obj{{"$ref", "#/$defs/node"}}},
		}},
		{"required", []string{"version", "root"}},
		{"additionalProperties", false},
		{"$defs", defs},
	}
	var b []byte
	b = writeSchema(b, doc, "")
	return append(b, '\n')
}

func refs() []any {
	var rs []any
	for _, c := range Catalog {
		rs = append(rs, obj{{"$ref", "#/$defs/" + c.Name}})
	}
	return rs
}

// nodeSchema is the schema of one component's nodes.
func nodeSchema(d *desc) obj {
	props := obj{}
	for i := range d.fields {
		f := &d.fields[i]
		if f.Name == "type" {
			props = append(props, prop{"type", obj{{"const", d.Name}}})
			continue
		}
		props = append(props, prop{f.Name, fieldSchema(f)})
	}
	s := obj{
		{"description", d.Doc},
		{"type", "object"},
		{"properties", props},
		{"required", required(d.fields)},
		{"additionalProperties", false},
	}
	if d.Kind == Either {
		s = append(s, prop{"not", obj{{"required", []string{"items", "children"}}}})
	}
	return s
}

func required(fs []Field) []string {
	var names []string
	for _, f := range fs {
		if f.Required {
			names = append(names, f.Name)
		}
	}
	return names
}

// fieldSchema is the schema of one field's value.
func fieldSchema(f *Field) obj {
	var s obj
	if f.Doc != "" {
		s = append(s, prop{"description", f.Doc})
	}
	switch f.Kind {
	case StringField:
		s = append(s, prop{"type", "string"})
		if f.Values != nil {
			s = append(s, prop{"enum", f.Values})
		} else {
			s = append(s, prop{"maxLength", f.MaxLength})
		}
		switch f.URL {
		case LinkURL:
			s = append(s, prop{"pattern", linkPattern})
		case ImageURL:
			s = append(s, prop{"pattern", imagePattern})
		}
	case IntegerField, NumberField:
		typ := "number"
		if f.Kind == IntegerField {
			typ = "integer"
		}
		s = append(s, prop{"type", typ})
		if f.HasMin {
			s = append(s, prop{"minimum", f.Min})
		}
		if f.HasMax {
			s = append(s, prop{"maximum", f.Max})
		}
	case BoolField:
		s = append(s, prop{"type", "boolean"})
	case StringsField:
		s = appendArray(s, f, obj{{"type", "string"}, {"maxLength", f.MaxLength}})
	case StringRowsField:
		row := appendArray(nil, f, obj{{"type", "string"}, {"maxLength", f.MaxLength}})
		s = appendArray(s, f, row)
	case ObjectsField:
		props := obj{}
		for i := range f.Elem {
			props = append(props, prop{f.Elem[i].Name, fieldSchema(&f.Elem[i])})
		}
		s = appendArray(s, f, obj{
			{"type", "object"},
			{"properties", props},
			{"required", required(f.Elem)},
			{"additionalProperties", false},
		})
	case NodesField:
		item := "node"
		if f.NodeType != "" {
			item = f.NodeType
		}
		s = appendArray(s, f, obj{{"$ref", "#/$defs/" + item}})
	case NodeField:
		s = append(s, prop{"$ref", "#/$defs/node"})
	}
	return s
}

func appendArray(s obj, f *Field, items obj) obj {
	s = append(s, prop{"type", "array"}, prop{"items", items})
	if f.MinItems > 0 {
		s = append(s, prop{"minItems", f.MinItems})
	}
	return append(s, prop{"maxItems", f.MaxItems})
}

// writeSchema appends v as indented JSON: two spaces a level, arrays of
// strings and short objects on one line.
func writeSchema(b []byte, v any, indent string) []byte {
	switch v := v.(type) {
	case obj:
		if oneLine(v) {
			b = append(b, '{')
			for i, p := range v {
				if i > 0 {
					b = append(b, ", "...)
				}
				b = appendQuoted(b, p.k)
				b = append(b, ": "...)
				b = writeSchema(b, p.v, indent)
			}
			return append(b, '}')
		}
		b = append(b, "{\n"...)
		for i, p := range v {
			b = append(b, indent+"  "...)
			b = appendQuoted(b, p.k)
			b = append(b, ": "...)
			b = writeSchema(b, p.v, indent+"  ")
			if i < len(v)-1 {
				b = append(b, ',')
			}
			b = append(b, '\n')
		}
		return append(append(b, indent...), '}')
	case []any:
		b = append(b, "[\n"...)
		for i, x := range v {
			b = append(b, indent+"  "...)
			b = writeSchema(b, x, indent+"  ")
			if i < len(v)-1 {
				b = append(b, ',')
			}
			b = append(b, '\n')
		}
		return append(append(b, indent...), ']')
	case []string:
		b = append(b, '[')
		for i, s := range v {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendQuoted(b, s)
		}
		return append(b, ']')
	case string:
		return appendQuoted(b, v)
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	case float64:
		return appendFloat(b, v)
	case bool:
		return strconv.AppendBool(b, v)
	}
	panic("genui: no schema form for a value") // generateSchema builds only the types above
}

// oneLine reports whether an object is short enough to write on one line:
// no nested objects but a $ref or a const, and few members.
func oneLine(o obj) bool {
	if len(o) > 3 {
		return false
	}
	n := 0
	for _, p := range o {
		switch v := p.v.(type) {
		case obj, []any:
			return false
		case string:
			n += len(v)
		case []string:
			n += len(strings.Join(v, ", "))
		}
		n += len(p.k) + 4
	}
	return n < 80
}
