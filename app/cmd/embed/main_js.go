// Command embed is the renderer-only WebAssembly program behind the
// <genui-widget> element (web/embed.js): it reads a genui spec, an
// Adaptive Card or A2UI messages, lays it out, draws it as SVG and keeps
// what a person does to it. It has no go-app and no inference code, so it
// stays small; web/embed.js loads it once per page and drives it through
// the global object genuiEmbed:
//
//	open(text)              → {id, format, warnings, error}
//	draw(id, width, theme)  → {svg, width, height, warnings}; theme is a
//	                          components theme name: "light", "dark", or
//	                          either with token overrides
//	                          ("dark;--genui-accent:#e11d48")
//	vars                    the custom properties of the design tokens
//	                        (components.TokenVars), which embed.js reads
//	                        from the host element to build that name
//	pointer(id, x, y)       → what is at (x, y) and what it did: {kind,
//	                          ptr, rect, value, options, multiline,
//	                          inputType, action, values}
//	input(id, ptr, text)    → sets the value of a field
//	blur(id)                → drops the focus
//	close(id)
//
// A press reports its action and the values of its form (or, outside a
// form, of the whole widget), keyed by node id or, for nodes without one,
// by JSON Pointer.
package main

import (
	"bytes"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
	_ "github.com/genui/genui/genui/importer/a2ui"
	_ "github.com/genui/genui/genui/importer/adaptivecards"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

// widget is one <genui-widget>'s document and state.
type widget struct {
	spec  *genui.Spec
	nodes map[string]*genui.Node // by JSON Pointer
	state render.State
	list  *render.List
}

var (
	widgets = map[int]*widget{}
	nextID  = 1
)

func main() {
	api := js.Global().Get("Object").New()
	api.Set("open", js.FuncOf(open))
	api.Set("draw", js.FuncOf(draw))
	api.Set("pointer", js.FuncOf(pointer))
	api.Set("input", js.FuncOf(input))
	api.Set("blur", js.FuncOf(blur))
	api.Set("close", js.FuncOf(func(_ js.Value, a []js.Value) any { delete(widgets, a[0].Int()); return nil }))
	api.Set("vars", strs(components.TokenVars))
	js.Global().Set("genuiEmbed", api)
	if ready := js.Global().Get("genuiEmbedReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

func obj(kv ...any) js.Value {
	o := js.Global().Get("Object").New()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

func strs(ss []string) js.Value {
	a := js.Global().Get("Array").New(len(ss))
	for i, s := range ss {
		a.SetIndex(i, s)
	}
	return a
}

func open(_ js.Value, a []js.Value) any {
	res, err := importer.Import([]byte(a[0].String()))
	if err != nil {
		return obj("error", err.Error())
	}
	w := &widget{spec: res.Spec, nodes: map[string]*genui.Node{}}
	index(w.nodes, res.Spec.Root, "/root")
	id := nextID
	nextID++
	widgets[id] = w
	warns := make([]string, len(res.Warnings))
	for i, x := range res.Warnings {
		warns[i] = x.String()
	}
	return obj("id", id, "format", res.Format, "warnings", strs(warns))
}

// index records every node of the tree under its JSON Pointer.
func index(m map[string]*genui.Node, n *genui.Node, ptr string) {
	if n == nil {
		return
	}
	m[ptr] = n
	for i, k := range n.Children {
		index(m, k, ptr+"/children/"+strconv.Itoa(i))
	}
	index(m, n.Fallback, ptr+"/fallback")
}

func draw(_ js.Value, a []js.Value) any {
	w := widgets[a[0].Int()]
	if w == nil {
		return obj("error", "no such widget")
	}
	var warns []string
	theme, err := components.ParseTheme(a[2].String())
	if err != nil {
		warns = append(warns, "theme: "+err.Error())
		base, _, _ := strings.Cut(a[2].String(), ";")
		if theme, _ = components.ThemeNamed(base); theme == nil {
			theme = components.Light
		}
	}
	w.list = render.Layout(w.spec, render.Options{Width: float32(a[1].Float()), Theme: theme, State: &w.state})
	var b bytes.Buffer
	svg.Encode(&b, w.list, nil)
	for _, x := range w.list.Warnings {
		warns = append(warns, x.String())
	}
	return obj("svg", b.String(), "width", w.list.Width, "height", w.list.Height, "warnings", strs(warns))
}

func rect(r render.Rect) js.Value { return obj("x", r.X, "y", r.Y, "w", r.W, "h", r.H) }

// pointer hit-tests (x, y), applies the click to the state and says what
// the page must do: place a native field over an input, or report a press.
func pointer(_ js.Value, a []js.Value) any {
	w := widgets[a[0].Int()]
	if w == nil || w.list == nil {
		return obj("kind", "none")
	}
	p := render.Pt(float32(a[1].Float()), float32(a[2].Float()))
	var g *render.Group
	var r render.Rect
	for i := range w.list.Ops {
		op := &w.list.Ops[i]
		if op.Kind == render.OpBegin && op.Group != nil && op.Group.Interact != render.NotInteractive && !op.Group.Disabled && op.Rect.Contains(p) {
			g, r = op.Group, op.Rect
		}
	}
	if g == nil {
		w.state.Focus = ""
		return obj("kind", "none")
	}
	w.state.Apply(g)
	out := obj("kind", g.Interact.String(), "ptr", g.Pointer, "rect", rect(r), "value", g.Value)
	n := w.nodes[g.Pointer]
	if n == nil {
		return out
	}
	switch g.Interact {
	case render.Press:
		out.Set("action", g.Action)
		out.Set("values", w.values(formOf(w, g.Pointer)))
	case render.Edit:
		if in, ok := n.Props.(*genui.Input); ok {
			out.Set("inputType", string(in.InputType))
		}
		_, multi := n.Props.(*genui.Textarea)
		out.Set("multiline", multi)
	case render.Expand:
		if sel, ok := n.Props.(*genui.Select); ok {
			out.Set("options", strs(sel.Options))
		}
	case render.Slide:
		if sl, ok := n.Props.(*genui.Slider); ok {
			w.slide(g.Pointer, sl, r, p.X)
		}
	}
	return out
}

// slide sets a slider's value from the x of a click on its track.
func (w *widget) slide(ptr string, sl *genui.Slider, r render.Rect, x float32) {
	lo, hi := render.Finite(sl.Min, 0), render.Finite(sl.Max, 0)
	if !(hi > lo) {
		hi = lo + 100
	}
	frac := float64(min(max((x-r.X-9)/max(r.W-18, 1), 0), 1))
	v := lo + frac*(hi-lo)
	if w.state.Values == nil {
		w.state.Values = map[string]string{}
	}
	w.state.Values[ptr] = strconv.FormatFloat(v, 'f', -1, 64)
}

func input(_ js.Value, a []js.Value) any {
	w := widgets[a[0].Int()]
	if w == nil {
		return nil
	}
	if w.state.Values == nil {
		w.state.Values = map[string]string{}
	}
	ptr := a[1].String()
	w.state.Values[ptr] = a[2].String()
	w.state.Focus = ptr
	return nil
}

func blur(_ js.Value, a []js.Value) any {
	if w := widgets[a[0].Int()]; w != nil {
		w.state.Focus = ""
	}
	return nil
}

// formOf returns the pointer of the form holding ptr, or "/root".
func formOf(w *widget, ptr string) string {
	for p := ptr; p != ""; {
		if n := w.nodes[p]; n != nil && n.Type == "form" {
			return p
		}
		i := strings.LastIndex(p, "/children/")
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return "/root"
}

// values returns the values of the fields under the node at root, keyed
// by node id or JSON Pointer: text for inputs, textareas, radios and
// selects, true or false for checkboxes and switches, a number for
// sliders.
func (w *widget) values(root string) js.Value {
	out := js.Global().Get("Object").New()
	for ptr, n := range w.nodes {
		if ptr != root && !strings.HasPrefix(ptr, root+"/") {
			continue
		}
		key := n.ID
		if key == "" {
			key = ptr
		}
		v, typed := w.state.Value(ptr)
		switch p := n.Props.(type) {
		case *genui.Input:
			out.Set(key, pick(v, typed, p.Value))
		case *genui.Textarea:
			out.Set(key, pick(v, typed, p.Value))
		case *genui.Radio:
			out.Set(key, pick(v, typed, p.Value))
		case *genui.Select:
			out.Set(key, pick(v, typed, p.Value))
		case *genui.Checkbox:
			out.Set(key, w.state.IsChecked(ptr, p.Checked))
		case *genui.Switch:
			out.Set(key, w.state.IsChecked(ptr, p.Checked))
		case *genui.Slider:
			x := p.Value
			if f, err := strconv.ParseFloat(v, 64); typed && err == nil {
				x = f
			}
			out.Set(key, x)
		}
	}
	return out
}

func pick(v string, typed bool, def string) string {
	if typed {
		return v
	}
	return def
}
