package svgtree

// Node is a DOM node of whatever DOM a View drives. Nodes are compared
// with ==, so a DOM hands out comparable values (pointers).
type Node any

// DOM is what a View needs of a document.
type DOM interface {
	// Create makes an SVG element (in the SVG namespace).
	Create(name string) Node
	SetAttr(n Node, name, value string)
	RemoveAttr(n Node, name string)
	// SetText replaces the node's content with one text node.
	SetText(n Node, text string)
	// Insert puts child into parent before the child before, or last
	// when before is nil; a child already in the document moves.
	Insert(parent, child, before Node)
	Remove(parent, child Node)
}

// Stats counts the DOM calls of one Update.
type Stats struct {
	Created int // elements made
	Removed int // elements taken out
	Moved   int // elements put in another place among their siblings
	Attrs   int // attributes set or removed
	Texts   int // texts set
	Kept    int // elements left untouched: same subtree as before
}

// View is a drawing mounted under a parent node of a DOM.
type View struct {
	dom    DOM
	parent Node
	cur    *Element
}

// NewView returns a view that draws under parent.
func NewView(dom DOM, parent Node) *View {
	return &View{dom: dom, parent: parent}
}

// Root returns the tree the view draws now (nil before the first Update).
// Its elements must not be changed.
func (v *View) Root() *Element { return v.cur }

// Node returns the DOM node that draws the element with data-node key,
// or nil.
func (v *View) Node(key string) Node {
	if v.cur == nil {
		return nil
	}
	var found Node
	var walk func(e *Element) bool
	walk = func(e *Element) bool {
		if e.Key == key {
			found = e.node
			return true
		}
		for _, c := range e.Children {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(v.cur)
	return found
}

// Update makes the drawing show t, a tree fresh from Parse that the view
// takes over.
func (v *View) Update(t *Element) Stats {
	var st Stats
	switch {
	case v.cur == nil:
		v.cur = v.build(t, &st)
		v.dom.Insert(v.parent, v.cur.node, nil)
	case v.cur.Name != t.Name:
		old := v.cur
		v.cur = v.build(t, &st)
		v.dom.Insert(v.parent, v.cur.node, old.node)
		v.dom.Remove(v.parent, old.node)
		st.Removed++
	default:
		v.cur = v.patch(v.cur, t, &st)
	}
	return st
}

// Clear removes the drawing.
func (v *View) Clear() {
	if v.cur != nil {
		v.dom.Remove(v.parent, v.cur.node)
		v.cur = nil
	}
}

// build creates the DOM of e's subtree.
func (v *View) build(e *Element, st *Stats) *Element {
	e.node = v.dom.Create(e.Name)
	st.Created++
	for _, a := range e.Attrs {
		v.dom.SetAttr(e.node, a.Name, a.Value)
	}
	if len(e.Children) == 0 {
		if e.Text != "" {
			v.dom.SetText(e.node, e.Text)
		}
		return e
	}
	for _, c := range e.Children {
		v.build(c, st)
		v.dom.Insert(e.node, c.node, nil)
	}
	return e
}

// patch turns old's DOM into new's and returns the element that now
// stands for it: old itself when nothing changed, else new carrying
// old's node.
func (v *View) patch(old, nw *Element, st *Stats) *Element {
	if old.hash == nw.hash && old.Name == nw.Name {
		st.Kept++
		return old
	}
	nw.node = old.node
	v.patchAttrs(old, nw, st)
	if len(nw.Children) == 0 {
		if len(old.Children) > 0 || old.Text != nw.Text {
			v.dom.SetText(nw.node, nw.Text)
			st.Texts++
		}
		return nw
	}
	if len(old.Children) == 0 && old.Text != "" {
		v.dom.SetText(nw.node, "") // the old text goes; children follow
		st.Texts++
	}
	v.patchChildren(old, nw, st)
	return nw
}

func (v *View) patchAttrs(old, nw *Element, st *Stats) {
	for _, a := range nw.Attrs {
		if ov, ok := old.Attr(a.Name); !ok || ov != a.Value {
			v.dom.SetAttr(nw.node, a.Name, a.Value)
			st.Attrs++
		}
	}
	for _, a := range old.Attrs {
		if _, ok := nw.Attr(a.Name); !ok {
			v.dom.RemoveAttr(nw.node, a.Name)
			st.Attrs++
		}
	}
}

// slot identifies an unkeyed child: its name and its rank among the
// unkeyed siblings of that name.
type slot struct {
	name string
	rank int
}

func (v *View) patchChildren(old, nw *Element, st *Stats) {
	// Match each new child to an old one.
	byKey := map[string]*Element{}
	bySlot := map[slot]*Element{}
	ranks := map[string]int{}
	for _, c := range old.Children {
		if c.Key != "" {
			if _, dup := byKey[c.Key+"\x00"+c.Name]; !dup {
				byKey[c.Key+"\x00"+c.Name] = c
			}
			continue
		}
		bySlot[slot{c.Name, ranks[c.Name]}] = c
		ranks[c.Name]++
	}
	clear(ranks)
	match := make([]*Element, len(nw.Children))
	used := map[*Element]bool{}
	for i, c := range nw.Children {
		var m *Element
		if c.Key != "" {
			m = byKey[c.Key+"\x00"+c.Name]
		} else {
			m = bySlot[slot{c.Name, ranks[c.Name]}]
			ranks[c.Name]++
		}
		if m != nil && !used[m] {
			used[m] = true
			match[i] = m
		}
	}
	// Remove old children nobody matched.
	var order []Node // the DOM's children, in order, after removals
	for _, c := range old.Children {
		if used[c] {
			order = append(order, c.node)
			continue
		}
		v.dom.Remove(old.node, c.node)
		st.Removed++
	}
	// Patch or build each new child and put it in its place.
	kids := make([]*Element, len(nw.Children))
	for i, c := range nw.Children {
		if m := match[i]; m != nil {
			kids[i] = v.patch(m, c, st)
		} else {
			kids[i] = v.build(c, st)
		}
		n := kids[i].node
		if i < len(order) && order[i] == n {
			continue
		}
		var before Node
		if i < len(order) {
			before = order[i]
		}
		moved := false
		for j := i + 1; j < len(order); j++ {
			if order[j] == n {
				order = append(order[:j], order[j+1:]...)
				moved = true
				break
			}
		}
		v.dom.Insert(nw.node, n, before)
		if moved {
			st.Moved++
		}
		order = append(order[:i], append([]Node{n}, order[i:]...)...)
	}
	nw.Children = kids
}
