// Package measure times this engine the way the side-by-side harness
// (e2e/bench) compares it with llama.cpp: natively and, compiled to
// wasm, in the browser's worker, through the same inference.Engine and
// pipeline.Generate that the product runs.
package measure

import (
	"context"
	"time"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/pipeline"
	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/sample"
	"github.com/genui/genui/inference/tokenizer"
)

// Result is one timed run. Decode runs fill the token counts and rates;
// spec runs also fill Seconds (description to finished spec), the spec
// and whether it validates.
type Result struct {
	PromptTokens int     `json:"promptTokens"`
	Generated    int     `json:"generated"`
	PrefillTPS   float64 `json:"prefillTPS"`
	DecodeTPS    float64 `json:"decodeTPS"`
	Seconds      float64 `json:"seconds,omitempty"`
	Spec         string  `json:"spec,omitempty"`
	Valid        bool    `json:"valid,omitempty"`
}

// Decode feeds prompt (tokenized with the model's special tokens) as one
// batched prefill, then generates n tokens greedily past any end token,
// and returns the rates: prompt tokens per second of the prefill, and n
// per second of the generation (each token sampled, then run through the
// model), as llama.cpp reports prompt and predicted tokens per second.
func Decode(ctx context.Context, e *inference.Engine, prompt string, n int) (Result, error) {
	s, err := e.NewSession()
	if err != nil {
		return Result{}, err
	}
	ids := e.Tokenizer.Encode(prompt, tokenizer.Options{AddSpecial: true})
	t0 := time.Now()
	if err := s.Append(ctx, ids); err != nil {
		return Result{}, err
	}
	t1 := time.Now()
	res, err := s.Generate(ctx, inference.GenerateOptions{Sample: sample.Options{Temperature: 0}, MaxTokens: n, IgnoreEOS: true}, nil)
	if err != nil {
		return Result{}, err
	}
	t2 := time.Now()
	return Result{
		PromptTokens: len(ids),
		Generated:    len(res.Tokens),
		PrefillTPS:   float64(len(ids)) / t1.Sub(t0).Seconds(),
		DecodeTPS:    float64(len(res.Tokens)) / t2.Sub(t1).Seconds(),
	}, nil
}

// Spec has the engine write a spec for description with the pipeline
// (the spec grammar, jump-forward, greedy) and returns the time from the
// description to the finished spec, the spec and whether it validates.
func Spec(ctx context.Context, e *inference.Engine, description string, maxTokens int) (Result, error) {
	var text []byte
	var last pipeline.Update
	t0 := time.Now()
	spec, err := pipeline.Generate(ctx, e, description, pipeline.Options{Sample: sample.Options{Temperature: 0}, MaxTokens: maxTokens}, func(u pipeline.Update) error {
		text, last = append(text[:0], u.Text...), u
		return nil
	})
	secs := time.Since(t0).Seconds()
	if err != nil {
		return Result{}, err
	}
	n := last.Sampled + last.Forced
	return Result{
		Generated: n,
		DecodeTPS: float64(n) / secs,
		Seconds:   secs,
		Spec:      string(text),
		Valid:     spec != nil && len(genui.Validate(text)) == 0,
	}, nil
}
