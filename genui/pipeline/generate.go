package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/constrain"
	"github.com/genui/genui/inference/grammar"
	"github.com/genui/genui/inference/sample"
	"github.com/genui/genui/inference/tokenizer"
)

// ErrPromptTooLong reports a prompt that leaves no room in the model's
// context for an answer.
var ErrPromptTooLong = errors.New("pipeline: the prompt fills the model's context")

// Options configure Generate, GenerateJSON and Refine.
type Options struct {
	Sample sample.Options
	// MaxTokens is the most tokens the model writes, sampled and forced
	// (default 1024). The answer is complete whenever it stops. It is
	// capped by the room the prompt leaves in the model's context, and so
	// that no spec can pass genui.MaxSpecBytes.
	MaxTokens int
	// Prompt turns the description into the text the model reads before
	// its answer, for Generate and GenerateJSON (default
	// genui.DescribePrompt). Refine always reads genui.RefinePrompt.
	Prompt func(description string) string
	// NoJumpForward samples every token, even where the grammar forces
	// the next bytes (to measure what jump-forward saves; Refine always
	// does, see there).
	NoJumpForward bool
}

// Update is the state of a generation after each step. Its slices are
// reused by the next step: copy what is kept.
type Update struct {
	Text    []byte // the JSON written so far
	Closed  []byte // Text and the shortest text that completes it: always a valid document
	Sampled int    // tokens drawn from the model so far
	Forced  int    // tokens appended by jump-forward so far
}

// Generate has engine e write a spec for description, calling onUpdate
// (if not nil) after every step with the text so far and its closure (a
// live preview renders Update.Closed). The spec is valid (genui.Validate
// finds no errors): the decoder can only write text the spec's grammar allows,
// and the grammar keeps room to finish within MaxTokens. Decoders, with
// their token-mask caches, are kept per engine for the life of the
// process.
func Generate(ctx context.Context, e *inference.Engine, description string, o Options, onUpdate func(Update) error) (*genui.Spec, error) {
	d, err := specDecoder(e)
	if err != nil {
		return nil, err
	}
	text, err := generate(ctx, e, d, description, o, onUpdate)
	if err != nil {
		return nil, err
	}
	return genui.Parse(text)
}

// GenerateJSON is Generate for a document of any JSON Schema (a catalog
// of one's own), with the limits of specs; it returns the document.
func GenerateJSON(ctx context.Context, e *inference.Engine, schema []byte, description string, o Options, onUpdate func(Update) error) ([]byte, error) {
	opt := GrammarOptions()
	opt.Count = nil // the schema may have no node definition
	g, err := grammar.Compile(schema, opt)
	if err != nil {
		return nil, err
	}
	d, err := newDecoder(e, g)
	if err != nil {
		return nil, err
	}
	return generate(ctx, e, d, description, o, onUpdate)
}

// decoders holds the spec decoder of each engine.
var decoders sync.Map // *inference.Engine → *constrain.Decoder

func specDecoder(e *inference.Engine) (*constrain.Decoder, error) {
	if d, ok := decoders.Load(e); ok {
		return d.(*constrain.Decoder), nil
	}
	g, err := SpecGrammar()
	if err != nil {
		return nil, err
	}
	d, err := newDecoder(e, g)
	if err != nil {
		return nil, err
	}
	actual, _ := decoders.LoadOrStore(e, d)
	return actual.(*constrain.Decoder), nil
}

// newDecoder binds a grammar to an engine; the model's end-of-answer
// token (genui.TokenEnd), where its tokenizer has one, ends an answer too.
func newDecoder(e *inference.Engine, g *grammar.Grammar) (*constrain.Decoder, error) {
	return constrain.New(e, g, stopTokens(e)...)
}

// stopTokens lists genui.TokenEnd's id where the tokenizer holds it as one
// control token (the default model does: `genui convert` types every
// "<|…|>" token as control).
func stopTokens(e *inference.Engine) []int32 {
	if ids := e.Tokenizer.Encode(genui.TokenEnd, tokenizer.Options{ParseSpecial: true}); len(ids) == 1 && e.Tokenizer.IsControl(ids[0]) {
		return ids
	}
	return nil
}

// generate has d write its document after the prompt o.Prompt makes of
// description.
func generate(ctx context.Context, e *inference.Engine, d *constrain.Decoder, description string, o Options, onUpdate func(Update) error) ([]byte, error) {
	if o.Prompt == nil {
		o.Prompt = genui.DescribePrompt
	}
	if o.MaxTokens <= 0 {
		o.MaxTokens = 1024
	}
	longest := 1
	for id := range e.Tokenizer.Len() {
		longest = max(longest, len(e.Tokenizer.TokenBytes(int32(id))))
	}
	o.MaxTokens = min(o.MaxTokens, genui.MaxSpecBytes/longest)
	s, err := e.NewSession()
	if err != nil {
		return nil, err
	}
	prompt := e.Tokenizer.Encode(o.Prompt(description), tokenizer.Options{AddSpecial: true, ParseSpecial: true})
	room := e.Options().Context - len(prompt)
	if room <= 0 {
		return nil, fmt.Errorf("%w: the prompt is %d tokens, the model's context %d", ErrPromptTooLong, len(prompt), e.Options().Context)
	}
	o.MaxTokens = min(o.MaxTokens, room)
	if err := s.Append(ctx, prompt); err != nil {
		return nil, fmt.Errorf("pipeline: the prompt: %w", err)
	}
	var up func(constrain.Update) error
	if onUpdate != nil {
		var closed []byte
		up = func(u constrain.Update) error {
			closed = append(append(closed[:0], u.Text...), u.Closure...)
			return onUpdate(Update{Text: u.Text, Closed: closed, Sampled: u.Sampled, Forced: u.Forced})
		}
	}
	res, err := d.Generate(ctx, s, constrain.Options{Sample: o.Sample, MaxTokens: o.MaxTokens, NoJumpForward: o.NoJumpForward}, up)
	if err != nil {
		return nil, err
	}
	return res.Text, nil
}
