package ui

import (
	"math"
	"strconv"
	"strings"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// surface is one live, interactive drawing of a spec: the preview, or a
// frame of the artboard. It keeps the spec, the interaction state and the
// latest display list, lays out again on every change and hands the list
// to its backend. What a person does arrives as points (hit-tested on
// the list) and keys; what it means comes back as events for the log.
type surface struct {
	backend Backend
	spec    *genui.Spec
	state   render.State
	list    *render.List
	width   float32
	dark    bool
	// renders counts the drawings made, for the streaming counters.
	renders int
}

// show draws spec; the interaction state is kept for nodes that are
// still there (typing into a form survives a streamed update).
func (s *surface) show(spec *genui.Spec) {
	s.spec = spec
	s.redraw()
}

// reset forgets what a person did to the drawing.
func (s *surface) reset() { s.state = render.State{} }

func (s *surface) redraw() {
	theme := components.Light
	if s.dark {
		theme = components.Dark
	}
	s.list = render.Layout(s.spec, render.Options{Width: s.width, Theme: theme, State: &s.state})
	if s.backend != nil {
		s.backend.Draw(s.list)
	}
	s.renders++
}

// nodeCount returns the number of spec nodes drawn.
func (s *surface) nodeCount() int {
	if s.list == nil {
		return 0
	}
	seen := map[string]bool{}
	for _, g := range s.list.Groups() {
		seen[g.Pointer] = true
	}
	return len(seen)
}

// event is one line of the event log: what a person did to a preview.
type event struct {
	Kind   string // press, toggle, choose, tab, edit, slide, follow
	Target string // the control's accessible name, or its type
	Detail string // the action, the new value, the form's values
}

// target names a group for the log.
func target(g *render.Group) string {
	if g.Name != "" {
		return g.Name
	}
	return g.Type
}

// name names the control a group belongs to: a radio option by its
// group's label (an option's group carries the radio's pointer).
func (s *surface) name(g *render.Group) string {
	if g.Interact == render.Choose {
		if n := nodeAt(s.spec, g.Pointer); n != nil {
			if r, ok := n.Props.(*genui.Radio); ok && r.Label != "" {
				return r.Label
			}
		}
	}
	return target(g)
}

// click acts on the control at p: toggles flip, options and tabs are
// chosen, a slider jumps to the point, presses and links are reported.
// It returns the event to log (Kind empty: nothing happened) and the
// group, for controls that take typing or a choice from a list.
func (s *surface) click(p render.Point) (event, *render.Group) {
	if s.list == nil {
		return event{}, nil
	}
	g := s.list.HitTest(p)
	if g == nil {
		if s.state.Focus != "" {
			s.state.Focus = ""
			s.redraw()
		}
		return event{}, nil
	}
	ev := s.activate(g)
	if g.Interact == render.Slide {
		if v, ok := s.sliderValue(g, p.X); ok {
			s.setValue(g.Pointer, v)
			ev = event{Kind: "slide", Target: target(g), Detail: v}
		}
	}
	s.redraw()
	return ev, g
}

// activate applies a press of g (a click, Enter or Space) to the state
// and describes it.
func (s *surface) activate(g *render.Group) event {
	s.state.Apply(g)
	switch g.Interact {
	case render.Press:
		return event{Kind: "press", Target: target(g), Detail: s.pressDetail(g)}
	case render.Follow:
		return event{Kind: "follow", Target: target(g), Detail: g.Href}
	case render.Toggle:
		return event{Kind: "toggle", Target: target(g), Detail: onOff(!g.Checked)}
	case render.Choose:
		return event{Kind: "choose", Target: s.name(g), Detail: g.Value}
	case render.SelectTab:
		return event{Kind: "tab", Target: target(g)}
	}
	return event{}
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// pressDetail is the action of a press and, for a button inside a form,
// the form's values as a person left them.
func (s *surface) pressDetail(g *render.Group) string {
	d := g.Action
	form := s.enclosing(g.Pointer, "form")
	if form == "" {
		return d
	}
	vals := s.formValues(form)
	if vals == "" {
		return d
	}
	if d == "" {
		return vals
	}
	return d + " " + vals
}

// enclosing returns the pointer of the nearest node of type typ that
// holds ptr, or "".
func (s *surface) enclosing(ptr, typ string) string {
	for p := ptr; p != ""; {
		if n := nodeAt(s.spec, p); n != nil && n.Type == typ {
			return p
		}
		i := strings.LastIndex(p, "/children/")
		if i < 0 {
			return ""
		}
		p = p[:i]
	}
	return ""
}

// formValues lists the values of the controls below form as
// {label: value, …}, in paint order.
func (s *surface) formValues(form string) string {
	var parts []string
	seen := map[string]bool{}
	for _, g := range s.list.Groups() {
		if !strings.HasPrefix(g.Pointer, form+"/") || seen[g.Pointer] {
			continue
		}
		var v string
		switch g.Interact {
		case render.Edit, render.Slide, render.Expand:
			v = strconv.Quote(g.Value)
		case render.Toggle:
			v = strconv.FormatBool(g.Checked)
		case render.Choose:
			if !g.Checked {
				continue
			}
			v = strconv.Quote(g.Value)
		default:
			continue
		}
		seen[g.Pointer] = true
		parts = append(parts, strconv.Quote(s.name(g))+": "+v)
	}
	if len(parts) == 0 {
		return ""
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// setValue records a typed or chosen value.
func (s *surface) setValue(ptr, v string) {
	if s.state.Values == nil {
		s.state.Values = map[string]string{}
	}
	s.state.Values[ptr] = v
}

// sliderValue is the value of slider g at page x, on its step.
func (s *surface) sliderValue(g *render.Group, x float32) (string, bool) {
	n := nodeAt(s.spec, g.Pointer)
	if n == nil {
		return "", false
	}
	sl, ok := n.Props.(*genui.Slider)
	if !ok {
		return "", false
	}
	lo, hi, step := sliderRange(sl)
	r := s.groupRect(g.Pointer)
	if r.W <= 0 {
		return "", false
	}
	f := math.Min(1, math.Max(0, float64((x-r.X)/r.W)))
	return formatNumber(snapStep(lo+f*(hi-lo), lo, hi, step)), true
}

// nudgeSlider moves slider g by steps (arrow keys).
func (s *surface) nudgeSlider(g *render.Group, steps int) (string, bool) {
	n := nodeAt(s.spec, g.Pointer)
	if n == nil {
		return "", false
	}
	sl, ok := n.Props.(*genui.Slider)
	if !ok {
		return "", false
	}
	lo, hi, step := sliderRange(sl)
	cur, err := strconv.ParseFloat(g.Value, 64)
	if err != nil {
		cur = sl.Value
	}
	if step <= 0 {
		step = (hi - lo) / 100
	}
	return formatNumber(snapStep(cur+float64(steps)*step, lo, hi, step)), true
}

func sliderRange(sl *genui.Slider) (lo, hi, step float64) {
	lo, hi, step = sl.Min, sl.Max, sl.Step
	if hi == 0 && lo == 0 {
		hi = 100
	}
	if hi <= lo {
		hi = lo + 1
	}
	return lo, hi, step
}

func snapStep(v, lo, hi, step float64) float64 {
	if step > 0 {
		v = lo + math.Round((v-lo)/step)*step
	}
	return math.Min(hi, math.Max(lo, v))
}

func formatNumber(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e6)/1e6, 'f', -1, 64)
}

// groupRect returns the bounds of the group at ptr.
func (s *surface) groupRect(ptr string) render.Rect {
	if s.list == nil {
		return render.Rect{}
	}
	for i := range s.list.Ops {
		op := &s.list.Ops[i]
		if op.Kind == render.OpBegin && op.Group != nil && op.Group.Pointer == ptr {
			return op.Rect
		}
	}
	return render.Rect{}
}

// group returns the interactive group at ptr (the first, for a radio
// group's options), or nil.
func (s *surface) group(ptr string) *render.Group {
	if s.list == nil {
		return nil
	}
	for _, g := range s.list.Groups() {
		if g.Pointer == ptr && g.Interact != render.NotInteractive {
			return g
		}
	}
	return nil
}

// focusable lists the controls a person can tab to, in paint order, one
// stop per control: a radio group's options share one (the arrows move
// between them), as in a browser.
func (s *surface) focusable() []*render.Group {
	if s.list == nil {
		return nil
	}
	var gs []*render.Group
	seen := map[string]int{}
	for _, g := range s.list.Groups() {
		if g.Interact == render.NotInteractive || g.Disabled {
			continue
		}
		if i, ok := seen[g.Pointer]; ok {
			if g.Checked {
				gs[i] = g // a radio group stops at its chosen option
			}
			continue
		}
		seen[g.Pointer] = len(gs)
		gs = append(gs, g)
	}
	return gs
}

// moveFocus moves the focus by delta among the focusable controls and
// returns false when it leaves them (so Tab can go on to the page).
func (s *surface) moveFocus(delta int) bool {
	gs := s.focusable()
	if len(gs) == 0 {
		return false
	}
	i := -1
	for j, g := range gs {
		if g.Pointer == s.state.Focus {
			i = j
		}
	}
	next := i + delta
	if i < 0 && delta < 0 {
		next = len(gs) - 1
	}
	if next < 0 || next >= len(gs) {
		s.state.Focus = ""
		s.redraw()
		return false
	}
	s.state.Focus = gs[next].Pointer
	s.redraw()
	return true
}

// nudgeChoice chooses the option steps away from the chosen one of the
// radio group g belongs to (arrow keys), and returns it.
func (s *surface) nudgeChoice(g *render.Group, steps int) (string, bool) {
	var opts []*render.Group
	cur := 0
	for _, o := range s.list.Groups() {
		if o.Pointer == g.Pointer && o.Interact == render.Choose {
			if o.Checked {
				cur = len(opts)
			}
			opts = append(opts, o)
		}
	}
	if len(opts) == 0 {
		return "", false
	}
	o := opts[((cur+steps)%len(opts)+len(opts))%len(opts)]
	s.state.Apply(o)
	s.redraw()
	return o.Value, true
}

// focused returns the group with the focus (a radio group's chosen
// option), or nil.
func (s *surface) focused() *render.Group {
	if s.state.Focus == "" {
		return nil
	}
	for _, g := range s.focusable() {
		if g.Pointer == s.state.Focus {
			return g
		}
	}
	return nil
}

// nodeAt returns the node of spec at a JSON Pointer made of /root,
// /children/N and /fallback steps, or nil.
func nodeAt(spec *genui.Spec, ptr string) *genui.Node {
	if spec == nil || !strings.HasPrefix(ptr, "/root") {
		return nil
	}
	n := spec.Root
	rest := ptr[len("/root"):]
	for rest != "" && n != nil {
		switch {
		case strings.HasPrefix(rest, "/fallback"):
			n, rest = n.Fallback, rest[len("/fallback"):]
		case strings.HasPrefix(rest, "/children/"):
			rest = rest[len("/children/"):]
			end := strings.IndexByte(rest, '/')
			if end < 0 {
				end = len(rest)
			}
			i, err := strconv.Atoi(rest[:end])
			if err != nil || i < 0 || i >= len(n.Children) {
				return nil
			}
			n, rest = n.Children[i], rest[end:]
		default:
			return nil
		}
	}
	return n
}
