// Package tokenizer turns text into the token ids of a llama-family model
// and back, from the tokenizer a GGUF file carries (FromGGUF) or from a
// Vocab built by hand.
//
// Two models are implemented, as llama.cpp names them in
// tokenizer.ggml.model:
//
//   - "gpt2": byte-level BPE (GPT-2, Llama 3, Qwen2, SmolLM). Text is split
//     into words by the pre-tokenizer named in tokenizer.ggml.pre — "gpt-2"
//     (or "gpt2"), "llama-bpe", "qwen2", "smollm" and the names llama.cpp
//     gives the same splits — and each word's bytes are merged by rank.
//   - "llama": SentencePiece BPE (Llama 2, TinyLlama): spaces become "▁",
//     a space is put before the text, runes are merged by score, and what
//     no piece covers falls back to byte tokens <0xXX>.
//
// Both give the ids of the reference implementations: the tests check
// every line of a corpus of whitespace runs, digits, emoji, ZWJ sequences,
// CJK, code and special tokens against Hugging Face tokenizers and
// sentencepiece (inference/testdata/hf/tokenizers, made by
// train/reference.py). Where those two libraries and llama.cpp differ on
// something the tests cannot settle, this package does what llama.cpp does
// with a GGUF file: special tokens are cut out of the text before the model
// runs (the longest match at the leftmost position), SentencePiece puts its
// space prefix before every fragment that follows a special token, and
// Llama 3's pre-tokenizer ignores merges for words that are tokens.
//
// Why it is hand-written: the pre-tokenizers are regular expressions with
// lookahead (\s+(?!\S)), which Go's regexp does not have, so each split is
// a small matcher written out alternative by alternative (pretokenize.go).
// Merging runs on token ids with a heap of candidate pairs and a linked
// list of symbols, so a long word costs O(n log n), not O(n²).
//
// Decoding works on bytes: TokenBytes gives the exact bytes a token
// appends to the output (byte-level tokens mapped back to raw bytes, "▁"
// as space, <0x0A> as a newline, control tokens nothing), which is what a
// constrained decoder needs to build its token trie. A token may end in
// the middle of a UTF-8 sequence; Decoder holds such bytes back until the
// sequence is complete, for streaming.
//
// Example:
//
//	f, err := gguf.Open("model.gguf")
//	...
//	v, err := tokenizer.FromGGUF(f)
//	...
//	tok, err := tokenizer.New(v)
//	...
//	ids := tok.Encode("Hello, world", tokenizer.Options{AddSpecial: true})
//	text := tok.Decode(ids) // "Hello, world"
package tokenizer
