package inference

import (
	"context"
	"errors"
	"fmt"

	"github.com/genui/genui/inference/llama"
	"github.com/genui/genui/inference/sample"
)

// ErrContext reports tokens that do not fit in the session's context.
var ErrContext = llama.ErrContext

// Session is one sequence of tokens and the model's state after them.
// It is not safe for concurrent use.
type Session struct {
	e      *Engine
	state  *llama.State
	tokens []int32
	logits []float32 // of the last token, nil before the first Append
	ids    []int32   // Generate's tokens to append
}

// Tokens returns the sequence so far (the session's slice: do not modify).
func (s *Session) Tokens() []int32 { return s.tokens }

// Logits returns the logits of the next token, after the last Append
// (the session's slice, which Generate's hook and sampler modify).
func (s *Session) Logits() []float32 { return s.logits }

// Reset empties the session, keeping its buffers.
func (s *Session) Reset() {
	s.tokens, s.logits = s.tokens[:0], nil
	s.state.Rewind(0)
}

// Append feeds known tokens (a prompt, or tokens a grammar forces) to
// the model as one batched prefill, in steps of Options.Batch tokens,
// checking ctx between steps. Tokens that would overflow the context
// are refused whole with an error wrapping ErrContext.
func (s *Session) Append(ctx context.Context, ids []int32) error {
	if len(ids) == 0 {
		return nil
	}
	if n := s.state.Pos() + len(ids); n > s.state.Context() {
		return fmt.Errorf("%w: %d tokens after %d exceed the context of %d", ErrContext, len(ids), s.state.Pos(), s.state.Context())
	}
	b := s.e.opt.Batch
	for start := 0; start < len(ids); start += b {
		if err := ctx.Err(); err != nil {
			return err
		}
		chunk := ids[start:min(start+b, len(ids))]
		l, err := s.state.Forward(chunk, false)
		if err != nil {
			return err
		}
		s.tokens = append(s.tokens, chunk...)
		s.logits = l
	}
	return nil
}

// Hook lets a caller steer a generation (the constrained decoder plugs
// in here). Logits sees the logits before each sampling and may mask
// tokens out (set them to -Inf) or change them. Accept is told each
// sampled token and returns the tokens known to follow it, which are
// appended without sampling as one batched prefill (jump-forward), and
// whether the generation is complete. Forced tokens are not passed back
// to Accept: the hook produced them.
type Hook interface {
	Logits(logits []float32) error
	Accept(id int32) (forced []int32, done bool, err error)
}

// GenerateOptions configure Generate.
type GenerateOptions struct {
	Sample    sample.Options
	MaxTokens int      // the most tokens to generate, sampled and forced (default 256)
	Stop      []string // stop sequences: generation ends before any of them
	Hook      Hook     // optional
	// IgnoreEOS keeps generating past the end-of-sequence token.
	IgnoreEOS bool
}

// Token is one generated token as it is decided.
type Token struct {
	ID     int32
	Text   string // the text this token releases (UTF-8 completed, stop sequences held back)
	Forced bool   // appended by the hook's jump-forward, not sampled
}

// Reason says why a generation ended.
type Reason string

// The reasons a generation ends.
const (
	ReasonLength  Reason = "length"  // MaxTokens reached
	ReasonEOS     Reason = "eos"     // the model ended its text
	ReasonStop    Reason = "stop"    // a stop sequence appeared
	ReasonHook    Reason = "hook"    // the hook said the output is complete
	ReasonContext Reason = "context" // the context is full
)

// Result is what a generation produced.
type Result struct {
	Tokens []int32 // generated, sampled and forced
	Text   string  // their text, up to a stop sequence
	Reason Reason
}

// Generate continues the session from its last Append, calling emit with
// each token as it is decided, until MaxTokens, the end of text, a stop
// sequence, the hook's end, a full context, ctx's cancellation or an
// error from emit or the hook.
func (s *Session) Generate(ctx context.Context, o GenerateOptions, emit func(Token) error) (Result, error) {
	if s.logits == nil {
		return Result{}, errors.New("inference: generate before any Append: give the model a prompt")
	}
	if o.MaxTokens <= 0 {
		o.MaxTokens = 256
	}
	tok := s.e.Tokenizer
	smp := sample.New(o.Sample)
	stop := sample.NewStop(o.Stop)
	start := len(s.tokens)
	dec := tok.NewDecoder()
	var res Result
	var text []byte
	out := func(id int32, forced bool) (bool, error) {
		released, stopped := stop.Push([]byte(dec.Next(id)))
		text = append(text, released...)
		res.Tokens = append(res.Tokens, id)
		if emit != nil {
			if err := emit(Token{ID: id, Text: string(released), Forced: forced}); err != nil {
				return false, err
			}
		}
		return stopped, nil
	}
	for {
		if len(res.Tokens) >= o.MaxTokens {
			res.Reason = ReasonLength
			break
		}
		if err := ctx.Err(); err != nil {
			return res, err
		}
		if o.Hook != nil {
			if err := o.Hook.Logits(s.logits); err != nil {
				return res, err
			}
		}
		id := smp.Sample(s.logits, s.tokens[start:])
		if id < 0 {
			return res, errors.New("inference: every token is masked out")
		}
		if !o.IgnoreEOS && (id == tok.EOS() || id == tok.EOT()) {
			res.Reason = ReasonEOS
			break
		}
		var forced []int32
		done := false
		if o.Hook != nil {
			var err error
			if forced, done, err = o.Hook.Accept(id); err != nil {
				return res, err
			}
		}
		s.ids = append(append(s.ids[:0], id), forced...)
		ids := s.ids[:min(len(s.ids), o.MaxTokens-len(res.Tokens))]
		stopped := false
		for i, t := range ids {
			st, err := out(t, i > 0)
			if err != nil {
				return res, err
			}
			if st {
				stopped = true
				ids = ids[:i+1]
				break
			}
		}
		if stopped {
			res.Reason = ReasonStop
			break
		}
		if done {
			res.Reason = ReasonHook
			break
		}
		if s.state.Pos()+len(ids) > s.state.Context() {
			res.Reason = ReasonContext
			break
		}
		if err := s.Append(ctx, ids); err != nil {
			return res, err
		}
	}
	if res.Reason != ReasonStop {
		tail, _ := stop.Push([]byte(dec.Flush()))
		text = append(text, tail...)
		text = append(text, stop.Flush()...)
	}
	res.Text = string(text)
	return res, nil
}
