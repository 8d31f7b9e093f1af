package pipeline

import (
	"context"
	"flag"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/constrain"
	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/grammar/grammartest"
	"github.com/genui/genui/inference/llama/llamatest"
	"github.com/genui/genui/inference/sample"
	"github.com/genui/genui/inference/tokenizer"
)

var (
	genEngineOnce sync.Once
	genEngines    = map[int]*inference.Engine{}
	genEngineErr  error
)

// randomEngine returns a random-weight model with the 32k-token byte-level
// BPE of inference/testdata/vocab32k.gguf, or its first 2048 tokens.
func randomEngine(t testing.TB, n int) *inference.Engine {
	t.Helper()
	genEngineOnce.Do(func() {
		for _, size := range []int{32000, 2048} {
			path := filepath.Join("..", "..", "inference", "testdata", "vocab32k.gguf")
			if genEngines[size], genEngineErr = grammartest.Engine(path, size, 2); genEngineErr != nil {
				return
			}
		}
	})
	if genEngineErr != nil {
		t.Fatal(genEngineErr)
	}
	return genEngines[n]
}

var propertyRuns = flag.Int("generate.runs", 200, "generations of TestGenerateValidates with the 2048-token vocabulary (a tenth more with 32000 tokens)")

// TestGenerateValidates is the property test of the pipeline: random
// models, random seeds, hot sampling (temperature 2) and random budgets;
// every spec, and every closed partial spec along the way, passes
// Validate. -generate.runs 2000 runs thousands.
func TestGenerateValidates(t *testing.T) {
	runs := *propertyRuns
	if testing.Short() {
		runs = 40
	}
	ctx := context.Background()
	for _, c := range []struct{ vocab, runs int }{{2048, runs}, {32000, runs / 10}} {
		e := randomEngine(t, c.vocab)
		d, err := specDecoder(e)
		if err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(5, uint64(c.vocab)))
		for i := 0; i < c.runs; i++ {
			o := Options{MaxTokens: 40 + r.IntN(600), NoJumpForward: i%7 == 6,
				Sample: sample.Options{Temperature: 2, Seed: r.Uint64()}}
			step := 0
			text, err := generate(ctx, e, d, "a dashboard with charts", o, func(u Update) error {
				if step++; step%16 == 0 {
					if errs := genui.Validate(u.Closed); errs.Err() != nil {
						t.Fatalf("run %d, step %d: closed partial spec %s: %v", i, step, u.Closed, errs)
					}
				}
				return nil
			})
			if err != nil {
				t.Fatalf("run %d: %v", i, err)
			}
			if errs := genui.Validate(text); errs.Err() != nil {
				t.Fatalf("run %d: %s: %v", i, text, errs)
			}
		}
	}
}

func TestGenerate(t *testing.T) {
	e := randomEngine(t, 2048)
	var updates int
	spec, err := Generate(context.Background(), e, "a login form", Options{MaxTokens: 200, Sample: sample.Options{Temperature: 1, Seed: 7}},
		func(u Update) error { updates++; return nil })
	if err != nil {
		t.Fatal(err)
	}
	if spec.Version != genui.Version || spec.Root == nil || updates == 0 { // the grammar writes version 1
		t.Fatalf("spec %+v after %d updates", spec, updates)
	}
}

// BenchmarkJumpForward replays the example specs (the login form and the
// catalog) through the decoder with a random-weight model of the
// ~15M-parameter shape (llamatest.Small, Q8_0) and the 8k-token
// vocabulary, as a generation that chose the specs' tokens: with
// jump-forward (forced tokens appended in one batch with the sampled one)
// and without (every token sampled and run alone). ns/op compares the two;
// beside it, per op: the tokens sampled and forced, the model steps, and
// the share of the time the token masks take.
func BenchmarkJumpForward(b *testing.B) {
	shape := llamatest.Small
	shape.Vocab, shape.Type, shape.Seed = 8000, gguf.Q8_0, 1
	data, err := grammartest.Model(filepath.Join("..", "..", "inference", "testdata", "vocab32k.gguf"), shape)
	if err != nil {
		b.Fatal(err)
	}
	e, err := inference.Load(data, inference.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	d, err := specDecoder(e)
	if err != nil {
		b.Fatal(err)
	}
	texts := specTexts(b)
	specs := [][]byte{texts["login.json"], texts["catalog.json"]}
	ctx := context.Background()
	prompt := e.Tokenizer.Encode(genui.DescribePrompt("a sign-in form"), tokenizer.Options{ParseSpecial: true})
	// The masks alone, on a warm cache, along the same tokens.
	g, _ := SpecGrammar()
	k := d.Masker()
	mask := make([]uint64, k.Vocab().Words())
	masks := func() time.Duration {
		t0 := time.Now()
		for _, spec := range specs {
			m := g.NewMatcher()
			for _, id := range e.Tokenizer.Encode(string(spec), tokenizer.Options{}) {
				k.Fill(m, mask, -1)
				m.Advance(e.Tokenizer.TokenBytes(id))
			}
		}
		return time.Since(t0)
	}
	masks()
	for _, jump := range []bool{true, false} {
		name := "on"
		if !jump {
			name = "off"
		}
		b.Run(name, func(b *testing.B) {
			var sampled, forced, steps int
			var replay time.Duration
			for b.Loop() {
				for _, spec := range specs {
					s, err := e.NewSession()
					if err != nil {
						b.Fatal(err)
					}
					if err := s.Append(ctx, prompt); err != nil {
						b.Fatal(err)
					}
					t0 := time.Now()
					res, err := d.Replay(ctx, s, spec, constrain.Options{NoJumpForward: !jump})
					replay += time.Since(t0)
					if err != nil {
						b.Fatal(err)
					}
					sampled, forced, steps = sampled+res.Sampled, forced+res.Forced, steps+res.Steps
				}
			}
			n := float64(b.N)
			b.ReportMetric(float64(sampled)/n, "sampled/op")
			b.ReportMetric(float64(forced)/n, "forced/op")
			b.ReportMetric(float64(steps)/n, "steps/op")
			b.ReportMetric(100*float64(masks())/(float64(replay)/n), "mask-%")
		})
	}
}
