package constrain

import (
	"bytes"
	"context"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/grammar"
	"github.com/genui/genui/inference/grammar/grammartest"
	"github.com/genui/genui/inference/sample"
	"github.com/genui/genui/inference/tokenizer"
)

var (
	engineOnce sync.Once
	engines    = map[int]*inference.Engine{}
	engineErr  error
)

// testEngine returns a random-weight model with the 32k-token vocabulary
// of inference/testdata/vocab32k.gguf or its first 2048 tokens.
func testEngine(t testing.TB, n int) *inference.Engine {
	t.Helper()
	engineOnce.Do(func() {
		for _, size := range []int{32000, 2048} {
			if engines[size], engineErr = grammartest.Engine(filepath.Join("..", "testdata", "vocab32k.gguf"), size, 1); engineErr != nil {
				return
			}
		}
	})
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engines[n]
}

// testDecoder compiles a schema of package grammar's test data.
func testDecoder(t testing.TB, vocab int, name string, opt *grammar.Options) (*Decoder, *grammartest.Validator) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "grammar", "testdata", "schemas", name))
	if err != nil {
		t.Fatal(err)
	}
	g, err := grammar.Compile(data, opt)
	if err != nil {
		t.Fatal(err)
	}
	v, err := grammartest.New(data)
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(testEngine(t, vocab), g)
	if err != nil {
		t.Fatal(err)
	}
	return d, v
}

func session(t testing.TB, e *inference.Engine, prompt string) *inference.Session {
	t.Helper()
	s, err := e.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Append(context.Background(), e.Tokenizer.Encode(prompt, tokenizer.Options{})); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestGenerateOnce(t *testing.T) {
	d, v := testDecoder(t, 32000, "tree.json", &grammar.Options{Count: &grammar.CountLimit{Def: "node", MaxCount: 40, MaxDepth: 6}})
	for seed := uint64(0); seed < 5; seed++ {
		s := session(t, d.e, "A tree:")
		updates := 0
		res, err := d.Generate(context.Background(), s, Options{MaxTokens: 120, Sample: sample.Options{Temperature: 2, Seed: seed}}, func(u Update) error {
			updates++
			if err := v.Check(append(bytes.Clone(u.Text), u.Closure...)); err != nil {
				t.Fatalf("update %d: %s + %s: %v", updates, u.Text, u.Closure, err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Check(res.Text); err != nil {
			t.Fatalf("%s: %v", res.Text, err)
		}
		t.Logf("sampled %d forced %d steps %d tokens %d: %s", res.Sampled, res.Forced, res.Steps, len(res.Tokens), res.Text)
	}
}

var propertyRuns = flag.Int("constrain.runs", 200, "generations of TestRandomModelsValid per schema with the 2048-token vocabulary (a tenth as many with 32000 tokens)")

// TestRandomModelsValid is the property test: many generations with hot
// sampling from a random model, random seeds and budgets, with and
// without jump-forward: every document is valid (checked by an
// independent validator), within budget, and spelled by its tokens.
// -constrain.runs 2000 runs thousands.
func TestRandomModelsValid(t *testing.T) {
	n := *propertyRuns
	if testing.Short() {
		n = 60
	}
	for _, c := range []struct {
		vocab  int
		schema string
		opt    *grammar.Options
		runs   int
	}{
		{2048, "tree.json", &grammar.Options{Count: &grammar.CountLimit{Def: "node", MaxCount: 12, MaxDepth: 4}}, n},
		{2048, "order.json", nil, n},
		{32000, "tree.json", &grammar.Options{Count: &grammar.CountLimit{Def: "node", MaxCount: 12, MaxDepth: 4}}, n / 10},
		{32000, "order.json", nil, n / 10},
	} {
		d, v := testDecoder(t, c.vocab, c.schema, c.opt)
		r := rand.New(rand.NewPCG(9, uint64(len(c.schema))))
		short := d.g.NewMatcher().CloseLen()
		for i := 0; i < c.runs; i++ {
			o := Options{MaxTokens: short + r.IntN(250), NoJumpForward: i%5 == 4,
				Sample: sample.Options{Temperature: 2, Seed: r.Uint64()}}
			s := session(t, d.e, "Write one:")
			res, err := d.Generate(context.Background(), s, o, nil)
			if err != nil {
				t.Fatalf("%s run %d: %v", c.schema, i, err)
			}
			if err := v.Check(res.Text); err != nil {
				t.Fatalf("%s run %d: %s: %v", c.schema, i, res.Text, err)
			}
			var spelled []byte
			for _, id := range res.Tokens {
				spelled = append(spelled, d.tokens[id]...)
			}
			if !bytes.Equal(spelled, res.Text) || len(res.Tokens) > o.MaxTokens {
				t.Fatalf("%s run %d: %d tokens (max %d) spell %q, text %q", c.schema, i, len(res.Tokens), o.MaxTokens, spelled, res.Text)
			}
		}
	}
}

// TestReplay replays generated documents with and without jump-forward:
// the text is the same, and with it some tokens are forced and fewer
// model steps run.
func TestReplay(t *testing.T) {
	d, _ := testDecoder(t, 2048, "order.json", nil)
	ctx := context.Background()
	for seed := uint64(0); seed < 4; seed++ {
		res, err := d.Generate(ctx, session(t, d.e, "An order:"), Options{MaxTokens: 200, Sample: sample.Options{Temperature: 1, Seed: seed}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		on, err := d.Replay(ctx, session(t, d.e, "An order:"), res.Text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		off, err := d.Replay(ctx, session(t, d.e, "An order:"), res.Text, Options{NoJumpForward: true})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(on.Text, res.Text) || !bytes.Equal(off.Text, res.Text) || on.Forced == 0 || off.Forced != 0 || on.Steps >= off.Steps {
			t.Fatalf("replays of %s: with jump-forward %d sampled, %d forced, %d steps; without %d, %d, %d",
				res.Text, on.Sampled, on.Forced, on.Steps, off.Sampled, off.Forced, off.Steps)
		}
	}
	if _, err := d.Replay(ctx, session(t, d.e, "x"), []byte(`{"id":"x"}`), Options{}); err == nil {
		t.Fatal("replay of a document outside the grammar succeeded")
	}
}

// TestConcurrentGenerations runs generations of one decoder (one mask
// cache) at once; run with -race.
func TestConcurrentGenerations(t *testing.T) {
	d, v := testDecoder(t, 2048, "tree.json", &grammar.Options{Count: &grammar.CountLimit{Def: "node", MaxCount: 12, MaxDepth: 4}})
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		wg.Go(func() {
			s, err := d.e.NewSession()
			if err == nil {
				err = s.Append(context.Background(), d.e.Tokenizer.Encode("go", tokenizer.Options{}))
			}
			for i := 0; err == nil && i < 5; i++ {
				var res Result
				if res, err = d.Generate(context.Background(), s, Options{MaxTokens: 80, Sample: sample.Options{Temperature: 2, Seed: uint64(10*w + i)}}, nil); err == nil {
					err = v.Check(res.Text)
				}
				s.Reset()
				if err == nil {
					err = s.Append(context.Background(), d.e.Tokenizer.Encode("go", tokenizer.Options{}))
				}
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}
