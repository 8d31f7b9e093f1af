package components_test

import (
	"bytes"
	"testing"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

// TestClickThroughState plays an interactive preview: hit-test a click,
// apply it to the state, lay out again; the drawing follows the state,
// and the spec itself never changes.
func TestClickThroughState(t *testing.T) {
	spec, err := genui.Parse([]byte(`{"version": 1, "root": {"type": "column", "children": [
		{"type": "checkbox", "label": "Remember me"},
		{"type": "tabs", "children": [
			{"type": "tab", "title": "One", "children": [{"type": "text", "text": "first page"}]},
			{"type": "tab", "title": "Two", "children": [{"type": "text", "text": "second page"}]}]},
		{"type": "radio", "label": "Size", "options": ["S", "M", "L"], "value": "S"}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	var state render.State
	layout := func() *render.List {
		return render.Layout(spec, render.Options{Width: 400, Theme: components.Light, State: &state})
	}
	group := func(l *render.List, role, name string) *render.Group {
		for _, g := range l.Groups() {
			if g.Role == role && (name == "" || g.Name == name) {
				return g
			}
		}
		t.Fatalf("no %s %q", role, name)
		return nil
	}
	rectOf := func(l *render.List, g *render.Group) render.Rect {
		for _, op := range l.Ops {
			if op.Group == g {
				return op.Rect
			}
		}
		return render.Rect{}
	}
	click := func(l *render.List, role, name string) {
		g := group(l, role, name)
		hit := l.HitTest(rectOf(l, g).Center())
		if hit == nil || hit.Role != role || hit.Name != g.Name {
			t.Fatalf("clicking %s %q hit %+v", role, name, hit)
		}
		state.Apply(hit)
	}
	texts := func(l *render.List) string {
		var s string
		for _, op := range l.Ops {
			if op.Kind == render.OpText {
				s += op.Text + "|"
			}
		}
		return s
	}

	l := layout()
	if group(l, "checkbox", "").Checked || !bytes.Contains([]byte(texts(l)), []byte("first page")) {
		t.Fatal("initial state is not the spec's")
	}
	click(l, "checkbox", "Remember me")
	click(l, "tab", "Two")
	click(l, "radio", "L")
	l = layout()
	if !group(l, "checkbox", "").Checked {
		t.Error("checkbox not ticked after a click")
	}
	if got := texts(l); !bytes.Contains([]byte(got), []byte("second page")) || bytes.Contains([]byte(got), []byte("first page")) {
		t.Errorf("tab not switched: %s", got)
	}
	if g := group(l, "radiogroup", ""); g.Value != "L" {
		t.Errorf("radio value %q", g.Value)
	}
	if !group(l, "radio", "L").Checked || group(l, "radio", "S").Checked {
		t.Error("radio option marks")
	}
	// Focus draws a ring: the focused drawing differs from the unfocused one.
	var a, b bytes.Buffer
	svg.Encode(&a, l, nil)
	state.Focus = group(l, "checkbox", "").Pointer
	svg.Encode(&b, layout(), nil)
	if bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("focus changed nothing")
	}
	// The same state draws the same bytes.
	var c bytes.Buffer
	svg.Encode(&c, layout(), nil)
	if !bytes.Equal(b.Bytes(), c.Bytes()) {
		t.Error("same spec and state, different output")
	}
	if spec.Root.Children[0].Props.(*genui.Checkbox).Checked {
		t.Error("the spec was changed")
	}
}
