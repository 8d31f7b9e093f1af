package inference

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama/llamatest"
	"github.com/genui/genui/inference/sample"
	"github.com/genui/genui/inference/tokenizer"
)

var (
	modelOnce sync.Once
	modelData []byte
	modelErr  error
)

// testModel is a random-weight Q8_0 model with the 32k-token vocabulary
// of testdata/vocab32k.gguf.
func testModel(t testing.TB) []byte {
	t.Helper()
	modelOnce.Do(func() {
		f, err := gguf.Open(filepath.Join("testdata", "vocab32k.gguf"))
		if err != nil {
			modelErr = err
			return
		}
		defer f.Close()
		modelData, modelErr = llamatest.Bytes(llamatest.Config{
			Vocab: 32000, Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 128, Context: 512,
			Type: gguf.Q8_0, Seed: 1, Extra: llamatest.Tokenizer(f),
		})
	})
	if modelErr != nil {
		t.Fatal(modelErr)
	}
	return modelData
}

func newSession(t testing.TB, o Options) *Session {
	t.Helper()
	e, err := Load(testModel(t), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	s, err := e.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func prompt(t testing.TB, s *Session) []int32 {
	return s.e.Tokenizer.Encode("A small card with a title and two buttons", tokenizer.Options{})
}

// TestAppendBatches checks that a prompt appended at once, in steps of
// any batch size, or token by token, leaves the same logits.
func TestAppendBatches(t *testing.T) {
	ctx := context.Background()
	var want []float32
	for _, batch := range []int{64, 5, 1} {
		s := newSession(t, Options{Batch: batch})
		p := prompt(t, s)
		if batch == 1 {
			for _, id := range p {
				if err := s.Append(ctx, []int32{id}); err != nil {
					t.Fatal(err)
				}
			}
		} else if err := s.Append(ctx, p); err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = slices.Clone(s.Logits())
			continue
		}
		for i, v := range s.Logits() {
			if math.Abs(float64(v-want[i])) > 1e-4*(1+math.Abs(float64(want[i]))) {
				t.Fatalf("batch %d: logit %d is %v, want %v", batch, i, v, want[i])
			}
		}
		if !slices.Equal(s.Tokens(), p) {
			t.Fatalf("tokens %v, want %v", s.Tokens(), p)
		}
	}
}

func generate(t *testing.T, s *Session, o GenerateOptions) (Result, []Token) {
	t.Helper()
	if err := s.Append(context.Background(), prompt(t, s)); err != nil {
		t.Fatal(err)
	}
	var toks []Token
	res, err := s.Generate(context.Background(), o, func(tk Token) error {
		toks = append(toks, tk)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return res, toks
}

func TestGenerateDeterministic(t *testing.T) {
	o := GenerateOptions{Sample: sample.Options{Temperature: 0.9, TopK: 50, Seed: 3}, MaxTokens: 20, IgnoreEOS: true}
	a, toks := generate(t, newSession(t, Options{}), o)
	b, _ := generate(t, newSession(t, Options{Threads: 1}), o)
	if !slices.Equal(a.Tokens, b.Tokens) || a.Reason != ReasonLength || len(a.Tokens) != 20 {
		t.Fatalf("runs differ or stopped early: %v (%s), %v", a.Tokens, a.Reason, b.Tokens)
	}
	var text strings.Builder
	for i, tk := range toks {
		if tk.ID != a.Tokens[i] || tk.Forced {
			t.Fatalf("streamed token %d is %+v, result has %d", i, tk, a.Tokens[i])
		}
		text.WriteString(tk.Text)
	}
	if text.String() != a.Text {
		t.Fatalf("streamed text %q, result text %q", text.String(), a.Text)
	}
}

// maskHook allows only the tokens in allowed, and after each sampled
// token forces the tokens in force.
type maskHook struct {
	allowed map[int32]bool
	force   []int32
	seen    []int32
}

func (h *maskHook) Logits(l []float32) error {
	for i := range l {
		if !h.allowed[int32(i)] {
			l[i] = float32(math.Inf(-1))
		}
	}
	return nil
}

func (h *maskHook) Accept(id int32) ([]int32, bool, error) {
	h.seen = append(h.seen, id)
	return h.force, len(h.seen) == 3, nil
}

func TestHookMaskAndJumpForward(t *testing.T) {
	s := newSession(t, Options{})
	h := &maskHook{allowed: map[int32]bool{100: true, 200: true, 300: true}, force: []int32{7, 8}}
	res, toks := generate(t, s, GenerateOptions{Sample: sample.Options{Temperature: 2, Seed: 1}, Hook: h, MaxTokens: 100})
	if res.Reason != ReasonHook || len(res.Tokens) != 9 {
		t.Fatalf("reason %s, tokens %v", res.Reason, res.Tokens)
	}
	for i, tk := range toks {
		if forced := i%3 != 0; tk.Forced != forced || forced && tk.ID != h.force[i%3-1] || !forced && !h.allowed[tk.ID] {
			t.Fatalf("token %d: %+v", i, tk)
		}
	}
	// the forced tokens of the last step are not appended: the hook ended
	if n := len(s.Tokens()) - len(prompt(t, s)); n != 6 {
		t.Errorf("%d tokens appended after the prompt, want 6", n)
	}
}

func TestStopAndCancel(t *testing.T) {
	s := newSession(t, Options{})
	res, _ := generate(t, s, GenerateOptions{Sample: sample.Options{Temperature: 1, Seed: 5}, MaxTokens: 40, IgnoreEOS: true})
	if len(res.Text) < 4 {
		t.Fatalf("too little text to cut: %q", res.Text)
	}
	stopAt := res.Text[len(res.Text)/2 : len(res.Text)/2+2]
	s2 := newSession(t, Options{})
	res2, _ := generate(t, s2, GenerateOptions{Sample: sample.Options{Temperature: 1, Seed: 5}, MaxTokens: 40, IgnoreEOS: true, Stop: []string{stopAt}})
	if res2.Reason != ReasonStop || res2.Text != res.Text[:strings.Index(res.Text, stopAt)] {
		t.Fatalf("stop %q: %q (%s), full text %q", stopAt, res2.Text, res2.Reason, res.Text)
	}

	s3 := newSession(t, Options{})
	if err := s3.Append(context.Background(), prompt(t, s3)); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := s3.Generate(ctx, GenerateOptions{MaxTokens: 100, IgnoreEOS: true}, func(Token) error {
		if n++; n == 3 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 3 {
		t.Fatalf("after cancel: %v, %d tokens", err, n)
	}
}

func TestLimits(t *testing.T) {
	s := newSession(t, Options{Context: 16})
	if err := s.Append(context.Background(), make([]int32, 17)); !errors.Is(err, ErrContext) {
		t.Fatalf("17 tokens in a context of 16: %v", err)
	}
	if err := s.Append(context.Background(), make([]int32, 12)); err != nil {
		t.Fatal(err)
	}
	res, err := s.Generate(context.Background(), GenerateOptions{MaxTokens: 10, IgnoreEOS: true}, nil)
	if err != nil || res.Reason != ReasonContext || len(s.Tokens()) != 16 {
		t.Fatalf("generation into a full context: %v, %s, %d tokens", err, res.Reason, len(s.Tokens()))
	}
	e, err := Load(testModel(t), Options{MaxMemory: 1 << 10})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if _, err := e.NewSession(); !errors.Is(err, ErrMemory) {
		t.Fatalf("a session over the memory limit: %v", err)
	}
	if _, err := Load([]byte("GGUF nonsense"), Options{}); err == nil {
		t.Error("a broken file loaded")
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing.gguf"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}
