package tokenizer

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// byteVocab is a byte-level vocabulary: the 256 bytes (ids 0…255, in byte
// order), then extra tokens of the given types.
func byteVocab(pre string, merges []string, extra ...struct {
	tok string
	typ TokenType
}) *Vocab {
	v := &Vocab{Model: ModelBPE, Pre: pre, Merges: merges, BOS: -1, EOS: -1, EOT: -1, UNK: -1, PAD: -1}
	for b := range 256 {
		v.Tokens = append(v.Tokens, string(byteRune[b]))
		v.Types = append(v.Types, Normal)
	}
	for _, e := range extra {
		v.Tokens = append(v.Tokens, e.tok)
		v.Types = append(v.Types, e.typ)
	}
	return v
}

type tt = struct {
	tok string
	typ TokenType
}

// id returns the id of token text in v.
func id(t *testing.T, v *Vocab, text string) int32 {
	t.Helper()
	i := slices.Index(v.Tokens, text)
	if i < 0 {
		t.Fatalf("no token %q", text)
	}
	return int32(i)
}

func TestMergeOrder(t *testing.T) {
	v := byteVocab("gpt2", []string{"b c", "a b", "a a", "Ġ a"}, tt{"bc", Normal}, tt{"ab", Normal}, tt{"aa", Normal}, tt{"Ġa", Normal}, tt{"abc", Normal})
	tok := mustNew(t, v)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"abc", []string{"a", "bc"}},   // the lower rank merges first
		{"aaa", []string{"aa", "a"}},   // on a tie, the leftmost pair
		{"aaaa", []string{"aa", "aa"}}, // a merge makes way for the next
		{" a", []string{"Ġa"}},
	} {
		var want []int32
		for _, w := range c.want {
			want = append(want, id(t, v, w))
		}
		if got := tok.Encode(c.text, Options{}); !slices.Equal(got, want) {
			t.Errorf("%q: got %s, want %v", c.text, pieces(tok, got), c.want)
		}
	}
	// Ignoring merges, a word that is a token is that token.
	v.IgnoreMerges = true
	if got := mustNew(t, v).Encode("abc", Options{}); !slices.Equal(got, []int32{id(t, v, "abc")}) {
		t.Errorf("ignore merges: got %v", got)
	}
}

func TestSpecialTokens(t *testing.T) {
	v := byteVocab("qwen2", nil, tt{"<|end|>", Control}, tt{"<|endoftext|>", Control}, tt{"<tool>", UserDefined}, tt{"<s>", Control}, tt{"<|end", UserDefined})
	v.BOS, v.EOS, v.AddBOS, v.AddEOS = id(t, v, "<s>"), id(t, v, "<|end|>"), true, true
	tok := mustNew(t, v)
	end, eot, tool, bos, pend := id(t, v, "<|end|>"), id(t, v, "<|endoftext|>"), id(t, v, "<tool>"), id(t, v, "<s>"), id(t, v, "<|end")
	bytesOf := func(s string) []int32 {
		var ids []int32
		for i := range len(s) {
			ids = append(ids, int32(s[i]))
		}
		return ids
	}
	cat := func(parts ...[]int32) []int32 { return slices.Concat(parts...) }
	for _, c := range []struct {
		text string
		opt  Options
		want []int32
	}{
		{"x<|endoftext|>y", Options{ParseSpecial: true}, cat(bytesOf("x"), []int32{eot}, bytesOf("y"))},
		{"x<|endoftext|>y", Options{}, cat(bytesOf("x"), []int32{pend}, bytesOf("oftext|>y"))}, // only the user-defined prefix
		{"<|end|><|end|", Options{ParseSpecial: true}, cat([]int32{end, pend}, bytesOf("|"))},  // the longest match
		{"<|end|>", Options{}, cat([]int32{pend}, bytesOf("|>"))},
		{"a<tool>b", Options{}, cat(bytesOf("a"), []int32{tool}, bytesOf("b"))}, // user-defined: always
		{"hi", Options{AddSpecial: true}, cat([]int32{bos}, bytesOf("hi"), []int32{end})},
		{"", Options{AddSpecial: true}, []int32{bos, end}},
		{"", Options{}, []int32{}},
	} {
		if got := tok.Encode(c.text, c.opt); !slices.Equal(got, c.want) {
			t.Errorf("%q %+v: got %v, want %v", c.text, c.opt, got, c.want)
		}
	}
	if tok.BOS() != bos || tok.EOS() != end || tok.EOT() != -1 || tok.Len() != 261 || !tok.IsControl(eot) || tok.IsControl(tool) || tok.IsControl(-1) {
		t.Error("accessors disagree with the vocabulary")
	}
	if got := tok.Decode(tok.Encode("a<tool>b<|end|><|end", Options{AddSpecial: true, ParseSpecial: true})); got != "a<tool>b<|end" {
		t.Errorf("Decode skips control tokens, keeps user-defined ones: got %q", got)
	}
}

// spmVocabOf is a small SentencePiece vocabulary: <unk>, <s>, </s>, the
// byte tokens when bytes is set, then pieces with descending scores.
func spmVocabOf(bytes bool, pieces ...tt) *Vocab {
	v := &Vocab{Model: ModelSPM, Tokens: []string{"<unk>", "<s>", "</s>"}, Types: []TokenType{Unknown, Control, Control},
		Scores: []float32{0, 0, 0}, BOS: 1, EOS: 2, UNK: 0, EOT: -1, PAD: -1, AddBOS: true, AddSpacePrefix: true}
	if bytes {
		for b := range 256 {
			v.Tokens = append(v.Tokens, string([]byte{'<', '0', 'x', "0123456789ABCDEF"[b>>4], "0123456789ABCDEF"[b&15], '>'}))
			v.Types = append(v.Types, Byte)
			v.Scores = append(v.Scores, 0)
		}
	}
	for i, p := range pieces {
		v.Tokens = append(v.Tokens, p.tok)
		v.Types = append(v.Types, p.typ)
		v.Scores = append(v.Scores, -float32(i))
	}
	return v
}

func TestSentencePiece(t *testing.T) {
	v := spmVocabOf(true, tt{"▁", Normal}, tt{"a", Normal}, tt{"b", Normal}, tt{"▁a", Normal}, tt{"ab", Normal}, tt{"▁ab", Normal}, tt{"<x>", UserDefined})
	tok := mustNew(t, v)
	p := func(s string) int32 { return id(t, v, s) }
	for _, c := range []struct {
		text string
		opt  Options
		want []int32
	}{
		{"ab", Options{AddSpecial: true}, []int32{1, p("▁ab")}},                    // ▁a merges first, then ▁ab
		{"ab\n", Options{}, []int32{p("▁ab"), p("<0x0A>")}},                        // byte fallback
		{"é", Options{}, []int32{p("▁"), p("<0xC3>"), p("<0xA9>")}},                // a rune no piece covers
		{"a<x>b", Options{}, []int32{p("▁a"), p("<x>"), p("▁"), p("b")}},           // a space prefix after a special token, as llama.cpp
		{"<s>ab", Options{ParseSpecial: true}, []int32{1, p("▁ab")}},               // <s> parsed, then a prefix
		{"<s>", Options{}, []int32{p("▁"), p("<0x3C>"), p("<0x73>"), p("<0x3E>")}}, // control pieces are not text pieces
		{" a", Options{}, []int32{p("▁"), p("▁a")}},
	} {
		if got := tok.Encode(c.text, c.opt); !slices.Equal(got, c.want) {
			t.Errorf("%q %+v: got %s, want %s", c.text, c.opt, pieces(tok, got), pieces(tok, c.want))
		}
	}
	for _, s := range []string{"ab", " a", "é\n", "", "  "} {
		if got := tok.Decode(tok.Encode(s, Options{AddSpecial: true})); got != s {
			t.Errorf("Decode(Encode(%q)) = %q", s, got)
		}
	}

	// Without byte tokens, what no piece covers is the unknown token, one
	// per rune.
	v = spmVocabOf(false, tt{"▁", Normal}, tt{"a", Normal})
	if got := mustNew(t, v).Encode("aéé", Options{}); !slices.Equal(got, []int32{3, 4, 0, 0}) {
		t.Errorf("unknown: got %v", got)
	}

	// An unused piece is split back into the pair that formed it, as
	// sentencepiece does.
	v = spmVocabOf(false, tt{"▁", Normal}, tt{"a", Normal}, tt{"b", Normal}, tt{"ab", Unused}, tt{"▁ab", Unused}, tt{"▁a", Normal})
	if got := mustNew(t, v).Encode("ab", Options{}); !slices.Equal(got, []int32{id(t, v, "▁"), id(t, v, "a"), id(t, v, "b")}) {
		t.Errorf("unused: got %v", got)
	}
}

func TestTokenBytes(t *testing.T) {
	b := mustNew(t, byteVocab("gpt2", []string{"Ġ t"}, tt{"Ġt", Normal}, tt{"<|x|>", Control}, tt{"<y>", UserDefined}, tt{"<0x41>", Byte}, tt{"", Normal}))
	s := mustNew(t, spmVocabOf(true, tt{"▁the", Normal}, tt{"x", Unused}))
	for _, c := range []struct {
		tok  *Tokenizer
		id   int32
		want []byte
	}{
		{b, 256, []byte(" t")},
		{b, '\n', []byte("\n")},
		{b, 0xE2, []byte{0xE2}},
		{b, 257, nil},           // control
		{b, 258, []byte("<y>")}, // user-defined
		{b, 259, []byte("A")},   // byte token
		{b, 260, nil},           // empty
		{b, 261, nil},           // out of range
		{b, -1, nil},
		{s, 0, nil}, // unknown
		{s, 1, nil}, // control
		{s, 3 + 0x0A, []byte("\n")},
		{s, 3 + 256, []byte(" the")},
		{s, 3 + 257, nil}, // unused
	} {
		if got := c.tok.TokenBytes(c.id); !slices.Equal(got, c.want) || (got == nil) != (c.want == nil) {
			t.Errorf("TokenBytes(%d) = %q, want %q", c.id, got, c.want)
		}
	}
}

func TestDecoder(t *testing.T) {
	tok := mustNew(t, spmVocabOf(true, tt{"▁", Normal}, tt{"▁ok", Normal}))
	ids := tok.Encode("ok 😀 ok 登", Options{})
	d := tok.NewDecoder()
	var out []string
	for _, id := range ids {
		if s := d.Next(id); s != "" {
			if !utf8.ValidString(s) {
				t.Errorf("chunk %q is not valid UTF-8", s)
			}
			out = append(out, s)
		}
	}
	out = append(out, d.Flush())
	if got := strings.Join(out, ""); got != " ok 😀 ok 登" {
		t.Errorf("streamed %q", got)
	}
	if !slices.Contains(out, "😀") {
		t.Errorf("the emoji should come out whole once its last byte arrives: %q", out)
	}
	// An unfinished sequence is held back and comes out on Flush.
	d = tok.NewDecoder()
	if s := d.Next(3 + 0xF0); s != "" {
		t.Errorf("Next gave %q for a lead byte", s)
	}
	if s := d.Next(3 + 'a'); s != "\xf0a" {
		t.Errorf("an invalid sequence is passed on as it is, got %q", s)
	}
	d.Next(3 + 0xE2)
	if s := d.Flush(); s != "\xe2" {
		t.Errorf("Flush gave %q", s)
	}
}

func TestNewErrors(t *testing.T) {
	ok := func() *Vocab { return byteVocab("gpt2", []string{"a b"}, tt{"ab", Normal}) }
	for _, c := range []struct {
		name string
		edit func(v *Vocab)
		is   error
		msg  string
	}{
		{"model", func(v *Vocab) { v.Model = "bert" }, ErrUnsupported, `"bert"`},
		{"pre", func(v *Vocab) { v.Pre = "tekken" }, ErrUnsupported, `"tekken"`},
		{"no tokens", func(v *Vocab) { v.Tokens, v.Types = nil, nil }, ErrVocab, "no tokens"},
		{"scores", func(v *Vocab) { v.Scores = []float32{1} }, ErrVocab, "1 scores for 257 tokens"},
		{"types", func(v *Vocab) { v.Types = v.Types[:3] }, ErrVocab, "3 token types for 257 tokens"},
		{"type value", func(v *Vocab) { v.Types[7] = 9 }, ErrVocab, "token 7"},
		{"duplicate", func(v *Vocab) { v.Tokens[256] = "a" }, ErrVocab, `token "a" has ids 97 and 256`},
		{"bos range", func(v *Vocab) { v.BOS = 257 }, ErrVocab, "BOS id 257"},
		{"pad range", func(v *Vocab) { v.PAD = -2 }, ErrVocab, "PAD id -2"},
		{"add bos", func(v *Vocab) { v.AddBOS = true }, ErrVocab, "AddBOS"},
		{"add eos", func(v *Vocab) { v.AddEOS = true }, ErrVocab, "AddEOS"},
		{"merge form", func(v *Vocab) { v.Merges = []string{"ab"} }, ErrVocab, `merge 0 ("ab")`},
		{"merge left", func(v *Vocab) { v.Merges = append(v.Merges, "zz b") }, ErrVocab, `merge 1 ("zz b"): "zz" is not a token`},
		{"merge result", func(v *Vocab) { v.Merges = append(v.Merges, "b a") }, ErrVocab, `"ba" is not a token`},
		{"alphabet", func(v *Vocab) { v.Tokens[256] = "a b" }, ErrVocab, "outside the byte-level alphabet"},
		{"byte token", func(v *Vocab) { v.Types[256] = Byte }, ErrVocab, `token 256 ("ab") is a byte token`},
		{"spm fallback", func(v *Vocab) { *v = *spmVocabOf(false); v.UNK = -1 }, ErrVocab, "byte tokens"},
	} {
		v := ok()
		c.edit(v)
		_, err := New(v)
		if !errors.Is(err, c.is) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: got %v, want %v containing %q", c.name, err, c.is, c.msg)
		}
	}
	if _, err := New(ok()); err != nil {
		t.Fatal(err)
	}
}
