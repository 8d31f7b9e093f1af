package main

import (
	"context"
	"fmt"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/pipeline"
	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/sample"
)

func init() {
	register(&command{
		name:  "refine",
		usage: `[--model M] [--seed N] [--temperature T] [--max-tokens N] [--patch] SPEC.json "INSTRUCTION"`,
		short: "change a spec as the instruction asks, through a JSON Patch the model writes (- reads stdin)",
		run:   runRefine,
	})
}

// runRefine prints the refined spec, or with --patch the patch. A patch
// that does not make a valid spec is an error naming why; with --patch it
// is printed all the same.
func runRefine(e *env, args []string) error {
	fs := newFlags(e, "refine")
	model := fs.String("model", "", modelFlagUsage)
	seed := fs.Uint64("seed", 0, "seed of the sampler's random numbers")
	temp := fs.Float64("temperature", 0, "sampling temperature (0: greedy)")
	maxTokens := fs.Int("max-tokens", 1024, "the most tokens of the patch")
	patchOnly := fs.Bool("patch", false, "print the JSON Patch instead of the new spec")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) != 2:
		return fmt.Errorf("%w: want a spec file (or -) and an instruction", errUsage)
	case *maxTokens <= 0:
		return fmt.Errorf("%w: --max-tokens must be positive", errUsage)
	}
	data, err := readSpec(e, pos[0])
	if err != nil {
		return err
	}
	spec, err := genui.Parse(data)
	if err != nil {
		return err
	}
	eng, err := openModel(*model, inference.Options{})
	if err != nil {
		return err
	}
	defer eng.Close()
	o := pipeline.Options{Sample: sample.Options{Temperature: float32(*temp), TopK: 40, TopP: 0.95, Seed: *seed}, MaxTokens: *maxTokens}
	refined, ops, err := pipeline.Refine(context.Background(), eng, spec, pos[1], o, nil)
	if *patchOnly && ops != nil {
		patch, merr := genui.MarshalPatch(ops)
		if merr != nil {
			return merr
		}
		if _, werr := fmt.Fprintf(e.stdout, "%s\n", patch); werr != nil {
			return werr
		}
		return err
	}
	if err != nil {
		return err
	}
	out, err := genui.Marshal(refined)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(e.stdout, "%s\n", out)
	return err
}
