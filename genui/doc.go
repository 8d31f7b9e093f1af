// Package genui is the UI spec: its Go types, its JSON form, its JSON
// Schema, strict validation and streaming (partial) parsing.
//
// A spec is JSON text such as
//
//	{"version":1,"title":"Sign in","root":{"type":"card","children":[
//	  {"type":"input","inputType":"email","label":"Email"},
//	  {"type":"button","text":"Sign in","variant":"primary"}]}}
//
// Parse reads it leniently for rendering, Validate checks it strictly and
// reports every problem with its JSON Pointer, ParsePartial reads any
// prefix of it as it streams from a model, and Marshal writes a Spec back
// in canonical form.
//
// One table drives everything: the descriptors that Fields returns, built
// by reflection from the catalog's field structs and their tags. The
// schema, the validator, the decoder and the encoder all read it, so they
// cannot drift apart.
//
// The JSON reader is written by hand around gjson, which reads values
// fast but neither checks syntax nor says where text is broken: a linear,
// non-recursive scanner checks the text first (syntax, UTF-8, nesting
// depth) and locates errors by line, column and JSON Pointer; the
// scanner's state at the end of a prefix is what lets ParsePartial close
// it. encoding/json would build maps or fail at the first error without a
// pointer, and cannot read a prefix.
package genui
