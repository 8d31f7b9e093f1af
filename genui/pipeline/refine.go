package pipeline

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/constrain"
	"github.com/genui/genui/inference/grammar"
)

// ErrPatch reports a patch the model wrote that does not turn the spec
// into a valid one: it names a place an earlier operation of the same
// patch changed, or holds a value the grammar's widened value types let
// through (see the package doc). Refine returns the patch beside it.
var ErrPatch = errors.New("pipeline: the model's patch does not make a valid spec")

// Refine has engine e change spec as instruction asks: the model reads
// genui.RefinePrompt(spec's canonical JSON, instruction) and writes an RFC
// 6902 JSON Patch under PatchGrammar(spec), which Refine applies. It
// returns the changed spec, valid, and the patch. A patch that does not
// apply, or applies into an invalid spec, is returned with an error
// wrapping ErrPatch that says why; the spec is then nil. onUpdate (if not
// nil) sees the patch text as it is written, as in Generate.
//
// Refine samples every token (Options.NoJumpForward is implied): where
// the grammar forces the "}" that closes an operation after the sampled
// "}" that closes its value, jump-forward feeds the model the merged
// token "}}", while the canonical tokenization of the patch's end, which
// the model was trained on, is "}" then "}]"; fed "}}", the model goes on
// writing operations it was not asked for. Patches are short, so sampling
// their few forced tokens costs little.
//
// spec must be valid (warnings aside). The grammars of the last few specs
// refined are kept with their token-mask caches, so refining one spec
// again (another instruction, another seed) starts warm.
func Refine(ctx context.Context, e *inference.Engine, spec *genui.Spec, instruction string, o Options, onUpdate func(Update) error) (*genui.Spec, []genui.PatchOp, error) {
	if spec == nil {
		return nil, nil, errors.New("pipeline: no spec to refine")
	}
	canon, err := genui.Marshal(spec)
	if err != nil {
		return nil, nil, fmt.Errorf("pipeline: the spec to refine: %w", err)
	}
	if err := genui.Validate(canon).Err(); err != nil {
		return nil, nil, fmt.Errorf("pipeline: the spec to refine: %w", err)
	}
	d, err := patchDecoder(e, canon)
	if err != nil {
		return nil, nil, err
	}
	o.Prompt = func(instruction string) string { return genui.RefinePrompt(canon, instruction) }
	o.NoJumpForward = true
	text, err := generate(ctx, e, d, instruction, o, onUpdate)
	if err != nil {
		return nil, nil, err
	}
	ops, err := genui.ParsePatch(text)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrPatch, err) // the grammar writes only patches: a bug
	}
	out, err := genui.ApplyPatch(canon, text)
	if err != nil {
		return nil, ops, fmt.Errorf("%w: %s: %w", ErrPatch, text, err)
	}
	if err := genui.Validate(out).Err(); err != nil {
		return nil, ops, fmt.Errorf("%w: %s: %w", ErrPatch, text, err)
	}
	refined, err := genui.Parse(out)
	if err != nil {
		return nil, ops, fmt.Errorf("%w: %w", ErrPatch, err)
	}
	return refined, ops, nil
}

// PatchGrammar returns the grammar of the patches Refine lets the model
// write for spec (canonical JSON, as genui.Marshal writes it): the ops of
// RFC 6902 but test, each naming only paths spec has (or, for add, may
// have), with values of the types that live there, within the limits of
// GrammarOptions less what spec already uses. It is compiled anew for
// every spec (tens of milliseconds; see BenchmarkPatchGrammar).
func PatchGrammar(spec []byte) (*grammar.Grammar, error) {
	s, opt, err := patchSchema(spec)
	if err != nil {
		return nil, err
	}
	return grammar.Compile(s, opt)
}

// patchSchema returns the JSON Schema text of spec's patches and the
// grammar options to compile it with.
func patchSchema(spec []byte) ([]byte, *grammar.Options, error) {
	doc, err := parseOrdered(spec)
	if err != nil {
		return nil, nil, err
	}
	schema, err := specSchema()
	if err != nil {
		return nil, nil, err
	}
	p := specPaths(doc)
	opt := GrammarOptions()
	// Nodes a patch adds count toward the spec's limits. (A patch that
	// also removes nodes could add more; the limits stay on the safe side.)
	opt.Count.MaxCount = max(1, genui.MaxNodes-p.count)
	opt.Count.MaxDepth = max(1, genui.MaxDepth-p.deepest)
	return p.schema(schema.get("$defs")).append(nil), opt, nil
}

// patchDecoders keeps the decoders of the last few specs refined, with
// their grammars and warm token-mask caches.
var patchDecoders = decoderCache{max: 4}

// decoderCache is a small least-recently-used cache of decoders by engine
// and spec text.
type decoderCache struct {
	mu    sync.Mutex
	max   int
	order list.List // of *cached, most recent first
}

type cached struct {
	e    *inference.Engine
	spec string
	d    *constrain.Decoder
}

func patchDecoder(e *inference.Engine, spec []byte) (*constrain.Decoder, error) {
	c := &patchDecoders
	c.mu.Lock()
	for el := c.order.Front(); el != nil; el = el.Next() {
		if x := el.Value.(*cached); x.e == e && x.spec == string(spec) {
			c.order.MoveToFront(el)
			c.mu.Unlock()
			return x.d, nil
		}
	}
	c.mu.Unlock()
	g, err := PatchGrammar(spec)
	if err != nil {
		return nil, err
	}
	d, err := newDecoder(e, g)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.order.PushFront(&cached{e: e, spec: string(spec), d: d})
	if c.order.Len() > c.max {
		c.order.Remove(c.order.Back())
	}
	return d, nil
}
