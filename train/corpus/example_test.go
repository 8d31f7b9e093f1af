package corpus_test

import (
	"fmt"
	"strings"

	"github.com/genui/genui/train/corpus"
)

func ExampleGenerator_Sample() {
	sm, err := corpus.New(1).Sample(9)
	if err != nil {
		panic(err)
	}
	fmt.Println(sm.Task, sm.Lang, sm.Kind, sm.Style)
	fmt.Println(sm.Input)
	fmt.Printf("%q\n", sm.Values)
	fmt.Println(strings.TrimSuffix(sm.Output, "<|end|>"))
	// Output:
	// describe en element_list prose
	// <|describe|>I need a packing slip widget. It requires Signature required & Fragile checkboxes. Include a checkbox for urgent & a supplier box! It should have a Get quote btn! Thanks in advance.<|spec|>
	// ["packing slip" "Signature required" "Fragile" "urgent" "supplier" "Get quote"]
	// {"version":1,"title":"Packing slip","root":{"type":"card","gap":"md","children":[{"type":"heading","text":"Packing slip","level":2},{"type":"form","action":"get_quote","gap":"md","children":[{"type":"checkbox","id":"signature_required","label":"Signature required"},{"type":"checkbox","id":"fragile","label":"Fragile"},{"type":"checkbox","id":"urgent","label":"Urgent"},{"type":"input","id":"supplier","inputType":"text","label":"Supplier"},{"type":"button","text":"Get quote","action":"submit","variant":"primary"}]}]}}
}
