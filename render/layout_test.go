package render

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
)

// Test components. A leaf's ID holds "min,max,height"; a container's ID
// holds its justify value. Containers lay out with a 10 px gap.
type testLeaf struct{ interact Interact }

func leafDims(b *Box) (minW, maxW, h float32) {
	fmt.Sscanf(b.Node.ID, "%g,%g,%g", &minW, &maxW, &h)
	return
}

func (testLeaf) Widths(c *Context, b *Box) (float32, float32) {
	a, z, _ := leafDims(b)
	return a, z
}
func (testLeaf) Height(c *Context, b *Box, w float32) float32 { _, _, h := leafDims(b); return h }
func (l testLeaf) Describe(c *Context, b *Box) Group {
	return Group{Role: "test", Name: b.Node.ID, Interact: l.interact}
}
func (testLeaf) Paint(p *Painter, b *Box) { p.Rect(b.Rect, 0, Hex(0x808080)) }

type testFlex struct {
	axis Axis
	wrap bool
}

func (k testFlex) flex(b *Box) Flex {
	return Flex{Axis: k.axis, Gap: 10, Align: b.Node.Align, Justify: genui.Justify(b.Node.ID), Wrap: k.wrap}
}
func (k testFlex) Widths(c *Context, b *Box) (float32, float32) {
	return k.flex(b).Widths(c, b.Children)
}
func (k testFlex) Height(c *Context, b *Box, w float32) float32 {
	return k.flex(b).Height(c, b.Children, w)
}
func (k testFlex) Arrange(c *Context, b *Box, w, h float32) { k.flex(b).Arrange(c, b.Children, w, h) }
func (testFlex) Describe(c *Context, b *Box) Group          { return Group{} }
func (testFlex) Paint(p *Painter, b *Box)                   {}

type testGrid struct{}

func (testGrid) Widths(c *Context, b *Box) (float32, float32) {
	return Grid{Columns: 3, Gap: 10}.Widths(c, b.Children)
}
func (testGrid) Height(c *Context, b *Box, w float32) float32 {
	return Grid{Columns: 3, Gap: 10}.Height(c, b.Children, w)
}
func (testGrid) Arrange(c *Context, b *Box, w, h float32) {
	Grid{Columns: 3, Gap: 10}.Arrange(c, b.Children, w)
}
func (testGrid) Describe(c *Context, b *Box) Group { return Group{} }
func (testGrid) Paint(p *Painter, b *Box)          {}

func init() {
	Register("t-box", testLeaf{}, Traits{})
	Register("t-block", testLeaf{}, Traits{Block: true})
	Register("t-grow", testLeaf{}, Traits{Grow: 1})
	Register("t-spring", testLeaf{}, Traits{Grow: 1, Spring: true})
	Register("t-surface", testLeaf{}, Traits{Surface: true})
	Register("t-button", testLeaf{interact: Press}, Traits{})
	Register("t-col", testFlex{axis: Vertical}, Traits{Block: true, Surface: true})
	Register("t-row", testFlex{axis: Horizontal}, Traits{Block: true, Surface: true})
	Register("t-wrap", testFlex{axis: Horizontal, wrap: true}, Traits{Block: true})
	Register("t-grid", testGrid{}, Traits{Block: true})
}

var bare = &Theme{Name: "test", Page: Hex(0xffffff)}

func leaf(typ, dims string) *genui.Node { return &genui.Node{Type: typ, ID: dims} }

func box(typ, id string, kids ...*genui.Node) *genui.Node {
	return &genui.Node{Type: typ, ID: id, Children: kids}
}

// rects lays out root at width w and returns the rectangle of every group
// by pointer.
func rects(t *testing.T, root *genui.Node, w float32) (map[string]Rect, *List) {
	t.Helper()
	l := Layout(&genui.Spec{Version: 1, Root: root}, Options{Width: w, Theme: bare})
	m := map[string]Rect{}
	for _, op := range l.Ops {
		if op.Kind == OpBegin {
			m[op.Group.Pointer] = op.Rect
		}
	}
	return m, l
}

func kid(i int) string     { return "/root/children/" + fmt.Sprint(i) }
func kid2(i, j int) string { return kid(i) + "/children/" + fmt.Sprint(j) }

func TestColumn(t *testing.T) {
	r, _ := rects(t, box("t-col", "", leaf("t-block", "10,50,20"), leaf("t-box", "10,50,30")), 400)
	if got, want := r[kid(0)], XYWH(0, 0, 400, 20); got != want {
		t.Errorf("block child %v, want %v", got, want)
	}
	if got, want := r[kid(1)], XYWH(0, 30, 50, 30); got != want {
		t.Errorf("inline child %v, want %v", got, want)
	}
	if got := r["/root"]; got.H != 60 {
		t.Errorf("column height %v, want 60", got.H)
	}
	root := box("t-col", "", leaf("t-box", "10,80,20"))
	root.Align = genui.AlignCenter
	if r, _ := rects(t, root, 300); r[kid(0)] != XYWH(110, 0, 80, 20) {
		t.Errorf("centred child %v", r[kid(0)])
	}
}

func TestRowWidths(t *testing.T) {
	tests := []struct {
		name  string
		kids  []*genui.Node
		width float32
		want  []float32 // x, w pairs
	}{
		{"grow takes the rest", []*genui.Node{leaf("t-box", "50,50,10"), leaf("t-grow", "10,10,10"), leaf("t-box", "30,30,10")},
			400, []float32{0, 50, 60, 300, 370, 30}},
		{"equal grow is equal width", []*genui.Node{leaf("t-grow", "10,100,10"), leaf("t-grow", "10,50,10")},
			210, []float32{0, 100, 110, 100}},
		{"grow never below min-content", []*genui.Node{leaf("t-grow", "150,150,10"), leaf("t-grow", "10,10,10")},
			210, []float32{0, 150, 160, 50}},
		{"a spring pushes, growers keep their natural width", []*genui.Node{leaf("t-grow", "10,100,10"), leaf("t-spring", "0,0,0"), leaf("t-box", "30,30,10")},
			400, []float32{0, 100, 110, 250, 370, 30}},
		{"shrink in proportion to natural width", []*genui.Node{leaf("t-box", "20,200,10"), leaf("t-box", "20,100,10")},
			160, []float32{0, 100, 110, 50}},
		{"shrink stops at min-content", []*genui.Node{leaf("t-box", "120,200,10"), leaf("t-box", "20,100,10")},
			160, []float32{0, 120, 130, 30}},
	}
	for _, tt := range tests {
		r, _ := rects(t, box("t-row", "", tt.kids...), tt.width)
		for i := range tt.kids {
			got := r[kid(i)]
			if got.X != tt.want[2*i] || got.W != tt.want[2*i+1] {
				t.Errorf("%s: child %d at x %v w %v, want x %v w %v", tt.name, i, got.X, got.W, tt.want[2*i], tt.want[2*i+1])
			}
		}
	}
}

func TestRowJustifyAndAlign(t *testing.T) {
	r, _ := rects(t, box("t-row", "between", leaf("t-box", "50,50,20"), leaf("t-box", "50,50,40")), 300)
	if r[kid(0)].X != 0 || r[kid(1)].X != 250 {
		t.Errorf("between: %v %v", r[kid(0)], r[kid(1)])
	}
	if r[kid(0)].Y != 10 {
		t.Errorf("leaf not centred on the row: %v", r[kid(0)])
	}
	r, _ = rects(t, box("t-row", "end", leaf("t-box", "50,50,20")), 300)
	if r[kid(0)].X != 250 {
		t.Errorf("end: %v", r[kid(0)])
	}
	r, _ = rects(t, box("t-row", "", leaf("t-surface", "50,50,20"), leaf("t-box", "50,50,40")), 300)
	if r[kid(0)].H != 40 || r[kid(0)].Y != 0 {
		t.Errorf("surface not stretched to the row: %v", r[kid(0)])
	}
}

func TestRowBreaksRatherThanOverflow(t *testing.T) {
	kids := []*genui.Node{leaf("t-box", "100,100,20"), leaf("t-box", "100,100,20"), leaf("t-box", "100,100,20")}
	r, _ := rects(t, box("t-row", "", kids...), 250)
	if r[kid(0)].Y != 0 || r[kid(1)].Y != 0 || r[kid(2)].Y != 30 || r[kid(2)].X != 0 {
		t.Errorf("lines: %v %v %v", r[kid(0)], r[kid(1)], r[kid(2)])
	}
	for i := range kids {
		if r[kid(i)].X+r[kid(i)].W > 250 {
			t.Errorf("child %d overflows: %v", i, r[kid(i)])
		}
	}
	// Wrap breaks on natural widths, before shrinking.
	kids = []*genui.Node{leaf("t-box", "20,150,20"), leaf("t-box", "20,150,20")}
	if r, _ := rects(t, box("t-wrap", "", kids...), 250); r[kid(1)].Y != 30 || r[kid(0)].W != 150 {
		t.Errorf("wrap: %v %v", r[kid(0)], r[kid(1)])
	}
	if r, _ := rects(t, box("t-row", "", kids...), 250); r[kid(1)].Y != 0 || r[kid(0)].W != 120 {
		t.Errorf("no wrap: %v %v", r[kid(0)], r[kid(1)])
	}
}

func TestSpringTakesFreeHeight(t *testing.T) {
	col := box("t-col", "", leaf("t-box", "10,10,10"), leaf("t-spring", "0,0,0"), leaf("t-box", "10,10,10"))
	r, _ := rects(t, box("t-row", "", col, leaf("t-box", "10,10,100")), 300)
	if got := r[kid2(0, 2)].Y; got != 90 {
		t.Errorf("last child of the stretched column at y %v, want 90", got)
	}
	if got := r[kid2(0, 1)].H; got != 60 {
		t.Errorf("spring height %v, want 60", got)
	}
}

func TestGridColumns(t *testing.T) {
	var kids []*genui.Node
	for range 4 {
		kids = append(kids, leaf("t-box", "10,10,20"))
	}
	r, _ := rects(t, box("t-grid", "", kids...), 320)
	if r[kid(0)] != XYWH(0, 0, 100, 20) || r[kid(2)] != XYWH(220, 0, 100, 20) || r[kid(3)] != XYWH(0, 30, 100, 20) {
		t.Errorf("grid: %v %v %v", r[kid(0)], r[kid(2)], r[kid(3)])
	}
	kids[0] = leaf("t-box", "120,120,20") // too wide for three columns
	r, _ = rects(t, box("t-grid", "", kids...), 320)
	if r[kid(1)] != XYWH(165, 0, 155, 20) || r[kid(2)].Y != 30 {
		t.Errorf("grid did not drop to two columns: %v %v", r[kid(1)], r[kid(2)])
	}
}

func TestHitTestAndState(t *testing.T) {
	root := box("t-row", "", leaf("t-button", "50,50,20"), leaf("t-box", "50,50,20"))
	_, l := rects(t, root, 300)
	g := l.HitTest(Pt(10, 10))
	if g == nil || g.Pointer != kid(0) || g.Interact != Press {
		t.Fatalf("hit %+v", g)
	}
	if g := l.HitTest(Pt(70, 10)); g != nil {
		t.Errorf("a non-interactive box was hit: %+v", g)
	}
	if g := l.HitTest(Pt(-1, 10)); g != nil {
		t.Errorf("outside hit: %+v", g)
	}
	var s State
	s.Apply(&Group{Pointer: "/root/children/1", Interact: Toggle, Checked: false})
	s.Apply(&Group{Pointer: "/root/children/2", Interact: Choose, Value: "b"})
	s.Apply(&Group{Pointer: "/root/children/3/children/1", Interact: SelectTab, Value: "1"})
	if !s.IsChecked("/root/children/1", false) || s.Values["/root/children/2"] != "b" || s.Tab("/root/children/3") != 1 {
		t.Errorf("state after Apply: %+v", s)
	}
	if !s.Focused("/root/children/3/children/1") {
		t.Errorf("focus %q", s.Focus)
	}
	var none *State
	if none.IsChecked("/x", true) != true || none.Tab("/x") != 0 || none.Focused("") {
		t.Error("nil State is not the spec's state")
	}
}

func TestUnknownTypes(t *testing.T) {
	root := box("t-col", "", &genui.Node{Type: "zz-future"}, &genui.Node{Type: "zz-future", Fallback: leaf("t-box", "10,10,10")}, nil)
	r, l := rects(t, root, 300)
	var names []string
	for _, g := range l.Groups() {
		names = append(names, g.Name)
	}
	if !strings.Contains(strings.Join(names, "|"), "unknown component “zz-future”") {
		t.Errorf("no placeholder: %q", names)
	}
	if _, ok := r[kid(1)+"/fallback"]; !ok {
		t.Errorf("fallback not drawn: %v", r)
	}
}

func TestHostileTrees(t *testing.T) {
	// Nested past the depth limit.
	deep := leaf("t-box", "1,1,1")
	for range genui.MaxDepth + 20 {
		deep = box("t-col", "", deep)
	}
	_, l := rects(t, deep, 300)
	if len(l.Warnings) == 0 || !strings.Contains(l.Warnings[0].Message, "deeper than") {
		t.Errorf("no depth warning: %v", l.Warnings)
	}
	// A cycle (impossible in JSON, possible in Go) ends at the depth limit.
	cyc := box("t-col", "")
	cyc.Children = []*genui.Node{cyc, cyc}
	cyc.Fallback = cyc
	done := make(chan *List)
	go func() { _, l := rects(t, box("t-col", "", &genui.Node{Type: "zz", Fallback: cyc}), 300); done <- l }()
	if l := <-done; len(l.Warnings) == 0 {
		t.Error("no warning for a cyclic tree")
	}
	// More nodes than allowed.
	var many []*genui.Node
	for range 10 {
		var kids []*genui.Node
		for range 600 {
			kids = append(kids, leaf("t-box", "1,1,1"))
		}
		many = append(many, box("t-col", "", kids...))
	}
	_, l = rects(t, box("t-col", "", many...), 300)
	if !strings.Contains(fmt.Sprint(l.Warnings), "more than 5000 nodes") {
		t.Errorf("no node-count warning: %v", l.Warnings)
	}
	// Nothing at all.
	for _, s := range []*genui.Spec{nil, {}, {Root: &genui.Node{}}} {
		l := Layout(s, Options{})
		if l.Width != DefaultWidth || l.Height <= 0 {
			t.Errorf("empty spec: %v×%v", l.Width, l.Height)
		}
	}
}

func TestLayoutIsDeterministic(t *testing.T) {
	root := box("t-col", "", box("t-row", "between", leaf("t-grow", "10,90,20"), leaf("t-button", "30,30,20")),
		box("t-grid", "", leaf("t-box", "5,7,9"), leaf("t-box", "5,7,11"), leaf("t-box", "5,7,13"), leaf("t-box", "5,7,15")))
	_, a := rects(t, root, 333)
	_, b := rects(t, root, 333)
	if !reflect.DeepEqual(a, b) {
		t.Error("two layouts of one spec differ")
	}
}
