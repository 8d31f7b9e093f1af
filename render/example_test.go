package render_test

import (
	"fmt"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// Layout never refuses a spec: with no component registered for a type
// (here none at all, since package components is not imported), the node
// draws its fallback or a labelled placeholder.
func ExampleLayout() {
	spec := &genui.Spec{Version: 2, Root: &genui.Node{
		Type:     "carousel",
		Fallback: &genui.Node{Type: "slideshow"},
	}}
	l := render.Layout(spec, render.Options{Width: 320})
	for _, g := range l.Groups() {
		fmt.Printf("%s %s %q\n", g.Pointer, g.Role, g.Name)
	}
	fmt.Println(l.Width, l.Height > 0)
	// Output:
	// /root/fallback group "unknown component “slideshow”"
	// 320 true
}
