package grammar

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// docNode is the node of the document frame at the bottom of every stack.
const docNode = 0

// Compile compiles a JSON Schema (draft 2020-12, the subset described in
// the package documentation) into a Grammar. Errors are *SchemaError
// values naming the JSON Pointer of the offending schema, wrapping
// ErrUnsupported or ErrSchema, or plain errors for options and for a
// document that is not JSON.
func Compile(schema []byte, opt *Options) (*Grammar, error) {
	lim, err := opt.limits()
	if err != nil {
		return nil, err
	}
	doc, err := parseValue(schema)
	if err != nil {
		return nil, err
	}
	c := &compiler{g: &Grammar{lim: lim}, doc: doc, refs: map[string]int32{}, merged: map[string]int32{}, anyNode: -1}
	c.g.nodes = append(c.g.nodes, node{kind: kDoc, ptr: ""})
	root, err := c.target("", doc, "#")
	if err != nil {
		return nil, err
	}
	c.g.nodes[docNode].item = root
	if lim.counted {
		if err := c.markCounted(); err != nil {
			return nil, err
		}
	}
	if err := c.finish(); err != nil {
		return nil, err
	}
	return c.g, nil
}

type compiler struct {
	g       *Grammar
	doc     *value
	refs    map[string]int32 // compiled $ref targets by pointer
	merged  map[string]int32 // merged union alternatives by their ids
	anyNode int32
}

func (c *compiler) errf(ptr string, wrap error, format string, args ...any) error {
	return &SchemaError{Pointer: pointerText(ptr), Msg: fmt.Sprintf(format, args...), Err: wrap}
}

func (c *compiler) add(n node) int32 {
	c.g.nodes = append(c.g.nodes, n)
	return int32(len(c.g.nodes) - 1)
}

// Keywords by what the compiler does with them.
var (
	// annotations carry no constraint on generated documents.
	annotations = map[string]bool{
		"$schema": true, "$id": true, "$comment": true, "$anchor": true, "$vocabulary": true,
		"title": true, "description": true, "default": true, "examples": true,
		"deprecated": true, "readOnly": true, "writeOnly": true, "$defs": true, "definitions": true,
		"contentEncoding": true, "contentMediaType": true, "contentSchema": true,
		// Generated objects hold only listed properties and generated
		// arrays only their items, so these always hold.
		"unevaluatedProperties": true, "unevaluatedItems": true, "additionalItems": true,
	}
	// unsupported are assertions the compiler refuses rather than ignore.
	unsupported = map[string]string{
		"if": "", "then": "", "else": "", "dependentRequired": "", "dependentSchemas": "",
		"dependencies": "", "patternProperties": "", "propertyNames": "", "contains": "",
		"minContains": "", "maxContains": "", "prefixItems": "", "$dynamicRef": "", "$recursiveRef": "",
		"$dynamicAnchor": "", "$recursiveAnchor": "", "minProperties": "", "maxProperties": "",
	}
	// families says which type each assertion keyword constrains.
	families = map[string]string{
		"properties": "object", "required": "object", "additionalProperties": "object",
		"items": "array", "minItems": "array", "maxItems": "array", "uniqueItems": "array",
		"minLength": "string", "maxLength": "string", "pattern": "string", "format": "string",
		"minimum": "number", "maximum": "number", "exclusiveMinimum": "number",
		"exclusiveMaximum": "number", "multipleOf": "number", "not": "object",
	}
	typeNames = []string{"object", "array", "string", "number", "integer", "boolean", "null"}
)

// schema compiles the schema v found at ptr and returns its node.
func (c *compiler) schema(ptr string, v *value) (int32, error) {
	switch v.kind {
	case 't':
		return c.any(), nil
	case 'f':
		return 0, c.errf(ptr, ErrSchema, "the schema false admits no value")
	case 'o':
	default:
		return 0, c.errf(ptr, ErrSchema, "a schema must be an object or a boolean, not %s", v.kindName())
	}
	var assertions []string
	for _, k := range v.keys {
		if _, bad := unsupported[k]; bad {
			return 0, c.errf(ptr+"/"+escapePointer(k), ErrUnsupported, "keyword %q is not supported", k)
		}
		if k == "$id" && ptr != "" {
			return 0, c.errf(ptr+"/"+escapePointer(k), ErrUnsupported, "$id below the root (a new base URI) is not supported")
		}
		if !annotations[k] {
			assertions = append(assertions, k)
		}
	}
	only := func(k string) error {
		for _, a := range assertions {
			if a != k {
				return c.errf(ptr, ErrUnsupported, "%q beside %q is not supported", a, k)
			}
		}
		return nil
	}
	if r := v.get("$ref"); r != nil {
		if err := only("$ref"); err != nil {
			return 0, err
		}
		return c.ref(ptr+"/$ref", r)
	}
	if a := v.get("allOf"); a != nil {
		if err := only("allOf"); err != nil {
			return 0, err
		}
		if a.kind != 'a' || len(a.elems) != 1 {
			return 0, c.errf(ptr+"/allOf", ErrUnsupported, "allOf is supported with exactly one schema")
		}
		return c.schema(ptr+"/allOf/0", a.elems[0])
	}
	for _, k := range []string{"oneOf", "anyOf"} {
		if a := v.get(k); a != nil {
			if err := only(k); err != nil {
				return 0, err
			}
			return c.union(ptr+"/"+k, a, k == "oneOf")
		}
	}
	types, err := c.types(ptr, v)
	if err != nil {
		return 0, err
	}
	if v.get("enum") != nil || v.get("const") != nil {
		return c.literal(ptr, v, types)
	}
	if len(types) == 1 {
		return c.typed(ptr, v, types[0])
	}
	var alts []int32
	for _, t := range types {
		id, err := c.typed(ptr, v, t)
		if err != nil {
			return 0, err
		}
		alts = append(alts, id)
	}
	return c.dispatch(ptr, alts, true)
}

// types returns the types a schema allows: its "type", or the families
// of its keywords, or every type.
func (c *compiler) types(ptr string, v *value) ([]string, error) {
	t := v.get("type")
	var out []string
	switch {
	case t == nil:
		seen := map[string]bool{}
		for _, k := range v.keys {
			if f := families[k]; f != "" && !seen[f] {
				seen[f] = true
			}
		}
		for _, name := range typeNames {
			if seen[name] || len(seen) == 0 && name != "integer" {
				out = append(out, name)
			}
		}
		return out, nil
	case t.kind == 's':
		out = []string{t.str}
	case t.kind == 'a' && len(t.elems) > 0:
		for i, e := range t.elems {
			if e.kind != 's' {
				return nil, c.errf(ptr+"/type/"+strconv.Itoa(i), ErrSchema, "a type name must be a string")
			}
			out = append(out, e.str)
		}
	default:
		return nil, c.errf(ptr+"/type", ErrSchema, "type must be a name or a non-empty array of names")
	}
	hasNumber := false
	for _, n := range out {
		known := false
		for _, k := range typeNames {
			known = known || n == k
		}
		if !known {
			return nil, c.errf(ptr+"/type", ErrSchema, "unknown type %q", n)
		}
		hasNumber = hasNumber || n == "number"
	}
	if hasNumber { // integers are numbers
		k := 0
		for _, n := range out {
			if n != "integer" {
				out[k] = n
				k++
			}
		}
		out = out[:k]
	}
	return out, nil
}

// typed compiles the part of schema v about one type.
func (c *compiler) typed(ptr string, v *value, t string) (int32, error) {
	if v.get("not") != nil && (t != "object" || v.get("properties") == nil) {
		return 0, c.errf(ptr+"/not", ErrUnsupported, `"not" is supported only in an object schema with properties`)
	}
	switch t {
	case "null":
		return c.literalTexts(ptr, [][]byte{[]byte("null")}, false)
	case "boolean":
		return c.literalTexts(ptr, [][]byte{[]byte("true"), []byte("false")}, false)
	case "object":
		return c.object(ptr, v)
	case "array":
		return c.array(ptr, v)
	case "string":
		return c.str(ptr, v)
	}
	return c.number(ptr, v, t == "integer")
}

// ref compiles a local reference ("#", "#/$defs/x", any JSON Pointer).
func (c *compiler) ref(ptr string, r *value) (int32, error) {
	if r.kind != 's' {
		return 0, c.errf(ptr, ErrSchema, "$ref must be a string")
	}
	frag, ok := strings.CutPrefix(r.str, "#")
	if !ok {
		return 0, c.errf(ptr, ErrUnsupported, "$ref %q: only references inside the document (#...) are supported", r.str)
	}
	target, err := url.PathUnescape(frag)
	if err != nil || target != "" && !strings.HasPrefix(target, "/") {
		return 0, c.errf(ptr, ErrUnsupported, "$ref %q: only JSON Pointer fragments are supported", r.str)
	}
	if id, ok := c.refs[target]; ok {
		return id, nil
	}
	v := c.doc
	if target != "" {
		for _, seg := range strings.Split(target[1:], "/") {
			seg = strings.NewReplacer("~1", "/", "~0", "~").Replace(seg)
			switch v.kind {
			case 'o':
				v = v.get(seg)
			case 'a':
				i, err := strconv.Atoi(seg)
				if err != nil || i < 0 || i >= len(v.elems) {
					v = nil
				} else {
					v = v.elems[i]
				}
			default:
				v = nil
			}
			if v == nil {
				return 0, c.errf(ptr, ErrSchema, "$ref %q points at nothing", r.str)
			}
		}
	}
	return c.target(target, v, r.str)
}

// target compiles the schema v at pointer target once, for the document
// root and for every $ref to it.
func (c *compiler) target(target string, v *value, ref string) (int32, error) {
	if id, ok := c.refs[target]; ok {
		return id, nil
	}
	// Reserve the target's id, so references to it from inside itself
	// (recursion) find it; it is patched to the compiled node afterwards.
	id := c.add(node{kind: kPending, ptr: target, item: -1})
	c.refs[target] = id
	nid, err := c.schema(target, v)
	if err != nil {
		return 0, err
	}
	for x := nid; c.g.nodes[x].kind == kPending; x = c.g.nodes[x].item {
		if x == id || c.g.nodes[x].item < 0 {
			return 0, c.errf(target, ErrSchema, "$ref %q refers to itself without a value in between", ref)
		}
	}
	c.g.nodes[id].item = nid
	c.refs[target] = nid
	return nid, nil
}

// markCounted wraps the counted definition's node so that instances
// opened through it are counted.
func (c *compiler) markCounted() error {
	def := c.g.lim.count.Def
	id, ok := c.refs["/$defs/"+escapePointer(def)]
	if !ok {
		id, ok = c.refs["/definitions/"+escapePointer(def)]
	}
	if !ok {
		return fmt.Errorf("grammar: option Count: the schema has no $defs entry %q that it refers to", def)
	}
	id = c.resolve(id)
	w := node{kind: kUnion, ptr: c.g.nodes[id].ptr, counted: true, alt: new([256]int32)}
	for b := range w.alt {
		w.alt[b] = -1
		if c.g.nodes[id].first[b] {
			w.alt[b] = id
		}
	}
	w.first = c.g.nodes[id].first
	wid := c.add(w)
	// Every reference to the definition now goes through the wrapper.
	c.retarget(func(x int32) int32 {
		if c.resolve(x) == id {
			return wid
		}
		return x
	}, wid)
	return nil
}

// resolve follows a pending reservation to its compiled node; a target
// still being compiled resolves to its reservation.
func (c *compiler) resolve(id int32) int32 {
	for id >= 0 && c.g.nodes[id].kind == kPending && c.g.nodes[id].item >= 0 {
		id = c.g.nodes[id].item
	}
	return id
}

// retarget rewrites every node reference with f, except inside skip.
func (c *compiler) retarget(f func(int32) int32, skip int32) {
	for i := range c.g.nodes {
		if int32(i) == skip {
			continue
		}
		n := &c.g.nodes[i]
		switch n.kind {
		case kDoc, kArray, kMap:
			n.item = f(n.item)
			if n.kind == kMap {
				n.key = f(n.key)
			}
		case kObject:
			for j := range n.props {
				n.props[j].value = f(n.props[j].value)
			}
		case kUnion:
			for b, a := range n.alt {
				if a >= 0 {
					n.alt[b] = f(a)
				}
			}
		}
	}
}

// setFirst computes the bytes that can start a node's value.
func (c *compiler) setFirst(id int32) {
	g := c.g
	n := &g.nodes[id]
	var f [256]bool
	switch n.kind {
	case kObject, kTagged, kMap:
		f['{'] = true
	case kArray:
		f['['] = true
	case kString:
		f['"'] = true
	case kNumber:
		for _, b := range []byte("-0123456789") {
			fr := frame{}
			f[b] = n.num.step(&fr, b) == stepOK
		}
	case kLiteral:
		g.firstBytes(n.trie, &f)
	case kUnion:
		for b, a := range n.alt {
			f[b] = a >= 0
		}
	}
	n.first = f
}
