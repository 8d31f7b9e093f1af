package pipeline

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/genui/genui/genui"
)

// The refine grammar is compiled, per spec, from a JSON Schema of the
// patches that spec admits (RFC 6902, in the form genui.MarshalPatch
// writes and the model was trained on: members op, path, from, value):
//
//   - remove: paths that exist and may go (optional fields, array
//     elements above an array's minimum);
//   - replace: paths that exist ("/root", every field, element and cell;
//     "type" only with the types whose fields the node already fits);
//   - add: a missing optional field of a node, an array index up to the
//     array's length, or "-", where the array has room;
//   - move: a node in a children array, to an index of a children array;
//   - copy: the same, or the root;
//   - test: never (it changes nothing and can only fail).
//
// Each op is one alternative of a oneOf told apart by "op". The value of
// an add or replace is typed by what lives at its path: the node schema
// where a node goes, the field's own schema (an enum for a design token, a
// pattern for a URL, bounds for a number) where a field goes. The grammar
// compiler tells object alternatives apart by their first member only, so
// one op's value cannot depend on the path written before it: the value
// schema of an op is the union of what its paths take, exact where they
// agree and widened where they do not (two enums join, an enum and free
// text become free text, integers and numbers a number with the outer
// bounds, arrays an array of the union of their items). Refine validates
// the patched spec and reports what the widening let through.
//
// Paths are those of the spec as given: an op that refers to what an
// earlier op of the same patch made (a field of a node whose type it
// changed, a child of a container it added) cannot be written, and one
// that names a place an earlier op moved fails to apply.

// maxPatchOps is the most operations a refine patch may hold.
const maxPatchOps = 64

// want is what may stand at a path: the schema of the value an add or a
// replace writes there, with what widening needs to know of it.
type want struct {
	class byte   // the value's first byte: '{' object, '"' string, '0' number, 't' boolean, '[' array
	ref   string // the schema, as a pointer into the spec schema ("#/$defs/button/properties/variant"); "" for inline
	// Strings.
	enum      []string // the values allowed; nil for free text
	maxLength int
	// Numbers.
	integer        bool
	hasMin, hasMax bool
	min, max       float64
	// Arrays.
	item     *want
	minItems int
	// Objects: a node (else a chart datum).
	node bool
}

var (
	nodeWant = want{class: '{', ref: "#/$defs/node", node: true}
	tabWant  = want{class: '{', ref: "#/$defs/tab", node: true}
)

// fieldWant is the want of field f of a node of type typ (or of a datum,
// for f in a chart's data); ref is f's schema in the spec schema.
func fieldWant(f *genui.Field, ref string) want {
	switch f.Kind {
	case genui.StringField:
		w := want{class: '"', ref: ref, maxLength: f.MaxLength}
		if f.Enum != "" {
			w.enum = f.Values
		}
		return w
	case genui.IntegerField, genui.NumberField:
		return want{class: '0', ref: ref, integer: f.Kind == genui.IntegerField, hasMin: f.HasMin, min: f.Min, hasMax: f.HasMax, max: f.Max}
	case genui.BoolField:
		return want{class: 't', ref: ref}
	case genui.StringsField:
		return want{class: '[', ref: ref, minItems: f.MinItems, item: &want{class: '"', ref: ref + "/items", maxLength: f.MaxLength}}
	case genui.StringRowsField:
		row := &want{class: '[', ref: ref + "/items", minItems: f.MinItems, item: &want{class: '"', ref: ref + "/items/items", maxLength: f.MaxLength}}
		return want{class: '[', ref: ref, minItems: f.MinItems, item: row}
	case genui.ObjectsField:
		return want{class: '[', ref: ref, minItems: f.MinItems, item: &want{class: '{', ref: ref + "/items"}}
	case genui.NodesField:
		item := nodeWant
		if f.NodeType == "tab" {
			item = tabWant
		}
		return want{class: '[', ref: ref, minItems: f.MinItems, item: &item}
	}
	return nodeWant // genui.NodeField: the fallback
}

// target is a path with the want of its value.
type target struct {
	path string
	want want
}

// paths are the places a patch of one spec may name, by op.
type paths struct {
	add, replace   []target
	remove         []string
	nodes          []string // nodes inside children arrays: what move and copy take
	slots          []string // indices of children arrays: where move and copy put
	count, deepest int      // the spec's nodes, and its deepest node's depth
}

// specPaths walks a spec (canonical JSON, read into a tree).
func specPaths(spec *ordered) *paths {
	p := &paths{}
	title := want{class: '"', maxLength: genui.MaxString}
	if spec.get("title") != nil {
		p.replace = append(p.replace, target{"/title", title})
		p.remove = append(p.remove, "/title")
	} else {
		p.add = append(p.add, target{"/title", title})
	}
	if root := spec.get("root"); root != nil {
		p.replace = append(p.replace, target{"/root", nodeWant})
		p.node(root, "/root", 1)
	}
	return p
}

// node walks a node at ptr, depth deep.
func (p *paths) node(n *ordered, ptr string, depth int) {
	p.count++
	p.deepest = max(p.deepest, depth)
	typ := n.get("type")
	if typ == nil || typ.kind != '"' {
		return
	}
	fields := catalogFields()[typ.str]
	if fields == nil {
		return // a type of a newer catalog: replaced or removed whole
	}
	c, _ := genui.Lookup(typ.str)
	def := "#/$defs/" + typ.str + "/properties/"
	for i, key := range n.keys {
		v, at := n.vals[i], ptr+"/"+escapeToken(key)
		j := slices.IndexFunc(fields, func(f genui.Field) bool { return f.Name == key })
		if j < 0 {
			p.remove = append(p.remove, at) // a member of a newer version
			continue
		}
		f := &fields[j]
		if key == "type" {
			if ts := retypes(n, fields); len(ts) > 0 {
				p.replace = append(p.replace, target{at, want{class: '"', enum: ts, maxLength: genui.MaxString}})
			}
			continue
		}
		p.replace = append(p.replace, target{at, fieldWant(f, def+escapeToken(key))})
		if !f.Required {
			p.remove = append(p.remove, at)
		}
		p.value(f, v, at, def+escapeToken(key), depth)
	}
	for i := range fields {
		f := &fields[i]
		if f.Required || n.get(f.Name) != nil {
			continue
		}
		if c.Kind == genui.Either && (f.Name == "items" && n.get("children") != nil || f.Name == "children" && n.get("items") != nil) {
			continue // a list holds one of the two
		}
		p.add = append(p.add, target{ptr + "/" + escapeToken(f.Name), fieldWant(f, def+escapeToken(f.Name))})
	}
}

// value walks the value v of field f at ptr, of a node depth deep; ref is
// f's schema.
func (p *paths) value(f *genui.Field, v *ordered, ptr, ref string, depth int) {
	switch f.Kind {
	case genui.NodeField:
		p.node(v, ptr, depth+1)
		return
	case genui.StringsField, genui.StringRowsField, genui.ObjectsField, genui.NodesField:
	default:
		return
	}
	if v.kind != '[' {
		return
	}
	w := fieldWant(f, ref)
	p.elements(v, ptr, *w.item, w.minItems, f.MaxItems, f.Kind == genui.NodesField)
	for i, el := range v.vals {
		at := ptr + "/" + strconv.Itoa(i)
		switch f.Kind {
		case genui.NodesField:
			p.nodes = append(p.nodes, at)
			p.node(el, at, depth+1)
		case genui.StringRowsField:
			p.elements(el, at, *w.item.item, f.MinItems, f.MaxItems, false)
		case genui.ObjectsField:
			p.datum(f.Elem, el, at, ref+"/items/properties/")
		}
	}
}

// elements lists the paths of array a's elements at ptr (each a w) and
// where one more goes, within the array's bounds; slots says that the
// elements are nodes, which move and copy may also put there.
func (p *paths) elements(a *ordered, ptr string, w want, minItems, maxItems int, slots bool) {
	n := len(a.vals)
	for i := range n {
		at := ptr + "/" + strconv.Itoa(i)
		p.replace = append(p.replace, target{at, w})
		if n > minItems {
			p.remove = append(p.remove, at)
		}
	}
	if n >= maxItems {
		return
	}
	for i := 0; i <= n; i++ {
		p.add = append(p.add, target{ptr + "/" + strconv.Itoa(i), w})
	}
	p.add = append(p.add, target{ptr + "/-", w})
	if slots {
		for i := 0; i <= n; i++ {
			p.slots = append(p.slots, ptr+"/"+strconv.Itoa(i))
		}
		p.slots = append(p.slots, ptr+"/-")
	}
}

// datum walks one element of a chart's data; ref is the prefix of its
// fields' schemas.
func (p *paths) datum(fields []genui.Field, d *ordered, ptr, ref string) {
	for i := range fields {
		f := &fields[i]
		at, w := ptr+"/"+escapeToken(f.Name), fieldWant(f, ref+escapeToken(f.Name))
		switch {
		case d.get(f.Name) != nil:
			p.replace = append(p.replace, target{at, w})
			if !f.Required {
				p.remove = append(p.remove, at)
			}
		case !f.Required:
			p.add = append(p.add, target{at, w})
		}
	}
}

// retypes lists the types node n may change to by a replace of its
// "type": those whose fields, with the same descriptions, include every
// field n holds, and which require no field n lacks.
func retypes(n *ordered, fields []genui.Field) []string {
	var out []string
	for _, c := range genui.Catalog {
		if c.Name == n.get("type").str {
			continue
		}
		other := catalogFields()[c.Name]
		fits := true
		for _, g := range other {
			if g.Required && g.Name != "type" && n.get(g.Name) == nil {
				fits = false
			}
		}
		for _, key := range n.keys {
			if key == "type" || !fits {
				continue
			}
			i := slices.IndexFunc(fields, func(f genui.Field) bool { return f.Name == key })
			j := slices.IndexFunc(other, func(f genui.Field) bool { return f.Name == key })
			fits = i >= 0 && j >= 0 && sameShape(&fields[i], &other[j])
		}
		if fits {
			out = append(out, c.Name)
		}
	}
	return out
}

// sameShape reports whether two fields take the same values.
func sameShape(a, b *genui.Field) bool {
	return a.Kind == b.Kind && a.Enum == b.Enum && a.URL == b.URL && a.NodeType == b.NodeType &&
		a.HasMin == b.HasMin && a.Min == b.Min && a.HasMax == b.HasMax && a.Max == b.Max &&
		a.MaxLength == b.MaxLength && a.MinItems == b.MinItems && a.MaxItems == b.MaxItems &&
		slices.EqualFunc(a.Elem, b.Elem, func(x, y genui.Field) bool { return x.Name == y.Name && sameShape(&x, &y) })
}

// catalogFields holds genui.Fields of every catalog type, read once.
var catalogFields = sync.OnceValue(func() map[string][]genui.Field {
	m := make(map[string][]genui.Field, len(genui.Catalog))
	for _, c := range genui.Catalog {
		m[c.Name] = genui.Fields(c.Name)
	}
	return m
})

// escapeToken escapes a key for a JSON Pointer (RFC 6901).
func escapeToken(t string) string {
	return strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1")
}

// schema returns the JSON Schema of the patches p admits, with the
// spec schema's definitions (defs) that its values refer to.
func (p *paths) schema(defs *ordered) *ordered {
	var alts []*ordered
	op := func(name string, members ...any) {
		required := []string{"op"}
		props := object("op", object("const", str(name)))
		for i := 0; i < len(members); i += 2 {
			required = append(required, members[i].(string))
			props = props.with(members[i].(string), members[i+1].(*ordered))
		}
		alts = append(alts, object("type", str("object"), "properties", props, "required", strs(required), "additionalProperties", jsonFalse))
	}
	valued := func(name string, ts []target) {
		var names []string
		var ws []want
		for _, t := range offered(ts) {
			names = append(names, t.path)
			ws = append(ws, t.want)
		}
		if len(names) > 0 {
			op(name, "path", enum(names), "value", union(ws))
		}
	}
	valued("add", p.add)
	if len(p.remove) > 0 {
		op("remove", "path", enum(p.remove))
	}
	valued("replace", p.replace)
	if len(p.slots) > 0 && len(p.nodes) > 0 {
		op("move", "path", enum(p.slots), "from", enum(p.nodes))
	}
	if len(p.slots) > 0 {
		op("copy", "path", enum(p.slots), "from", enum(append([]string{"/root"}, p.nodes...)))
	}
	return object(
		"type", str("array"),
		"items", object("oneOf", array(alts...)),
		"minItems", number(1),
		"maxItems", number(maxPatchOps),
		"$defs", defs,
	)
}

// offered are the targets of one op whose wants fit the union of all
// their wants (see fits).
func offered(ts []target) []target {
	all := make([]want, len(ts))
	for i, t := range ts {
		all[i] = t.want
	}
	var out []target
	for _, t := range ts {
		if fits(t.want, all) {
			out = append(out, t)
		}
	}
	return out
}

// fits reports whether union(ws) takes the values w wants: not where w
// is a chart datum (or an array of them) and ws also holds nodes, which
// the union takes instead, since alternatives are told apart by their
// first member and a datum's is "label", a node's "type". Paths whose
// want does not fit are left out of the grammar.
func fits(w want, ws []want) bool {
	switch w.class {
	case '{':
		return w.node || !slices.ContainsFunc(ws, func(x want) bool { return x.class == '{' && x.node })
	case '[':
		var items []want
		for _, x := range ws {
			if x.class == '[' {
				items = append(items, *x.item)
			}
		}
		return fits(*w.item, items)
	}
	return true
}

// enum is the schema of one of names (duplicates dropped).
func enum(names []string) *ordered {
	seen := make(map[string]bool, len(names))
	var out []string
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return object("enum", strs(out))
}

// union is the schema of a value any of ws takes: one alternative per
// first byte, each exact where its wants agree and widened where not (see
// the top of this file).
func union(ws []want) *ordered {
	var alts []*ordered
	for _, class := range []byte{'{', '"', '0', 't', '['} {
		var same []want
		for _, w := range ws {
			if w.class == class {
				same = append(same, w)
			}
		}
		if len(same) > 0 {
			alts = append(alts, merge(same))
		}
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return object("oneOf", array(alts...))
}

// merge is the schema of the values of wants of one class.
func merge(ws []want) *ordered {
	if ws[0].ref != "" && !slices.ContainsFunc(ws, func(w want) bool { return w.ref != ws[0].ref }) {
		return object("$ref", str(ws[0].ref))
	}
	switch ws[0].class {
	case '{':
		if slices.ContainsFunc(ws, func(w want) bool { return w.node && w.ref != tabWant.ref }) {
			return object("$ref", str(nodeWant.ref)) // a tab is a node too
		}
		if slices.ContainsFunc(ws, func(w want) bool { return w.node }) {
			return object("$ref", str(tabWant.ref))
		}
		return object("$ref", str(ws[0].ref)) // chart data: one schema
	case '"':
		longest, values, free := 0, []string{}, false
		for _, w := range ws {
			longest = max(longest, w.maxLength)
			free = free || w.enum == nil
			for _, v := range w.enum {
				if !slices.Contains(values, v) {
					values = append(values, v)
				}
			}
		}
		if !free {
			return object("enum", strs(values))
		}
		return object("type", str("string"), "maxLength", number(longest))
	case '0':
		s := want{class: '0', integer: true, hasMin: true, hasMax: true, min: ws[0].min, max: ws[0].max}
		for _, w := range ws {
			s.integer = s.integer && w.integer
			s.hasMin, s.min = s.hasMin && w.hasMin, min(s.min, w.min)
			s.hasMax, s.max = s.hasMax && w.hasMax, max(s.max, w.max)
		}
		typ := "number"
		if s.integer {
			typ = "integer"
		}
		o := object("type", str(typ))
		if s.hasMin {
			o = o.with("minimum", numberFloat(s.min))
		}
		if s.hasMax {
			o = o.with("maximum", numberFloat(s.max))
		}
		return o
	case 't':
		return object("type", str("boolean"))
	}
	items := make([]want, len(ws))
	least := ws[0].minItems
	for i, w := range ws {
		items[i] = *w.item
		least = min(least, w.minItems)
	}
	o := object("type", str("array"), "items", union(items))
	if least > 0 {
		o = o.with("minItems", number(least))
	}
	return o.with("maxItems", number(genui.MaxItems))
}
