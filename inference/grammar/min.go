package grammar

import (
	"fmt"
	"slices"
)

// finish resolves references, computes every node's shortest instance
// (the closures are built from them) and checks that the document can be
// completed within the limits.
func (c *compiler) finish() error {
	g := c.g
	c.retarget(c.resolve, -1)
	const inf = 1 << 30
	// Shortest lengths by fixed point: recursion makes a node's length
	// depend on itself, and lengths only ever shrink.
	L := make([]int, len(g.nodes))
	for i := range L {
		L[i] = inf
	}
	for changed := true; changed; {
		changed = false
		for i := range g.nodes {
			if l := c.minLength(int32(i), L); l < L[i] {
				L[i], changed = l, true
			}
		}
	}
	// Every node a document can reach must have a finite instance, or a
	// generation could enter it and never get out.
	seen := make([]bool, len(g.nodes))
	var visit func(id int32) error
	visit = func(id int32) error {
		if seen[id] {
			return nil
		}
		seen[id] = true
		if L[id] >= inf {
			return c.errf(g.nodes[id].ptr, ErrSchema, "the schema has no finite instance (a required property or item recurses without end)")
		}
		for _, k := range c.children(id) {
			if err := visit(k); err != nil {
				return err
			}
		}
		return nil
	}
	if err := visit(docNode); err != nil {
		return err
	}
	done := make([]bool, len(g.nodes))
	for i := range g.nodes {
		if seen[i] {
			c.buildMin(int32(i), L, done)
		}
	}
	for i := range g.nodes {
		if seen[i] {
			c.tables(int32(i))
		}
	}
	for i := range g.nodes {
		if !seen[i] {
			continue
		}
		n := &g.nodes[i]
		g.maxNest = max(g.maxNest, n.nest)
		g.maxDeep = max(g.maxDeep, n.deep)
		g.maxFrameNeed = max(g.maxFrameNeed, c.frameNeedBound(n))
		if n.counted {
			for b, ok := range n.first {
				g.countFirst[b] = g.countFirst[b] || ok
			}
		}
	}
	root := &g.nodes[docNode]
	lim := &g.lim
	if int(root.nest) > lim.nesting || lim.counted && (int(root.need) > lim.count.MaxCount || int(root.deep) > lim.count.MaxDepth) {
		return fmt.Errorf("%w: the shortest document %s does not fit the limits", ErrSchema, root.min)
	}
	return nil
}

// children lists the nodes a node's values may contain.
func (c *compiler) children(id int32) []int32 {
	n := &c.g.nodes[id]
	switch n.kind {
	case kDoc, kArray:
		return []int32{n.item}
	case kMap:
		return []int32{n.key, n.item}
	case kObject:
		var out []int32
		for _, p := range n.props {
			out = append(out, p.value)
		}
		return out
	case kTagged:
		return slices.Clone(n.branches)
	case kUnion:
		var out []int32
		for _, a := range n.alt {
			if a >= 0 && !contains(out, a) {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// minLength is the length of node id's shortest instance given the
// lengths L known so far.
func (c *compiler) minLength(id int32, L []int) int {
	const inf = 1 << 30
	g := c.g
	n := &g.nodes[id]
	switch n.kind {
	case kDoc:
		return L[n.item]
	case kObject:
		return requiredLength(n, 0, false, L)
	case kTagged:
		best := inf
		for p, text := range n.texts {
			b := &g.nodes[n.branches[p]]
			best = min(best, len(text)+requiredLength(b, 1, true, L))
		}
		return best
	case kArray:
		if n.minItems == 0 {
			return 2
		}
		if L[n.item] >= inf {
			return inf
		}
		return 2 + int(n.minItems)*(L[n.item]+1) - 1
	case kMap:
		return 2
	case kString:
		return len(g.closeString([]byte{'"'}, &frame{c: sBody}, n))
	case kNumber:
		return len(n.num.closeText(nil, &frame{}))
	case kLiteral:
		return int(g.tries[n.trie].dist)
	case kUnion:
		best := inf
		for _, a := range n.alt {
			if a >= 0 {
				best = min(best, L[a])
			}
		}
		return best
	}
	return inf
}

// requiredLength is the length of what ends object n from property i on:
// its required properties and '}'; written says a property came before.
func requiredLength(n *node, i int, written bool, L []int) int {
	const inf = 1 << 30
	l := 1
	for _, p := range n.props[i:] {
		if !p.required {
			continue
		}
		if L[p.value] >= inf {
			return inf
		}
		if written {
			l++
		}
		l += len(p.text) + L[p.value]
		written = true
	}
	return l
}

// buildMin builds node id's shortest instance, choosing as minLength did.
func (c *compiler) buildMin(id int32, L []int, done []bool) {
	if done[id] {
		return
	}
	done[id] = true
	g := c.g
	n := &g.nodes[id]
	child := func(k int32) *node {
		c.buildMin(k, L, done)
		return &g.nodes[k]
	}
	var info closeInfo
	var text []byte
	switch n.kind {
	case kDoc:
		r := child(n.item)
		text, info = r.min, r.minInfo()
	case kObject:
		for _, p := range n.props {
			if p.required {
				child(p.value)
			}
		}
		t, ri := c.required(n, 0, false)
		text = append([]byte{'{'}, t...)
		info = ri
		info.nest++
	case kTagged:
		best, bestLen := -1, 0
		for p, t := range n.texts {
			if l := len(t) + requiredLength(&g.nodes[n.branches[p]], 1, true, L); best < 0 || l < bestLen {
				best, bestLen = p, l
			}
		}
		b := child(n.branches[best])
		for _, p := range b.props {
			if p.required {
				child(p.value)
			}
		}
		t, ri := c.required(b, 1, true)
		text = append(append([]byte{}, n.texts[best]...), t...)
		info = ri
		info.nest++
	case kArray:
		text = []byte{'['}
		for i := int32(0); i < n.minItems; i++ {
			if i > 0 {
				text = append(text, ',')
			}
			it := child(n.item)
			text = append(text, it.min...)
			info = info.then(it.minInfo())
		}
		text = append(text, ']')
		info.nest++
	case kMap:
		text = []byte("{}")
		info.nest = 1
	case kString:
		text = g.closeString([]byte{'"'}, &frame{c: sBody}, n)
	case kNumber:
		text = n.num.closeText(nil, &frame{})
	case kLiteral:
		text = g.shortestTail(nil, n.trie)
	case kUnion:
		best := int32(-1)
		for _, a := range n.alt {
			if a >= 0 && (best < 0 || L[a] < L[best]) {
				best = a
			}
		}
		b := child(best)
		text, info = b.min, b.minInfo()
	}
	if n.counted {
		info.need++
		info.deep++
	}
	n = &g.nodes[id]
	n.min, n.need, n.deep, n.nest = text, info.need, info.deep, info.nest
}

// required builds what ends object n from property i on, and its info
// (length, instances, nesting inside the object). The values' shortest
// instances must be built.
func (c *compiler) required(n *node, i int, written bool) ([]byte, closeInfo) {
	var text []byte
	var info closeInfo
	for _, p := range n.props[i:] {
		if !p.required {
			continue
		}
		if written {
			text = append(text, ',')
		}
		text = append(text, p.text...)
		v := &c.g.nodes[p.value]
		text = append(text, v.min...)
		info = info.then(v.minInfo())
		written = true
	}
	text = append(text, '}')
	info.len = int32(len(text))
	return text, info
}

// frameNeedBound bounds the counted instances the closure of a frame of n
// can hold in any state.
func (c *compiler) frameNeedBound(n *node) int32 {
	g := c.g
	var need int32
	switch n.kind {
	case kObject:
		for _, p := range n.props {
			need += g.nodes[p.value].need
		}
	case kTagged:
		for _, b := range n.branches {
			need = max(need, c.frameNeedBound(&g.nodes[b]))
		}
	case kArray:
		need = max(1, n.minItems) * g.nodes[n.item].need
	case kMap, kDoc:
		need = g.nodes[n.item].need
	}
	return need
}

// tables fills an object node's closure tables and the uses flags.
func (c *compiler) tables(id int32) {
	g := c.g
	n := &g.nodes[id]
	uses := func(k int32) bool {
		v := &g.nodes[k]
		return v.nest > 0 || v.need > 0
	}
	switch n.kind {
	case kObject:
		t := &objTables{}
		for w := range 2 {
			t.sepText[w] = make([][]byte, len(n.props)+1)
			t.sepInfo[w] = make([]closeInfo, len(n.props)+1)
			for i := range len(n.props) + 1 {
				text, info := c.required(n, i, w == 1)
				t.sepText[w][i], t.sepInfo[w][i] = text, info
			}
		}
		n.tab = t
		for _, p := range n.props {
			n.uses = n.uses || uses(p.value)
		}
	case kTagged:
		for _, b := range n.branches {
			for _, p := range g.nodes[b].props {
				n.uses = n.uses || uses(p.value)
			}
		}
	case kArray:
		n.uses = uses(n.item)
	case kMap:
		n.uses = uses(n.item)
	}
}
