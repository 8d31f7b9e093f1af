package canvas

import (
	"syscall/js"

	"github.com/genui/genui/render"
)

// mirrorCSS hides the mirror's elements while keeping them in the
// accessibility tree and the focus order: transparent, over the canvas,
// letting the pointer through, with a visible ring on keyboard focus.
const mirrorCSS = `[data-genui-mirror]{position:absolute;overflow:hidden;pointer-events:none;margin:0;padding:0}
[data-genui-mirror] *{position:absolute;box-sizing:border-box;margin:0;padding:0;border:0;background:transparent;color:transparent;caret-color:transparent;font:12px/1 sans-serif;overflow:hidden;white-space:pre;appearance:none;-webkit-appearance:none;resize:none;outline:none;pointer-events:none}
[data-genui-mirror] :focus-visible{outline:2px solid #4f46e5;outline-offset:-2px;border-radius:4px}`

var mirrorStyled bool

// Mirror is the hidden accessibility tree over a canvas (see the package
// documentation). Both backends keep one through their Surface.
type Mirror struct {
	canvas, root js.Value
	onEvent      func(Event)
	els          map[string]*mel
	top          mel // the root's own attributes and children
	funcs        []js.Func
	frame        int // counts updates, to find elements gone from the list
}

// mel is one live element and what it was last set to.
type mel struct {
	el    js.Value
	tag   string
	attrs []attr
	text  string
	rect  render.Rect
	kids  []string // keys of its children, in order
	node  *mnode
	frame int
}

// NewMirror lays an empty mirror next to canvas (in its parent, which
// should be the canvas's positioned container); onEvent, if not nil,
// receives what a person does through it.
func NewMirror(canvas js.Value, onEvent func(Event)) *Mirror {
	doc := js.Global().Get("document")
	if !mirrorStyled {
		st := doc.Call("createElement", "style")
		st.Set("textContent", mirrorCSS)
		doc.Get("head").Call("appendChild", st)
		mirrorStyled = true
	}
	m := &Mirror{canvas: canvas, onEvent: onEvent, els: map[string]*mel{}}
	m.root = doc.Call("createElement", "div")
	m.root.Call("setAttribute", "data-genui-mirror", "")
	if p := canvas.Get("parentNode"); p.Truthy() {
		p.Call("insertBefore", m.root, canvas.Get("nextSibling"))
	}
	m.listen("click", m.onClick)
	m.listen("keydown", m.onKey)
	m.listen("input", m.onInput)
	m.listen("focusin", m.onFocus)
	return m
}

func (m *Mirror) listen(name string, f func(e js.Value, n *mnode)) {
	fn := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) == 0 {
			return nil
		}
		e := args[0]
		key := e.Get("target").Call("getAttribute", "data-genui-key")
		if key.Type() != js.TypeString {
			return nil
		}
		if el := m.els[key.String()]; el != nil && el.node != nil && el.node.group != nil {
			f(e, el.node)
		}
		return nil
	})
	m.funcs = append(m.funcs, fn)
	m.root.Call("addEventListener", name, fn)
}

func (m *Mirror) emit(k EventKind, n *mnode, v string) {
	if m.onEvent != nil {
		g := *n.group // a copy: the list it came from is replaced by later frames
		m.onEvent(Event{Kind: k, Group: &g, Value: v})
	}
}

func (m *Mirror) onClick(e js.Value, n *mnode) {
	if n.group.Interact == render.Follow {
		e.Call("preventDefault") // the page's owner decides where links go
	}
	if n.group.Interact != render.NotInteractive && n.group.Interact != render.Edit {
		m.emit(Activate, n, n.group.Value)
	}
}

func (m *Mirror) onKey(e js.Value, n *mnode) {
	if n.tag != "div" || n.group.Interact == render.NotInteractive {
		return // native controls handle their own keys
	}
	switch k := e.Get("key").String(); k {
	case "Enter", " ":
		e.Call("preventDefault")
		m.emit(Activate, n, n.group.Value)
	case "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End":
		e.Call("preventDefault")
		m.emit(Key, n, k)
	}
}

func (m *Mirror) onInput(e js.Value, n *mnode) {
	if n.group.Interact == render.Edit {
		m.emit(Input, n, e.Get("target").Get("value").String())
	}
}

func (m *Mirror) onFocus(_ js.Value, n *mnode) {
	if n.group.Interact != render.NotInteractive {
		m.emit(Focus, n, "")
	}
}

// Update brings the mirror in step with l drawn at zoom CSS pixels per
// list pixel, keeping every element whose node is still there.
func (m *Mirror) Update(l *render.List, zoom float32) {
	m.frame++
	tree := mirrorTree(l)
	st := m.root.Get("style")
	st.Set("left", px(float32(m.canvas.Get("offsetLeft").Float())))
	st.Set("top", px(float32(m.canvas.Get("offsetTop").Float())))
	st.Set("width", px(l.Width*zoom))
	st.Set("height", px(l.Height*zoom))
	m.setAttrs(m.root, &m.top, tree.attrs)
	m.sync(m.root, tree, &m.top.kids, zoom)
	for k, el := range m.els {
		if el.frame != m.frame {
			el.el.Call("remove")
			delete(m.els, k)
		}
	}
}

// sync makes the children of parent (an element showing node p) show p's
// children, reusing elements by key; kids holds the keys it showed last.
func (m *Mirror) sync(parent js.Value, p *mnode, kids *[]string, zoom float32) {
	doc := js.Global().Get("document")
	keys := make([]string, 0, len(p.children))
	for _, n := range p.children {
		keys = append(keys, n.key)
		el := m.els[n.key]
		if el != nil && el.tag != n.tag {
			el.el.Call("remove")
			el = nil
		}
		if el == nil {
			el = &mel{el: doc.Call("createElement", n.tag), tag: n.tag}
			el.el.Call("setAttribute", "data-genui-key", n.key)
			m.els[n.key] = el
		}
		el.frame, el.node = m.frame, n
		m.update(el, n, p.rect, zoom)
		m.sync(el.el, n, &el.kids, zoom)
	}
	// Elements keep their place while the order before them is unchanged
	// (a streamed spec grows at its end); the rest are appended in order.
	// Moving an element would cost it the focus, so only those move.
	same := 0
	for same < len(keys) && same < len(*kids) && keys[same] == (*kids)[same] {
		same++
	}
	for _, k := range keys[same:] {
		parent.Call("appendChild", m.els[k].el)
	}
	*kids = keys
}

// update sets what changed of el to show n, placed relative to its
// parent's rectangle pr.
func (m *Mirror) update(el *mel, n *mnode, pr render.Rect, zoom float32) {
	m.setAttrs(el.el, el, n.attrs)
	if n.text != el.text && len(n.children) == 0 {
		el.el.Set("textContent", n.text)
		el.text = n.text
	}
	if n.tag == "input" || n.tag == "textarea" {
		// The element's own state, which a person may have changed, is
		// compared, not what was set last; a field being typed into keeps
		// what the person typed.
		focused := js.Global().Get("document").Get("activeElement").Equal(el.el)
		if !focused && el.el.Get("value").String() != n.value && n.group.Interact == render.Edit {
			el.el.Set("value", n.value)
		}
		if el.el.Get("checked").Bool() != n.checked {
			el.el.Set("checked", n.checked)
		}
	}
	if r := n.rect; r != el.rect {
		st := el.el.Get("style")
		st.Set("left", px((r.X-pr.X)*zoom))
		st.Set("top", px((r.Y-pr.Y)*zoom))
		st.Set("width", px(r.W*zoom))
		st.Set("height", px(r.H*zoom))
		el.rect = r
	}
}

// setAttrs sets el's attributes to want, touching only what changed.
func (m *Mirror) setAttrs(e js.Value, el *mel, want []attr) {
	for _, a := range want {
		if v, ok := attrValue(el.attrs, a.name); !ok || v != a.value {
			e.Call("setAttribute", a.name, a.value)
		}
	}
	for _, a := range el.attrs {
		if _, ok := attrValue(want, a.name); !ok {
			e.Call("removeAttribute", a.name)
		}
	}
	el.attrs = append(el.attrs[:0], want...)
}

func attrValue(as []attr, name string) (string, bool) {
	for _, a := range as {
		if a.name == name {
			return a.value, true
		}
	}
	return "", false
}

// Release removes the mirror from the page.
func (m *Mirror) Release() {
	m.root.Call("remove")
	for _, f := range m.funcs {
		f.Release()
	}
	m.funcs, m.els = nil, map[string]*mel{}
}
