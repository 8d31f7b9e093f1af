package main

import (
	"context"
	"fmt"
	"os"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/pipeline"
	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/sample"
)

func init() {
	register(&command{
		name:  "generate",
		usage: `[--model M] [--seed N] [--temperature T] [--max-tokens N] [--stream] [--schema FILE] "PROMPT"`,
		short: "write a UI spec for a description (or a document of any JSON Schema), always valid",
		run:   runGenerate,
	})
}

func runGenerate(e *env, args []string) error {
	fs := newFlags(e, "generate")
	model := fs.String("model", "", modelFlagUsage)
	seed := fs.Uint64("seed", 0, "seed of the sampler's random numbers")
	temp := fs.Float64("temperature", 0.6, "sampling temperature (0: greedy)")
	maxTokens := fs.Int("max-tokens", 1024, "the most tokens to write; the output is complete and valid whenever it stops")
	stream := fs.Bool("stream", false, "print one JSON line per step: the output so far, closed into a valid document")
	schema := fs.String("schema", "", "constrain the output to this JSON Schema `file` instead of the spec's")
	ctxLen := fs.Int("ctx", 0, "context length in tokens (0: the model's, at most 4096)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) != 1:
		return fmt.Errorf("%w: want one description", errUsage)
	case *maxTokens <= 0:
		return fmt.Errorf("%w: --max-tokens must be positive", errUsage)
	}
	var schemaDoc []byte
	if *schema != "" {
		if schemaDoc, err = os.ReadFile(*schema); err != nil {
			return err
		}
	}
	eng, err := openModel(*model, inference.Options{Context: *ctxLen})
	if err != nil {
		return err
	}
	defer eng.Close()
	o := pipeline.Options{
		Sample:    sample.Options{Temperature: float32(*temp), TopK: 40, TopP: 0.95, Seed: *seed},
		MaxTokens: *maxTokens,
	}
	var onUpdate func(pipeline.Update) error
	if *stream {
		onUpdate = func(u pipeline.Update) error {
			_, err := fmt.Fprintf(e.stdout, "%s\n", u.Closed)
			return err
		}
	}
	ctx := context.Background()
	var out []byte
	if schemaDoc != nil {
		out, err = pipeline.GenerateJSON(ctx, eng, schemaDoc, pos[0], o, onUpdate)
	} else {
		var spec *genui.Spec
		if spec, err = pipeline.Generate(ctx, eng, pos[0], o, onUpdate); err == nil {
			out, err = genui.Marshal(spec)
		}
	}
	if err != nil {
		return err
	}
	if !*stream {
		_, err = fmt.Fprintf(e.stdout, "%s\n", out)
	}
	return err
}
