package grammar

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// The compilation of each kind of schema: objects, arrays, strings,
// numbers, literals (enum, const, booleans, null) and the any value.

func (c *compiler) object(ptr string, v *value) (int32, error) {
	props := v.get("properties")
	addl := v.get("additionalProperties")
	if props == nil {
		if addl != nil && addl.kind == 'f' {
			return c.objectNode(ptr, nil)
		}
		val := c.any()
		if addl != nil {
			var err error
			if val, err = c.schema(ptr+"/additionalProperties", addl); err != nil {
				return 0, err
			}
		}
		if r := v.get("required"); r != nil && r.kind == 'a' && len(r.elems) > 0 {
			return 0, c.errf(ptr+"/required", ErrUnsupported, "required keys without properties are not supported")
		}
		key := c.add(node{kind: kString, ptr: ptr, maxLen: int32(c.g.lim.str)})
		c.setFirst(key)
		id := c.add(node{kind: kMap, ptr: ptr, item: val, key: key, maxItems: int32(c.g.lim.items)})
		c.setFirst(id)
		return id, nil
	}
	if props.kind != 'o' {
		return 0, c.errf(ptr+"/properties", ErrSchema, "properties must be an object")
	}
	required := map[string]bool{}
	if r := v.get("required"); r != nil {
		if r.kind != 'a' {
			return 0, c.errf(ptr+"/required", ErrSchema, "required must be an array of names")
		}
		for i, e := range r.elems {
			if e.kind != 's' {
				return 0, c.errf(ptr+"/required/"+strconv.Itoa(i), ErrSchema, "required must be an array of names")
			}
			if props.get(e.str) == nil {
				return 0, c.errf(ptr+"/required/"+strconv.Itoa(i), ErrUnsupported, "required property %q is not among the properties", e.str)
			}
			required[e.str] = true
		}
	}
	var ps []prop
	index := map[string]int{}
	for i, k := range props.keys {
		pv := props.elems[i]
		pptr := ptr + "/properties/" + escapePointer(k)
		if pv.kind == 'f' {
			if required[k] {
				return 0, c.errf(pptr, ErrSchema, "required property %q admits no value", k)
			}
			continue // never written
		}
		id, err := c.schema(pptr, pv)
		if err != nil {
			return 0, err
		}
		index[k] = len(ps)
		ps = append(ps, prop{key: k, value: id, required: required[k]})
	}
	id, err := c.objectNode(ptr, ps)
	if err != nil {
		return 0, err
	}
	if not := v.get("not"); not != nil {
		grp, err := c.exclusive(ptr+"/not", not, ps, index)
		if err != nil {
			return 0, err
		}
		c.g.nodes[id].groups = append(c.g.nodes[id].groups, grp)
	}
	return id, nil
}

// exclusive reads not: {required: [names]}, the one form of "not" the
// compiler takes: the named optional properties may not all be written.
func (c *compiler) exclusive(ptr string, not *value, ps []prop, index map[string]int) (uint64, error) {
	r := not.get("required")
	if not.kind != 'o' || len(not.keys) != 1 || r == nil || r.kind != 'a' || len(r.elems) < 2 {
		return 0, c.errf(ptr, ErrUnsupported, `"not" is supported only as {"required": [two or more properties]}`)
	}
	var grp uint64
	for i, e := range r.elems {
		j, ok := index[e.str]
		switch {
		case e.kind != 's' || !ok:
			return 0, c.errf(ptr+"/required/"+strconv.Itoa(i), ErrUnsupported, "not/required must name properties of the object")
		case j >= 64:
			return 0, c.errf(ptr+"/required/"+strconv.Itoa(i), ErrUnsupported, "not/required is supported for the first 64 properties")
		case ps[j].required:
			return 0, c.errf(ptr+"/required/"+strconv.Itoa(i), ErrUnsupported, "not/required of a required property is not supported")
		}
		grp |= 1 << j
	}
	return grp, nil
}

// objectNode builds an object node and its key trie.
func (c *compiler) objectNode(ptr string, ps []prop) (int32, error) {
	n := node{kind: kObject, ptr: ptr, props: ps, reqFrom: make([]int32, len(ps)+1)}
	n.reqFrom[len(ps)] = int32(len(ps))
	for i := len(ps) - 1; i >= 0; i-- {
		n.reqFrom[i] = n.reqFrom[i+1]
		if ps[i].required {
			n.reqFrom[i] = int32(i)
		}
	}
	var es []trieEntry
	for i, p := range ps {
		ps[i].text = append(appendString(nil, p.key), ':')
		es = append(es, trieEntry{text: ps[i].text, payload: int32(i)})
	}
	n.trie = c.g.buildTrie(es) // keys of an object are distinct
	id := c.add(n)
	c.setFirst(id)
	return id, nil
}

func (c *compiler) array(ptr string, v *value) (int32, error) {
	item := c.any()
	maxItems := c.g.lim.items
	if it := v.get("items"); it != nil {
		if it.kind == 'f' {
			maxItems = 0
		} else {
			var err error
			if item, err = c.schema(ptr+"/items", it); err != nil {
				return 0, err
			}
		}
	}
	if u := v.get("uniqueItems"); u != nil && u.kind == 't' {
		return 0, c.errf(ptr+"/uniqueItems", ErrUnsupported, "uniqueItems true is not supported")
	}
	lo, err := c.count(ptr, v, "minItems", 0)
	if err != nil {
		return 0, err
	}
	hi, err := c.count(ptr, v, "maxItems", maxItems)
	if err != nil {
		return 0, err
	}
	hi = min(hi, maxItems)
	if lo > hi {
		return 0, c.errf(ptr, ErrSchema, "minItems %d is more than maxItems %d", lo, hi)
	}
	id := c.add(node{kind: kArray, ptr: ptr, item: item, minItems: int32(lo), maxItems: int32(hi)})
	c.setFirst(id)
	return id, nil
}

// count reads a non-negative integer keyword, def when absent. Values
// past the int32 range are clamped.
func (c *compiler) count(ptr string, v *value, k string, def int) (int, error) {
	e := v.get(k)
	if e == nil {
		return def, nil
	}
	d, ok := parseDecimal(e.str)
	if e.kind != 'n' || !ok || d.neg || d.exp < len(d.digits) {
		return 0, c.errf(ptr+"/"+k, ErrSchema, "%s must be a non-negative integer", k)
	}
	if d.exp > 9 {
		return math.MaxInt32, nil
	}
	n, _ := strconv.Atoi(d.digits + strings.Repeat("0", d.exp-len(d.digits)))
	return min(n, math.MaxInt32), nil
}

func (c *compiler) str(ptr string, v *value) (int32, error) {
	lo, err := c.count(ptr, v, "minLength", 0)
	if err != nil {
		return 0, err
	}
	hi, err := c.count(ptr, v, "maxLength", c.g.lim.str)
	if err != nil {
		return 0, err
	}
	if lo > hi {
		return 0, c.errf(ptr, ErrSchema, "minLength %d is more than maxLength %d", lo, hi)
	}
	n := node{kind: kString, ptr: ptr, minLen: int32(lo), maxLen: int32(hi)}
	pat, pptr := "", ""
	if p := v.get("pattern"); p != nil {
		if p.kind != 's' {
			return 0, c.errf(ptr+"/pattern", ErrSchema, "pattern must be a string")
		}
		pat, pptr = p.str, ptr+"/pattern"
	}
	if f := v.get("format"); f != nil && f.kind == 's' && formats[f.str] != "" {
		if pat != "" {
			return 0, c.errf(ptr, ErrUnsupported, "a pattern and an asserted format together are not supported")
		}
		pat, pptr = formats[f.str], ptr+"/format"
	}
	if pat != "" {
		d, err := compilePattern(pat, c.g.lim.runes)
		if err != nil {
			wrap := ErrSchema
			if errors.Is(err, ErrUnsupported) {
				wrap = ErrUnsupported
			}
			return 0, c.errf(pptr, wrap, "%s", strings.TrimPrefix(err.Error(), ErrUnsupported.Error()+": "))
		}
		n.re = d
		if err := n.patternTables(lo, c.g.lim.runes); err != nil {
			return 0, c.errf(pptr, ErrUnsupported, "%v", err)
		}
		if !n.fits(0, 0, 0) {
			return 0, c.errf(pptr, ErrSchema, "no string matching the pattern has a length in [%d, %d]", lo, hi)
		}
	}
	id := c.add(n)
	c.setFirst(id)
	return id, nil
}

func (c *compiler) number(ptr string, v *value, integer bool) (int32, error) {
	// minimum and maximum are inclusive; exclusiveMinimum and
	// exclusiveMaximum are numbers (2020-12) or, in draft 4, booleans that
	// make minimum and maximum exclusive. Where both sides bound, the
	// stricter wins.
	side := func(incl, excl string, lower bool) (bound, error) {
		var b bound
		if e := v.get(incl); e != nil {
			d, ok := parseDecimal(e.str)
			if e.kind != 'n' || !ok {
				return b, c.errf(ptr+"/"+incl, ErrSchema, "%s must be a number", incl)
			}
			b = bound{set: true, d: d}
		}
		e := v.get(excl)
		switch {
		case e == nil:
		case e.kind == 't':
			b.excl = b.set
		case e.kind == 'f':
		default:
			d, ok := parseDecimal(e.str)
			if e.kind != 'n' || !ok {
				return b, c.errf(ptr+"/"+excl, ErrSchema, "%s must be a number", excl)
			}
			if x := (bound{set: true, excl: true, d: d}); !b.set || tighter(x, b, lower) {
				b = x
			}
		}
		return b, nil
	}
	lo, err := side("minimum", "exclusiveMinimum", true)
	if err != nil {
		return 0, err
	}
	hi, err := side("maximum", "exclusiveMaximum", false)
	if err != nil {
		return 0, err
	}
	if m := v.get("multipleOf"); m != nil {
		d, ok := parseDecimal(m.str)
		if m.kind != 'n' || !ok || d.neg || d.digits != "1" || d.exp != 1 {
			return 0, c.errf(ptr+"/multipleOf", ErrUnsupported, "multipleOf other than 1 is not supported")
		}
		integer = true
	}
	s, ok := newNumSpec(integer, c.g.lim.digits, lo, hi)
	if !ok {
		return 0, c.errf(ptr, ErrSchema, "no number of at most %d digits lies within the bounds", c.g.lim.digits)
	}
	id := c.add(node{kind: kNumber, ptr: ptr, num: s})
	c.setFirst(id)
	return id, nil
}

// tighter reports whether bound a is stricter than b (lower bounds when
// lower is true).
func tighter(a, b bound, lower bool) bool {
	c := compareDecimal(a.d, b.d)
	if c == 0 {
		return a.excl && !b.excl
	}
	return c > 0 == lower
}

// compareDecimal compares two exact decimals.
func compareDecimal(a, b decimal) int {
	sign := func(d decimal) int {
		switch {
		case d.digits == "":
			return 0
		case d.neg:
			return -1
		}
		return 1
	}
	sa, sb := sign(a), sign(b)
	if sa != sb || sa == 0 {
		return max(-1, min(1, sa-sb))
	}
	mag := 0
	switch {
	case a.exp != b.exp:
		mag = 1
		if a.exp < b.exp {
			mag = -1
		}
	default:
		mag = strings.Compare(a.digits, b.digits)
	}
	return mag * sa
}

// literal compiles enum and const, keeping the values of allowed types.
func (c *compiler) literal(ptr string, v *value, types []string) (int32, error) {
	var vals []*value
	if e := v.get("enum"); e != nil {
		if e.kind != 'a' {
			return 0, c.errf(ptr+"/enum", ErrSchema, "enum must be an array")
		}
		vals = e.elems
	}
	if k := v.get("const"); k != nil {
		if vals != nil {
			return 0, c.errf(ptr, ErrUnsupported, "enum and const together are not supported")
		}
		vals = []*value{k}
	}
	for _, k := range v.keys {
		if families[k] != "" {
			return 0, c.errf(ptr+"/"+escapePointer(k), ErrUnsupported, "%q beside enum or const is not supported", k)
		}
	}
	var texts [][]byte
	for _, e := range vals {
		if !typeAllows(types, e) {
			continue
		}
		texts = append(texts, e.appendJSON(nil))
	}
	if len(texts) == 0 {
		return 0, c.errf(ptr, ErrSchema, "enum or const admits no value of the allowed types")
	}
	return c.literalTexts(ptr, texts, false)
}

// typeAllows reports whether a value has one of the types.
func typeAllows(types []string, v *value) bool {
	for _, t := range types {
		switch {
		case t == "object" && v.kind == 'o', t == "array" && v.kind == 'a', t == "string" && v.kind == 's',
			t == "number" && v.kind == 'n', t == "boolean" && (v.kind == 't' || v.kind == 'f'), t == "null" && v.kind == 'z':
			return true
		case t == "integer" && v.kind == 'n':
			d, ok := parseDecimal(v.str)
			if ok && d.exp >= len(d.digits) {
				return true
			}
		}
	}
	return false
}

// literalTexts builds a literal node of exact texts; a repeated text is
// an error when strict (oneOf would match it twice), else dropped.
func (c *compiler) literalTexts(ptr string, texts [][]byte, strict bool) (int32, error) {
	var es []trieEntry
	seen := map[string]bool{}
	for _, t := range texts {
		if seen[string(t)] {
			if strict {
				return 0, c.errf(ptr, ErrSchema, "oneOf: the value %s matches more than one alternative", t)
			}
			continue
		}
		seen[string(t)] = true
		es = append(es, trieEntry{text: t, payload: int32(len(es))})
	}
	root := c.g.buildTrie(es)
	n := node{kind: kLiteral, ptr: ptr, trie: root}
	for _, e := range es {
		n.texts = append(n.texts, e.text)
	}
	id := c.add(n)
	c.setFirst(id)
	return id, nil
}

// any returns the node that admits every JSON value (within the limits).
func (c *compiler) any() int32 {
	if c.anyNode >= 0 {
		return c.anyNode
	}
	u := c.add(node{kind: kUnion, ptr: "", alt: new([256]int32)})
	c.anyNode = u
	str := c.add(node{kind: kString, maxLen: int32(c.g.lim.str)})
	c.setFirst(str)
	num, _ := newNumSpec(false, c.g.lim.digits, bound{}, bound{})
	nid := c.add(node{kind: kNumber, num: num})
	c.setFirst(nid)
	lit, _ := c.literalTexts("", [][]byte{[]byte("true"), []byte("false"), []byte("null")}, false)
	key := c.add(node{kind: kString, maxLen: int32(c.g.lim.str)})
	c.setFirst(key)
	obj := c.add(node{kind: kMap, item: u, key: key, maxItems: int32(c.g.lim.items)})
	c.setFirst(obj)
	arr := c.add(node{kind: kArray, item: u, maxItems: int32(c.g.lim.items)})
	c.setFirst(arr)
	alt := c.g.nodes[u].alt
	for b := range alt {
		alt[b] = -1
	}
	for _, id := range []int32{str, nid, lit, obj, arr} {
		for b, ok := range c.g.nodes[id].first {
			if ok {
				alt[b] = id
			}
		}
	}
	c.setFirst(u)
	return u
}
