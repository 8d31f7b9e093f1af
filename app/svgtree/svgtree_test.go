package svgtree

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// memNode is a node of memDOM.
type memNode struct {
	name   string
	attrs  map[string]string
	order  []string // attribute names in the order first set
	text   string
	kids   []*memNode
	parent *memNode
	id     int
}

// memDOM is an in-memory DOM that checks its calls as a browser would.
type memDOM struct {
	t     *testing.T
	next  int
	calls int
}

func (d *memDOM) Create(name string) Node {
	d.next++
	d.calls++
	return &memNode{name: name, attrs: map[string]string{}, id: d.next}
}

func (d *memDOM) SetAttr(n Node, name, value string) {
	d.calls++
	m := n.(*memNode)
	if _, ok := m.attrs[name]; !ok {
		m.order = append(m.order, name)
	}
	m.attrs[name] = value
}

func (d *memDOM) RemoveAttr(n Node, name string) {
	d.calls++
	m := n.(*memNode)
	delete(m.attrs, name)
	for i, a := range m.order {
		if a == name {
			m.order = append(m.order[:i], m.order[i+1:]...)
			break
		}
	}
}

func (d *memDOM) SetText(n Node, text string) {
	d.calls++
	m := n.(*memNode)
	for _, k := range m.kids {
		k.parent = nil
	}
	m.kids, m.text = nil, text
}

func (d *memDOM) Insert(parent, child, before Node) {
	d.calls++
	p, c := parent.(*memNode), child.(*memNode)
	if c.parent != nil {
		d.detach(c)
	}
	i := len(p.kids)
	if before != nil {
		i = -1
		for j, k := range p.kids {
			if k == before.(*memNode) {
				i = j
			}
		}
		if i < 0 {
			d.t.Fatalf("insert before a node that is not a child")
		}
	}
	p.kids = append(p.kids[:i], append([]*memNode{c}, p.kids[i:]...)...)
	c.parent = p
}

func (d *memDOM) Remove(parent, child Node) {
	d.calls++
	c := child.(*memNode)
	if c.parent != parent.(*memNode) {
		d.t.Fatalf("remove of a node that is not a child")
	}
	d.detach(c)
}

func (d *memDOM) detach(c *memNode) {
	p := c.parent
	for j, k := range p.kids {
		if k == c {
			p.kids = append(p.kids[:j], p.kids[j+1:]...)
			break
		}
	}
	c.parent = nil
}

// String writes a node as markup with attributes sorted by name.
func (m *memNode) String() string {
	var b strings.Builder
	m.write(&b)
	return b.String()
}

func (m *memNode) write(b *strings.Builder) {
	b.WriteString("<" + m.name)
	names := append([]string{}, m.order...)
	sortStrings(names)
	for _, n := range names {
		fmt.Fprintf(b, " %s=%q", n, m.attrs[n])
	}
	b.WriteString(">" + m.text)
	for _, k := range m.kids {
		k.write(b)
	}
	b.WriteString("</" + m.name + ">")
}

func (e *Element) String() string {
	var b strings.Builder
	e.write(&b)
	return b.String()
}

func (e *Element) write(b *strings.Builder) {
	b.WriteString("<" + e.Name)
	names := make([]string, 0, len(e.Attrs))
	vals := map[string]string{}
	for _, a := range e.Attrs {
		names = append(names, a.Name)
		vals[a.Name] = a.Value
	}
	sortStrings(names)
	for _, n := range names {
		fmt.Fprintf(b, " %s=%q", n, vals[n])
	}
	b.WriteString(">" + e.Text)
	for _, c := range e.Children {
		c.write(b)
	}
	b.WriteString("</" + e.Name + ">")
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func mustParse(t *testing.T, doc string) *Element {
	t.Helper()
	e, err := Parse([]byte(doc))
	if err != nil {
		t.Fatalf("parse %q: %v", doc, err)
	}
	return e
}

func TestParse(t *testing.T) {
	doc := `<?xml version="1.0"?>
<!-- a comment -->
<svg width="10" height="20" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<title>A &amp; B</title>
<g data-node="/root" role="form"><text x="1">  two  spaces &lt;b&gt;</text></g>
</svg>`
	e := mustParse(t, doc)
	want := `<svg height="20" width="10"><title>A & B</title><g data-node="/root" role="form"><text x="1">  two  spaces <b></text></g></svg>`
	if got := e.String(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	if e.Children[1].Key != "/root" {
		t.Errorf("key %q", e.Children[1].Key)
	}
}

func TestParseErrors(t *testing.T) {
	for _, doc := range []string{"", "<svg>", "<svg></g>", "<svg/><svg/>", "<svg a='1' a='2'>", "not xml <", strings.Repeat("<g>", MaxDepth+1)} {
		if _, err := Parse([]byte(doc)); err == nil {
			t.Errorf("Parse(%.40q) = nil error", doc)
		}
	}
}

// TestUpdateKeepsUnchangedNodes is the streaming case: a node completes,
// later nodes arrive, and the finished node's DOM is never touched.
func TestUpdateKeepsUnchangedNodes(t *testing.T) {
	d := &memDOM{t: t}
	parent := d.Create("div").(*memNode)
	v := NewView(d, parent)
	steps := []string{
		`<svg width="400" height="100"><rect width="400" height="100"/><g data-node="/root"><g data-node="/root/children/0"><text>Sign</text></g></g></svg>`,
		`<svg width="400" height="140"><rect width="400" height="140"/><g data-node="/root"><g data-node="/root/children/0"><text>Sign in</text></g><g data-node="/root/children/1"><rect width="10"/></g></g></svg>`,
		`<svg width="400" height="180"><rect width="400" height="180"/><g data-node="/root"><g data-node="/root/children/0"><text>Sign in</text></g><g data-node="/root/children/1"><rect width="10"/></g><g data-node="/root/children/2"><text>Go</text></g></g></svg>`,
	}
	var first Node
	for i, s := range steps {
		st := v.Update(mustParse(t, s))
		if got, want := parent.kids[0].String(), mustParse(t, s).String(); got != want {
			t.Fatalf("step %d: DOM\n%s\nwant\n%s", i, got, want)
		}
		n := v.Node("/root/children/0")
		if i == 0 {
			first = n
			continue
		}
		if n != first {
			t.Fatalf("step %d: the first node's DOM element was replaced", i)
		}
		if i == 2 && (st.Kept < 2 || st.Created != 2 || st.Removed != 0) {
			t.Errorf("step %d: %+v: want the two finished nodes kept and only the new group (g, text) and nothing else made", i, st)
		}
	}
}

func TestUpdateReordersAndRemoves(t *testing.T) {
	d := &memDOM{t: t}
	parent := d.Create("div").(*memNode)
	v := NewView(d, parent)
	v.Update(mustParse(t, `<svg><g data-node="a"><rect/></g><g data-node="b"><circle/></g><g data-node="c"/><text>x</text></svg>`))
	b := v.Node("b")
	next := `<svg><g data-node="c"/><g data-node="b"><circle/></g><path d="M0 0"/></svg>`
	st := v.Update(mustParse(t, next))
	if got, want := parent.kids[0].String(), mustParse(t, next).String(); got != want {
		t.Fatalf("DOM\n%s\nwant\n%s", got, want)
	}
	if v.Node("b") != b {
		t.Error("b was rebuilt rather than kept")
	}
	if st.Removed != 2 || st.Created != 1 {
		t.Errorf("stats %+v: want a and text removed, path created", st)
	}
}

func TestUpdateReplacesRoot(t *testing.T) {
	d := &memDOM{t: t}
	parent := d.Create("div").(*memNode)
	v := NewView(d, parent)
	v.Update(mustParse(t, `<svg><g/></svg>`))
	v.Update(mustParse(t, `<g><rect/></g>`))
	if len(parent.kids) != 1 || parent.kids[0].String() != `<g><rect></rect></g>` {
		t.Fatalf("parent holds %v", parent.kids)
	}
	v.Clear()
	if len(parent.kids) != 0 {
		t.Fatal("Clear left the drawing")
	}
}

// randomDoc makes a small random SVG-like document from a few keys, names
// and values, so that successive documents share much and differ some.
func randomDoc(r *rand.Rand, depth int) string {
	var b strings.Builder
	var el func(d int)
	el = func(d int) {
		name := []string{"g", "rect", "text", "path"}[r.IntN(4)]
		if d == 0 {
			name = "svg"
		}
		b.WriteString("<" + name)
		if r.IntN(2) == 0 {
			fmt.Fprintf(&b, ` data-node="/k%d"`, r.IntN(6))
		}
		for _, a := range []string{"x", "fill", "role"} {
			if r.IntN(2) == 0 {
				fmt.Fprintf(&b, ` %s="%d"`, a, r.IntN(3))
			}
		}
		b.WriteString(">")
		if d < depth && (d == 0 || r.IntN(3) > 0) {
			for range r.IntN(4) {
				el(d + 1)
			}
		} else if r.IntN(2) == 0 {
			fmt.Fprintf(&b, "t%d", r.IntN(3))
		}
		b.WriteString("</" + name + ">")
	}
	el(0)
	return b.String()
}

// TestUpdateRandom checks, over random document sequences, that the DOM
// always ends up equal to the last document.
func TestUpdateRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for seq := range 300 {
		d := &memDOM{t: t}
		parent := d.Create("div").(*memNode)
		v := NewView(d, parent)
		for step := range 6 {
			doc := randomDoc(r, 3)
			v.Update(mustParse(t, doc))
			if got, want := parent.kids[0].String(), mustParse(t, doc).String(); got != want {
				t.Fatalf("sequence %d step %d: DOM\n%s\nwant\n%s", seq, step, got, want)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`<svg><g data-node="/root"><text>a</text></g></svg>`))
	f.Add([]byte(`<?xml version="1.0"?><svg xmlns:x="u"><x:a x:b="1"/></svg>`))
	f.Add([]byte(`<svg><![CDATA[<g>]]></svg>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		e, err := Parse(doc)
		if err != nil {
			return
		}
		d := &memDOM{t: t}
		parent := d.Create("div").(*memNode)
		v := NewView(d, parent)
		v.Update(e)
		if got, want := parent.kids[0].String(), e.String(); got != want {
			t.Fatalf("DOM\n%s\nwant\n%s", got, want)
		}
	})
}

func BenchmarkParseAndUpdate(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<svg width="480" height="900">`)
	for i := range 60 {
		fmt.Fprintf(&sb, `<g data-node="/root/children/%d" role="button"><rect x="1" y="%d" width="100" height="32" rx="6" fill="#4f46e5"/><text x="10" y="%d" font-size="14">Button %d</text></g>`, i, i*40, i*40+20, i)
	}
	sb.WriteString(`</svg>`)
	doc := []byte(sb.String())
	d := &memDOM{}
	v := NewView(d, d.Create("div"))
	b.ReportAllocs()
	for b.Loop() {
		e, err := Parse(doc)
		if err != nil {
			b.Fatal(err)
		}
		v.Update(e)
	}
}
