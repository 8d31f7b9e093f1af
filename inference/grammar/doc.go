// Package grammar constrains generation to a JSON Schema: it compiles a
// schema into a matcher over the bytes of compact JSON, computes for each
// step which tokens of a vocabulary may come next, which bytes are forced,
// and the shortest text that closes any prefix into a valid document. It
// knows JSON Schema and bytes and nothing about what the documents mean.
//
//	g, err := grammar.Compile(schema, &grammar.Options{})
//	v, err := grammar.NewVocab(tokenBytes, []int32{eos})
//	k := grammar.NewMasker(g, v)
//	m := g.NewMatcher()
//	k.Fill(m, mask, tokensLeft) // allowed tokens, as bits
//	m.Advance(v.Bytes(id))      // the sampled token
//	m.Forced(nil)               // bytes that must follow (jump-forward)
//	m.Closure(nil)              // what would close the document now
//
// # The schema subset
//
// Compile takes draft 2020-12 (and draft 4's boolean exclusive bounds):
// objects with properties (generated in the schema's property order; the
// required ones always, the others where the model chooses), required,
// additionalProperties false, or additionalProperties as a schema without
// properties (free keys); arrays with items, minItems and maxItems; enum
// and const of any JSON values; strings with minLength, maxLength, pattern
// and the formats date, time, date-time, uuid, ipv4, email, hostname and
// uri (asserted as subsets of their RFCs that any validator accepts; other
// formats are annotations, as 2020-12 has them); integers and numbers with
// minimum, maximum, exclusiveMinimum, exclusiveMaximum (and multipleOf 1);
// booleans, null, type lists; oneOf and anyOf whose alternatives differ
// in their first byte, are consts or enums, or are objects told apart by
// a const or enum first property (the discriminator, as a UI spec's
// "type"); allOf of one schema; $ref to any JSON Pointer of the document
// ("#", "#/$defs/…"), recursion included; true (any value). Annotations
// are ignored. Everything else (not, if/then/else, patternProperties,
// prefixItems, uniqueItems true, remote references, …) is refused with a
// *SchemaError naming the JSON Pointer of the keyword and wrapping
// ErrUnsupported; a schema with no finite instance, or bounds no value
// meets, wraps ErrSchema.
//
// Generated text is compact JSON: no white space, so the model spends no
// tokens on layout, and one canonical key order. Strings may hold any
// valid UTF-8 (checked byte by byte, so a token may end inside a
// character) and the escapes \" \\ \/ \b \f \n \r \t and \uXXXX, surrogate
// pairs only as pairs; a patterned string takes short escapes only.
// Lengths are counted in UTF-8 bytes of the decoded string for maxLength
// (never more than the code points JSON Schema counts, so always safe, and
// exactly what validators that count bytes check) and in code points for
// minLength; Options.CountRunes counts code points for both. Numbers are
// plain decimals of at most Options.MaxNumberDigits digits with no
// exponent, checked exactly against their bounds as each digit is read: a
// prefix is allowed only if some completion lies in range.
//
// # Termination and the closure
//
// Every frame of the matcher knows the shortest text that completes it, so
// the closure of a state is the frames' shares from the top down
// (Closure, CloseLen). It is what a live preview renders, and what makes
// generation always end well: strings, arrays and free objects have
// bounds (Options.MaxString, MaxItems), nesting is bounded (MaxNesting),
// and instances of one $defs entry can be counted (Options.Count: a UI
// spec's nodes, at most MaxCount of them, nested at most MaxDepth deep).
// A byte is refused if after it the closure could not be written within
// those limits, so no state is a dead end. Masker.Fill takes the number
// of tokens left and refuses tokens after which the closure would not fit
// in them (a byte-level vocabulary needs at most one token per byte), so a
// generation that runs out of tokens ends with the closure written and a
// valid document.
//
// # Token masks, and what makes them fast
//
// The matcher is a deterministic pushdown automaton: a stack of small
// frames, one per open value, each stepped by a switch on its schema's
// kind. Determinism is what the schema subset buys (unions are decided by
// their first byte or discriminator), and it means one stack, not the set
// of stacks an Earley parser or XGrammar's persistent stack tree keeps.
// Every change to a frame is logged, so trying a token and undoing it
// costs the bytes it reads, with no copying (the "cheap save/rollback" of
// XGrammar and llguidance).
//
// Masker.Fill walks the vocabulary sorted by bytes, so consecutive tokens
// share the steps of their common prefix exactly as a walk down a token
// trie would, without the trie; a refused byte skips every token with that
// prefix (a refused first byte jumps over its whole block). That walk is
// the fallback; what makes masks cheap is the cache, the idea of
// XGrammar's adaptive token mask cache: most tokens are decided by the
// top frame alone. The first time a top-frame state is met, one walk with
// a floor under that frame sorts the vocabulary into tokens accepted
// whatever lies below (they stay in the frame, or end exactly where it
// closes), refused, and uncertain (they read past the frame's end). The
// key is the frame with its counters reduced to what one token can tell
// apart (a string's remaining length clipped at the longest token, say),
// so states repeat across a document and across documents. The uncertain
// tokens are then decided the same way one frame further down (XGrammar's
// context expansion, done lazily), up to three frames, and the few still
// uncertain are walked against the real stack. Inside a string, where most
// of a document's tokens are, the first level accepts the tokens without
// a '"', and the second decides those with one by what the object or
// array around the string allows: along a 200-node UI spec on a 32k
// vocabulary, 5 tokens are left to walk at the median and 16 at most. Numbers
// are not cached (their prefixes are many and short-lived); a walk from a
// number state refuses most first bytes at once. The cache holds for
// states far from every limit (Options.Count, MaxNesting: checked before
// use) and a budget with room for what any cached token adds to the
// closure; otherwise Fill walks the whole vocabulary.
//
// BenchmarkSpecMask in package genui measures masks along real specs: on
// a warm cache, a median under a microsecond on the 32k vocabulary.
//
// Not done, and why: XGrammar precomputes its cache for every automaton
// state when the grammar is compiled; a UI schema has thousands of key
// trie states and most are never visited, so the cache fills on first use
// instead (a few milliseconds per new state, once per Masker; a warmed
// Masker serves a whole generation from the cache). llguidance's split
// into a lexer (derivative regexes) and an Earley parser pays off for
// context-free grammars in general; for the JSON Schema subset here the
// pushdown frames are the lexer and the parser at once.
//
// # Jump-forward
//
// Where the grammar allows a single continuation, Matcher.Forced returns
// it: keys, punctuation, a discriminator's prefix (`{"type":"`), the tail
// of an enum value once it is unambiguous. A decoder appends the tokens of
// those bytes without sampling, as one batched prefill (see package
// inference/constrain, which also handles the token boundary).
package grammar
