package ui

import (
	"strings"
	"testing"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

const formSpec = `{"version":1,"root":{"type":"form","action":"login","children":[
	{"type":"input","label":"Email"},
	{"type":"checkbox","label":"Remember me","checked":true},
	{"type":"radio","label":"Plan","options":["Free","Pro"],"value":"Free"},
	{"type":"slider","label":"Seats","min":0,"max":10,"step":1,"value":2},
	{"type":"tabs","children":[{"type":"tab","title":"One","children":[{"type":"text","text":"a"}]},{"type":"tab","title":"Two","children":[{"type":"text","text":"b"}]}]},
	{"type":"button","text":"Sign in","action":"submit"}]}}`

func newSurface(t *testing.T) *surface {
	t.Helper()
	spec, err := genui.Parse([]byte(formSpec))
	if err != nil {
		t.Fatal(err)
	}
	s := &surface{width: 480}
	s.show(spec)
	return s
}

// at returns the middle of the bottom of the interactive group at ptr
// with the interaction (the first, for a radio's options).
func at(s *surface, ptr string, in render.Interact, nth int) render.Point {
	for i := range s.list.Ops {
		op := &s.list.Ops[i]
		if op.Kind == render.OpBegin && op.Group != nil && op.Group.Pointer == ptr && op.Group.Interact == in {
			if nth == 0 {
				return render.Pt(op.Rect.X+op.Rect.W/2, op.Rect.Y+op.Rect.H-2)
			}
			nth--
		}
	}
	return render.Point{}
}

func TestClickActsAndDescribes(t *testing.T) {
	s := newSurface(t)
	ev, _ := s.click(at(s, "/root/children/1", render.Toggle, 0))
	if ev.Kind != "toggle" || ev.Target != "Remember me" || ev.Detail != "off" || s.state.IsChecked("/root/children/1", true) {
		t.Errorf("toggle: %+v", ev)
	}
	ev, _ = s.click(at(s, "/root/children/2", render.Choose, 1))
	if ev.Kind != "choose" || ev.Target != "Plan" || ev.Detail != "Pro" {
		t.Errorf("choose: %+v", ev)
	}
	ev, _ = s.click(at(s, "/root/children/4/children/1", render.SelectTab, 0))
	if ev.Kind != "tab" || s.state.Tab("/root/children/4") != 1 {
		t.Errorf("tab: %+v, shown %d", ev, s.state.Tab("/root/children/4"))
	}
	_, g := s.click(at(s, "/root/children/0", render.Edit, 0))
	if g == nil || g.Interact != render.Edit {
		t.Fatalf("the text field was not hit: %+v", g)
	}
	s.setValue("/root/children/0", "ada@example.com")
	s.redraw()
	ev, _ = s.click(at(s, "/root/children/5", render.Press, 0))
	want := `submit {"Email": "ada@example.com", "Remember me": false, "Plan": "Pro", "Seats": "2"}`
	if ev.Kind != "press" || ev.Detail != want {
		t.Errorf("press: %+v\nwant detail %s", ev, want)
	}
	if ev, g := s.click(render.Pt(1, 1)); ev.Kind != "" || g != nil {
		t.Errorf("a click on nothing: %+v %v", ev, g)
	}
}

func TestSlider(t *testing.T) {
	s := newSurface(t)
	r := s.groupRect("/root/children/3")
	ev, _ := s.click(render.Pt(r.X+r.W*0.74, r.Y+r.H-4))
	if ev.Kind != "slide" || ev.Detail != "7" {
		t.Errorf("click at 74%%: %+v", ev)
	}
	g := s.group("/root/children/3")
	if v, ok := s.nudgeSlider(g, 5); !ok || v != "10" {
		t.Errorf("nudge past the end: %q", v)
	}
}

func TestFocusMovesThroughControls(t *testing.T) {
	s := newSurface(t)
	var seen []string
	for s.moveFocus(1) {
		seen = append(seen, s.state.Focus)
		if len(seen) > 50 {
			t.Fatal("the focus never leaves the controls")
		}
	}
	if len(seen) < 6 || seen[0] != "/root/children/0" || seen[len(seen)-1] != "/root/children/5" {
		t.Errorf("focus order %v", seen)
	}
	if s.state.Focus != "" {
		t.Error("leaving the last control keeps the focus")
	}
	if !s.moveFocus(-1) || s.state.Focus != "/root/children/5" {
		t.Errorf("shift-tab from outside: %q", s.state.Focus)
	}
}

func TestNodeAt(t *testing.T) {
	spec, _ := genui.Parse([]byte(formSpec))
	for ptr, want := range map[string]string{
		"/root": "form", "/root/children/4/children/1": "tab", "/root/children/4/children/1/children/0": "text",
	} {
		if n := nodeAt(spec, ptr); n == nil || n.Type != want {
			t.Errorf("nodeAt(%s) = %v, want a %s", ptr, n, want)
		}
	}
	for _, ptr := range []string{"", "/", "/root/children/9", "/root/children/x", "/root/kids/0", "/rootx", "/root/children/-1"} {
		if n := nodeAt(spec, ptr); n != nil {
			t.Errorf("nodeAt(%q) = %v", ptr, n.Type)
		}
	}
	if nodeAt(nil, "/root") != nil {
		t.Error("nil spec")
	}
}

func TestSettingsClean(t *testing.T) {
	s := settings{Temperature: 9, MaxTokens: 1, Theme: "neon", Width: "huge"}
	s.clean()
	d := defaultSettings()
	if s.Temperature != d.Temperature || s.MaxTokens != d.MaxTokens || s.Theme != d.Theme || s.Width != d.Width || s.Backend != d.Backend {
		t.Errorf("%+v", s)
	}
	ok := settings{Temperature: 0, MaxTokens: 2048, Theme: "dark", Width: "phone", Backend: "svg"}
	c := ok
	c.clean()
	if c != ok {
		t.Errorf("valid settings changed: %+v", c)
	}
}

func TestProgressText(t *testing.T) {
	got := progressText(modelState{Phase: "download", Loaded: 4_200_000, Total: 17_000_000})
	if got != "Downloading model · 4.2 MB of 17.0 MB · 25%" {
		t.Errorf("%q", got)
	}
	if got := progressText(modelState{Phase: "retry"}); !strings.Contains(got, "again") {
		t.Errorf("%q", got)
	}
}

func TestCSSPixels(t *testing.T) {
	for in, want := range map[string]float64{"14px": 14, "0px": 0, "12.5px": 12.5, "auto": 0, "": 0} {
		if got := cssPixels(in); got != want {
			t.Errorf("cssPixels(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestWarmSpecIsValid keeps warmUp's sample a valid spec of today's
// catalog (an invalid one would warm nothing up).
func TestWarmSpecIsValid(t *testing.T) {
	if errs := genui.Validate([]byte(warmSpec)); errs.Err() != nil {
		t.Fatal(errs)
	}
}
