package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/genui/genui/eval"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/pipeline"
	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/sample"
)

func init() {
	register(&command{
		name:  "eval",
		usage: "[--model M] [--lang en|zh] [--limit N] [--failures] [--out DIR]",
		short: "score the model on the hand-written evaluation set",
		run:   runEval,
	})
}

func runEval(e *env, args []string) error {
	fs := newFlags(e, "eval")
	model := fs.String("model", "", modelFlagUsage)
	lang := fs.String("lang", "", "only cases in this language (en or zh)")
	limit := fs.Int("limit", 0, "only the first N cases (0: all)")
	failures := fs.Bool("failures", false, "list every expectation not met")
	out := fs.String("out", "", "write each generated spec to DIR/<case id>.json")
	temp := fs.Float64("temperature", 0, "sampling temperature (0: greedy)")
	seed := fs.Uint64("seed", 1, "random seed")
	maxTokens := fs.Int("max-tokens", 1024, "the most tokens for one spec")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return fmt.Errorf("%w: eval takes no arguments", errUsage)
	}
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
	}
	cases, err := eval.Describe()
	if err != nil {
		return err
	}
	var picked []eval.Case
	for _, c := range cases {
		if (*lang == "" || c.Lang == *lang) && (*limit <= 0 || len(picked) < *limit) {
			picked = append(picked, c)
		}
	}
	eng, err := openModel(*model, inference.Options{})
	if err != nil {
		return err
	}
	defer eng.Close()
	r := evalRun{eng: eng, out: *out, log: e.stderr, o: pipeline.Options{
		Sample:    sample.Options{Temperature: float32(*temp), Seed: *seed},
		MaxTokens: *maxTokens,
	}}
	outcomes := make([]eval.Outcome, 0, len(picked))
	for i, c := range picked {
		o := r.describe(context.Background(), c)
		outcomes = append(outcomes, o)
		fmt.Fprintf(e.stderr, "[%d/%d] %-28s %s\n", i+1, len(picked), c.ID, verdict(o))
	}
	if err := eval.WriteReport(e.stdout, "describe", eval.Summarize(outcomes)); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nspeed: %d tokens (%d sampled, %d jump-forward) in %.1fs: %.1f tokens/s, %.1f sampled/s\n",
		r.sampled+r.forced, r.sampled, r.forced, r.elapsed.Seconds(),
		float64(r.sampled+r.forced)/r.elapsed.Seconds(), float64(r.sampled)/r.elapsed.Seconds())
	if *failures {
		fmt.Fprintln(e.stdout)
		return eval.WriteFailures(e.stdout, outcomes)
	}
	return nil
}

// evalRun generates and grades cases with one engine, adding up the tokens
// and time spent.
type evalRun struct {
	eng             *inference.Engine
	o               pipeline.Options
	out             string
	log             io.Writer
	sampled, forced int
	elapsed         time.Duration
}

func (r *evalRun) describe(ctx context.Context, c eval.Case) eval.Outcome {
	var last pipeline.Update
	start := time.Now()
	spec, err := pipeline.Generate(ctx, r.eng, c.Prompt, r.o, func(u pipeline.Update) error {
		last.Sampled, last.Forced = u.Sampled, u.Forced
		return nil
	})
	r.elapsed += time.Since(start)
	r.sampled += last.Sampled
	r.forced += last.Forced
	if err == nil && r.out != "" {
		if data, merr := genui.Marshal(spec); merr == nil {
			err = os.WriteFile(filepath.Join(r.out, c.ID+".json"), append(data, '\n'), 0o644)
		}
	}
	return c.Grade(spec, err)
}

// verdict is one case's result in a few characters: how many of its
// expectations were met, or why there is no spec.
func verdict(o eval.Outcome) string {
	if !o.Valid() {
		return fmt.Sprintf("invalid: %v", o.Err)
	}
	return fmt.Sprintf("%d/%d", o.Result.Met(), len(o.Result.Checks))
}
