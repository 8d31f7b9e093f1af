package pipeline

import (
	"sync"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/inference/grammar"
)

// The grammar that constrains a model to write specs is compiled from the
// spec's JSON Schema (genui.Schema, which already refuses what Validate
// refuses wherever a schema can say it: unsafe URLs, a list with both
// items and children) with one change: the version is at most
// genui.Version, since this package writes the specs it knows (the schema
// itself admits newer versions, whose unknown types Validate lets fall
// back).
//
// What no schema can say is carried by the grammar's options: string
// lengths counted in bytes, the node count and depth (Options.Count), the
// nesting of the text. Every spec the grammar allows passes Validate (a
// property test checks it on thousands of random generations).

// maxNesting is the JSON nesting genui's parser accepts (a node at depth
// genui.MaxDepth inside the spec object, each node an object and a
// children array, and a table's rows two levels more). A test pins it to
// what genui.Validate does.
const maxNesting = 2*genui.MaxDepth + 2

// GrammarOptions are the limits a spec's grammar carries: strings up to
// genui.MaxString bytes, arrays up to genui.MaxItems, at most
// genui.MaxNodes nodes nested at most genui.MaxDepth deep, and the JSON
// nesting that depth implies (the parser's limit).
func GrammarOptions() *grammar.Options {
	return &grammar.Options{
		MaxNesting: maxNesting,
		MaxString:  genui.MaxString,
		MaxItems:   genui.MaxItems,
		Count:      &grammar.CountLimit{Def: "node", MaxCount: genui.MaxNodes, MaxDepth: genui.MaxDepth},
	}
}

var specGrammar = sync.OnceValues(func() (*grammar.Grammar, error) {
	s, err := generationSchema()
	if err != nil {
		return nil, err
	}
	return grammar.Compile(s, GrammarOptions())
})

// SpecGrammar returns the grammar of version 1 specs, compiled once.
func SpecGrammar() (*grammar.Grammar, error) {
	return specGrammar()
}

// generationSchema is the spec schema with the version capped, as
// described above.
func generationSchema() ([]byte, error) {
	doc, err := specSchema()
	if err != nil {
		return nil, err
	}
	props := doc.get("properties")
	version := props.get("version").with("maximum", number(genui.Version))
	return doc.with("properties", props.with("version", version)).append(nil), nil
}

// specSchema is genui.Schema read into a tree, once. It is shared:
// callers build new trees around it (with) and never change it.
var specSchema = sync.OnceValues(func() (*ordered, error) {
	return parseOrdered(genui.Schema())
})
