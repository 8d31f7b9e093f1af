package grammar

import (
	"fmt"
	"strconv"
	"strings"
)

// union compiles oneOf or anyOf.
func (c *compiler) union(ptr string, list *value, oneOf bool) (int32, error) {
	if list.kind != 'a' || len(list.elems) == 0 {
		return 0, c.errf(ptr, ErrSchema, "must be a non-empty array of schemas")
	}
	var alts []int32
	for i, e := range list.elems {
		id, err := c.schema(ptr+"/"+strconv.Itoa(i), e)
		if err != nil {
			return 0, err
		}
		alts = append(alts, id)
	}
	return c.dispatch(ptr, alts, oneOf)
}

// dispatch builds the node that chooses among alternatives by the first
// byte of the value. Alternatives that share a first byte must merge:
// literals into one literal (oneOf: no text twice), objects into a tagged
// union told apart by a const or enum first property.
func (c *compiler) dispatch(ptr string, alts []int32, oneOf bool) (int32, error) {
	var flat []int32
	seen := map[int32]bool{}
	for _, a := range alts {
		a = c.resolve(a)
		n := &c.g.nodes[a]
		if n.kind == kPending {
			return 0, c.errf(ptr, ErrUnsupported, "an alternative refers back to %s before any byte is read (left recursion)", pointerText(n.ptr))
		}
		parts := []int32{a}
		if n.kind == kUnion {
			parts = parts[:0]
			for _, x := range n.alt {
				if x >= 0 && !seen[x] && !contains(parts, x) {
					parts = append(parts, x)
				}
			}
		}
		for _, p := range parts {
			if seen[p] {
				if oneOf {
					return 0, c.errf(ptr, ErrSchema, "oneOf lists %s twice, so its values match more than one alternative", pointerText(c.g.nodes[p].ptr))
				}
				continue
			}
			seen[p] = true
			flat = append(flat, p)
		}
	}
	if len(flat) == 1 {
		return flat[0], nil
	}
	u := node{kind: kUnion, ptr: ptr, alt: new([256]int32)}
	for b := range u.alt {
		var here []int32
		for _, a := range flat {
			if c.g.nodes[a].first[b] {
				here = append(here, a)
			}
		}
		switch len(here) {
		case 0:
			u.alt[b] = -1
		case 1:
			u.alt[b] = here[0]
		default:
			id, err := c.merge(ptr, here, oneOf, byte(b))
			if err != nil {
				return 0, err
			}
			u.alt[b] = id
		}
	}
	id := c.add(u)
	c.setFirst(id)
	return id, nil
}

func contains(s []int32, x int32) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// merge joins alternatives that start with the same byte.
func (c *compiler) merge(ptr string, ids []int32, oneOf bool, b byte) (int32, error) {
	var key strings.Builder
	for _, id := range ids {
		fmt.Fprintf(&key, "%d,", id)
	}
	if id, ok := c.merged[key.String()]; ok {
		return id, nil
	}
	allLit, allObj := true, true
	for _, id := range ids {
		k := c.g.nodes[id].kind
		allLit = allLit && k == kLiteral
		allObj = allObj && (k == kObject || k == kTagged)
	}
	var id int32
	var err error
	switch {
	case allLit:
		var texts [][]byte
		for _, x := range ids {
			texts = append(texts, c.g.nodes[x].texts...)
		}
		id, err = c.literalTexts(ptr, texts, oneOf)
	case allObj:
		id, err = c.tagged(ptr, ids, oneOf)
	default:
		err = c.errf(ptr, ErrUnsupported, "alternatives %s and %s both start with %q: alternatives must differ in their first byte, be consts or enums, or be objects told apart by a const first property",
			pointerText(c.g.nodes[ids[0]].ptr), pointerText(c.g.nodes[ids[1]].ptr), b)
	}
	if err != nil {
		return 0, err
	}
	c.merged[key.String()] = id
	return id, nil
}

// tagged builds a union of objects whose first property is the same
// discriminator with a const or enum value in each.
func (c *compiler) tagged(ptr string, ids []int32, oneOf bool) (int32, error) {
	t := node{kind: kTagged, ptr: ptr}
	var es []trieEntry
	seen := map[string]bool{}
	disc := ""
	addEntry := func(text []byte, branch int32) error {
		if seen[string(text)] {
			if oneOf {
				return c.errf(ptr, ErrSchema, "oneOf: more than one alternative accepts the discriminator %s", text[1:])
			}
			return nil
		}
		seen[string(text)] = true
		es = append(es, trieEntry{text: text, payload: int32(len(t.branches))})
		t.branches = append(t.branches, branch)
		t.texts = append(t.texts, text)
		return nil
	}
	for i, id := range ids {
		n := &c.g.nodes[id]
		if n.kind == kTagged {
			for j, text := range n.texts {
				k := discriminator(text)
				if disc != "" && k != disc {
					return 0, c.errf(ptr, ErrUnsupported, "object alternatives must share their first property as a discriminator (%q and %q)", disc, k)
				}
				disc = k
				if err := addEntry(text, n.branches[j]); err != nil {
					return 0, err
				}
			}
			continue
		}
		if len(n.props) == 0 {
			return 0, c.errf(n.ptr, ErrUnsupported, "an object alternative with no properties cannot be told apart from the others (alternative %d)", i)
		}
		p := n.props[0]
		if disc != "" && disc != p.key {
			return 0, c.errf(n.ptr, ErrUnsupported, "object alternatives must share their first property as a discriminator (%q and %q)", disc, p.key)
		}
		disc = p.key
		v := &c.g.nodes[c.resolve(p.value)]
		if v.kind != kLiteral {
			return 0, c.errf(n.ptr+"/properties/"+escapePointer(p.key), ErrUnsupported, "the discriminator %q of object alternatives must be a const or enum", p.key)
		}
		prefix := append(append([]byte{'{'}, appendString(nil, p.key)...), ':')
		for _, v := range v.texts {
			if err := addEntry(append(append([]byte{}, prefix...), v...), id); err != nil {
				return 0, err
			}
		}
	}
	t.trie = c.g.buildTrie(es)
	id := c.add(t)
	c.setFirst(id)
	return id, nil
}

// discriminator returns the property name of a tag text `{"key":value`.
func discriminator(text []byte) string {
	s := string(text[1:])
	// The key is a JSON string: find its closing quote.
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			k, err := strconv.Unquote(s[:i+1])
			if err != nil {
				return s[:i+1]
			}
			return k
		}
	}
	return s
}
