package convert

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// hparams are the fields of a Hugging Face config.json that the llama
// family uses. Pointers mark the optional ones.
type hparams struct {
	Architectures     []string `json:"architectures"`
	ModelType         string   `json:"model_type"`
	VocabSize         int      `json:"vocab_size"`
	HiddenSize        int      `json:"hidden_size"`
	IntermediateSize  int      `json:"intermediate_size"`
	Layers            int      `json:"num_hidden_layers"`
	Heads             int      `json:"num_attention_heads"`
	KVHeads           *int     `json:"num_key_value_heads"`
	HeadDim           *int     `json:"head_dim"`
	MaxPositions      *int     `json:"max_position_embeddings"`
	RMSNormEps        *float64 `json:"rms_norm_eps"`
	RopeTheta         *float64 `json:"rope_theta"`
	RopeScaling       rope     `json:"rope_scaling"`
	RopeParameters    rope     `json:"rope_parameters"` // transformers ≥ 5
	TieWordEmbeddings bool     `json:"tie_word_embeddings"`
	BOS               any      `json:"bos_token_id"` // an id, a list of ids or null
	EOS               any      `json:"eos_token_id"`
}

// rope is a rope_scaling or rope_parameters object.
type rope struct {
	Type                string   `json:"rope_type"`
	LegacyType          string   `json:"type"`
	Theta               *float64 `json:"rope_theta"`
	Factor              *float64 `json:"factor"`
	OriginalMaxPosition *int     `json:"original_max_position_embeddings"`
	LowFreqFactor       *float64 `json:"low_freq_factor"`
	HighFreqFactor      *float64 `json:"high_freq_factor"`
}

func (r rope) kind() string {
	if r.Type != "" {
		return r.Type
	}
	return r.LegacyType
}

// arch describes what differs between the architectures converted.
type arch struct {
	name    string // general.architecture
	permute bool   // reorder Q and K rows for llama.cpp's "normal" RoPE
	biasQKV bool   // Q, K and V projections have biases
}

// archs maps Hugging Face architecture classes to GGUF architectures, as
// convert_hf_to_gguf.py registers them.
var archs = map[string]arch{
	"LlamaForCausalLM":   {name: "llama", permute: true},
	"MistralForCausalLM": {name: "llama", permute: true},
	"Qwen2ForCausalLM":   {name: "qwen2", biasQKV: true},
}

// config is a checked config.json.
type config struct {
	hparams
	arch    arch
	kvHeads int
	headDim int
	rope    rope // rope_parameters, else rope_scaling
}

func readConfig(dir string) (*config, error) {
	path := filepath.Join(dir, "config.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("convert: %w", err)
	}
	c := &config{}
	if err := json.Unmarshal(data, &c.hparams); err != nil {
		return nil, fmt.Errorf("convert: %s: %w", path, err)
	}
	if err := c.check(); err != nil {
		return nil, fmt.Errorf("convert: %s: %w", path, err)
	}
	return c, nil
}

// check validates the hyper-parameters and derives the implicit ones.
func (c *config) check() error {
	if len(c.Architectures) != 1 {
		return fmt.Errorf("architectures is %q, want one class", c.Architectures)
	}
	a, ok := archs[c.Architectures[0]]
	if !ok {
		return fmt.Errorf("architecture %s is not converted (LlamaForCausalLM, MistralForCausalLM and Qwen2ForCausalLM are)", c.Architectures[0])
	}
	c.arch = a
	for _, f := range []struct {
		name string
		v    int
	}{{"vocab_size", c.VocabSize}, {"hidden_size", c.HiddenSize}, {"intermediate_size", c.IntermediateSize},
		{"num_hidden_layers", c.Layers}, {"num_attention_heads", c.Heads}} {
		if f.v <= 0 || f.v > 1<<24 {
			return fmt.Errorf("%s = %d is out of range", f.name, f.v)
		}
	}
	c.kvHeads = c.Heads
	if c.KVHeads != nil {
		c.kvHeads = *c.KVHeads
	}
	if c.kvHeads <= 0 || c.Heads%c.kvHeads != 0 {
		return fmt.Errorf("num_key_value_heads = %d does not divide num_attention_heads = %d", c.kvHeads, c.Heads)
	}
	if c.HeadDim != nil {
		c.headDim = *c.HeadDim
	} else if c.HiddenSize%c.Heads == 0 {
		c.headDim = c.HiddenSize / c.Heads
	}
	if c.headDim <= 0 || c.headDim%2 != 0 || c.headDim > 1<<16 {
		return fmt.Errorf("head dimension %d (hidden_size %d, %d heads) is not a positive even number", c.headDim, c.HiddenSize, c.Heads)
	}
	c.rope = c.RopeParameters
	if c.rope.kind() == "" && c.rope.Theta == nil {
		c.rope = c.RopeScaling
	}
	if c.RopeTheta != nil && c.rope.Theta == nil {
		c.rope.Theta = c.RopeTheta
	}
	switch k := c.rope.kind(); k {
	case "", "default":
	case "linear", "yarn", "llama3":
		if c.rope.Factor == nil || *c.rope.Factor <= 0 {
			return fmt.Errorf("rope scaling %q needs a positive factor", k)
		}
	default:
		return fmt.Errorf("rope scaling %q is not converted (linear, yarn and llama3 are)", k)
	}
	return nil
}

// tokenID reads a bos_token_id or eos_token_id value: an id, or the first
// of a list of ids.
func tokenID(v any) (uint32, bool) {
	if l, ok := v.([]any); ok && len(l) > 0 {
		v = l[0]
	}
	f, ok := v.(float64)
	if !ok || f < 0 || f > 1<<31 || f != float64(int64(f)) {
		return 0, false
	}
	return uint32(f), true
}
