package tokenizer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The reference files: tokenizers trained by train/reference.py with
// Hugging Face tokenizers and sentencepiece, and the ids those libraries
// give for every line of testlines.txt.
const hfDir = "../testdata/hf/tokenizers"

var bpeNames = []string{"gpt2", "smollm", "llama-bpe", "qwen2", "bpe32k"}

// The pre-tokenizer regexes of tokenizer.json files, by llama.cpp name.
var hfSplits = map[string]string{
	`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`: "llama-bpe",
	`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`:      "qwen2",
}

// hfPre names the pre-tokenizer of a tokenizer.json.
func hfPre(pre json.RawMessage) (string, error) {
	var p struct {
		Type          string
		UseRegex      bool `json:"use_regex"`
		AddPrefix     bool `json:"add_prefix_space"`
		Pretokenizers []struct {
			Type             string
			IndividualDigits bool `json:"individual_digits"`
			UseRegex         bool `json:"use_regex"`
			Behavior         string
			Pattern          struct{ Regex string }
		}
	}
	if err := json.Unmarshal(pre, &p); err != nil {
		return "", err
	}
	switch {
	case p.Type == "ByteLevel" && p.UseRegex && !p.AddPrefix:
		return "gpt2", nil
	case p.Type == "Sequence" && len(p.Pretokenizers) == 2:
		a, b := p.Pretokenizers[0], p.Pretokenizers[1]
		if a.Type == "Digits" && a.IndividualDigits && b.Type == "ByteLevel" && b.UseRegex {
			return "smollm", nil
		}
		if a.Type == "Split" && a.Behavior == "Isolated" && b.Type == "ByteLevel" && !b.UseRegex && hfSplits[a.Pattern.Regex] != "" {
			return hfSplits[a.Pattern.Regex], nil
		}
	}
	return "", fmt.Errorf("unknown pre-tokenizer %s", pre)
}

// hfVocab reads a Hugging Face tokenizer.json holding a byte-level BPE
// model: its vocab, merges and added tokens (special ones as control
// tokens) and the llama.cpp name of its pre-tokenizer.
func hfVocab(t testing.TB, path string) *Vocab {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		AddedTokens []struct {
			ID      int32
			Content string
			Special bool
		} `json:"added_tokens"`
		Normalizer   json.RawMessage
		PreTokenizer json.RawMessage `json:"pre_tokenizer"`
		Model        struct {
			Type         string
			Vocab        map[string]int32
			Merges       [][2]string
			IgnoreMerges bool `json:"ignore_merges"`
			ByteFallback bool `json:"byte_fallback"`
		}
	}
	if err := json.Unmarshal(data, &j); err != nil {
		t.Fatal(err)
	}
	if j.Model.Type != "BPE" || j.Model.ByteFallback || string(j.Normalizer) != "null" {
		t.Fatalf("%s: not a plain byte-level BPE model", path)
	}
	pre, err := hfPre(j.PreTokenizer)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	v := &Vocab{Model: ModelBPE, Pre: pre, BOS: -1, EOS: -1, EOT: -1, UNK: -1, PAD: -1, IgnoreMerges: j.Model.IgnoreMerges}
	n := len(j.Model.Vocab)
	for _, a := range j.AddedTokens {
		n = max(n, int(a.ID)+1)
	}
	v.Tokens = make([]string, n)
	v.Types = make([]TokenType, n)
	for tok, id := range j.Model.Vocab {
		v.Tokens[id], v.Types[id] = tok, Normal
	}
	for _, a := range j.AddedTokens {
		v.Tokens[a.ID], v.Types[a.ID] = a.Content, UserDefined
		if a.Special {
			v.Types[a.ID] = Control
		}
	}
	for id, tok := range v.Tokens {
		if tok == "" {
			t.Fatalf("%s: no token has id %d", path, id)
		}
	}
	for _, m := range j.Model.Merges {
		v.Merges = append(v.Merges, m[0]+" "+m[1])
	}
	return v
}

// spmVocab reads spm.json: sentencepiece's pieces, scores and types.
func spmVocab(t testing.TB) *Vocab {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(hfDir, "spm.json"))
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Pieces []struct {
			Piece string
			Score float32
			Type  TokenType
		}
		BOS, EOS, UNK  int32
		AddDummyPrefix bool `json:"add_dummy_prefix"`
	}
	if err := json.Unmarshal(data, &j); err != nil {
		t.Fatal(err)
	}
	v := &Vocab{Model: ModelSPM, BOS: j.BOS, EOS: j.EOS, UNK: j.UNK, EOT: -1, PAD: -1, AddBOS: true, AddSpacePrefix: j.AddDummyPrefix}
	for _, p := range j.Pieces {
		v.Tokens = append(v.Tokens, p.Piece)
		v.Scores = append(v.Scores, p.Score)
		v.Types = append(v.Types, p.Type)
	}
	return v
}

type expectation struct {
	Lines []string
	IDs   map[string][][]int32
}

func loadExpected(t testing.TB) *expectation {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(hfDir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var e expectation
	if err := json.Unmarshal(data, &e); err != nil {
		t.Fatal(err)
	}
	return &e
}

func mustNew(t testing.TB, v *Vocab) *Tokenizer {
	t.Helper()
	tok, err := New(v)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// referenceTokenizers compiles every reference tokenizer, by name.
func referenceTokenizers(t testing.TB) map[string]*Tokenizer {
	m := map[string]*Tokenizer{"spm": mustNew(t, spmVocab(t))}
	for _, name := range bpeNames {
		m[name] = mustNew(t, hfVocab(t, filepath.Join(hfDir, name+".json")))
	}
	return m
}

// TestReference checks that every tokenizer gives, for every test line, the
// ids Hugging Face tokenizers (which always matches added special tokens in
// text) and sentencepiece (which never matches control pieces) give.
func TestReference(t *testing.T) {
	e := loadExpected(t)
	toks := referenceTokenizers(t)
	if len(e.IDs) != len(toks) {
		t.Fatalf("expected.json has %d tokenizers, the test knows %d", len(e.IDs), len(toks))
	}
	for name, tok := range toks {
		opt := Options{ParseSpecial: name != "spm"}
		want := e.IDs[name]
		if len(want) != len(e.Lines) {
			t.Fatalf("%s: %d expectations for %d lines", name, len(want), len(e.Lines))
		}
		bad := 0
		for i, line := range e.Lines {
			got := tok.Encode(line, opt)
			if !slices.Equal(got, want[i]) {
				bad++
				if bad <= 5 {
					t.Errorf("%s line %d %q:\n got %v\nwant %v\n got %s\nwant %s", name, i, line, got, want[i], pieces(tok, got), pieces(tok, want[i]))
				}
				continue
			}
			if strings.Contains(line, "<|") {
				continue // the special tokens decode to nothing
			}
			if back := tok.Decode(got); back != line {
				t.Errorf("%s line %d: Decode(Encode(%q)) = %q", name, i, line, back)
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d lines differ", name, bad, len(e.Lines))
		}
	}
}

// pieces shows ids as their vocabulary text, for failure messages.
func pieces(tok *Tokenizer, ids []int32) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprintf("%q", tok.Token(id))
	}
	return strings.Join(s, " ")
}
