// Package genui is the UI spec: its Go types, its JSON form and JSON
// Schema, strict validation, and streaming (partial) parsing.
//
// A spec is JSON text such as
//
//	{"version":1,"title":"Sign in","root":{"type":"card","children":[
//	  {"type":"input","inputType":"email","label":"Email"},
//	  {"type":"button","text":"Sign in","variant":"primary"}]}}
//
// and these are the ways to read and write it:
//
//   - Parse reads a spec leniently, for rendering: unknown types, unsafe
//     URLs and values out of bounds are kept for the renderer to cope with;
//     only text that is not JSON, or holds a JSON type where the spec wants
//     another, is refused, with its line, column and JSON Pointer.
//   - Validate checks a spec strictly and returns every problem, each with
//     its JSON Pointer: "/root/children/2/type: unknown component "buton";
//     did you mean "button"?". (*Spec).Validate does the same for a spec
//     built in Go.
//   - ParsePartial reads any prefix of a spec, as a model writes it, and
//     returns the largest valid spec the prefix implies; a Stream does the
//     same chunk by chunk, keeping the nodes that are complete.
//   - Marshal writes a spec in canonical form: compact, keys in a fixed
//     order, the same bytes for the same spec.
//   - Schema returns the JSON Schema of the spec; SafeURL is the URL check
//     that Validate applies and that renderers apply again.
//
// # One table
//
// Fields returns the descriptors of a component's keys: built once, by
// reflection, from the catalog's field structs and their json, schema and
// doc tags. The schema, the validator, the decoder and the encoder all read
// that table, so none can drift from the Go types. To add a field to a
// component, add it to its struct with its tags, run
// `go test ./genui -update` to rewrite schema.json, and review the diff.
//
// # Reading JSON
//
// The JSON reader is written by hand around gjson, which reads values fast
// but neither checks syntax nor says where text is broken. A linear scanner
// without recursion checks the text first (syntax, UTF-8, nesting depth
// past which no spec can be valid) and locates errors by line, column and
// JSON Pointer; the tree walk that follows reads with gjson, and is the same
// walk for Parse, Validate and ParsePartial, differing only in what each
// keeps and reports. The scanner's state where a prefix stops is what lets
// ParsePartial close it. encoding/json fits none of this: it stops at the
// first error without a pointer, cannot read a prefix, and would lose the
// order of the keys a newer spec adds.
//
// Reading never panics and takes time and memory linear in the text;
// MaxSpecBytes, MaxDepth, MaxNodes, MaxString and MaxItems bound what a
// spec may hold.
//
// # Versions
//
// A spec says its version. A node whose type this version does not know is
// kept with its fields (Marshal writes them back) and drawn as its
// fallback node; in a spec newer than Version that is valid, with a
// warning, and in any other spec it is an error.
package genui
