// Package pipeline runs a model of package inference under the spec's
// grammar: Generate turns a description into a spec, Refine turns a spec
// and an instruction into a JSON Patch and the changed spec, and
// GenerateJSON writes a document of any JSON Schema. It is the one place
// where the spec (package genui) meets the engine, kept apart from genui
// so that what only reads, validates and renders specs (the embeddable
// widget's renderer-only wasm) links no engine.
//
//	e, err := inference.Open("model.gguf", inference.Options{})
//	spec, err := pipeline.Generate(ctx, e, "a login form", pipeline.Options{}, nil)
//	spec, patch, err := pipeline.Refine(ctx, e, spec, "make the button red", pipeline.Options{}, nil)
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
// # Refine
//
// The model reads genui.RefinePrompt(spec, instruction) and writes an RFC
// 6902 patch under PatchGrammar(spec), a grammar compiled for that spec:
// only the paths the spec has (or, for add, may have), and values typed by
// what lives at them. Grammars are compiled from JSON Schema by
// inference/grammar, whose unions tell objects apart by their first member
// alone; an op's value therefore cannot be typed by the path written just
// before it, and each op's value type is the union of what its paths take
// (widened where they differ: see patchschema.go). So a patch can still
// be wrong (a design token where only a text was right, a path an earlier
// op of the same patch moved), and Refine applies and validates it and
// says why with ErrPatch: it never returns an invalid spec. A grammar
// compiler that told alternatives apart by op and then path would let the
// value be exact; patchschema.go keeps each path's exact schema (want) for
// that day.
//
// Both tasks end at genui.TokenEnd where the model's tokenizer holds it
// as one control token (the default model's does), or at the end of
// sequence, or where the grammar allows nothing more.
package pipeline
