package grammar_test

import (
	"fmt"

	"github.com/genui/genui/inference/grammar"
)

func Example() {
	schema := `{
		"type": "object",
		"properties": {
			"type": {"enum": ["button", "badge"]},
			"text": {"type": "string", "maxLength": 20},
			"size": {"type": "integer", "minimum": 1, "maximum": 4}
		},
		"required": ["type", "text"]
	}`
	g, err := grammar.Compile([]byte(schema), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	m := g.NewMatcher()
	fmt.Printf("forced: %s\n", m.Forced(nil))
	m.Advance([]byte(`{"type":"bu`))
	fmt.Printf("forced: %s\n", m.Forced(nil))
	m.Advance([]byte(`tton","text":"Sa`))
	fmt.Printf("closure: %s\n", m.Closure(nil))
	fmt.Println(m.Accepts([]byte(`ve","size":5`)), m.Accepts([]byte(`ve","size":4}`)))

	_, err = grammar.Compile([]byte(`{"type":"array","uniqueItems":true}`), nil)
	fmt.Println(err)
	// Output:
	// forced: {"type":"b
	// forced: tton","text":"
	// closure: "}
	// false true
	// grammar: schema at #/uniqueItems: uniqueItems true is not supported
}
