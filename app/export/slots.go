package export

import (
	"math"
	"strconv"
	"strings"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// The slots of each kind of control: the states its variants draw, and
// where its native field goes.

// lastFrame returns the last outlined rectangle of the group begun at
// ops[i]: the box of a field, the thumb of a slider.
func lastFrame(ops []render.Op, i int) render.Rect {
	var r render.Rect
	for _, op := range ops[i : span(ops, i)+1] {
		if op.Kind == render.OpRect && op.StrokeWidth > 0 && op.Stroke.Visible() {
			r = op.Rect
		}
	}
	return r
}

// pathLeft returns the smallest x of a path's points.
func pathLeft(path render.Path) float32 {
	x := float32(math.Inf(1))
	used := [...]int{render.MoveTo: 1, render.LineTo: 1, render.QuadTo: 2, render.CubeTo: 3, render.Close: 0}
	for _, s := range path {
		if int(s.Verb) < len(used) {
			for _, pt := range s.P[:used[s.Verb]] {
				x = min(x, pt.X)
			}
		}
	}
	return x
}

// dropText removes the text ops after the group's last outlined
// rectangle: what a field shows in its box, not its label.
func dropText(ops []render.Op) []render.Op {
	last := -1
	for j, op := range ops {
		if op.Kind == render.OpRect && op.StrokeWidth > 0 && op.Stroke.Visible() {
			last = j
		}
	}
	out := make([]render.Op, 0, len(ops))
	for j, op := range ops {
		if j > last && op.Kind == render.OpText {
			continue
		}
		out = append(out, op)
	}
	return out
}

// editSlots sets a text field's box, text inset and its three slots.
func (p *page) editSlots(c *control, l *render.List, i int) {
	box := lastFrame(l.Ops, i)
	if box.W <= 0 {
		return
	}
	c.Box = boxOf(box)
	lines := 0
	for _, op := range l.Ops[i : span(l.Ops, i)+1] {
		if op.Kind == render.OpText && op.Rect.Y >= box.Y {
			lines++
		}
	}
	if c.Multiline {
		lines = max(lines, 2) // two lines give the line height; a textarea is three tall at least
	}
	blank := strings.TrimSuffix(strings.Repeat(blankMark+"\n", max(lines, 1)), "\n")
	setBlank := func(s *render.State) {
		if s.Values == nil {
			s.Values = map[string]string{}
		}
		s.Values[c.Ptr] = blank
	}
	c.state = []func(*render.State){
		slotBlank:      setBlank,
		slotBlankFocus: func(s *render.State) { setBlank(s); s.Focus = c.Ptr },
		slotAsWritten:  func(*render.State) {},
	}
	c.cut = func(ops []render.Op) []render.Op {
		c.measure(ops, box)
		return dropText(ops)
	}
	c.focus = true
	c.Base = slotAsWritten
}

// measure sets where a field's native text goes from the text a blank
// variant draws in box: its size, its inset and, for several lines, the
// line height (the distance of baselines) and the inset of the first
// line box.
func (c *control) measure(ops []render.Op, box render.Rect) {
	var text []render.Op
	right := float32(12)
	for _, op := range ops {
		switch {
		case op.Kind == render.OpText && op.Rect.Y >= box.Y:
			text = append(text, op)
		case op.Kind == render.OpPath: // a trailing icon: a path in the box's right half
			if x := pathLeft(op.Path); x > box.X+box.W/2 {
				right = max(right, box.X+box.W-x+8)
			}
		}
	}
	if len(text) == 0 || c.Pad != nil {
		return
	}
	first := text[0]
	pad := [4]float32{0, right, 0, first.Rect.X - box.X}
	c.Font = first.Font.Size
	if c.Multiline && len(text) > 1 {
		c.LineHeight = text[1].Baseline - first.Baseline
		pad[0] = max(first.Rect.Y-box.Y-(c.LineHeight-first.Rect.H)/2, 0)
	}
	c.Pad = &pad
}

// choiceSlots gives a radio group or select one slot per option.
func (p *page) choiceSlots(c *control, options []string, value string) {
	c.Options = options[:min(len(options), maxChoices)]
	for k, o := range c.Options {
		if o == value && c.Base < 0 {
			c.Base = k
		}
		c.state = append(c.state, func(s *render.State) {
			if s.Values == nil {
				s.Values = map[string]string{}
			}
			s.Values[c.Ptr] = o
		})
	}
}

// sliderSlots gives a slider a slot per stop: each step when there are
// few, else sliderStops evenly spaced values, snapped to the step.
func (p *page) sliderSlots(c *control, pr *genui.Slider, value string, l *render.List, i int) {
	lo, hi := render.Finite(pr.Min, 0), render.Finite(pr.Max, 0)
	if !(hi > lo) {
		hi = lo + 100
	}
	step := render.Finite(pr.Step, 0)
	n := sliderStops
	if step > 0 && (hi-lo)/step < sliderStops {
		n = int(math.Floor((hi-lo)/step+1e-9)) + 1
	}
	thumb := lastFrame(l.Ops, i)
	c.Box = boxOf(render.XYWH(c.box.X, thumb.Y, c.box.W, thumb.H))
	for k := range n {
		v := lo + (hi-lo)*float64(k)/float64(max(n-1, 1))
		if step > 0 {
			v = min(lo+math.Round((v-lo)/step)*step, hi)
		}
		if strconv.FormatFloat(v, 'f', -1, 64) == value && c.Base < 0 {
			c.Base = k
		}
		c.Stops = append(c.Stops, v)
		c.state = append(c.state, func(s *render.State) {
			if s.Values == nil {
				s.Values = map[string]string{}
			}
			s.Values[c.Ptr] = strconv.FormatFloat(v, 'f', -1, 64)
		})
	}
}
