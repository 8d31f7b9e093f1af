package genui_test

import (
	"fmt"

	"github.com/genui/genui/genui"
)

func ExampleParse() {
	sp, err := genui.Parse([]byte(`{
		"version": 1,
		"title": "Sign in",
		"root": {"type": "card", "children": [
			{"type": "input", "inputType": "email", "label": "Email"},
			{"type": "button", "text": "Sign in", "variant": "primary"}
		]}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	button := sp.Root.Children[1]
	fmt.Println(button.Type, button.Props.(*genui.Button).Text, button.Variant)

	_, err = genui.Parse([]byte(`{"version": 1, "root": {"type": "text", "text": 42}}`))
	fmt.Println(err)
	// Output:
	// button Sign in primary
	// genui: line 1, column 49: /root/text: expected a string, got the number 42
}

func ExampleValidate() {
	errs := genui.Validate([]byte(`{"version": 1, "root": {"type": "column", "children": [
		{"type": "buton", "text": "Go"},
		{"type": "heading", "text": "Hi", "level": 7},
		{"type": "link", "text": "x", "href": "javascript:alert(1)"}
	]}}`))
	for _, e := range errs {
		fmt.Println(e)
	}
	fmt.Println(errs.Err() != nil)
	// Output:
	// /root/children/0/type: unknown component "buton"; did you mean "button"?
	// /root/children/1/level: 7 is more than the maximum 4
	// /root/children/2/href: unsafe URL: scheme "javascript:" is not allowed (want https:, http: or a relative URL)
	// true
}

func ExampleMarshal() {
	sp := &genui.Spec{Version: genui.Version, Root: &genui.Node{
		Type:   "row",
		Tokens: genui.Tokens{Gap: genui.GapSM},
		Children: []*genui.Node{
			{Type: "badge", Props: &genui.Badge{Text: "New"}, Tokens: genui.Tokens{Tone: genui.Info}},
			{Type: "icon", Props: &genui.Icon{Name: "star"}},
		},
	}}
	out, err := genui.Marshal(sp)
	fmt.Println(string(out), err)
	// Output:
	// {"version":1,"root":{"type":"row","gap":"sm","children":[{"type":"badge","text":"New","tone":"info"},{"type":"icon","name":"star"}]}} <nil>
}

func ExampleFields() {
	for _, f := range genui.Fields("heading") {
		fmt.Println(f.Name, f.Kind, f.Required, f.Values, f.HasMin, f.Min, f.HasMax, f.Max)
	}
	// Output:
	// type a string true [heading] false 0 false 0
	// id a string false [] false 0 false 0
	// text a string true [] false 0 false 0
	// level an integer false [] true 1 true 4
	// variant a string false [primary secondary ghost danger] false 0 false 0
	// tone a string false [neutral info success warning danger] false 0 false 0
	// size a string false [sm md lg xl] false 0 false 0
	// align a string false [start center end stretch] false 0 false 0
	// gap a string false [none xs sm md lg xl] false 0 false 0
	// fallback a node false [] false 0 false 0
}

func ExampleSafeURL() {
	for _, u := range []string{"https://example.com/a.png", "/img/a.png", "data:image/png;base64,AA==", " JaVaScRiPt:alert(1)", "javascript&#58;alert(1)", "data:text/html,<script>"} {
		fmt.Println(genui.SafeURL(u, true), u)
	}
	// Output:
	// true https://example.com/a.png
	// true /img/a.png
	// true data:image/png;base64,AA==
	// false  JaVaScRiPt:alert(1)
	// false javascript&#58;alert(1)
	// false data:text/html,<script>
}
