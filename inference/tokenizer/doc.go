// Package tokenizer turns text into the token ids of a llama-family model
// and back, from the tokenizer a GGUF file carries (FromGGUF) or from a
// Vocab built by hand.
//
// Two models are implemented, as llama.cpp names them in
// tokenizer.ggml.model:
//
//   - "gpt2": byte-level BPE (GPT-2, Llama 3, Qwen2, SmolLM). Text is split
//     into words by the pre-tokenizer named in tokenizer.ggml.pre — "gpt-2"
//     (or "gpt2"), "llama-bpe", "qwen2", "smollm" and the other names
//     llama.cpp gives the same splits — and each word's bytes are merged
//     by rank.
//   - "llama": SentencePiece BPE (Llama 2, TinyLlama): spaces become "▁",
//     a space is put before the text, runes are merged by score, and what
//     no piece covers falls back to byte tokens <0xXX> (or to the unknown
//     token when the vocabulary has no byte tokens).
//
// # Exactness
//
// Both give the ids of the reference implementations: the tests check
// every line of a corpus of whitespace runs, digits, emoji, ZWJ sequences,
// CJK, code and special tokens against Hugging Face tokenizers and
// sentencepiece (inference/testdata/hf/tokenizers, made by
// train/reference.py), and the fuzz targets check the fast merges against
// the textbook ones. Where those libraries and llama.cpp differ on things
// the corpus cannot settle, this package follows them as follows:
//
//   - Special tokens are cut out of the text before the model runs, the
//     longest match at the leftmost position (tokenizers' added-token
//     matching; llama.cpp tries longer tokens first over the whole text,
//     which differs only for overlapping special tokens). Control tokens
//     are cut only with Options.ParseSpecial, user-defined ones always.
//   - SentencePiece puts its space before every fragment that starts the
//     text or follows a special token, as llama.cpp does.
//   - SentencePiece merges into normal, user-defined and unused pieces
//     only, and splits an unused piece back, as sentencepiece does
//     (llama.cpp merges into any token).
//   - (?i:'s|…) matches the long s "ſ" too, as Unicode case folding in the
//     regex engines of tokenizers does (llama.cpp spells it [sS]).
//   - Llama 3's pre-tokenizer ignores merges for words that are tokens, as
//     llama.cpp sets for "llama-bpe"; a Vocab from elsewhere says so with
//     IgnoreMerges.
//
// # Why it is hand-written
//
// The pre-tokenizers are regular expressions with lookahead (\s+(?!\S)),
// which Go's regexp does not have, so each split is a small matcher
// written out alternative by alternative (pretokenize.go), with Unicode's
// classes. Merging runs on token ids with a heap of integer keys and a
// linked list of symbols, so a word of n bytes costs O(n log n), not the
// O(n²) of rescanning; merge rules sit in an open-addressing table.
// Special tokens are found with a byte trie, so hundreds of them cost no
// more than one.
//
// # Decoding
//
// TokenBytes gives the exact bytes a token appends to the output
// (byte-level tokens mapped back to raw bytes, "▁" as space, <0x0A> as a
// newline, control tokens nothing), which is what a constrained decoder
// needs to build its token trie. A token may end in the middle of a UTF-8
// sequence; Decoder holds such bytes back until the character is complete,
// for streaming.
//
// Example:
//
//	f, err := gguf.Open("model.gguf")
//	…
//	v, err := tokenizer.FromGGUF(f)
//	…
//	tok, err := tokenizer.New(v)
//	…
//	ids := tok.Encode("Hello, world", tokenizer.Options{AddSpecial: true})
//	text := tok.Decode(ids) // "Hello, world"
package tokenizer
