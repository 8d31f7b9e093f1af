package convert

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/tokenizer"
)

var hfTokenizers = filepath.Join("..", "..", "testdata", "hf", "tokenizers")

func readTokenizerJSON(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(hfTokenizers, name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// asFile writes metadata to a GGUF file and parses it back.
func asFile(t *testing.T, kv []gguf.KV) *gguf.File {
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

// TestTokenizerIDs converts each reference tokenizer.json to GGUF metadata,
// loads it with package tokenizer and checks that it gives the ids the
// tokenizers library gave for every test line.
func TestTokenizerIDs(t *testing.T) {
	var expected struct {
		Lines []string             `json:"lines"`
		IDs   map[string][][]int32 `json:"ids"`
	}
	data, err := os.ReadFile(filepath.Join(hfTokenizers, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &expected); err != nil {
		t.Fatal(err)
	}
	for name, pre := range map[string]string{"gpt2": "gpt-2", "smollm": "smollm", "llama-bpe": "llama-bpe", "qwen2": "qwen2", "bpe32k": "qwen2"} {
		// Llama 3's pre-tokenizer adds BOS by default; these have none.
		kv, err := Tokenizer(readTokenizerJSON(t, name), []byte(`{"add_bos_token": false}`), 0, "")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		f := asFile(t, kv)
		if got, _ := f.String("tokenizer.ggml.pre"); got != pre {
			t.Errorf("%s: pre %q, want %q", name, got, pre)
		}
		v, err := tokenizer.FromGGUF(f)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		tok, err := tokenizer.New(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for i, line := range expected.Lines {
			if got := tok.Encode(line, tokenizer.Options{ParseSpecial: true}); !slices.Equal(got, expected.IDs[name][i]) {
				t.Errorf("%s: line %d %q:\n got %v\nwant %v", name, i, line, got, expected.IDs[name][i])
				break
			}
		}
	}
}

func TestTokenizerMetadata(t *testing.T) {
	cfg := []byte(`{"bos_token": {"content": "<|im_start|>"}, "eos_token": "<|endoftext|>",
		"add_bos_token": false, "chat_template": "{{ messages }}"}`)
	kv, err := Tokenizer(readTokenizerJSON(t, "qwen2"), cfg, 4100, "")
	if err != nil {
		t.Fatal(err)
	}
	f := asFile(t, kv)
	toks, _ := f.Strings("tokenizer.ggml.tokens")
	types, _ := f.Int32s("tokenizer.ggml.token_type")
	merges, _ := f.Strings("tokenizer.ggml.merges")
	if len(toks) != 4100 || len(types) != 4100 {
		t.Fatalf("%d tokens, %d types, want 4100", len(toks), len(types))
	}
	if toks[0] != "<|endoftext|>" || types[0] != tokenControl || types[100] != tokenNormal {
		t.Errorf("token 0 %q type %d, token 100 type %d", toks[0], types[0], types[100])
	}
	if toks[4099] != "[PAD4099]" || types[4099] != tokenUnused {
		t.Errorf("padding token %q type %d", toks[4099], types[4099])
	}
	if len(merges) == 0 || strings.Count(merges[0], " ") != 1 {
		t.Errorf("merges %q", merges[:min(3, len(merges))])
	}
	for key, want := range map[string]any{
		"tokenizer.ggml.model":         "gpt2",
		"tokenizer.ggml.bos_token_id":  uint32(1),
		"tokenizer.ggml.eos_token_id":  uint32(0),
		"tokenizer.ggml.add_bos_token": false,
		"tokenizer.chat_template":      "{{ messages }}",
	} {
		if got, ok := f.Get(key); !ok || got != want {
			t.Errorf("%s = %#v, want %#v", key, got, want)
		}
	}
	// Past the model's vocabulary, tokens are dropped.
	kv, err = Tokenizer(readTokenizerJSON(t, "qwen2"), nil, 10, "")
	if err != nil {
		t.Fatal(err)
	}
	if toks, _ := asFile(t, kv).Strings("tokenizer.ggml.tokens"); len(toks) != 10 {
		t.Errorf("%d tokens, want 10", len(toks))
	}
}

func TestTokenizerPostProcessor(t *testing.T) {
	doc := `{"added_tokens": [{"id": 0, "content": "<s>", "special": true}, {"id": 1, "content": "</s>", "special": true}],
		"pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false, "use_regex": true},
		"post_processor": {"type": "Sequence", "processors": [{"type": "ByteLevel"}, {"type": "TemplateProcessing",
			"single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}]}]},
		"model": {"type": "BPE", "vocab": {"<s>": 0, "</s>": 1, "a": 2, "b": 3, "ab": 4}, "merges": ["a b"]}}`
	kv, err := Tokenizer([]byte(doc), nil, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	f := asFile(t, kv)
	if b, err := f.Bool("tokenizer.ggml.add_bos_token"); !b || err != nil {
		t.Errorf("add_bos_token %v, %v", b, err)
	}
	if b, err := f.Bool("tokenizer.ggml.add_eos_token"); b || err != nil {
		t.Errorf("add_eos_token %v, %v", b, err)
	}
	if m, _ := f.Strings("tokenizer.ggml.merges"); !slices.Equal(m, []string{"a b"}) {
		t.Errorf("merges %q", m)
	}
}

func TestTokenizerRefuses(t *testing.T) {
	for name, doc := range map[string]string{
		"not json":    `{`,
		"unigram":     `{"model": {"type": "Unigram"}}`,
		"unknown pre": `{"pre_tokenizer": {"type": "Metaspace"}, "model": {"type": "BPE", "vocab": {}}}`,
		"negative id": `{"pre_tokenizer": {"type": "ByteLevel"}, "model": {"type": "BPE", "vocab": {"a": -1}}}`,
		"shared id":   `{"pre_tokenizer": {"type": "ByteLevel"}, "model": {"type": "BPE", "vocab": {"a": 0, "b": 0}}}`,
		"bad merges":  `{"pre_tokenizer": {"type": "ByteLevel"}, "model": {"type": "BPE", "vocab": {}, "merges": [["a", "b", "c"]]}}`,
		"merges type": `{"pre_tokenizer": {"type": "ByteLevel"}, "model": {"type": "BPE", "vocab": {}, "merges": 3}}`,
		"huge vocab":  `{"pre_tokenizer": {"type": "ByteLevel"}, "model": {"type": "BPE", "vocab": {"a": 999999999}}}`,
	} {
		if _, err := Tokenizer([]byte(doc), nil, 0, ""); err == nil || !strings.HasPrefix(err.Error(), "convert: ") {
			t.Errorf("%s: %v", name, err)
		}
	}
	// Found by FuzzTokenizer: a negative vocabulary size with negative ids.
	if _, err := Tokenizer([]byte(`{"pre_tokenizer": {"type": "ByteLevel"}, "model": {"type": "BPE", "vocab": {"a": -9}}}`), nil, -45, ""); err == nil {
		t.Error("negative ids accepted")
	}
	if _, err := Tokenizer([]byte(`{"pre_tokenizer": {"type": "Metaspace"}, "model": {"type": "BPE", "vocab": {"a": 0}}}`), nil, 0, "gpt-2"); err != nil {
		t.Errorf("an explicit pre-tokenizer name: %v", err)
	}
}

// FuzzTokenizer feeds arbitrary tokenizer.json and tokenizer_config.json
// documents to Tokenizer: it must not panic, and what it returns must be
// metadata the GGUF writer accepts.
func FuzzTokenizer(f *testing.F) {
	f.Add([]byte(`{"added_tokens": [{"id": 0, "content": "<s>", "special": true}],
		"pre_tokenizer": {"type": "ByteLevel", "use_regex": true},
		"post_processor": {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<s>"}}]},
		"model": {"type": "BPE", "vocab": {"<s>": 0, "a": 1, "b": 2, "ab": 3}, "merges": [["a", "b"]]}}`),
		[]byte(`{"bos_token": "<s>", "chat_template": "x"}`), 0)
	f.Add([]byte(`{"pre_tokenizer": {"type": "Sequence", "pretokenizers": [{"type": "Digits", "individual_digits": true}, {"type": "ByteLevel"}]},
		"model": {"type": "BPE", "vocab": {"a": 5}, "merges": ["a a"]}}`), []byte(`{"add_eos_token": true}`), 3)
	f.Fuzz(func(t *testing.T, tokJSON, cfgJSON []byte, vocab int) {
		if vocab > 1<<16 {
			return // a vocabulary so large only pads; it proves nothing more
		}
		kv, err := Tokenizer(tokJSON, cfgJSON, vocab, "")
		if err != nil {
			return
		}
		if err := gguf.Write(&bytes.Buffer{}, kv, nil); err != nil {
			t.Fatalf("unwritable metadata: %v", err)
		}
	})
}
