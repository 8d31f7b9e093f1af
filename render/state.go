package render

import (
	"strconv"
	"strings"
)

// State is what a person has done to a rendered spec: typed values, ticked
// boxes, chosen tabs, focus and hover. It is kept apart from the spec and
// from drawing (a spec says what the UI starts as; State says what it is
// now), keyed by the JSON Pointer of the node it belongs to, and passed to
// Layout, so an interactive preview is: hit-test, Apply, Layout again.
//
// The zero State and a nil *State both mean "as the spec says".
type State struct {
	// Values holds the text of inputs and textareas, the chosen option of
	// radio groups and selects, and the value of sliders (as decimal text).
	Values map[string]string
	// Checked holds the state of checkboxes and switches.
	Checked map[string]bool
	// Tabs holds the index of the shown tab of each tabs node.
	Tabs map[string]int
	// Focus is the pointer of the focused control; Hover of the control
	// under the mouse. Empty: none.
	Focus, Hover string
}

// Value returns the value a person gave the node at ptr.
func (s *State) Value(ptr string) (string, bool) {
	if s == nil {
		return "", false
	}
	v, ok := s.Values[ptr]
	return v, ok
}

// IsChecked returns the toggle state of the node at ptr, or def when a
// person has not changed it.
func (s *State) IsChecked(ptr string, def bool) bool {
	if s == nil {
		return def
	}
	if v, ok := s.Checked[ptr]; ok {
		return v
	}
	return def
}

// Tab returns the index of the shown tab of the tabs node at ptr (0 unless
// a person chose another).
func (s *State) Tab(ptr string) int {
	if s == nil {
		return 0
	}
	return s.Tabs[ptr]
}

// Focused reports whether the node at ptr has the focus.
func (s *State) Focused(ptr string) bool { return s != nil && s.Focus != "" && s.Focus == ptr }

// Hovered reports whether the node at ptr is under the mouse.
func (s *State) Hovered(ptr string) bool { return s != nil && s.Hover != "" && s.Hover == ptr }

// Apply records a click on the interactive group g (as returned by
// List.HitTest): a toggle flips, an option is chosen, a tab is shown, and
// the control takes the focus. Presses and links change nothing but the
// focus; the caller handles their Action or Href.
func (s *State) Apply(g *Group) {
	if g == nil {
		return
	}
	s.Focus = g.Pointer
	switch g.Interact {
	case Toggle:
		if s.Checked == nil {
			s.Checked = map[string]bool{}
		}
		s.Checked[g.Pointer] = !g.Checked
	case Choose:
		if s.Values == nil {
			s.Values = map[string]string{}
		}
		s.Values[g.Pointer] = g.Value
	case SelectTab:
		// A tab's group is the tab node; the index lives on its parent.
		i := strings.LastIndex(g.Pointer, "/children/")
		n, err := strconv.Atoi(g.Value)
		if i < 0 || err != nil {
			return
		}
		if s.Tabs == nil {
			s.Tabs = map[string]int{}
		}
		s.Tabs[g.Pointer[:i]] = n
		s.Focus = g.Pointer
	}
}
