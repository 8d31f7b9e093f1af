package tokenizer

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/genui/genui/inference/gguf"
)

var update = flag.Bool("update", false, "rewrite testdata/vocab32k.gguf from the bpe32k tokenizer.json")

const vocab32k = "../testdata/vocab32k.gguf"

// ggufKV is the tokenizer metadata of v as convert_hf_to_gguf.py writes it.
func ggufKV(v *Vocab) []gguf.KV {
	types := make([]int32, len(v.Types))
	for i, t := range v.Types {
		types[i] = int32(t)
	}
	return []gguf.KV{
		{Key: "general.name", Value: "vocab32k"},
		{Key: "general.description", Value: "The bpe32k reference tokenizer (Qwen2 split, 32,000 tokens) without weights."},
		{Key: keyModel, Value: v.Model},
		{Key: keyPre, Value: v.Pre},
		{Key: keyTokens, Value: v.Tokens},
		{Key: keyTypes, Value: types},
		{Key: keyMerges, Value: v.Merges},
		{Key: keyBOS, Value: uint32(0)}, // <|endoftext|>, as Qwen2.5 sets it
		{Key: keyEOS, Value: uint32(2)}, // <|im_end|>
		{Key: keyPAD, Value: uint32(0)},
		{Key: keyAddBOS, Value: false},
	}
}

// TestVocab32k reads inference/testdata/vocab32k.gguf, the 32k reference
// tokenizer as a GGUF file, and checks it gives the ids tokenizers gave.
// -update writes the file again from bpe32k.json.
func TestVocab32k(t *testing.T) {
	hf := hfVocab(t, filepath.Join(hfDir, "bpe32k.json"))
	if *update {
		var buf bytes.Buffer
		if err := gguf.Write(&buf, ggufKV(hf), nil); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(vocab32k, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := gguf.Open(vocab32k)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := FromGGUF(f)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(v.Tokens, hf.Tokens) || !slices.Equal(v.Types, hf.Types) || !slices.Equal(v.Merges, hf.Merges) || v.Pre != "qwen2" {
		t.Fatal("vocab32k.gguf does not hold bpe32k.json's vocabulary; run go test -update")
	}
	if v.BOS != 0 || v.EOS != 2 || v.PAD != 0 || v.EOT != -1 || v.UNK != -1 || v.AddBOS || v.AddEOS || v.IgnoreMerges {
		t.Errorf("special tokens: %+v", *v)
	}
	tok := mustNew(t, v)
	e := loadExpected(t)
	for i, line := range e.Lines {
		if got := tok.Encode(line, Options{AddSpecial: true, ParseSpecial: true}); !slices.Equal(got, e.IDs["bpe32k"][i]) {
			t.Errorf("line %d %q: got %v, want %v", i, line, got, e.IDs["bpe32k"][i])
		}
	}
}

// parseKV makes a GGUF file of metadata alone and parses it.
func parseKV(t *testing.T, kv ...gguf.KV) *gguf.File {
	t.Helper()
	var buf bytes.Buffer
	if err := gguf.Write(&buf, kv, nil); err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFromGGUFDefaults(t *testing.T) {
	spm := parseKV(t,
		gguf.KV{Key: keyModel, Value: "llama"},
		gguf.KV{Key: keyTokens, Value: []string{"<unk>", "<s>", "</s>", "▁a"}},
		gguf.KV{Key: keyScores, Value: []int32{0, 0, 0, -1}}, // llama.cpp takes int32 scores too
	)
	v, err := FromGGUF(spm)
	if err != nil {
		t.Fatal(err)
	}
	if v.BOS != 1 || v.EOS != 2 || v.UNK != 0 || v.PAD != -1 || !v.AddBOS || v.AddEOS || !v.AddSpacePrefix || v.Types != nil || v.Scores[3] != -1 {
		t.Errorf("SentencePiece defaults: %+v", *v)
	}

	llama3 := parseKV(t,
		gguf.KV{Key: keyModel, Value: "gpt2"},
		gguf.KV{Key: keyPre, Value: "llama-bpe"},
		gguf.KV{Key: keyTokens, Value: []string{"a", "b", "ab"}},
		gguf.KV{Key: keyMerges, Value: []string{"a b"}},
		gguf.KV{Key: keyBOS, Value: uint32(2)},
		gguf.KV{Key: keyEOS, Value: uint32(3)}, // past the vocabulary: ignored, as llama.cpp does
		gguf.KV{Key: keyAddPrefix, Value: true},
	)
	if v, err = FromGGUF(llama3); err != nil {
		t.Fatal(err)
	}
	if v.BOS != 2 || v.EOS != -1 || !v.AddBOS || !v.IgnoreMerges || v.AddSpacePrefix {
		t.Errorf("Llama 3 defaults: %+v", *v)
	}

	qwen := parseKV(t,
		gguf.KV{Key: keyModel, Value: "gpt2"},
		gguf.KV{Key: keyPre, Value: "qwen2"},
		gguf.KV{Key: keyTokens, Value: []string{"a"}},
		gguf.KV{Key: keyMerges, Value: []string{}},
		gguf.KV{Key: keyAddBOS, Value: true},
		gguf.KV{Key: keyIgnoreMerge, Value: true},
	)
	if v, err = FromGGUF(qwen); err != nil {
		t.Fatal(err)
	}
	if !v.AddBOS || !v.IgnoreMerges {
		t.Errorf("explicit keys: %+v", *v)
	}
}

func TestFromGGUFErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		kv   []gguf.KV
		is   error
		msg  string
	}{
		{"no model", nil, gguf.ErrMissing, keyModel},
		{"unknown model", []gguf.KV{{Key: keyModel, Value: "t5"}}, ErrUnsupported, `"t5"`},
		{"no pre", []gguf.KV{{Key: keyModel, Value: "gpt2"}}, gguf.ErrMissing, keyPre},
		{"unknown pre", []gguf.KV{{Key: keyModel, Value: "gpt2"}, {Key: keyPre, Value: "default"}}, ErrUnsupported, `"default"`},
		{"no merges", []gguf.KV{{Key: keyModel, Value: "gpt2"}, {Key: keyPre, Value: "qwen2"}}, gguf.ErrMissing, keyMerges},
		{"no tokens", []gguf.KV{{Key: keyModel, Value: "llama"}}, gguf.ErrMissing, keyTokens},
		{"tokens of ints", []gguf.KV{{Key: keyModel, Value: "llama"}, {Key: keyTokens, Value: []int32{1}}}, gguf.ErrKeyType, keyTokens},
		{"scores of strings", []gguf.KV{{Key: keyModel, Value: "llama"}, {Key: keyTokens, Value: []string{"a"}}, {Key: keyScores, Value: []string{"x"}}}, gguf.ErrKeyType, keyScores},
		{"types of floats", []gguf.KV{{Key: keyModel, Value: "llama"}, {Key: keyTokens, Value: []string{"a"}}, {Key: keyTypes, Value: []float32{1}}}, gguf.ErrKeyType, keyTypes},
		{"bos of string", []gguf.KV{{Key: keyModel, Value: "llama"}, {Key: keyTokens, Value: []string{"a"}}, {Key: keyBOS, Value: "1"}}, gguf.ErrKeyType, keyBOS},
		{"add_bos of int", []gguf.KV{{Key: keyModel, Value: "llama"}, {Key: keyTokens, Value: []string{"a"}}, {Key: keyAddBOS, Value: uint32(1)}}, gguf.ErrKeyType, keyAddBOS},
	} {
		_, err := FromGGUF(parseKV(t, c.kv...))
		if !errors.Is(err, c.is) || !strings.Contains(err.Error(), c.msg) || !strings.HasPrefix(err.Error(), "tokenizer: ") {
			t.Errorf("%s: got %v, want %v naming %s", c.name, err, c.is, c.msg)
		}
	}
}
