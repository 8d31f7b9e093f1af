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
		usage: "[--model M] [--set describe|refine|all] [--lang en|zh] [--limit N] [--failures] [--out DIR]",
		short: "score the model on the hand-written evaluation set",
		run:   runEval,
	})
}

func runEval(e *env, args []string) error {
	fs := newFlags(e, "eval")
	model := fs.String("model", "", modelFlagUsage)
	set := fs.String("set", "all", "which cases: describe, refine or all")
	lang := fs.String("lang", "", "only cases in this language (en or zh)")
	limit := fs.Int("limit", 0, "only the first N cases of each set (0: all)")
	failures := fs.Bool("failures", false, "list every expectation not met")
	out := fs.String("out", "", "write each generated spec to DIR/<case id>.json (refinements: DIR/refine-<case id>.json, with the patch beside)")
	temp := fs.Float64("temperature", 0, "sampling temperature (0: greedy)")
	seed := fs.Uint64("seed", 1, "random seed")
	maxTokens := fs.Int("max-tokens", 1024, "the most tokens for one spec or patch")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) != 0:
		return fmt.Errorf("%w: eval takes no arguments", errUsage)
	case *set != "describe" && *set != "refine" && *set != "all":
		return fmt.Errorf("%w: --set is describe, refine or all", errUsage)
	}
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
	}
	pick := func(m eval.Meta, n int) bool { return (*lang == "" || m.Lang == *lang) && (*limit <= 0 || n < *limit) }
	var describe []eval.Case
	var refine []eval.Refinement
	if *set != "refine" {
		cases, err := eval.Describe()
		if err != nil {
			return err
		}
		for _, c := range cases {
			if pick(c.Meta, len(describe)) {
				describe = append(describe, c)
			}
		}
	}
	if *set != "describe" {
		cases, err := eval.Refine()
		if err != nil {
			return err
		}
		for _, c := range cases {
			if pick(c.Meta, len(refine)) {
				refine = append(refine, c)
			}
		}
	}
	eng, err := openModel(*model, inference.Options{})
	if err != nil {
		return err
	}
	defer eng.Close()
	o := pipeline.Options{Sample: sample.Options{Temperature: float32(*temp), Seed: *seed}, MaxTokens: *maxTokens}
	ctx := context.Background()
	for i, name := range []string{"describe", "refine"} {
		r := evalRun{eng: eng, out: *out, o: o}
		var outcomes []eval.Outcome
		switch name {
		case "describe":
			for j, c := range describe {
				outcomes = append(outcomes, r.describe(ctx, c))
				fmt.Fprintf(e.stderr, "[%d/%d] %-28s %s\n", j+1, len(describe), c.ID, verdict(outcomes[j]))
			}
		case "refine":
			for j, c := range refine {
				outcomes = append(outcomes, r.refine(ctx, c))
				fmt.Fprintf(e.stderr, "[%d/%d] %-28s %s\n", j+1, len(refine), c.ID, verdict(outcomes[j]))
			}
		}
		if len(outcomes) == 0 {
			continue
		}
		if i > 0 && len(describe) > 0 {
			fmt.Fprintln(e.stdout)
		}
		if err := r.report(e.stdout, name, outcomes, *failures); err != nil {
			return err
		}
	}
	return nil
}

// evalRun generates and grades cases with one engine, adding up the tokens
// and time spent.
type evalRun struct {
	eng             *inference.Engine
	o               pipeline.Options
	out             string
	sampled, forced int
	elapsed         time.Duration
}

// count returns an update function that adds a generation's tokens to
// the run's, and the time the generation started.
func (r *evalRun) count() (func(pipeline.Update) error, func()) {
	var last pipeline.Update
	start := time.Now()
	return func(u pipeline.Update) error {
			last.Sampled, last.Forced = u.Sampled, u.Forced
			return nil
		}, func() {
			r.elapsed += time.Since(start)
			r.sampled += last.Sampled
			r.forced += last.Forced
		}
}

func (r *evalRun) describe(ctx context.Context, c eval.Case) eval.Outcome {
	up, done := r.count()
	spec, err := pipeline.Generate(ctx, r.eng, c.Prompt, r.o, up)
	done()
	if err == nil {
		err = r.write(c.ID+".json", spec, nil)
	}
	return c.Grade(spec, err)
}

// refine applies the model's patch to the case's spec; the case's own
// answer patch is never shown to the model.
func (r *evalRun) refine(ctx context.Context, c eval.Refinement) eval.Outcome {
	spec, err := genui.Parse(c.Spec)
	if err != nil {
		return c.Grade(nil, err)
	}
	up, done := r.count()
	refined, ops, err := pipeline.Refine(ctx, r.eng, spec, c.Instruction, r.o, up)
	done()
	if werr := r.write("refine-"+c.ID+".json", refined, ops); err == nil {
		err = werr
	}
	return c.Grade(refined, err)
}

// write saves a spec (and a patch, where there is one) under the output
// folder, if there is one.
func (r *evalRun) write(name string, spec *genui.Spec, ops []genui.PatchOp) error {
	if r.out == "" {
		return nil
	}
	if spec != nil {
		data, err := genui.Marshal(spec)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(r.out, name), append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	if ops != nil {
		patch, err := genui.MarshalPatch(ops)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(r.out, name[:len(name)-len(".json")]+".patch.json"), append(patch, '\n'), 0o644)
	}
	return nil
}

// report writes the report of one set, its speed, and its failures.
func (r *evalRun) report(w io.Writer, name string, outcomes []eval.Outcome, failures bool) error {
	if err := eval.WriteReport(w, name, eval.Summarize(outcomes)); err != nil {
		return err
	}
	secs := r.elapsed.Seconds()
	fmt.Fprintf(w, "speed: %d tokens (%d sampled, %d jump-forward) in %.1fs: %.1f tokens/s, %.1f sampled/s\n",
		r.sampled+r.forced, r.sampled, r.forced, secs, float64(r.sampled+r.forced)/secs, float64(r.sampled)/secs)
	if failures {
		fmt.Fprintln(w)
		return eval.WriteFailures(w, outcomes)
	}
	return nil
}

// verdict is one case's result in a few characters: how many of its
// expectations were met, or why there is no spec.
func verdict(o eval.Outcome) string {
	if !o.Valid() {
		return fmt.Sprintf("invalid: %v", o.Err)
	}
	return fmt.Sprintf("%d/%d", o.Result.Met(), len(o.Result.Checks))
}
