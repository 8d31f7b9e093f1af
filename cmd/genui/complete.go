package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/sample"
	"github.com/genui/genui/inference/tokenizer"
)

func init() {
	register(&command{
		name:  "complete",
		usage: `--model MODEL.gguf [--seed N] [--temperature T] [-n N] [--ids] "text"`,
		short: "continue a text with a GGUF model (raw completion, streamed)",
		run:   runComplete,
	})
}

func runComplete(e *env, args []string) error {
	fs := newFlags(e, "complete")
	model := fs.String("model", "", "the GGUF model file")
	seed := fs.Uint64("seed", 0, "seed of the sampler's random numbers")
	temp := fs.Float64("temperature", 0.8, "sampling temperature (0: greedy)")
	n := fs.Int("n", 128, "the most tokens to generate")
	ids := fs.Bool("ids", false, "print the generated token ids instead of the text")
	topK := fs.Int("top-k", 40, "keep the K most likely tokens (0: all)")
	topP := fs.Float64("top-p", 0.95, "keep the most likely tokens up to this probability mass")
	minP := fs.Float64("min-p", 0.05, "keep tokens at least this fraction of the top probability")
	penalty := fs.Float64("repeat-penalty", 1, "penalty for tokens among the last 64 (1: off)")
	ctxLen := fs.Int("ctx", 0, "context length in tokens (0: the model's, at most 4096)")
	var stops []string
	fs.Func("stop", "stop before this text (repeatable)", func(s string) error { stops = append(stops, s); return nil })
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case *model == "":
		return fmt.Errorf("%w: --model is required", errUsage)
	case len(pos) != 1:
		return fmt.Errorf("%w: want one text to complete", errUsage)
	case *n <= 0:
		return fmt.Errorf("%w: -n must be positive", errUsage)
	}
	eng, err := inference.Open(*model, inference.Options{Context: *ctxLen})
	if err != nil {
		return err
	}
	defer eng.Close()
	s, err := eng.NewSession()
	if err != nil {
		return err
	}
	ctx := context.Background()
	prompt := eng.Tokenizer.Encode(pos[0], tokenizer.Options{AddSpecial: true})
	if err := s.Append(ctx, prompt); err != nil {
		return err
	}
	opt := inference.GenerateOptions{
		Sample: sample.Options{
			Temperature: float32(*temp), TopK: *topK, TopP: float32(*topP), MinP: float32(*minP),
			RepeatPenalty: float32(*penalty), Seed: *seed,
		},
		MaxTokens: *n,
		Stop:      stops,
	}
	var out []string
	streamed := 0
	res, err := s.Generate(ctx, opt, func(t inference.Token) error {
		if *ids {
			out = append(out, strconv.Itoa(int(t.ID)))
			return nil
		}
		streamed += len(t.Text)
		_, err := fmt.Fprint(e.stdout, t.Text)
		return err
	})
	if *ids {
		fmt.Fprintln(e.stdout, strings.Join(out, " "))
	} else if streamed <= len(res.Text) {
		// text held back until the end: a partial stop sequence, an
		// incomplete UTF-8 sequence
		fmt.Fprintln(e.stdout, res.Text[streamed:])
	}
	return err
}
