package tokenizer

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Tokenizer turns text into token ids and back. It is immutable and safe
// for concurrent use.
type Tokenizer struct {
	tokens []string
	types  []TokenType
	// data[off[id]:off[id+1]] are the bytes token id appends to the text.
	data []byte
	off  []uint32

	bos, eos, eot    int32
	addBOS, addEOS   bool
	stripSpace       bool // Decode removes the space AddSpacePrefix put in
	specials         specials
	anySpecial       bool // some token may be matched in text
	anyAlwaysSpecial bool // some user-defined token is matched always

	bpe  *bpe
	spm  *spm
	pool sync.Pool // *scratch
}

// scratch holds the buffers of one Encode call.
type scratch struct {
	heap    []uint64
	syms    []bpeSymbol
	text    []byte
	spmSyms []spmSymbol
	rev     map[int32][3]int32
}

// New checks a vocabulary and compiles it into a Tokenizer. The errors
// wrap ErrVocab or ErrUnsupported and name the token, merge or field at
// fault.
func New(v *Vocab) (*Tokenizer, error) {
	if v.Model != ModelBPE && v.Model != ModelSPM {
		return nil, fmt.Errorf("%w: tokenizer model %q (want %q or %q)", ErrUnsupported, v.Model, ModelBPE, ModelSPM)
	}
	ids, err := v.check()
	if err != nil {
		return nil, err
	}
	t := &Tokenizer{
		tokens: slices.Clone(v.Tokens), types: slices.Clone(v.Types),
		bos: v.BOS, eos: v.EOS, eot: v.EOT,
		addBOS: v.AddBOS, addEOS: v.AddEOS,
		stripSpace: v.Model == ModelSPM && v.AddSpacePrefix,
		off:        make([]uint32, 1, len(v.Tokens)+1),
	}
	t.pool.New = func() any { return new(scratch) }
	for id, tok := range v.Tokens {
		p, err := tokenBytes(v, id, tok)
		if err != nil {
			return nil, err
		}
		t.data = append(t.data, p...)
		t.off = append(t.off, uint32(len(t.data)))
		if tt := v.typeOf(id); tok != "" && (tt == Control || tt == Unknown || tt == UserDefined) {
			t.specials.add(tok, int32(id), tt == UserDefined)
			t.anySpecial = true
			t.anyAlwaysSpecial = t.anyAlwaysSpecial || tt == UserDefined
		}
	}
	if v.Model == ModelBPE {
		t.bpe, err = newBPE(v, ids, t)
	} else {
		t.spm, err = newSPM(v, ids)
	}
	if err != nil {
		return nil, err
	}
	return t, nil
}

// tokenBytes returns what token id appends to decoded text: nothing for
// control, unknown and unused tokens, user-defined tokens as written,
// byte tokens as their byte, normal tokens with the model's escapes undone.
func tokenBytes(v *Vocab, id int, tok string) ([]byte, error) {
	switch v.typeOf(id) {
	case UserDefined:
		return []byte(tok), nil
	case Byte:
		b, ok := byteToken(tok)
		if !ok {
			return nil, invalid("token %d (%q) is a byte token but not of the form <0xXX>", id, tok)
		}
		return []byte{b}, nil
	case Normal:
		if v.Model == ModelSPM {
			return []byte(strings.ReplaceAll(tok, "▁", " ")), nil
		}
		raw, ok := byteLevelDecode(tok)
		if !ok {
			return nil, invalid("token %d (%q) has a rune outside the byte-level alphabet", id, tok)
		}
		return raw, nil
	}
	return nil, nil
}

// Options say how Encode treats special tokens.
type Options struct {
	// AddSpecial puts BOS before the text and EOS after it where the
	// vocabulary asks for them (Vocab.AddBOS, Vocab.AddEOS).
	AddSpecial bool
	// ParseSpecial turns control tokens written in the text ("<|im_end|>")
	// into their ids, as llama.cpp's parse_special and tokenizers' added
	// tokens do. Without it they are ordinary text. User-defined tokens are
	// always matched.
	ParseSpecial bool
}

// Encode returns the token ids of text. Text need not be valid UTF-8:
// byte-level BPE encodes any bytes, SentencePiece falls back to byte tokens.
func (t *Tokenizer) Encode(text string, opt Options) []int32 {
	sc := t.pool.Get().(*scratch)
	defer t.pool.Put(sc)
	dst := make([]int32, 0, len(text)/4+2)
	if opt.AddSpecial && t.addBOS {
		dst = append(dst, t.bos)
	}
	start, afterSpecial := 0, true
	if t.anyAlwaysSpecial || opt.ParseSpecial && t.anySpecial {
		for i := 0; i < len(text); {
			id, n := t.specials.match(text, i, opt.ParseSpecial)
			if id < 0 {
				i++
				continue
			}
			if i > start {
				dst = t.fragment(dst, text[start:i], afterSpecial, sc)
			}
			dst = append(dst, id)
			i += n
			start, afterSpecial = i, true
		}
	}
	if start < len(text) {
		dst = t.fragment(dst, text[start:], afterSpecial, sc)
	}
	if opt.AddSpecial && t.addEOS {
		dst = append(dst, t.eos)
	}
	return dst
}

// fragment encodes text between special tokens. SentencePiece puts the
// space prefix before each fragment that starts the text or follows a
// special token, as llama.cpp does.
func (t *Tokenizer) fragment(dst []int32, s string, afterSpecial bool, sc *scratch) []int32 {
	if t.spm != nil {
		return t.spm.encode(dst, s, afterSpecial && t.stripSpace, sc)
	}
	return t.bpe.encode(dst, s, sc)
}

// Decode returns the text of ids: the concatenation of their TokenBytes,
// without the space SentencePiece's AddSpacePrefix put before the text.
// Decode(Encode(s)) == s for byte-level BPE and for SentencePiece with
// byte tokens, whatever the bytes of s, as long as s holds no special
// tokens Encode parsed.
func (t *Tokenizer) Decode(ids []int32) string {
	n := 0
	for _, id := range ids {
		n += len(t.TokenBytes(id))
	}
	b := make([]byte, 0, n)
	strip := t.stripSpace
	for _, id := range ids {
		p := t.TokenBytes(id)
		if len(p) == 0 {
			continue
		}
		if strip {
			strip = false
			if p[0] == ' ' && t.Type(id) == Normal {
				p = p[1:]
			}
		}
		b = append(b, p...)
	}
	return string(b)
}

// TokenBytes returns the exact bytes token id appends to the text: a
// byte-level token's raw bytes, a SentencePiece piece with "▁" as space, a
// byte token's byte, a user-defined token as written; nil for control,
// unknown and unused tokens and ids out of range. A token may hold part of
// a UTF-8 sequence. The slice is shared: do not modify it.
func (t *Tokenizer) TokenBytes(id int32) []byte {
	if id < 0 || int(id) >= len(t.tokens) {
		return nil
	}
	lo, hi := t.off[id], t.off[id+1]
	if lo == hi {
		return nil
	}
	return t.data[lo:hi:hi]
}

// Token returns the vocabulary's text of token id ("Ġthe", "▁the",
// "<|im_end|>"), "" when out of range.
func (t *Tokenizer) Token(id int32) string {
	if id < 0 || int(id) >= len(t.tokens) {
		return ""
	}
	return t.tokens[id]
}

// Type returns the type of token id, 0 when out of range.
func (t *Tokenizer) Type(id int32) TokenType {
	switch {
	case id < 0 || int(id) >= len(t.tokens):
		return 0
	case t.types == nil:
		return Normal
	}
	return t.types[id]
}

// IsControl reports whether id is a control token (BOS, EOS, chat
// markers), which stands for no text.
func (t *Tokenizer) IsControl(id int32) bool { return t.Type(id) == Control }

// Len returns the number of tokens; ids run from 0 to Len()-1.
func (t *Tokenizer) Len() int { return len(t.tokens) }

// BOS returns the beginning-of-sequence token, -1 if there is none.
func (t *Tokenizer) BOS() int32 { return t.bos }

// EOS returns the end-of-sequence token, -1 if there is none.
func (t *Tokenizer) EOS() int32 { return t.eos }

// EOT returns the end-of-turn token of a chat model, -1 if there is none.
func (t *Tokenizer) EOT() int32 { return t.eot }
