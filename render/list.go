package render

// OpKind names what one display-list op draws.
type OpKind uint8

// Op kinds.
const (
	OpRect  OpKind = iota // a rectangle, with rounded corners when Radius > 0
	OpText                // one run of text on one baseline
	OpPath                // a filled and/or stroked path
	OpImage               // a picture, scaled to cover Rect and clipped to its rounded corners
	OpBegin               // opens a group: a node, or a part of one a person can interact with
	OpEnd                 // closes the innermost open group
)

// Op is one entry of a display list. It is plain data: which fields mean
// something depends on Kind, as each field's comment says. Coordinates are
// absolute CSS pixels of the list's page.
type Op struct {
	Kind OpKind

	// Rect is the rectangle of OpRect and OpImage, the box of an OpText
	// run (left edge, line top, advance width, line height) and the
	// bounds of an OpBegin group.
	Rect Rect
	// Radius rounds the corners of OpRect and OpImage.
	Radius float32

	// Fill is the colour inside an OpRect or OpPath and the colour of an
	// OpText; a zero Color paints nothing.
	Fill Color
	// Stroke and StrokeWidth draw the outline of an OpRect (inside its
	// edge) or along an OpPath (centred, round caps and joins).
	Stroke      Color
	StrokeWidth float32

	// Text is the characters of an OpText, the URL of an OpImage (already
	// checked with genui.SafeURL; empty when the spec's was dropped).
	Text string
	// Font and Baseline set an OpText: Rect.X is where the run starts,
	// Baseline the y of its baseline.
	Font     Font
	Baseline float32

	// Path is the outline of an OpPath.
	Path Path

	// Group describes the node an OpBegin opens.
	Group *Group
}

// Interact is how a person can act on a group.
type Interact uint8

// Interactions.
const (
	NotInteractive Interact = iota
	Press                   // a button: fires Action
	Follow                  // a link: goes to Href
	Edit                    // a text field: takes typed Value
	Toggle                  // a checkbox or switch: flips Checked
	Choose                  // one option of a radio group or a select: sets Value
	Slide                   // a slider: drags Value
	SelectTab               // a tab of a tab set: shows its page
	Expand                  // a select: opens its list of options
)

var interactNames = [...]string{"none", "press", "follow", "edit", "toggle", "choose", "slide", "tab", "expand"}

// String returns the interaction's lower-case name.
func (i Interact) String() string {
	if int(i) < len(interactNames) {
		return interactNames[i]
	}
	return "none"
}

// Group is what a backend, an accessibility mirror and hit-testing need to
// know of a node: where it is in the spec, what it is to assistive
// technology, and what a person can do with it.
type Group struct {
	// Pointer is the JSON Pointer of the node in its spec ("/root/children/2").
	Pointer string
	// Type is the node's component type ("button").
	Type string
	// Role is its WAI-ARIA role ("button", "textbox", "img", …); empty for
	// groups that only structure the drawing.
	Role string
	// Name is its accessible name (aria-label and the SVG <title>).
	Name string
	// Level is the heading level of role "heading" (1–4).
	Level int
	// Interact says what a person can do with it; Action is the named
	// event it fires, Href the link target (already checked with
	// genui.SafeURL), Value the current value of an input and the option a
	// Choose group stands for, Checked the state of a toggle or option.
	Interact Interact
	Action   string
	Href     string
	Value    string
	Checked  bool
	// Disabled marks a control that is drawn but cannot be used.
	Disabled bool
}

// Warning reports a value the renderer dropped or changed instead of
// drawing it (an unsafe URL, a node past the depth limit, …).
type Warning struct {
	Pointer string // the JSON Pointer of the value
	Message string
}

// String returns "pointer: message".
func (w Warning) String() string { return w.Pointer + ": " + w.Message }

// List is a display list: the drawing of a laid-out spec as plain data,
// read alike by the SVG, PNG, Canvas and WebGPU backends, by accessibility
// mirrors and by hit-testing.
type List struct {
	// Width and Height are the page size in CSS pixels.
	Width, Height float32
	// Background is the page colour.
	Background Color
	// Title is the spec's title, the document's accessible name.
	Title string
	// Theme names the theme the list was painted in.
	Theme string
	// Ops are drawn in order, later ops over earlier ones.
	Ops []Op
	// Warnings lists what was dropped while laying out and painting.
	Warnings []Warning
}

// HitTest returns the innermost interactive group, painted last, whose
// bounds contain p, or nil when p falls on no interactive group.
func (l *List) HitTest(p Point) *Group {
	var hit *Group
	for i := range l.Ops {
		op := &l.Ops[i]
		if op.Kind == OpBegin && op.Group != nil && op.Group.Interact != NotInteractive &&
			!op.Group.Disabled && op.Rect.Contains(p) {
			hit = op.Group
		}
	}
	return hit
}

// Groups returns the groups of the list in paint order: the nodes of the
// spec and their interactive parts.
func (l *List) Groups() []*Group {
	var gs []*Group
	for i := range l.Ops {
		if l.Ops[i].Kind == OpBegin && l.Ops[i].Group != nil {
			gs = append(gs, l.Ops[i].Group)
		}
	}
	return gs
}
