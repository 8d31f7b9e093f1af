package tokenizer

import (
	"errors"
	"fmt"
)

// Sentinel errors. New and FromGGUF wrap one of them, so callers can tell
// a vocabulary this package does not handle from a broken one.
var (
	// ErrUnsupported: a tokenizer model or pre-tokenizer this package does
	// not implement.
	ErrUnsupported = errors.New("tokenizer: unsupported")
	// ErrVocab: a vocabulary that contradicts itself (lengths that differ,
	// ids out of range, a merge of unknown tokens, duplicate tokens, …).
	ErrVocab = errors.New("tokenizer: invalid vocabulary")
)

// TokenType is llama.cpp's token type, as stored in
// tokenizer.ggml.token_type.
type TokenType int32

// Token types.
const (
	Normal      TokenType = 1 // an ordinary piece of text
	Unknown     TokenType = 2 // the unknown token (<unk>)
	Control     TokenType = 3 // BOS, EOS, chat markers: never text
	UserDefined TokenType = 4 // added text tokens, always matched whole
	Unused      TokenType = 5 // reserved slots
	Byte        TokenType = 6 // byte fallback <0xXX>
)

// Models: the values of tokenizer.ggml.model this package implements.
const (
	ModelBPE = "gpt2"  // byte-level BPE (GPT-2, Llama 3, Qwen2, SmolLM)
	ModelSPM = "llama" // SentencePiece BPE (Llama 2, TinyLlama)
)

// Vocab is a tokenizer's vocabulary as GGUF stores it: plain data that New
// checks and compiles. Ids are indexes into Tokens.
type Vocab struct {
	// Model is tokenizer.ggml.model: ModelBPE or ModelSPM.
	Model string
	// Pre is tokenizer.ggml.pre, the pre-tokenizer of a byte-level BPE
	// vocabulary (the package doc lists them); unused for SentencePiece.
	Pre string
	// Tokens are the pieces. Byte-level BPE writes them in GPT-2's byte
	// alphabet ("Ġthe"); SentencePiece marks spaces with "▁".
	Tokens []string
	// Scores are SentencePiece merge priorities (higher merges first);
	// nil means all zero.
	Scores []float32
	// Types are the tokens' types; nil means all Normal.
	Types []TokenType
	// Merges are byte-level BPE merge rules, "left right", highest
	// priority first.
	Merges []string
	// Special token ids, -1 when the vocabulary has none. EOT is the
	// end-of-turn token of chat models (tokenizer.ggml.eot_token_id).
	BOS, EOS, EOT, UNK, PAD int32
	// AddBOS and AddEOS: the model expects Encode to put BOS before and
	// EOS after the text (when the caller asks for special tokens).
	AddBOS, AddEOS bool
	// AddSpacePrefix: SentencePiece puts a space before the text
	// ("Hello" is encoded as " Hello"), and Decode takes it off again.
	AddSpacePrefix bool
	// IgnoreMerges: a byte-level word that is itself a token is encoded as
	// that token without merging (Llama 3, tokenizers' ignore_merges).
	IgnoreMerges bool
}

// invalid returns an ErrVocab error with a formatted detail.
func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrVocab, fmt.Sprintf(format, args...))
}

// typeOf returns the type of token id.
func (v *Vocab) typeOf(id int) TokenType {
	if v.Types == nil {
		return Normal
	}
	return v.Types[id]
}

// check verifies what both models need: lengths, types, special ids,
// unique tokens. It returns the token → id map.
func (v *Vocab) check() (map[string]int32, error) {
	n := len(v.Tokens)
	if n == 0 {
		return nil, invalid("no tokens")
	}
	if n > maxTokens {
		return nil, invalid("%d tokens, more than %d", n, maxTokens)
	}
	if v.Scores != nil && len(v.Scores) != n {
		return nil, invalid("%d scores for %d tokens", len(v.Scores), n)
	}
	if v.Types != nil && len(v.Types) != n {
		return nil, invalid("%d token types for %d tokens", len(v.Types), n)
	}
	for i, s := range v.Scores {
		if s != s {
			return nil, invalid("token %d (%q) has the score NaN", i, v.Tokens[i])
		}
	}
	ids := make(map[string]int32, n)
	for i, tok := range v.Tokens {
		if t := v.typeOf(i); t < Normal || t > Byte {
			return nil, invalid("token %d (%q) has type %d, want 1…6", i, tok, t)
		}
		if tok == "" {
			continue // never matched, decodes to nothing (llama.cpp renames it)
		}
		if j, dup := ids[tok]; dup {
			return nil, invalid("token %q has ids %d and %d", tok, j, i)
		}
		ids[tok] = int32(i)
	}
	for _, s := range []struct {
		name string
		id   int32
	}{{"BOS", v.BOS}, {"EOS", v.EOS}, {"EOT", v.EOT}, {"UNK", v.UNK}, {"PAD", v.PAD}} {
		if s.id < -1 || int(s.id) >= n {
			return nil, invalid("%s id %d is outside the %d tokens", s.name, s.id, n)
		}
	}
	if v.AddBOS && v.BOS < 0 {
		return nil, invalid("AddBOS is set but there is no BOS token")
	}
	if v.AddEOS && v.EOS < 0 {
		return nil, invalid("AddEOS is set but there is no EOS token")
	}
	return ids, nil
}

// maxTokens bounds the vocabulary size: ids are int32 and real vocabularies
// stay far below (Qwen2 has 151,936 tokens, Gemma 262,144).
const maxTokens = 1 << 22

// byteToken parses a byte-fallback token "<0xXX>".
func byteToken(tok string) (byte, bool) {
	if len(tok) != 6 || tok[:3] != "<0x" || tok[5] != '>' {
		return 0, false
	}
	hi, ok1 := unhex(tok[3])
	lo, ok2 := unhex(tok[4])
	return hi<<4 | lo, ok1 && ok2
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}
