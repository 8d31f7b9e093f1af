package export

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

// What makes a standalone page interactive without a renderer in it: the
// page holds one drawing per reachable combination of chosen tabs (a
// view), and, for every control of a view, its drawing in each state the
// page's script can show (a variant): a checkbox ticked and not, a radio
// group or select with each option chosen, a slider at each of its stops,
// a text field without its text (the page's native field shows what is
// typed) and the same with the focus ring. All of them come from
// render.Layout and render/svg with the matching render.State, so every
// state looks as the live preview draws it. A variant is cut out of a
// layout where only that control's state differs, and is used only when
// the control's box did not move; otherwise the control keeps its first
// drawing.

// Limits on what a page holds, so a spec with thousands of controls or
// deeply nested tabs still exports quickly to a file of bounded size.
const (
	maxViews    = 16   // combinations of chosen tabs
	maxChoices  = 64   // options of a radio group or select drawn as variants
	sliderStops = 21   // positions of a slider drawn as variants
	maxLayouts  = 400  // layouts made for variants, all views together
	maxWork     = 3e4  // nodes laid out for variants (layouts × nodes), all views together
	maxVariants = 4000 // distinct variant drawings in a page
)

// Slots of an edit control's variants.
const (
	slotBlank      = 0 // the field without its text
	slotBlankFocus = 1 // the same with the focus ring
	slotAsWritten  = 2 // the field as the spec writes it
)

// blankMark is what a text field holds in its blank variants: a
// private-use character, one per line the field's text takes, so the
// field keeps its height; the page drops those lines' text ops.
const blankMark = "\uE000"

// pageParts is what the page's script reads (as JSON from
// <script type="application/json" id="genui-parts">).
type pageParts struct {
	Views  []viewParts `json:"views"`
	Fields []field     `json:"fields"`
	Forms  []string    `json:"forms"`
}

// viewParts are one view's tabs and controls.
type viewParts struct {
	// Tabs maps the pointer of each tab drawn in the view to the view
	// that shows it.
	Tabs     map[string]int `json:"tabs"`
	Controls []*control     `json:"controls"`
}

// control is one interactive node of a view.
type control struct {
	Ptr  string `json:"ptr"`
	Type string `json:"type"` // node type: input, textarea, checkbox, …
	Kind string `json:"kind"` // edit, toggle, choose, expand or slide
	Name string `json:"name,omitempty"`
	// Box is where the page puts a native field over the drawing (edit,
	// expand, slide): x, y, width, height.
	Box *[4]float32 `json:"box,omitempty"`
	// Pad is the inset of a text field's text in its box (top, right,
	// bottom, left), Font its size and LineHeight its line height.
	Pad        *[4]float32 `json:"pad,omitempty"`
	Font       float32     `json:"font,omitempty"`
	LineHeight float32     `json:"lineHeight,omitempty"`
	InputType  string      `json:"inputType,omitempty"`
	Multiline  bool        `json:"multiline,omitempty"`
	// Placeholder is shown by the native field while it is empty.
	Placeholder string `json:"placeholder,omitempty"`
	// Options are the choices of a radio group or select, Stops the
	// values of a slider's variants.
	Options []string  `json:"options,omitempty"`
	Stops   []float64 `json:"stops,omitempty"`
	// Variants holds a template index for each slot (-1: not drawn): for
	// toggles off and on, for choices each option, for sliders each stop,
	// for edits slotBlank, slotBlankFocus and slotAsWritten. Base is the
	// slot the view draws as written (-1: none of them).
	Variants []int `json:"variants"`
	Base     int   `json:"base"`

	box   render.Rect             // the node's group in the view
	state []func(s *render.State) // the state of each slot
	cut   func(ops []render.Op) []render.Op
	focus bool // slotBlankFocus needs a layout of its own
}

// field is a value the page reports with an action: keyed by the node's
// id, else its pointer, as <genui-widget> does.
type field struct {
	Ptr   string `json:"ptr"`
	Key   string `json:"key"`
	Value any    `json:"value"` // string, bool or number, as the spec writes it
}

// page is a spec's views and variants, drawn.
type page struct {
	spec     *genui.Spec
	opts     render.Options // Width and Theme of every layout
	states   []*render.State
	lists    []*render.List
	parts    pageParts
	variants []string // SVG fragments, by template index
	seen     map[string]int
	layouts  int // layouts made for variants
	budget   int // layouts the page may make for variants
}

// newPage lays out spec in every view and draws every control's variants.
func newPage(spec *genui.Spec, o render.Options) (*page, error) {
	base := cloneState(o.State)
	base.Focus, base.Hover = "", ""
	o.State = nil
	p := &page{spec: spec, opts: o, seen: map[string]int{}}
	p.parts.Fields, p.parts.Forms = fields(spec.Root, "/root")
	p.parts.Fields, p.parts.Forms = nonNil(p.parts.Fields), nonNil(p.parts.Forms) // the script reads [], not null
	p.budget = min(maxLayouts, maxWork/max(len(nodesByPointer(spec.Root, "/root")), 1))
	p.addView(base)
	for v := 0; v < len(p.states); v++ {
		p.parts.Views[v].Tabs = p.tabs(v)
	}
	for v := range p.states {
		if err := p.drawVariants(v); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func (p *page) layout(s *render.State) *render.List {
	o := p.opts
	o.State = s
	return render.Layout(p.spec, o)
}

func (p *page) addView(s *render.State) int {
	p.states = append(p.states, s)
	l := p.layout(s)
	p.lists = append(p.lists, l)
	p.parts.Views = append(p.parts.Views, viewParts{Controls: nonNil(p.controls(l))})
	return len(p.states) - 1
}

// tabs finds the view each tab of view v shows, adding views up to
// maxViews; a tab whose view does not fit is left out (clicking it does
// nothing).
func (p *page) tabs(v int) map[string]int {
	out := map[string]int{}
	for _, op := range p.lists[v].Ops {
		g := op.Group
		if op.Kind != render.OpBegin || g == nil || g.Interact != render.SelectTab || g.Disabled {
			continue
		}
		i := strings.LastIndex(g.Pointer, "/children/")
		n, err := strconv.Atoi(g.Value)
		if i < 0 || err != nil {
			continue
		}
		next := cloneState(p.states[v])
		if next.Tabs == nil {
			next.Tabs = map[string]int{}
		}
		next.Tabs[g.Pointer[:i]] = n
		to := slices.IndexFunc(p.states, func(s *render.State) bool { return sameTabs(s.Tabs, next.Tabs) })
		if to < 0 && len(p.states) < maxViews {
			to = p.addView(next)
		}
		if to >= 0 {
			out[g.Pointer] = to
		}
	}
	return out
}

// sameTabs compares tab choices, a missing entry being tab 0.
func sameTabs(a, b map[string]int) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	for k, v := range b {
		if a[k] != v {
			return false
		}
	}
	return true
}

func cloneState(s *render.State) *render.State {
	if s == nil {
		return &render.State{}
	}
	return &render.State{
		Values: maps.Clone(s.Values), Checked: maps.Clone(s.Checked), Tabs: maps.Clone(s.Tabs),
		Focus: s.Focus, Hover: s.Hover,
	}
}

// controls lists the controls drawn in l, each with the states of its slots.
func (p *page) controls(l *render.List) []*control {
	var out []*control
	seen := map[string]bool{}
	nodes := nodesByPointer(p.spec.Root, "/root")
	for i, op := range l.Ops {
		g := op.Group
		if op.Kind != render.OpBegin || g == nil || seen[g.Pointer] {
			continue
		}
		seen[g.Pointer] = true // the node's own group comes first
		n := nodes[g.Pointer]
		if n == nil || g.Disabled {
			continue
		}
		c := &control{Ptr: g.Pointer, Type: g.Type, Name: g.Name, box: op.Rect, Base: -1}
		switch pr := n.Props.(type) {
		case *genui.Input:
			c.Kind, c.InputType, c.Placeholder = "edit", string(pr.InputType), pr.Placeholder
			p.editSlots(c, l, i)
		case *genui.Textarea:
			c.Kind, c.Multiline, c.Placeholder = "edit", true, pr.Placeholder
			p.editSlots(c, l, i)
		case *genui.Checkbox, *genui.Switch:
			c.Kind = "toggle"
			for _, on := range []bool{false, true} {
				if on == g.Checked {
					c.Base = len(c.state)
				}
				c.state = append(c.state, func(s *render.State) {
					if s.Checked == nil {
						s.Checked = map[string]bool{}
					}
					s.Checked[c.Ptr] = on
				})
			}
		case *genui.Radio:
			c.Kind = "choose"
			p.choiceSlots(c, pr.Options, g.Value)
		case *genui.Select:
			c.Kind = "expand"
			c.Box = boxOf(lastFrame(l.Ops, i))
			p.choiceSlots(c, pr.Options, g.Value)
		case *genui.Slider:
			c.Kind = "slide"
			p.sliderSlots(c, pr, g.Value, l, i)
		default:
			continue
		}
		out = append(out, c)
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func boxOf(r render.Rect) *[4]float32 { return &[4]float32{r.X, r.Y, r.W, r.H} }

// span returns the index of the End that closes the group begun at ops[i].
func span(ops []render.Op, i int) int {
	depth := 0
	for j := i; j < len(ops); j++ {
		switch ops[j].Kind {
		case render.OpBegin:
			depth++
		case render.OpEnd:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(ops) - 1
}

// drawVariants draws the variants of view v's controls: slot k of every
// control in one layout (controls do not move when another control's
// state changes), then, for any control that did move, in a layout of
// its own; focus variants each in their own.
func (p *page) drawVariants(v int) error {
	ctls := p.parts.Views[v].Controls
	slots := 0
	for _, c := range ctls {
		c.Variants = slices.Repeat([]int{-1}, len(c.state))
		slots = max(slots, len(c.state))
	}
	for k := range slots {
		var batch []*control
		s := cloneState(p.states[v])
		for _, c := range ctls {
			if k < len(c.state) && !(c.focus && k == slotBlankFocus) {
				batch = append(batch, c)
				c.state[k](s)
			}
		}
		if len(batch) == 0 {
			continue
		}
		if !p.spend() {
			break
		}
		l := p.layout(s)
		for _, c := range batch {
			ok, err := p.cutVariant(c, k, l)
			if err != nil {
				return err
			}
			if !ok && len(batch) > 1 && p.spend() {
				one := cloneState(p.states[v])
				c.state[k](one)
				if _, err := p.cutVariant(c, k, p.layout(one)); err != nil {
					return err
				}
			}
		}
	}
	for _, c := range ctls {
		if c.focus && p.spend() {
			s := cloneState(p.states[v])
			c.state[slotBlankFocus](s)
			if _, err := p.cutVariant(c, slotBlankFocus, p.layout(s)); err != nil {
				return err
			}
		}
	}
	return nil
}

// spend counts one layout against the page's budget.
func (p *page) spend() bool {
	if p.layouts >= p.budget || len(p.variants) >= maxVariants {
		return false
	}
	p.layouts++
	return true
}

// cutVariant draws slot k of c from l when c's group is where it is in
// the view; it reports whether it was.
func (p *page) cutVariant(c *control, k int, l *render.List) (bool, error) {
	for i, op := range l.Ops {
		if op.Kind != render.OpBegin || op.Group == nil || op.Group.Pointer != c.Ptr || op.Group.Type != c.Type {
			continue
		}
		if op.Rect != c.box {
			return false, nil
		}
		ops := l.Ops[i : span(l.Ops, i)+1]
		if c.cut != nil && k != slotAsWritten {
			ops = c.cut(ops)
		}
		frag, err := fragment(&render.List{Width: l.Width, Height: l.Height, Ops: ops})
		if err != nil {
			return false, err
		}
		idx, ok := p.seen[frag]
		if !ok {
			if len(p.variants) >= maxVariants {
				return false, nil
			}
			idx = len(p.variants)
			p.variants = append(p.variants, frag)
			p.seen[frag] = idx
		}
		c.Variants[k] = idx
		return true, nil
	}
	return false, nil
}

// fragment draws l's ops with render/svg and returns them without the
// document around them (prologue, <svg>, <style>, background), for a
// <template> of the page.
func fragment(l *render.List) (string, error) {
	var b bytes.Buffer
	if err := svg.Encode(&b, l, nil); err != nil {
		return "", fmt.Errorf("export: %w", err)
	}
	doc := b.String()
	i := strings.Index(doc, "</style>")
	j := strings.LastIndex(doc, "</svg>")
	if i < 0 || j < i {
		return "", fmt.Errorf("export: render/svg wrote no <style> or </svg>")
	}
	body := doc[i:j]
	k := min(indexOr(body, "\n<g "), indexOr(body, "\n<a "))
	if k == len(body) {
		return "", fmt.Errorf("export: render/svg wrote no group")
	}
	return body[k+1:], nil
}

func indexOr(s, sub string) int {
	if i := strings.Index(s, sub); i >= 0 {
		return i
	}
	return len(s)
}

// nodesByPointer indexes the tree under n by JSON Pointer.
func nodesByPointer(n *genui.Node, ptr string) map[string]*genui.Node {
	m := map[string]*genui.Node{}
	var walk func(n *genui.Node, ptr string)
	walk = func(n *genui.Node, ptr string) {
		if n == nil {
			return
		}
		m[ptr] = n
		for i, k := range n.Children {
			walk(k, ptr+"/children/"+strconv.Itoa(i))
		}
		walk(n.Fallback, ptr+"/fallback")
	}
	walk(n, ptr)
	return m
}

// fields lists the values a press reports and the pointers of the forms.
func fields(root *genui.Node, ptr string) ([]field, []string) {
	var fs []field
	var forms []string
	nodes := nodesByPointer(root, ptr)
	for _, p := range slices.Sorted(maps.Keys(nodes)) {
		n := nodes[p]
		key := n.ID
		if key == "" {
			key = p
		}
		var v any
		switch pr := n.Props.(type) {
		case *genui.Input:
			v = pr.Value
		case *genui.Textarea:
			v = pr.Value
		case *genui.Radio:
			v = pr.Value
		case *genui.Select:
			v = pr.Value
		case *genui.Checkbox:
			v = pr.Checked
		case *genui.Switch:
			v = pr.Checked
		case *genui.Slider:
			v = render.Finite(pr.Value, 0)
		case *genui.Form:
			forms = append(forms, p)
			continue
		default:
			continue
		}
		fs = append(fs, field{Ptr: p, Key: key, Value: v})
	}
	return fs, forms
}
