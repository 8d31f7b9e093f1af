//go:build !(js && wasm)

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/gguf/convert"
	"github.com/genui/genui/inference/llama/llamatest"
)

// model is one GGUF file that every engine of a row reads.
type model struct {
	name   string // row label
	path   string
	random bool // random weights (llamatest), no meaningful text
}

// tokenizerSource is the byte-level BPE tokenizer the random models
// carry (32000 tokens), cut or padded to each model's vocabulary, so
// that llama.cpp and this engine both load them as text models.
const tokenizerSource = "inference/testdata/hf/tokenizers/bpe32k.json"

// models returns the files of the decode rows, writing the random ones
// into dir once: the embedded default model (or, until it is trained, a
// random model of its shape, Q8_0) and the SmolLM2-135M shape at Q8_0
// and Q4_0.
func models(dir, defaultPath string) (def, q8, q4 model, err error) {
	if err = os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	if _, e := os.Stat(defaultPath); e == nil {
		def = model{name: "default", path: defaultPath}
	} else if def, err = randomModel(dir, "default-random", llamatest.Small, gguf.Q8_0); err != nil {
		return
	}
	if q8, err = randomModel(dir, "135m-q8_0", llamatest.SmolLM2, gguf.Q8_0); err != nil {
		return
	}
	q4, err = randomModel(dir, "135m-q4_0", llamatest.SmolLM2, gguf.Q4_0)
	return
}

func randomModel(dir, name string, c llamatest.Config, typ gguf.Type) (model, error) {
	m := model{name: name, path: filepath.Join(dir, name+".gguf"), random: true}
	if _, err := os.Stat(m.path); err == nil {
		return m, nil
	}
	tok, err := tokenizerKV(c.Vocab)
	if err != nil {
		return m, err
	}
	c.Type, c.Extra, c.Seed = typ, tok, 1
	f, err := os.Create(m.path + ".tmp")
	if err != nil {
		return m, err
	}
	if err := llamatest.Write(f, c); err != nil {
		f.Close()
		return m, err
	}
	if err := f.Close(); err != nil {
		return m, err
	}
	return m, os.Rename(m.path+".tmp", m.path)
}

// tokenizerKV returns the GGUF tokenizer metadata of tokenizerSource
// with a vocabulary of n tokens: cut to the first n ids with the merges
// that stay inside them, or padded with unused tokens.
func tokenizerKV(n int) ([]gguf.KV, error) {
	data, err := os.ReadFile(tokenizerSource)
	if err != nil {
		return nil, err
	}
	var t map[string]json.RawMessage
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("bench: %s: %w", tokenizerSource, err)
	}
	var m struct {
		Vocab  map[string]int `json:"vocab"`
		Merges [][2]string    `json:"merges"`
	}
	var rest map[string]json.RawMessage
	if err := json.Unmarshal(t["model"], &m); err != nil {
		return nil, fmt.Errorf("bench: %s model: %w", tokenizerSource, err)
	}
	if err := json.Unmarshal(t["model"], &rest); err != nil {
		return nil, err
	}
	for s, id := range m.Vocab {
		if id >= n {
			delete(m.Vocab, s)
		}
	}
	merges := m.Merges[:0]
	for _, p := range m.Merges {
		_, a := m.Vocab[p[0]]
		_, b := m.Vocab[p[1]]
		_, c := m.Vocab[p[0]+p[1]]
		if a && b && c {
			merges = append(merges, p)
		}
	}
	for k, v := range map[string]any{"vocab": m.Vocab, "merges": merges} {
		if rest[k], err = json.Marshal(v); err != nil {
			return nil, err
		}
	}
	if t["model"], err = json.Marshal(rest); err != nil {
		return nil, err
	}
	cut, err := json.Marshal(t)
	if err != nil {
		return nil, err
	}
	kv, err := convert.Tokenizer(cut, nil, n, "")
	if err != nil {
		return nil, fmt.Errorf("bench: tokenizer of %d tokens: %w", n, err)
	}
	return kv, nil
}

// short names a model file for the table.
func (m model) short() string {
	s := filepath.Base(m.path)
	if m.random {
		s += " (random weights)"
	}
	return strings.TrimSuffix(s, ".gguf")
}
