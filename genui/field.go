package genui

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// FieldKind is the JSON shape of a field's value.
type FieldKind int

// Field kinds.
const (
	StringField     FieldKind = iota // a string
	IntegerField                     // a number without a fractional part
	NumberField                      // any finite number
	BoolField                        // true or false
	StringsField                     // an array of strings
	StringRowsField                  // an array of arrays of strings
	ObjectsField                     // an array of objects that Elem describes
	NodesField                       // an array of nodes ("children")
	NodeField                        // one node ("fallback")
)

var kindNames = [...]string{"a string", "an integer", "a number", "a boolean",
	"an array of strings", "an array of arrays of strings", "an array of objects",
	"an array of nodes", "a node"}

func (k FieldKind) String() string { return kindNames[k] }

// URLKind says whether a string field holds a URL, and what it loads.
type URLKind int

// URL kinds.
const (
	NoURL    URLKind = iota
	LinkURL          // a page a person may open: https:, http: or relative
	ImageURL         // a picture: https:, http:, relative or data:image/*
)

// Field describes one key a node (or a chart datum) may carry: everything
// the schema, the validator, the grammar and the encoder need to know about
// it. Fields returns them in canonical order.
type Field struct {
	Name      string    // the JSON key
	Kind      FieldKind // the shape of its value
	Doc       string    // one line for people and the schema
	Required  bool      // the key must be present
	Enum      string    // for an enum: its name ("Variant", "IconName", …)
	Values    []string  // the allowed strings: an enum's values, or for "type" the one name
	URL       URLKind   // for a URL: what it loads
	HasMin    bool      // Min applies
	HasMax    bool      // Max applies
	Min, Max  float64   // numeric bounds, inclusive
	MaxLength int       // the longest string in bytes (of each element, for arrays of strings)
	MinItems  int       // the fewest array elements
	MaxItems  int       // the most array elements (of each level, for rows)
	Elem      []Field   // ObjectsField: the fields of each element
	NodeType  string    // NodesField: the one type every node must have ("tab" in tabs), or ""

	where int8 // where its Go value lives: inProps, inTokens or inNode
	index int  // the Go struct field index within where
}

// Where a field's Go value lives.
const (
	inNode   = iota // Node itself: type, id, children, fallback
	inTokens        // Node.Tokens
	inProps         // the component's field struct
)

// desc is one component's descriptor: the catalog entry with its fields.
type desc struct {
	Component
	fields []Field
	props  reflect.Type // the field struct
}

// descs holds every catalog component's descriptor, by type name; it is
// built once, by reflection, from the field structs and their tags.
var descs = buildDescs()

// Fields returns the keys a node of type typ may carry, in canonical order:
// "type", "id", the component's own fields, the design tokens, "children"
// (containers only) and "fallback". It returns nil for an unknown type.
// The result is the caller's to change.
func Fields(typ string) []Field {
	d := descs[typ]
	if d == nil {
		return nil
	}
	return cloneFields(d.fields)
}

func cloneFields(fs []Field) []Field {
	fs = slices.Clone(fs)
	for i := range fs {
		fs[i].Values = slices.Clone(fs[i].Values)
		fs[i].Elem = cloneFields(fs[i].Elem)
	}
	return fs
}

func buildDescs() map[string]*desc {
	tokens := structFields(reflect.TypeFor[Tokens](), inTokens)
	m := make(map[string]*desc, len(Catalog))
	for _, c := range Catalog {
		t := reflect.TypeOf(c.New()).Elem()
		fs := []Field{
			{Name: "type", Kind: StringField, Required: true, Values: []string{c.Name}, MaxLength: MaxString, Doc: c.Doc},
			{Name: "id", Kind: StringField, MaxLength: MaxString, Doc: "a name for this node, unique in the spec"},
		}
		fs = append(fs, structFields(t, inProps)...)
		fs = append(fs, tokens...)
		if c.Kind != Leaf {
			ch := Field{Name: "children", Kind: NodesField, MaxItems: MaxItems, Doc: "the nodes inside this one, in order"}
			if c.Kind == TabSet {
				ch.NodeType, ch.Doc = "tab", "the tabs, in order"
			}
			fs = append(fs, ch)
		}
		fs = append(fs, Field{Name: "fallback", Kind: NodeField, Doc: "the node shown by renderers that do not know this type"})
		if len(fs) > 64 {
			panic("genui: " + c.Name + " has more than 64 fields") // seen is a uint64 bit set
		}
		m[c.Name] = &desc{Component: c, fields: fs, props: t}
	}
	return m
}

// structFields describes the exported fields of struct type t from their
// Go types and json, schema and doc tags.
func structFields(t reflect.Type, where int8) []Field {
	var fs []Field
	for i := range t.NumField() {
		sf := t.Field(i)
		name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
		f := Field{Name: name, Doc: sf.Tag.Get("doc"), where: where, index: i, MaxLength: MaxString, MaxItems: MaxItems}
		f.Required = !strings.Contains(opts, "omitempty")
		switch ft := sf.Type; {
		case ft.Kind() == reflect.String:
			f.Kind = StringField
			if _, ok := enumValues[ft.Name()]; ok && ft.PkgPath() != "" {
				f.Enum = ft.Name()
			}
		case ft.Kind() == reflect.Int:
			f.Kind = IntegerField
		case ft.Kind() == reflect.Float64:
			f.Kind = NumberField
		case ft.Kind() == reflect.Bool:
			f.Kind = BoolField
		case ft == reflect.TypeFor[[]string]():
			f.Kind = StringsField
		case ft == reflect.TypeFor[[][]string]():
			f.Kind = StringRowsField
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			f.Kind, f.Elem = ObjectsField, structFields(ft.Elem(), inProps)
		default:
			panic(fmt.Sprintf("genui: %s.%s: no JSON form for %s", t.Name(), sf.Name, ft))
		}
		for opt := range strings.SplitSeq(sf.Tag.Get("schema"), ",") {
			parseSchemaTag(&f, opt, t.Name()+"."+sf.Name)
		}
		if f.Enum != "" {
			f.Values = enumValues[f.Enum]
		}
		fs = append(fs, f)
	}
	return fs
}

// parseSchemaTag applies one option of a schema tag to f. The tags are
// constants of this package, so a bad one is a programming error.
func parseSchemaTag(f *Field, opt, where string) {
	key, val, _ := strings.Cut(opt, "=")
	num := func() float64 {
		x, err := strconv.ParseFloat(val, 64)
		if err != nil {
			panic(fmt.Sprintf("genui: %s: schema tag %q: %v", where, opt, err))
		}
		return x
	}
	switch key {
	case "":
	case "required":
		f.Required = true
	case "min":
		f.HasMin, f.Min = true, num()
	case "max":
		f.HasMax, f.Max = true, num()
	case "maxLength":
		f.MaxLength = int(num())
	case "minItems":
		f.MinItems = int(num())
	case "enum":
		if enumValues[val] == nil {
			panic(fmt.Sprintf("genui: %s: unknown enum %q", where, val))
		}
		f.Enum = val
	case "url":
		switch val {
		case "link":
			f.URL = LinkURL
		case "image":
			f.URL = ImageURL
		default:
			panic(fmt.Sprintf("genui: %s: schema tag %q: want url=link or url=image", where, opt))
		}
	default:
		panic(fmt.Sprintf("genui: %s: unknown schema tag option %q", where, opt))
	}
}

// field returns the index in fs of the field named key, or -1.
func field(fs []Field, key string) int {
	for i := range fs {
		if fs[i].Name == key {
			return i
		}
	}
	return -1
}

// fieldNames lists the names of fs, for suggestions.
func fieldNames(fs []Field) []string {
	names := make([]string, len(fs))
	for i := range fs {
		names[i] = fs[i].Name
	}
	return names
}
