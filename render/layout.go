package render

import (
	"fmt"
	"strconv"

	"github.com/genui/genui/genui"
)

// Page widths Layout accepts; others are clamped into this range.
const (
	DefaultWidth = 480
	MinWidth     = 160
	MaxWidth     = 4096
)

// MaxOps bounds the display list: painting stops, with a warning, once a
// list holds this many ops. Specs within genui's limits stay far below it.
const MaxOps = 1 << 20

// Theme is what the layout engine itself needs of a look: the page and the
// placeholder it draws for unknown components. The full design token table
// (colours, spacing, radii, type scale) belongs to the component set,
// which finds it by Name; see package components.
type Theme struct {
	Name    string  // "light", "dark", …
	Page    Color   // page background
	Padding float32 // margin between the page edge and the root node
	Text    Color   // placeholder label
	Surface Color   // placeholder fill
	Border  Color   // placeholder outline
}

// DefaultTheme is a plain light look, used when Options.Theme is nil.
var DefaultTheme = &Theme{
	Name: "light", Page: Hex(0xffffff), Padding: 24,
	Text: Hex(0x71717a), Surface: Hex(0xf4f4f5), Border: Hex(0xd4d4d8),
}

// Options configure Layout.
type Options struct {
	// Width is the page width in CSS pixels (0: DefaultWidth); it is
	// clamped to [MinWidth, MaxWidth].
	Width float32
	// Theme is the look (nil: DefaultTheme).
	Theme *Theme
	// State is what a person has done to the UI (nil: nothing).
	State *State
}

// Box is a node during layout: its place, its children and what its
// component keeps between measuring and painting.
type Box struct {
	// Node is the spec node drawn here: the original, or the fallback
	// that replaced a node of an unknown type.
	Node *genui.Node
	// Pointer is the JSON Pointer of Node in the spec.
	Pointer string
	// Parent is the box of the enclosing node (nil for the root).
	Parent *Box
	// Size is the size the parent gave the box (unrounded).
	Size Size
	// Rect is the box relative to its parent during Arrange, and its
	// absolute, pixel-snapped rectangle when painting.
	Rect Rect
	// Children are the boxes of the node's children, for containers.
	Children []*Box
	// Hidden boxes are not painted (the tabs that are not shown).
	Hidden bool
	// TextAlign is how a node with the AlignsText trait aligns its lines:
	// its own align token, else its column's.
	TextAlign TextAlign
	// Data is the component's own state between Height and Paint (its
	// wrapped text, say).
	Data any

	reg    registration
	depth  int
	placed bool

	measured   bool
	minW, maxW float32
	heightOK   bool
	heightW    float32
	height     float32
}

// Traits returns the traits of the box's component.
func (b *Box) Traits() Traits { return b.reg.traits }

// grow returns the box's share of a row's free width.
func (b *Box) grow() float32 {
	if g, ok := b.reg.comp.(Grower); ok {
		return g.Grow(b)
	}
	return b.reg.traits.Grow
}

// Context carries the theme, the state and the list being built through
// layout and paint.
type Context struct {
	Theme *Theme
	State *State

	list    *List
	nodes   int
	stopped bool // painting hit MaxOps
}

// Layout lays out spec s at the width of o and paints it into a display
// list. It never fails: nodes of unknown types become their fallback or a
// labelled placeholder, unsafe values are dropped, and nodes past genui's
// depth, count and size limits are left out; each such change is listed in
// List.Warnings. The same spec, options and state give the same list.
func Layout(s *genui.Spec, o Options) *List {
	c := &Context{Theme: o.Theme, State: o.State}
	if c.Theme == nil {
		c.Theme = DefaultTheme
	}
	w := o.Width
	if w == 0 || w != w {
		w = DefaultWidth
	}
	w = clampf(snap(w), MinWidth, MaxWidth)
	pad := clampf(c.Theme.Padding, 0, w/4)
	l := &List{Width: w, Background: c.Theme.Page, Theme: c.Theme.Name}
	c.list = l
	if s == nil || s.Root == nil {
		l.Height = snap(2 * pad)
		return l
	}
	l.Title = LimitText(s.Title)
	root := c.build(s.Root, "/root", 1)
	if root == nil {
		l.Height = snap(2 * pad)
		return l
	}
	inner := w - 2*pad
	rw := inner
	if !root.reg.traits.Block {
		_, maxW := c.Widths(root)
		rw = min(maxW, inner)
	}
	c.Place(root, pad, pad, rw, 0)
	c.absolute(root, 0, 0)
	// About ten ops a node: grow the list once rather than by doubling.
	l.Ops = make([]Op, 0, 10*c.nodes)
	p := &Painter{Context: c}
	p.paint(root)
	l.Height = snap(root.Size.H + 2*pad)
	return l
}

// LimitText returns s cut to genui.MaxString bytes (on a rune boundary).
func LimitText(s string) string {
	if len(s) <= genui.MaxString {
		return s
	}
	i := genui.MaxString
	for i > 0 && s[i]&0xc0 == 0x80 {
		i--
	}
	return s[:i]
}

// build makes the box of node n at pointer ptr and depth, and the boxes of
// its children; nil when n is nil or past the limits.
func (c *Context) build(n *genui.Node, ptr string, depth int) *Box {
	if n == nil {
		return nil
	}
	if depth > genui.MaxDepth {
		c.Warn(ptr, fmt.Sprintf("deeper than %d levels; not drawn", genui.MaxDepth))
		return nil
	}
	c.nodes++
	if c.nodes > genui.MaxNodes {
		if c.nodes == genui.MaxNodes+1 {
			c.Warn(ptr, fmt.Sprintf("more than %d nodes; this and later nodes are not drawn", genui.MaxNodes))
		}
		return nil
	}
	reg, ok := lookup(n.Type)
	if !ok {
		if n.Fallback != nil {
			return c.build(n.Fallback, ptr+"/fallback", depth+1)
		}
		reg = registration{placeholderComponent{}, Traits{Block: true}}
	}
	b := &Box{Node: n, Pointer: ptr, reg: reg, depth: depth}
	if _, ok := reg.comp.(Container); ok && len(n.Children) > 0 {
		kids := n.Children
		if len(kids) > genui.MaxItems {
			c.Warn(ptr+"/children", fmt.Sprintf("more than %d children; the rest are not drawn", genui.MaxItems))
			kids = kids[:genui.MaxItems]
		}
		b.Children = make([]*Box, 0, len(kids))
		for i, k := range kids {
			if kb := c.build(k, ptr+"/children/"+strconv.Itoa(i), depth+1); kb != nil {
				kb.Parent = b
				b.Children = append(b.Children, kb)
			}
		}
	}
	return b
}

// Warn records that the value at ptr was dropped or changed.
func (c *Context) Warn(ptr, msg string) {
	c.list.Warnings = append(c.list.Warnings, Warning{Pointer: ptr, Message: msg})
}

// URL returns u when genui.SafeURL allows it (image: as a picture's
// source), and otherwise "" with a warning for the field at ptr.
func (c *Context) URL(ptr, u string, image bool) string {
	if u == "" {
		return ""
	}
	if !genui.SafeURL(u, image) {
		c.Warn(ptr, "unsafe URL dropped")
		return ""
	}
	return u
}

// Widths returns b's min-content and max-content widths.
func (c *Context) Widths(b *Box) (minW, maxW float32) {
	if !b.measured {
		b.minW, b.maxW = b.reg.comp.Widths(c, b)
		b.minW, b.maxW = clampf(b.minW, 0, MaxWidth), clampf(b.maxW, 0, MaxWidth)
		b.maxW = max(b.maxW, b.minW)
		b.measured = true
	}
	return b.minW, b.maxW
}

// Height returns b's height at width w.
func (c *Context) Height(b *Box, w float32) float32 {
	if !b.heightOK || b.heightW != w {
		b.height = clampf(b.reg.comp.Height(c, b, w), 0, 1e7)
		b.heightOK, b.heightW = true, w
	}
	return b.height
}

// Place gives b its final place: at (x, y) in its parent, w wide and at
// least h tall (its own height when that is more), and arranges its
// children for that size.
func (c *Context) Place(b *Box, x, y, w, h float32) {
	w = max(w, 0)
	h = max(h, c.Height(b, w))
	b.Size = Size{w, h}
	b.Rect = Rect{x, y, w, h}
	b.placed = true
	if k, ok := b.reg.comp.(Container); ok {
		k.Arrange(c, b, w, h)
	}
}

// absolute turns the relative rectangles of b's subtree into absolute
// ones, snapping edges to whole pixels; (ox, oy) is the parent's unsnapped
// origin.
func (c *Context) absolute(b *Box, ox, oy float32) {
	x, y := ox+b.Rect.X, oy+b.Rect.Y
	x0, y0 := snap(x), snap(y)
	b.Rect = Rect{x0, y0, snap(x+b.Size.W) - x0, snap(y+b.Size.H) - y0}
	for _, k := range b.Children {
		if k.placed {
			c.absolute(k, x, y)
		}
	}
}
