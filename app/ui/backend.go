package ui

import (
	"bytes"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/svgtree"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

// Backend draws display lists into an element of the page. The preview
// and every artboard frame hold one; hit-testing, interaction state and
// layout do not depend on it (they work on the render.List), so a Canvas
// 2D or WebGPU backend plugs in by implementing these four methods and
// registering with RegisterBackend.
type Backend interface {
	// Name is what the backend indicator shows ("SVG").
	Name() string
	// Mount attaches the backend's drawing to el, an empty element.
	Mount(el app.Value)
	// Draw shows l, replacing what was drawn before; it is called for
	// every streamed update and every interaction, so it should change
	// only what differs.
	Draw(l *render.List)
	// Unmount takes the drawing out of the page.
	Unmount()
}

// backends holds the registered backends by key, in registration order.
var backends = []struct {
	key  string
	make func() Backend
}{{"svg", newSVGBackend}}

// RegisterBackend makes a backend available under key (shown in the
// settings, chosen for artboard frames). Registering a key twice replaces
// the first.
func RegisterBackend(key string, make func() Backend) {
	for i := range backends {
		if backends[i].key == key {
			backends[i].make = make
			return
		}
	}
	backends = append(backends, struct {
		key  string
		make func() Backend
	}{key, make})
}

// newBackend returns the backend registered under key, or SVG.
func newBackend(key string) Backend {
	for _, b := range backends {
		if b.key == key {
			return b.make()
		}
	}
	return newSVGBackend()
}

// svgBackend draws through render/svg and keeps the page's SVG in step
// with svgtree: a node that did not change keeps its DOM element.
type svgBackend struct {
	view *svgtree.View
	buf  bytes.Buffer
	// Last is the outcome of the latest Draw, for the preview's counters.
	last svgtree.Stats
}

func newSVGBackend() Backend { return &svgBackend{} }

func (b *svgBackend) Name() string { return "SVG" }

func (b *svgBackend) Mount(el app.Value) {
	b.view = svgtree.NewView(pageDOM{}, &domNode{el})
}

func (b *svgBackend) Draw(l *render.List) {
	if b.view == nil {
		return
	}
	b.buf.Reset()
	if err := svg.Encode(&b.buf, l, &svg.Options{FontURL: FontURL}); err != nil {
		return // only a writer's error; a bytes.Buffer has none
	}
	t, err := svgtree.Parse(b.buf.Bytes())
	if err != nil {
		app.Log("genui: the renderer wrote SVG this app cannot read:", err)
		return
	}
	b.last = b.view.Update(t)
}

func (b *svgBackend) Unmount() {
	if b.view != nil {
		b.view.Clear()
		b.view = nil
	}
}

// domNode is a page node; svgtree compares nodes with ==, so it is
// handed out by pointer.
type domNode struct{ v app.Value }

// pageDOM is svgtree.DOM over the page's document.
type pageDOM struct{}

const svgNS = "http://www.w3.org/2000/svg"

func (pageDOM) Create(name string) svgtree.Node {
	return &domNode{app.Window().Get("document").Call("createElementNS", svgNS, name)}
}

func (pageDOM) SetAttr(n svgtree.Node, name, value string) {
	n.(*domNode).v.Call("setAttribute", name, value)
}

func (pageDOM) RemoveAttr(n svgtree.Node, name string) {
	n.(*domNode).v.Call("removeAttribute", name)
}

func (pageDOM) SetText(n svgtree.Node, text string) {
	n.(*domNode).v.Set("textContent", text)
}

func (pageDOM) Insert(parent, child, before svgtree.Node) {
	var ref any
	if before != nil {
		ref = before.(*domNode).v
	}
	parent.(*domNode).v.Call("insertBefore", child.(*domNode).v, ref)
}

func (pageDOM) Remove(parent, child svgtree.Node) {
	parent.(*domNode).v.Call("removeChild", child.(*domNode).v)
}
