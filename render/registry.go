package render

import "sync"

// Component is how one node type is measured, laid out and painted. The
// components package registers one per catalog type in its init functions,
// the way image formats register with package image; render itself knows
// no catalog type.
//
// Layout is width-in, height-out (as in CSS block layout and Yoga): a
// parent asks a child for its intrinsic widths, decides the child's width,
// asks for its height at that width, and finally places it. Widths and
// Height are pure measurements the engine caches per box; they must not
// depend on anything but the node, the theme, the state and the width.
type Component interface {
	// Widths returns the node's min-content width (the narrowest it can be
	// without overflowing) and its max-content width (its natural width
	// with nothing wrapped).
	Widths(c *Context, b *Box) (minW, maxW float32)
	// Height returns the node's height when it is w wide.
	Height(c *Context, b *Box, w float32) float32
	// Describe returns what the node is to assistive technology and to
	// hit-testing: its role, accessible name and interaction. The engine
	// fills in Pointer and Type.
	Describe(c *Context, b *Box) Group
	// Paint appends the node's own ops for its final rectangle b.Rect; the
	// engine paints its children after it.
	Paint(p *Painter, b *Box)
}

// Container is a Component with children: the engine builds a box for each
// child node and the container places them.
type Container interface {
	Component
	// Arrange places b's children (with Context.Place, in coordinates
	// relative to b) for b's final size w×h.
	Arrange(c *Context, b *Box, w, h float32)
}

// Grower is implemented by components whose share of a row's free width
// depends on the node (a thumbnail keeps its width where a full-width
// picture grows); it overrides Traits.Grow.
type Grower interface {
	Grow(b *Box) float32
}

// Traits say how a component behaves inside rows and columns.
type Traits struct {
	// Grow is the node's share of a row's free width (CSS flex: Grow with
	// a zero basis). Zero: the node keeps its natural width.
	Grow float32
	// Spring makes the node take a column's free height too (spacers).
	Spring bool
	// Block makes the node as wide as its column unless an align token
	// says otherwise; other nodes keep their natural width (buttons, badges).
	Block bool
	// Surface makes the node as tall as the row it sits in unless an align
	// token says otherwise (cards in a row come out the same height);
	// other nodes are centred on the row.
	Surface bool
	// AlignsText says the node reads its own align token as text
	// alignment inside a full-width box, not as its place in a column.
	AlignsText bool
}

type registration struct {
	comp   Component
	traits Traits
}

var (
	registryMu sync.RWMutex
	registry   = map[string]registration{}
)

// Register makes c draw nodes of type typ. Registering a type twice panics:
// it is a programming error, found at init.
func Register(typ string, c Component, t Traits) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[typ]; dup {
		panic("render: component registered twice: " + typ)
	}
	registry[typ] = registration{c, t}
}

// Registered reports whether a component draws nodes of type typ.
func Registered(typ string) bool {
	registryMu.RLock()
	defer registryMu.RUnlock()
	_, ok := registry[typ]
	return ok
}

func lookup(typ string) (registration, bool) {
	registryMu.RLock()
	defer registryMu.RUnlock()
	r, ok := registry[typ]
	return r, ok
}
