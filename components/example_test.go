package components_test

import (
	"fmt"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// Lay out a small spec and list what each node is to a screen reader and
// to hit-testing.
func Example() {
	spec, err := genui.Parse([]byte(`{"version": 1, "root": {"type": "form", "action": "login", "children": [
		{"type": "heading", "text": "Sign in"},
		{"type": "input", "inputType": "email", "label": "Email"},
		{"type": "checkbox", "label": "Remember me", "checked": true},
		{"type": "button", "text": "Continue"}]}}`))
	if err != nil {
		panic(err)
	}
	l := render.Layout(spec, render.Options{Width: 360, Theme: components.Light})
	for _, g := range l.Groups() {
		fmt.Printf("%-26s %-8s %-9s %q %s\n", g.Pointer, g.Type, g.Role, g.Name, g.Interact)
	}
	hit := l.HitTest(render.Pt(40, l.Height-40))
	fmt.Println("click near the bottom:", hit.Name, hit.Action)
	// Output:
	// /root                      form     form      "Sign in" none
	// /root/children/0           heading  heading   "Sign in" none
	// /root/children/1           input    textbox   "Email" edit
	// /root/children/2           checkbox checkbox  "Remember me" toggle
	// /root/children/3           button   button    "Continue" press
	// click near the bottom: Continue login
}
