package convert

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genui/genui/inference/gguf"
)

const tinyConfig = `{"architectures": ["LlamaForCausalLM"], "vocab_size": 8, "hidden_size": 4,
	"intermediate_size": 6, "num_hidden_layers": 1, "num_attention_heads": 2, "rms_norm_eps": 1e-5,
	"max_position_embeddings": 64, "bos_token_id": 1, "eos_token_id": 2, "tie_word_embeddings": true}`

// tinyShapes are the tensors of a one-layer llama (hidden 4, 2 heads).
func tinyShapes() map[string][]uint64 {
	return map[string][]uint64{
		"model.embed_tokens.weight":                      {8, 4},
		"model.norm.weight":                              {4},
		"model.layers.0.input_layernorm.weight":          {4},
		"model.layers.0.post_attention_layernorm.weight": {4},
		"model.layers.0.self_attn.q_proj.weight":         {4, 4},
		"model.layers.0.self_attn.k_proj.weight":         {4, 4},
		"model.layers.0.self_attn.v_proj.weight":         {4, 4},
		"model.layers.0.self_attn.o_proj.weight":         {4, 4},
		"model.layers.0.mlp.gate_proj.weight":            {6, 4},
		"model.layers.0.mlp.up_proj.weight":              {6, 4},
		"model.layers.0.mlp.down_proj.weight":            {4, 6},
		"model.layers.0.self_attn.rotary_emb.inv_freq":   {1},
	}
}

// tinyCheckpoint writes a checkpoint folder with the given config.json,
// F32 tensors of the given shapes and, if not empty, a tokenizer.json.
func tinyCheckpoint(t *testing.T, config string, shapes map[string][]uint64, tokenizerJSON string) string {
	t.Helper()
	dir := t.TempDir()
	header := map[string]any{}
	var data []byte
	for name, shape := range shapes {
		n := uint64(4)
		for _, d := range shape {
			n *= d
		}
		header[name] = map[string]any{"dtype": "F32", "shape": shape, "data_offsets": []uint64{uint64(len(data)), uint64(len(data)) + n}}
		data = append(data, make([]byte, n)...)
	}
	h, err := json.Marshal(header)
	if err != nil {
		t.Fatal(err)
	}
	file := append(binary.LittleEndian.AppendUint64(nil, uint64(len(h))), h...)
	files := map[string][]byte{"config.json": []byte(config), "model.safetensors": append(file, data...)}
	if tokenizerJSON != "" {
		files["tokenizer.json"] = []byte(tokenizerJSON)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTinyWithTokenizer(t *testing.T) {
	tok := `{"added_tokens": [{"id": 0, "content": "<|endoftext|>", "special": true}],
		"pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false, "use_regex": true},
		"model": {"type": "BPE", "vocab": {"<|endoftext|>": 0, "a": 1, "b": 2, "ab": 3}, "merges": ["a b"]}}`
	var buf bytes.Buffer
	sum, err := Checkpoint(tinyCheckpoint(t, tinyConfig, tinyShapes(), tok), &buf, Options{Type: gguf.F16, Name: "tiny"})
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Tokenizer || sum.Arch != "llama" || sum.Tensors != 11 || sum.Types[gguf.F16] != 8 || sum.Types[gguf.F32] != 3 {
		t.Errorf("summary %+v", sum)
	}
	f, err := gguf.Parse(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	toks, _ := f.Strings("tokenizer.ggml.tokens")
	if len(toks) != 8 || toks[3] != "ab" || toks[7] != "[PAD7]" {
		t.Errorf("tokens %q", toks)
	}
	// No tokenizer_config.json: the ids come from config.json.
	for key, want := range map[string]uint64{"tokenizer.ggml.bos_token_id": 1, "tokenizer.ggml.eos_token_id": 2} {
		if n, err := f.Uint(key); n != want || err != nil {
			t.Errorf("%s = %d, %v", key, n, err)
		}
	}
	if name, _ := f.String("general.name"); name != "tiny" {
		t.Errorf("name %q", name)
	}
}

func TestCheckpointRefuses(t *testing.T) {
	without := func(name string) map[string][]uint64 { s := tinyShapes(); delete(s, name); return s }
	with := func(name string, shape ...uint64) map[string][]uint64 { s := tinyShapes(); s[name] = shape; return s }
	cases := []struct {
		name, config string
		shapes       map[string][]uint64
		want         string
	}{
		{"unknown architecture", strings.Replace(tinyConfig, "LlamaForCausalLM", "GPT2LMHeadModel", 1), tinyShapes(), "GPT2LMHeadModel is not converted"},
		{"bad kv heads", strings.Replace(tinyConfig, `"num_attention_heads": 2`, `"num_attention_heads": 2, "num_key_value_heads": 3`, 1), tinyShapes(), "does not divide"},
		{"odd head", strings.Replace(tinyConfig, `"num_attention_heads": 2`, `"num_attention_heads": 4`, 1), tinyShapes(), "even"},
		{"zero layers", strings.Replace(tinyConfig, `"num_hidden_layers": 1`, `"num_hidden_layers": 0`, 1), tinyShapes(), "out of range"},
		{"rope type", strings.Replace(tinyConfig, `"rms_norm_eps"`, `"rope_scaling": {"rope_type": "dynamic", "factor": 2}, "rms_norm_eps"`, 1), tinyShapes(), `"dynamic" is not converted`},
		{"missing tensor", tinyConfig, without("model.layers.0.mlp.up_proj.weight"), "no tensor model.layers.0.mlp.up_proj.weight"},
		{"unknown tensor", tinyConfig, with("model.layers.0.mlp.extra.weight", 4), "has no place"},
		{"wrong shape", tinyConfig, with("model.layers.0.self_attn.k_proj.weight", 2, 4), "has shape [2 4], the config says [4 4]"},
		{"bad json", `{`, tinyShapes(), "config.json"},
	}
	for _, c := range cases {
		_, err := Checkpoint(tinyCheckpoint(t, c.config, c.shapes, ""), &bytes.Buffer{}, Options{Type: gguf.F16})
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "convert: ") {
			t.Errorf("%s: %v, want an error mentioning %q", c.name, err, c.want)
		}
	}
	if _, err := Checkpoint(t.TempDir(), &bytes.Buffer{}, Options{Type: gguf.F16}); err == nil {
		t.Error("converted an empty folder")
	}
}
