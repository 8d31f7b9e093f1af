package genui

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/tidwall/gjson"
)

// maxNesting is how deeply a spec's JSON text may nest: a node at depth
// MaxDepth sits 2×MaxDepth levels down (an object in a children array per
// level) and a table's rows add two more. Deeper text cannot be valid, and
// the scanner refuses it before anything recurses.
const maxNesting = 2*MaxDepth + 2

// mode is what a decoder is for.
type mode int

const (
	lenient mode = iota // Parse: keep all it can; fail only on wrong JSON types
	strict              // Validate: report every problem
	partial             // ParsePartial: lenient, and nodes still being written keep only what validates
)

// decoder walks JSON text that the scanner has checked, reading it with
// gjson, and builds the spec it holds. Every mode runs the same walk, so
// Parse, Validate and ParsePartial cannot disagree on what a spec says.
type decoder struct {
	mode  mode
	src   string
	errs  Errors
	ptr   []byte // the JSON Pointer of the value being read
	nodes int

	version      int  // the spec's version
	newer        bool // the spec's version is newer than Version: unknown types may fall back
	versionKnown bool // the "version" member has been read

	// partial mode
	open        []int         // offsets of the containers the prefix left open, ascending
	cut         int           // offset of the string the prefix cut short, or -1
	unknownKept bool          // a node of an unknown type was kept
	done        map[int]*Node // Stream: complete nodes by offset, reused and filled

	members []kv // scratch for the members of the objects being read
}

// kv is one member of a JSON object.
type kv struct {
	key, val gjson.Result
}

// unknownFields are the fields a node of a type this version does not know
// is read with: those every node may carry.
var unknownFields = func() []Field {
	var fs []Field
	for _, f := range descs["column"].fields {
		switch {
		case f.where == inProps:
		case f.Name == "type":
			f.Values, f.Doc = nil, "the component"
			fs = append(fs, f)
		default:
			fs = append(fs, f)
		}
	}
	return fs
}()

// catalogNames lists the type names of the catalog, for suggestions.
var catalogNames = func() []string {
	names := make([]string, len(Catalog))
	for i, c := range Catalog {
		names[i] = c.Name
	}
	return names
}()

var specFields = []string{"version", "title", "root"}

// spec reads the top-level object.
func (d *decoder) spec(v gjson.Result) *Spec {
	if !v.IsObject() {
		d.fail(v, "a spec must be a JSON object, not %s", describe(v))
		return nil
	}
	sp := &Spec{}
	mark := len(d.members)
	v.ForEach(func(k, val gjson.Result) bool {
		d.members = append(d.members, kv{k, val})
		return true
	})
	members := d.members[mark:]
	var version, title, root gjson.Result
	for _, m := range members {
		var slot *gjson.Result
		switch m.key.Str {
		case "version":
			slot = &version
		case "title":
			slot = &title
		case "root":
			slot = &root
		default:
			d.push(m.key.Str)
			d.unknownField(m, specFields, "a spec")
			d.pop(0)
			if d.mode != strict {
				sp.extra = append(sp.extra, member{m.key.Str, compact(m.val.Raw)})
			}
			continue
		}
		if slot.Exists() && d.mode == strict {
			d.errAt(m.key, "/"+m.key.Str, "duplicate field %q", m.key.Str)
		}
		*slot = m.val
	}
	d.readVersion(sp, version, v)
	if title.Exists() {
		d.ptr = append(d.ptr[:0], "/title"...)
		f := Field{Name: "title", MaxLength: MaxString}
		if s, ok := d.str(&f, title, false); ok {
			sp.Title = s
		}
	}
	if root.Exists() {
		d.ptr = append(d.ptr[:0], "/root"...)
		sp.Root = d.node(root, 1)
	} else if d.mode == strict {
		d.errAt(v, "/root", "the spec is missing required field \"root\"")
	}
	d.ptr = d.ptr[:0]
	if d.mode == partial && !d.versionKnown {
		// A placeholder until the version arrives: one that lets the
		// unknown types kept stand for their fallbacks, as only a newer
		// spec may have them.
		sp.Version = Version
		if d.unknownKept {
			sp.Version++
		}
	}
	d.members = d.members[:mark]
	return sp
}

// readVersion reads the spec's version.
func (d *decoder) readVersion(sp *Spec, v, spec gjson.Result) {
	if !v.Exists() {
		if d.mode == strict {
			d.errAt(spec, "/version", "the spec is missing required field \"version\" (%d for this version)", Version)
		}
		return
	}
	d.ptr = append(d.ptr[:0], "/version"...)
	f := Field{Name: "version", Kind: IntegerField, HasMin: true, Min: 1}
	if x, ok := d.num(&f, v, false); ok {
		sp.Version = int(x)
		d.version = sp.Version
		d.newer = sp.Version > Version
		d.versionKnown = true
	}
}

// node reads a node at depth (the root is at 1) and returns it, or nil
// when there is none to keep.
func (d *decoder) node(v gjson.Result, depth int) *Node {
	if !v.IsObject() {
		d.fail(v, "expected a node (a JSON object), got %s", describe(v))
		return nil
	}
	d.nodes++
	if d.mode == strict {
		if d.nodes == MaxNodes+1 {
			d.fail(v, "the spec has more than %d nodes", MaxNodes)
		}
		if depth > MaxDepth {
			d.fail(v, "nested too deeply: nodes may be at most %d deep", MaxDepth)
			return nil
		}
	}
	open := d.mode == partial && d.isOpen(v.Index)
	if n := d.done[v.Index]; n != nil && !open {
		return n
	}
	mark := len(d.members)
	v.ForEach(func(k, val gjson.Result) bool {
		d.members = append(d.members, kv{k, val})
		return true
	})
	members := d.members[mark:]
	n := d.nodeMembers(v, members, depth, open)
	d.members = d.members[:mark]
	if d.done != nil && n != nil && !open {
		d.done[v.Index] = n
	}
	return n
}

// nodeMembers reads the members of the node v.
func (d *decoder) nodeMembers(v gjson.Result, members []kv, depth int, open bool) *Node {
	n := &Node{open: open}
	at := len(d.ptr)
	ti := -1
	for i, m := range members {
		if m.key.Str != "type" {
			continue
		}
		if ti >= 0 && d.mode == strict {
			d.errAt(m.key, string(d.ptr)+"/type", "duplicate field \"type\"")
		}
		ti = i
	}
	var dsc *desc
	switch {
	case ti >= 0:
		tv := members[ti].val
		d.push("type")
		switch {
		case tv.Type != gjson.String:
			d.fail(tv, "expected a string naming a component, got %s", describe(tv))
		case open && tv.Index == d.cut:
			d.pop(at)
			return nil // its type is still being written
		default:
			n.Type = tv.Str
			dsc = descs[n.Type]
		}
		d.pop(at)
	case d.mode == strict:
		d.errAt(v, string(d.ptr)+"/type", "the node is missing required field \"type\"")
	case open:
		return nil // its type has not arrived yet
	}

	fields := unknownFields
	var props reflect.Value
	if dsc != nil {
		fields = dsc.fields
		n.Props = dsc.New()
		props = reflect.ValueOf(n.Props).Elem()
	}
	var seen, set uint64
	for i, m := range members {
		if i == ti {
			continue
		}
		key := m.key.Str
		fi := field(fields, key)
		if fi < 0 {
			if dsc != nil {
				d.push(key)
				d.unknownField(m, fieldNames(fields), dsc.Name)
				d.pop(at)
			}
			if d.mode != strict {
				n.extra = append(n.extra, member{key, compact(m.val.Raw)})
			}
			continue
		}
		if seen&(1<<fi) != 0 && d.mode == strict {
			d.errAt(m.key, string(d.ptr)+"/"+key, "duplicate field %q", key)
		}
		seen |= 1 << fi
		d.push(key)
		if d.field(n, props, &fields[fi], m.val, depth, open) {
			set |= 1 << fi
		}
		d.pop(at)
	}

	if dsc == nil {
		return d.unknown(n, v, ti >= 0 && members[ti].val.Type == gjson.String)
	}
	if !d.required(v, dsc, seen, set, open) {
		return nil
	}
	return n
}

// required checks that a node of a known type has its required fields and
// reports whether it is to be kept: in partial mode a node still being
// written is left out while a required field's zero value would not
// validate.
func (d *decoder) required(v gjson.Result, dsc *desc, seen, set uint64, open bool) bool {
	fields := dsc.fields
	for fi := range fields {
		f := &fields[fi]
		if !f.Required || set&(1<<fi) != 0 || fi == 0 {
			continue
		}
		if open && !f.zeroValid() {
			return false // wait for the field: its zero value would not validate
		}
		if d.mode == strict && seen&(1<<fi) == 0 {
			d.errAt(v, string(d.ptr)+"/"+f.Name, "%s is missing required field %q", dsc.Name, f.Name)
		}
	}
	if d.mode == strict && dsc.Kind == Either {
		if items, kids := field(fields, "items"), field(fields, "children"); seen&(1<<items) != 0 && seen&(1<<kids) != 0 {
			d.errAt(v, string(d.ptr)+"/children", "%s holds items or children, not both", dsc.Name)
		}
	}
	return true
}

// unknown finishes a node whose type this version does not know (or that
// has no type): an error in strict mode unless it falls back in a newer
// spec; left out in partial mode while it could not validate.
func (d *decoder) unknown(n *Node, v gjson.Result, typed bool) *Node {
	switch {
	case d.mode == strict && typed:
		p := string(d.ptr) + "/type"
		msg := fmt.Sprintf("unknown component %q", n.Type)
		if s := suggest(n.Type, catalogNames); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		}
		switch {
		case n.Fallback != nil && d.newer:
			d.warnAt(v, p, "%s in a version %d spec: renderers of version %d show its fallback", msg, d.version, Version)
		case n.Fallback != nil:
			d.errAt(v, p, "%s (a fallback stands in for unknown types only in specs newer than version %d)", msg, Version)
		default:
			d.errAt(v, p, "%s", msg)
		}
	case d.mode == partial:
		if n.open && (n.Fallback == nil || d.versionKnown && !d.newer) {
			return nil
		}
		d.unknownKept = true
	}
	return n
}

// unknownField reports, in strict mode, a member m that owner does not
// have, suggesting the closest of names.
func (d *decoder) unknownField(m kv, names []string, owner string) {
	if d.mode != strict {
		return
	}
	key := m.key.Str
	if key == "children" && descs[owner] != nil {
		d.errAt(m.key, string(d.ptr), "%s cannot have children", owner)
		return
	}
	msg := fmt.Sprintf("unknown field %q of %s", key, owner)
	if s := suggest(key, names); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	d.errAt(m.key, string(d.ptr), "%s", msg)
}

// isOpen reports whether the container at offset off was left open by the
// prefix (partial mode).
func (d *decoder) isOpen(off int) bool {
	_, found := slices.BinarySearch(d.open, off)
	return found
}

// skipNull reports whether v is a null to be read as absent: in every mode
// but strict, as encoding/json does.
func (d *decoder) skipNull(v gjson.Result) bool {
	return v.Type == gjson.Null && d.mode != strict
}

// push appends a reference token to the current JSON Pointer.
func (d *decoder) push(tok string) {
	d.ptr = append(d.ptr, '/')
	for i := range len(tok) {
		switch tok[i] {
		case '~':
			d.ptr = append(d.ptr, "~0"...)
		case '/':
			d.ptr = append(d.ptr, "~1"...)
		default:
			d.ptr = append(d.ptr, tok[i])
		}
	}
}

// pop cuts the current JSON Pointer back to its first at bytes.
func (d *decoder) pop(at int) { d.ptr = d.ptr[:at] }

// fail records a problem with the value v at the current pointer.
func (d *decoder) fail(v gjson.Result, format string, args ...any) {
	d.errAt(v, string(d.ptr), format, args...)
}

// errAt records a problem at pointer p, located at v.
func (d *decoder) errAt(v gjson.Result, p, format string, args ...any) {
	d.errs = append(d.errs, &Error{Pointer: p, Offset: v.Index, Msg: fmt.Sprintf(format, args...)})
}

// warnAt records a note at pointer p that does not invalidate the spec.
func (d *decoder) warnAt(v gjson.Result, p, format string, args ...any) {
	d.errs = append(d.errs, &Error{Pointer: p, Offset: v.Index, Msg: fmt.Sprintf(format, args...), Warning: true})
}

// describe names the JSON type of v for a message.
func describe(v gjson.Result) string {
	switch v.Type {
	case gjson.Null:
		return "null"
	case gjson.False:
		return "false"
	case gjson.True:
		return "true"
	case gjson.Number:
		return "the number " + shorten(v.Raw)
	case gjson.String:
		return "a string"
	}
	if v.IsArray() {
		return "an array"
	}
	return "an object"
}

// shorten cuts a number's text for a message.
func shorten(raw string) string {
	if len(raw) > 24 {
		return raw[:20] + "…"
	}
	return raw
}

// compact returns JSON text raw without its insignificant white space.
func compact(raw string) string {
	if !strings.ContainsAny(raw, " \t\n\r") {
		return raw
	}
	b := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		switch c := raw[i]; c {
		case ' ', '\t', '\n', '\r':
		case '"':
			j := i + 1
			for raw[j] != '"' {
				if raw[j] == '\\' {
					j++
				}
				j++
			}
			b = append(b, raw[i:j+1]...)
			i = j
		default:
			b = append(b, c)
		}
	}
	return string(b)
}
