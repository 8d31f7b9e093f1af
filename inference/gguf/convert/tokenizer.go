package convert

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/genui/genui/inference/gguf"
)

// GGUF token types (llama.cpp's llama_token_type).
const (
	tokenNormal      int32 = 1
	tokenControl     int32 = 3
	tokenUserDefined int32 = 4
	tokenUnused      int32 = 5
)

// hfTokenizer is the part of a tokenizer.json that GGUF keeps.
type hfTokenizer struct {
	AddedTokens []struct {
		ID      int    `json:"id"`
		Content string `json:"content"`
		Special bool   `json:"special"`
	} `json:"added_tokens"`
	PreTokenizer  *preTokenizer   `json:"pre_tokenizer"`
	PostProcessor json.RawMessage `json:"post_processor"`
	Model         struct {
		Type   string          `json:"type"`
		Vocab  map[string]int  `json:"vocab"`
		Merges json.RawMessage `json:"merges"`
	} `json:"model"`
}

type preTokenizer struct {
	Type             string                 `json:"type"`
	UseRegex         *bool                  `json:"use_regex"`
	AddPrefixSpace   bool                   `json:"add_prefix_space"`
	Behavior         string                 `json:"behavior"`
	Invert           bool                   `json:"invert"`
	IndividualDigits bool                   `json:"individual_digits"`
	Pattern          struct{ Regex string } `json:"pattern"`
	Pretokenizers    []preTokenizer         `json:"pretokenizers"`
}

// Pre-tokenizer regexes of the tokenizers llama.cpp names (as their
// tokenizer.json files write them).
const (
	llama3Regex = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`
	qwen2Regex  = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`
)

// preName returns llama.cpp's tokenizer.ggml.pre name for a byte-level
// pre-tokenizer. convert_hf_to_gguf.py recognises a tokenizer by hashing
// its output on a test text; without a tokenizer to run, this matches
// the pre-tokenizer's definition instead.
func preName(p *preTokenizer) (string, bool) {
	byteLevel := func(p preTokenizer, regex bool) bool {
		return p.Type == "ByteLevel" && !p.AddPrefixSpace && (p.UseRegex == nil || *p.UseRegex == regex)
	}
	split := func(p preTokenizer, regex string) bool {
		return p.Type == "Split" && p.Behavior == "Isolated" && !p.Invert && p.Pattern.Regex == regex
	}
	switch {
	case p == nil:
		return "", false
	case byteLevel(*p, true):
		return "gpt-2", true
	case p.Type != "Sequence" || len(p.Pretokenizers) != 2:
		return "", false
	}
	first, second := p.Pretokenizers[0], p.Pretokenizers[1]
	switch {
	case first.Type == "Digits" && first.IndividualDigits && byteLevel(second, true):
		return "smollm", true
	case split(first, llama3Regex) && byteLevel(second, false):
		return "llama-bpe", true
	case split(first, qwen2Regex) && byteLevel(second, false):
		return "qwen2", true
	}
	return "", false
}

// Tokenizer maps a Hugging Face byte-level BPE tokenizer (tokenizer.json,
// and tokenizer_config.json when not nil) to the GGUF metadata that
// convert_hf_to_gguf.py writes for it: tokenizer.ggml.model "gpt2", .pre,
// .tokens, .token_type, .merges, the special token ids, add_bos_token /
// add_eos_token and the chat template. vocabSize, when positive, is the
// model's vocabulary size: ids past the tokenizer's are padded with unused
// "[PADn]" tokens, ids beyond it dropped. pre, when not empty, names the
// pre-tokenizer instead of recognising it.
func Tokenizer(tokenizerJSON, tokenizerConfig []byte, vocabSize int, pre string) ([]gguf.KV, error) {
	var t hfTokenizer
	if err := json.Unmarshal(tokenizerJSON, &t); err != nil {
		return nil, fmt.Errorf("convert: tokenizer.json: %w", err)
	}
	if t.Model.Type != "BPE" {
		return nil, fmt.Errorf("convert: tokenizer.json has a %q model; byte-level BPE is converted", t.Model.Type)
	}
	if pre == "" {
		name, ok := preName(t.PreTokenizer)
		if !ok {
			return nil, errors.New("convert: tokenizer.json's pre-tokenizer is not one llama.cpp names (gpt-2, llama-bpe, qwen2, smollm) or not byte-level; name it with the pre option")
		}
		pre = name
	}
	tokens, types, err := t.vocabulary(vocabSize)
	if err != nil {
		return nil, err
	}
	merges, err := t.merges()
	if err != nil {
		return nil, err
	}
	kv := []gguf.KV{
		{Key: "tokenizer.ggml.model", Value: "gpt2"},
		{Key: "tokenizer.ggml.pre", Value: pre},
		{Key: "tokenizer.ggml.tokens", Value: tokens},
		{Key: "tokenizer.ggml.token_type", Value: types},
		{Key: "tokenizer.ggml.merges", Value: merges},
	}
	special, err := t.special(tokenizerConfig, len(tokens))
	if err != nil {
		return nil, err
	}
	return append(kv, special...), nil
}

// vocabulary lists the tokens by id with their types.
func (t *hfTokenizer) vocabulary(vocabSize int) ([]string, []int32, error) {
	n := vocabSize
	if n <= 0 {
		n = 0
		grow := func(id int) {
			if id >= 0 && id < gguf.MaxArrayLen {
				n = max(n, id+1)
			} else if id >= gguf.MaxArrayLen {
				n = gguf.MaxArrayLen + 1 // refused below
			}
		}
		for _, id := range t.Model.Vocab {
			grow(id)
		}
		for _, a := range t.AddedTokens {
			grow(a.ID)
		}
	}
	if n > gguf.MaxArrayLen {
		return nil, nil, fmt.Errorf("convert: a vocabulary of %d tokens is over gguf.MaxArrayLen", n)
	}
	tokens := make([]string, n)
	types := make([]int32, n)
	set := func(id int, s string, typ int32) error {
		switch {
		case id < 0:
			return fmt.Errorf("convert: tokenizer.json: token %q has id %d", s, id)
		case id >= n:
			return nil // past the model's vocabulary, as convert_hf_to_gguf.py drops it
		case types[id] != 0 && tokens[id] != s:
			return fmt.Errorf("convert: tokenizer.json: id %d is both %q and %q", id, tokens[id], s)
		}
		tokens[id], types[id] = s, typ
		return nil
	}
	for s, id := range t.Model.Vocab {
		if err := set(id, s, tokenNormal); err != nil {
			return nil, nil, err
		}
	}
	for _, a := range t.AddedTokens {
		s, typ := a.Content, tokenUserDefined
		if a.Special || looksSpecial(s) {
			typ = tokenControl
		} else {
			s = strings.ReplaceAll(s, "▁", " ")
		}
		if a.ID >= 0 && a.ID < n && types[a.ID] == tokenNormal {
			types[a.ID] = 0 // an added token overrides the model's entry
		}
		if err := set(a.ID, s, typ); err != nil {
			return nil, nil, err
		}
	}
	for i := range tokens {
		if types[i] == 0 {
			tokens[i], types[i] = fmt.Sprintf("[PAD%d]", i), tokenUnused
		}
	}
	return tokens, types, nil
}

// looksSpecial is convert_hf_to_gguf.py's test for added tokens that are
// control tokens though not marked special.
func looksSpecial(s string) bool {
	switch s {
	case "<pad>", "<mask>", "<2mass>", "[@BOS@]":
		return true
	}
	return strings.HasPrefix(s, "<|") && strings.HasSuffix(s, "|>")
}

// merges returns the merge rules as "left right" strings; tokenizer.json
// writes them so, or as pairs.
func (t *hfTokenizer) merges() ([]string, error) {
	if len(t.Model.Merges) == 0 {
		return []string{}, nil
	}
	var flat []string
	if err := json.Unmarshal(t.Model.Merges, &flat); err == nil {
		return flat, nil
	}
	var pairs [][]string
	if err := json.Unmarshal(t.Model.Merges, &pairs); err != nil {
		return nil, fmt.Errorf("convert: tokenizer.json merges are neither strings nor pairs: %w", err)
	}
	out := make([]string, len(pairs))
	for i, p := range pairs {
		if len(p) != 2 || strings.Contains(p[0], " ") || strings.Contains(p[1], " ") {
			return nil, fmt.Errorf("convert: tokenizer.json merge %d (%q) is not a pair of tokens without spaces", i, p)
		}
		out[i] = p[0] + " " + p[1]
	}
	return out, nil
}

// specialKeys maps tokenizer_config.json's special tokens to GGUF keys.
var specialKeys = []struct{ hf, gguf string }{
	{"bos", "tokenizer.ggml.bos_token_id"},
	{"eos", "tokenizer.ggml.eos_token_id"},
	{"unk", "tokenizer.ggml.unknown_token_id"},
	{"sep", "tokenizer.ggml.seperator_token_id"}, // sic, as llama.cpp spells it
	{"pad", "tokenizer.ggml.padding_token_id"},
	{"mask", "tokenizer.ggml.mask_token_id"},
}

// special reads the special token ids, the add_bos/add_eos flags and the
// chat template from tokenizer_config.json, as gguf-py's SpecialVocab
// does: a special token named there is looked up among tokenizer.json's
// added tokens; the flags come from add_bos_token / add_eos_token, or else
// from the post-processor's template.
func (t *hfTokenizer) special(configJSON []byte, n int) ([]gguf.KV, error) {
	cfg := map[string]json.RawMessage{}
	if configJSON != nil {
		if err := json.Unmarshal(configJSON, &cfg); err != nil {
			return nil, fmt.Errorf("convert: tokenizer_config.json: %w", err)
		}
	}
	added := map[string]int{}
	for _, a := range t.AddedTokens {
		added[a.Content] = a.ID
	}
	var kv []gguf.KV
	for _, s := range specialKeys {
		content, ok := tokenContent(cfg[s.hf+"_token"])
		if !ok {
			continue
		}
		if id, ok := added[content]; ok && id >= 0 && id < n {
			kv = append(kv, gguf.KV{Key: s.gguf, Value: uint32(id)})
		}
	}
	tmplBOS, tmplEOS, hasTemplate := t.template(added)
	for _, f := range []struct {
		name     string
		fromTmpl bool
	}{{"bos", tmplBOS}, {"eos", tmplEOS}} {
		var flag bool
		if raw, ok := cfg["add_"+f.name+"_token"]; ok {
			if err := json.Unmarshal(raw, &flag); err != nil {
				return nil, fmt.Errorf("convert: tokenizer_config.json add_%s_token: %w", f.name, err)
			}
		} else if hasTemplate {
			flag = f.fromTmpl
		} else {
			continue
		}
		kv = append(kv, gguf.KV{Key: "tokenizer.ggml.add_" + f.name + "_token", Value: flag})
	}
	if raw, ok := cfg["chat_template"]; ok {
		var tmpl string
		if err := json.Unmarshal(raw, &tmpl); err == nil && tmpl != "" {
			kv = append(kv, gguf.KV{Key: "tokenizer.chat_template", Value: tmpl})
		}
	}
	return kv, nil
}

// tokenContent reads a special token of tokenizer_config.json: a string,
// or an object with a "content" string.
func tokenContent(raw json.RawMessage) (string, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil && s != "" {
		return s, true
	}
	var o struct{ Content string }
	if json.Unmarshal(raw, &o) == nil && o.Content != "" {
		return o.Content, true
	}
	return "", false
}

// template reads a TemplateProcessing post-processor (alone or in a
// Sequence) and reports whether its single-sequence template starts and
// ends with a special token.
func (t *hfTokenizer) template(added map[string]int) (bos, eos, ok bool) {
	type piece struct {
		SpecialToken *struct{ ID string } `json:"SpecialToken"`
	}
	type processor struct {
		Type       string      `json:"type"`
		Single     []piece     `json:"single"`
		Processors []processor `json:"processors"`
	}
	var p processor
	if len(t.PostProcessor) == 0 || json.Unmarshal(t.PostProcessor, &p) != nil {
		return false, false, false
	}
	if p.Type == "Sequence" {
		for _, q := range p.Processors {
			if q.Type == "TemplateProcessing" {
				p = q
				break
			}
		}
	}
	if p.Type != "TemplateProcessing" || len(p.Single) == 0 {
		return false, false, false
	}
	isSpecial := func(pc piece) bool {
		if pc.SpecialToken == nil {
			return false
		}
		_, known := added[pc.SpecialToken.ID]
		return known
	}
	return isSpecial(p.Single[0]), len(p.Single) > 1 && isSpecial(p.Single[len(p.Single)-1]), true
}

// readTokenizer converts dir's tokenizer.json, if there is one, adding the
// bos/eos ids of config.json where tokenizer_config.json names none.
func readTokenizer(dir string, c *config, pre string) ([]gguf.KV, error) {
	tj, err := os.ReadFile(filepath.Join(dir, "tokenizer.json"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("convert: %w", err)
	}
	tc, err := os.ReadFile(filepath.Join(dir, "tokenizer_config.json"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("convert: %w", err)
	}
	kv, err := Tokenizer(tj, tc, c.VocabSize, pre)
	if err != nil {
		return nil, err
	}
	have := map[string]bool{}
	for _, p := range kv {
		have[p.Key] = true
	}
	for _, s := range []struct {
		key string
		v   any
	}{{"tokenizer.ggml.bos_token_id", c.BOS}, {"tokenizer.ggml.eos_token_id", c.EOS}} {
		if id, ok := tokenID(s.v); ok && !have[s.key] && int(id) < c.VocabSize {
			kv = append(kv, gguf.KV{Key: s.key, Value: id})
		}
	}
	return kv, nil
}
