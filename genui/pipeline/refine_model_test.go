package pipeline

import (
	"context"
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/constrain"
	"github.com/genui/genui/inference/sample"
	"github.com/genui/genui/inference/tokenizer"
)

var refineRuns = flag.Int("refine.runs", 60, "refinements of TestRefineNeverInvalid")

// TestRefineNeverInvalid is the property test of Refine: random models,
// random seeds, hot sampling and random budgets, on the example specs.
// Every refinement returns a valid spec with the patch that made it, or
// an error wrapping ErrPatch with the patch, or a budget too small for
// any patch; never an invalid spec.
func TestRefineNeverInvalid(t *testing.T) {
	runs := *refineRuns
	if testing.Short() {
		runs = 12
	}
	e := randomEngine(t, 2048)
	var specs []*genui.Spec
	for _, name := range []string{"login.json", "catalog.json"} {
		sp, err := genui.Parse(canonical(t, name))
		if err != nil {
			t.Fatal(err)
		}
		specs = append(specs, sp)
	}
	r := rand.New(rand.NewPCG(11, 12))
	outcomes := map[string]int{}
	for i := range runs {
		o := Options{MaxTokens: 20 + r.IntN(300), Sample: sample.Options{Temperature: 2, Seed: r.Uint64()}}
		out, ops, err := Refine(context.Background(), e, specs[i%len(specs)], "make it better", o, nil)
		switch {
		case err == nil:
			if verr := out.Validate().Err(); verr != nil || len(ops) == 0 {
				t.Fatalf("run %d: %d ops, the spec: %v", i, len(ops), verr)
			}
			outcomes["valid"]++
		case errors.Is(err, ErrPatch):
			if out != nil || len(ops) == 0 {
				t.Fatalf("run %d: %v with a spec %v and %d ops", i, err, out != nil, len(ops))
			}
			outcomes["refused"]++
		case errors.Is(err, constrain.ErrBudget):
			outcomes["budget"]++
		default:
			t.Fatalf("run %d: %v", i, err)
		}
	}
	t.Logf("%v", outcomes)
	if outcomes["valid"] == 0 {
		t.Error("no refinement made a valid spec")
	}
}

// defaultModel opens the embedded default model's file, or skips.
func defaultModel(t *testing.T) *inference.Engine {
	if testing.Short() {
		t.Skip("runs the default model: not in -short")
	}
	path := filepath.Join("..", "..", "web", "models", "genui-default.q8_0.gguf")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no default model:", err)
	}
	e, err := inference.Open(path, inference.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// TestDefaultModelEnds checks that the default model's end-of-answer
// token is one control token, and that the decoders stop on it.
func TestDefaultModelEnds(t *testing.T) {
	e := defaultModel(t)
	ids := e.Tokenizer.Encode(genui.TokenEnd, tokenizer.Options{ParseSpecial: true})
	if len(ids) != 1 || !e.Tokenizer.IsControl(ids[0]) {
		t.Fatalf("%s is %v, not one control token", genui.TokenEnd, ids)
	}
	if stop := stopTokens(e); !slices.Equal(stop, ids) {
		t.Fatalf("stop tokens %v, want %v", stop, ids)
	}
	d, err := specDecoder(e)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Masker().Vocab().IsStop(ids[0]) {
		t.Fatal("the spec decoder does not stop on it")
	}
}

// TestDefaultModelLogin asks the default model for a login form (not a
// case of the evaluation set): the spec holds a password input.
func TestDefaultModelLogin(t *testing.T) {
	e := defaultModel(t)
	spec, err := Generate(context.Background(), e, "login form", Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var password bool
	var walk func(n *genui.Node)
	walk = func(n *genui.Node) {
		if in, ok := n.Props.(*genui.Input); ok && in.InputType == genui.InputPassword {
			password = true
		}
		for _, k := range n.Children {
			walk(k)
		}
	}
	walk(spec.Root)
	if !password {
		data, _ := genui.Marshal(spec)
		t.Errorf("no password input in %s", data)
	}
}

// TestDefaultModelRemove has the default model remove a node by name
// from a small form (not a case of the evaluation set).
func TestDefaultModelRemove(t *testing.T) {
	e := defaultModel(t)
	sp, err := genui.Parse([]byte(`{"version":1,"title":"Newsletter","root":{"type":"column","gap":"md","children":[{"type":"heading","text":"Join the newsletter","level":2},{"type":"text","text":"One email a month."},{"type":"form","action":"subscribe","children":[{"type":"input","inputType":"email","label":"Email","required":true},{"type":"checkbox","label":"Send me offers"},{"type":"button","text":"Subscribe","action":"submit","variant":"primary"}]}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	out, ops, err := Refine(context.Background(), e, sp, "remove the offers checkbox", Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := genui.Marshal(out)
	patch, _ := genui.MarshalPatch(ops)
	if got := len(out.Root.Children[2].Children); got != 2 || out.Root.Children[2].Children[1].Type != "button" {
		t.Errorf("patch %s gave %s", patch, data)
	}
}

// BenchmarkPatchGrammar times building and compiling the refine grammar
// of a spec: the login form (about the size of the largest refine case of
// the evaluation) and a 200-node dashboard.
func BenchmarkPatchGrammar(b *testing.B) {
	for _, name := range []string{"login.json", "dashboard-200.json"} {
		canon := canonical(b, name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := PatchGrammar(canon); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
