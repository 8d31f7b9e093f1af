package pipeline_test

import (
	"fmt"

	"github.com/genui/genui/genui/pipeline"
)

// PatchGrammar is what Refine constrains the model with: only patches of
// paths the spec has, with values of the kind that lives there.
func ExamplePatchGrammar() {
	spec := []byte(`{"version":1,"root":{"type":"button","text":"Save"}}`)
	g, err := pipeline.PatchGrammar(spec)
	if err != nil {
		panic(err)
	}
	for _, patch := range []string{
		`[{"op":"add","path":"/root/variant","value":"danger"}]`,
		`[{"op":"replace","path":"/root/text","value":"Save all"}]`,
		`[{"op":"remove","path":"/root/text"}]`,         // required
		`[{"op":"add","path":"/root/children/0"}]`,      // a button has none
		`[{"op":"add","path":"/root/level","value":2}]`, // not a button's field
	} {
		m := g.NewMatcher()
		fmt.Println(m.Advance([]byte(patch)) && m.Complete())
	}
	// Output:
	// true
	// true
	// false
	// false
	// false
}
