package tokenizer

import (
	"errors"
	"fmt"

	"github.com/genui/genui/inference/gguf"
)

// The GGUF metadata keys of a tokenizer, as llama.cpp names them.
const (
	keyModel       = "tokenizer.ggml.model"
	keyPre         = "tokenizer.ggml.pre"
	keyTokens      = "tokenizer.ggml.tokens"
	keyScores      = "tokenizer.ggml.scores"
	keyTypes       = "tokenizer.ggml.token_type"
	keyMerges      = "tokenizer.ggml.merges"
	keyBOS         = "tokenizer.ggml.bos_token_id"
	keyEOS         = "tokenizer.ggml.eos_token_id"
	keyEOT         = "tokenizer.ggml.eot_token_id"
	keyUNK         = "tokenizer.ggml.unknown_token_id"
	keyPAD         = "tokenizer.ggml.padding_token_id"
	keyAddBOS      = "tokenizer.ggml.add_bos_token"
	keyAddEOS      = "tokenizer.ggml.add_eos_token"
	keyAddPrefix   = "tokenizer.ggml.add_space_prefix"
	keyIgnoreMerge = "tokenizer.ggml.ignore_merges"
)

// FromGGUF reads a tokenizer from the tokenizer.ggml.* metadata of a GGUF
// file, with llama.cpp's defaults for the keys a file leaves out:
// SentencePiece has BOS 1, EOS 2, UNK 0, adds BOS and a space prefix;
// byte-level BPE adds BOS only for Llama 3's pre-tokenizer, which also
// ignores merges. A special token id past the vocabulary is ignored, as
// llama.cpp ignores it. Beside llama.cpp's keys it reads
// tokenizer.ggml.ignore_merges, which candle and mistral.rs write and read
// to carry tokenizers' ignore_merges. The result still has to pass New.
func FromGGUF(f *gguf.File) (*Vocab, error) {
	v := &Vocab{BOS: -1, EOS: -1, EOT: -1, UNK: -1, PAD: -1}
	var err error
	if v.Model, err = f.String(keyModel); err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	switch v.Model {
	case ModelSPM:
		v.BOS, v.EOS, v.UNK = 1, 2, 0
		v.AddBOS, v.AddSpacePrefix = true, true
	case ModelBPE:
		if v.Pre, err = f.String(keyPre); err != nil {
			return nil, fmt.Errorf("tokenizer: %w", err)
		}
		pre, ok := pretokenizers[v.Pre]
		if !ok {
			return nil, unsupportedPre(v.Pre)
		}
		v.AddBOS, v.IgnoreMerges = pre.addBOS, pre.ignoreMerges
		if v.Merges, err = f.Strings(keyMerges); err != nil {
			return nil, fmt.Errorf("tokenizer: %w", err)
		}
	default:
		return nil, fmt.Errorf("%w: %s %q (want %q or %q)", ErrUnsupported, keyModel, v.Model, ModelBPE, ModelSPM)
	}
	if v.Tokens, err = f.Strings(keyTokens); err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	n := len(v.Tokens)
	if v.Scores, err = scores(f); err != nil {
		return nil, err
	}
	types, err := f.Int32s(keyTypes)
	if err != nil && !errors.Is(err, gguf.ErrMissing) {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	if types != nil {
		v.Types = make([]TokenType, len(types))
		for i, t := range types {
			v.Types[i] = TokenType(t)
		}
	}
	for _, s := range []struct {
		key string
		id  *int32
	}{{keyBOS, &v.BOS}, {keyEOS, &v.EOS}, {keyEOT, &v.EOT}, {keyUNK, &v.UNK}, {keyPAD, &v.PAD}} {
		id, err := f.Uint(s.key)
		switch {
		case errors.Is(err, gguf.ErrMissing):
		case err != nil:
			return nil, fmt.Errorf("tokenizer: %w", err)
		case id < uint64(n):
			*s.id = int32(id)
		}
	}
	for _, b := range []struct {
		key string
		v   *bool
	}{{keyAddBOS, &v.AddBOS}, {keyAddEOS, &v.AddEOS}, {keyAddPrefix, &v.AddSpacePrefix}, {keyIgnoreMerge, &v.IgnoreMerges}} {
		x, err := f.Bool(b.key)
		switch {
		case errors.Is(err, gguf.ErrMissing):
		case err != nil:
			return nil, fmt.Errorf("tokenizer: %w", err)
		default:
			*b.v = x
		}
	}
	if v.Model == ModelBPE {
		v.AddSpacePrefix = false // llama.cpp reads it but never applies it to BPE
	}
	return v, nil
}

// scores reads tokenizer.ggml.scores, which llama.cpp accepts as float32
// or int32; a missing array means all zero.
func scores(f *gguf.File) ([]float32, error) {
	s, err := f.Float32s(keyScores)
	if err == nil || errors.Is(err, gguf.ErrMissing) {
		return s, nil
	}
	is, ierr := f.Int32s(keyScores)
	if ierr != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	s = make([]float32, len(is))
	for i, x := range is {
		s[i] = float32(x)
	}
	return s, nil
}
