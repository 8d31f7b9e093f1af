// Package pipeline runs a model of package inference under the spec's
// grammar: Generate turns a description into a spec, and GenerateJSON
// writes a document of any JSON Schema. It is the one place
// where the spec (package genui) meets the engine, kept apart from genui
// so that what only reads, validates and renders specs (the embeddable
// widget's renderer-only wasm) links no engine.
//
//	e, err := inference.Open("model.gguf", inference.Options{})
//	spec, err := pipeline.Generate(ctx, e, "a login form", pipeline.Options{}, nil)
//
// # Describe
//
// The model reads genui.DescribePrompt(description) and writes the spec
// under SpecGrammar, compiled once from genui.Schema (see grammar.go for
// what the grammar adds to the schema and what its options carry). The
// decoder (package inference/constrain) masks every token the grammar
// refuses and appends forced text by jump-forward, so the spec always
// parses and validates, and the closure of the text so far (Update.Closed)
// is a valid spec at every step, for live previews.
//
// A generation ends at genui.TokenEnd where the model's tokenizer holds it
// as one control token (the default model's does), or at the end of
// sequence, or where the grammar allows nothing more.
package pipeline
