package constrain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/grammar"
	"github.com/genui/genui/inference/sample"
	"github.com/genui/genui/inference/tokenizer"
)

// ErrBudget reports a token budget too small for the shortest document.
var ErrBudget = errors.New("constrain: max tokens too few for the shortest document")

// Decoder generates documents of one grammar with one engine. It is safe
// for concurrent use (each Generate runs its own matcher and session);
// the token-mask cache it holds is shared by all its generations.
type Decoder struct {
	e      *inference.Engine
	g      *grammar.Grammar
	k      *grammar.Masker
	tokens [][]byte
	order  []int32 // text tokens in byte order
	pos    []int32 // pos[id]: id's index in order
}

// New returns a decoder of grammar g for engine e. stop lists extra
// tokens that end a document (beside the tokenizer's end-of-sequence and
// end-of-turn tokens). The vocabulary must hold a token for every byte,
// as byte-level BPE and SentencePiece with byte fallback do: that is what
// lets any closure be written within the budget.
func New(e *inference.Engine, g *grammar.Grammar, stop ...int32) (*Decoder, error) {
	tok := e.Tokenizer
	n := tok.Len()
	d := &Decoder{e: e, g: g, tokens: make([][]byte, n), pos: make([]int32, n)}
	var single [256]bool
	for id := range n {
		b := tok.TokenBytes(int32(id))
		d.tokens[id] = b
		if len(b) == 1 {
			single[b[0]] = true
		}
		if len(b) > 0 {
			d.order = append(d.order, int32(id))
		}
	}
	for b, ok := range single {
		if !ok {
			return nil, fmt.Errorf("constrain: the vocabulary has no token for the byte %#02x", b)
		}
	}
	slices.SortFunc(d.order, func(a, b int32) int { return bytes.Compare(d.tokens[a], d.tokens[b]) })
	for i, id := range d.order {
		d.pos[id] = int32(i)
	}
	stop = slices.Clone(stop)
	for _, id := range []int32{tok.EOS(), tok.EOT()} {
		if id >= 0 && len(d.tokens[id]) == 0 {
			stop = append(stop, id)
		}
	}
	v, err := grammar.NewVocab(d.tokens, stop)
	if err != nil {
		return nil, err
	}
	d.k = grammar.NewMasker(g, v)
	return d, nil
}

// Masker returns the decoder's token masker.
func (d *Decoder) Masker() *grammar.Masker { return d.k }

// Options configure a generation.
type Options struct {
	Sample    sample.Options
	MaxTokens int // the most tokens to generate, sampled and forced (default 1024)
	// NoJumpForward samples every token, even where the grammar allows
	// only one continuation (to measure what jump-forward saves).
	NoJumpForward bool
}

// Update is the state of a generation after a step.
type Update struct {
	Text    []byte // the document so far (shared: copy to keep)
	Closure []byte // the shortest text that closes it into a valid document
	Sampled int    // tokens sampled so far
	Forced  int    // tokens appended by jump-forward so far
}

// Result is a finished generation.
type Result struct {
	Text    []byte  // a complete document valid against the grammar
	Tokens  []int32 // the tokens of Text as they were fed to the model
	Sampled int     // tokens drawn from the model
	Forced  int     // tokens appended without sampling
	Steps   int     // model evaluations (batched prefills): one per sampled token, with the tokens forced after it
}

// Generate continues s (which holds the prompt) with a document of the
// grammar, calling onUpdate (if not nil) after every step. It ends when
// the document is complete and either nothing may follow or the model
// chooses a stop token, or when MaxTokens tokens are written, and then
// too the document is complete: the masks keep room for its closure.
// Tokens the model does not need to see (those that end the document)
// are not run through it.
func (d *Decoder) Generate(ctx context.Context, s *inference.Session, o Options, onUpdate func(Update) error) (Result, error) {
	if o.MaxTokens <= 0 {
		o.MaxTokens = 1024
	}
	if s.Logits() == nil {
		return Result{}, errors.New("constrain: generate before any Append: give the model a prompt")
	}
	m := d.g.NewMatcher()
	if c := m.CloseLen(); c > o.MaxTokens {
		return Result{}, fmt.Errorf("%w: the shortest document is %d bytes, max tokens %d", ErrBudget, c, o.MaxTokens)
	}
	g := &gen{d: d, s: s, m: m, o: o, start: len(s.Tokens()),
		mask: make([]uint64, d.k.Vocab().Words()), onUpdate: onUpdate}
	smp := sample.New(o.Sample)
	g.pick = func(logits []float32) (int32, error) {
		maskLogits(logits, g.mask)
		id := smp.Sample(logits, g.s.Tokens()[g.start:])
		if id < 0 {
			return 0, errors.New("constrain: every token is masked out")
		}
		return id, nil
	}
	err := g.run(ctx)
	g.res.Text = g.text
	return g.res, err
}

// Replay writes target, a document of the grammar, the way Generate
// would if the model chose target's tokens: at each step the first token
// of the rest of target in the tokenizer's canonical tokenization, with
// the forced bytes appended by jump-forward as Generate does (unless
// Options.NoJumpForward). The model runs as in a generation, so Replay
// measures a generation of a known document (what jump-forward saves, the
// time of masks against model steps) without a trained model.
func (d *Decoder) Replay(ctx context.Context, s *inference.Session, target []byte, o Options) (Result, error) {
	if o.MaxTokens <= 0 {
		o.MaxTokens = 1 << 30
	}
	if s.Logits() == nil {
		return Result{}, errors.New("constrain: replay before any Append: give the model a prompt")
	}
	g := &gen{d: d, s: s, m: d.g.NewMatcher(), o: o, start: len(s.Tokens()), mask: make([]uint64, d.k.Vocab().Words())}
	g.pick = func([]float32) (int32, error) {
		rest := target[min(len(g.text), len(target)):]
		if len(rest) == 0 && g.m.Complete() {
			return -1, nil // a document that could go on, ended here
		}
		if len(rest) == 0 || !bytes.HasPrefix(target, g.text) {
			return 0, fmt.Errorf("constrain: replay: the grammar wants more than %q", target)
		}
		id := d.e.Tokenizer.Encode(string(rest), tokenizer.Options{})[0]
		if g.mask[id>>6]&(1<<(id&63)) == 0 {
			return 0, fmt.Errorf("constrain: replay: the grammar refuses %q after %q", d.tokens[id], g.text)
		}
		return id, nil
	}
	err := g.run(ctx)
	g.res.Text = g.text
	if err == nil && !bytes.Equal(g.text, target) {
		err = fmt.Errorf("constrain: replay: the grammar ends the document at %q", g.text)
	}
	return g.res, err
}

// gen is one generation in progress.
type gen struct {
	d        *Decoder
	s        *inference.Session
	m        *grammar.Matcher
	o        Options
	pick     func(logits []float32) (int32, error) // the next token, within g.mask; -1 ends the document
	start    int
	mask     []uint64
	res      Result
	text     []byte
	pending  []int32 // written tokens not yet run through the model
	onUpdate func(Update) error
}

func (g *gen) run(ctx context.Context) error {
	// The document may begin with forced bytes.
	if err := g.write(nil); err != nil {
		return err
	}
	for !g.finished() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := g.flush(ctx); err != nil {
			return err
		}
		g.d.k.Fill(g.m, g.mask, g.o.MaxTokens-len(g.res.Tokens))
		id, err := g.pick(g.s.Logits())
		if err != nil {
			return err
		}
		if id < 0 {
			return nil
		}
		g.res.Sampled++
		if g.d.k.Vocab().IsStop(id) {
			return nil // the mask allows stop tokens only once the document is complete
		}
		if !g.m.Advance(g.d.tokens[id]) {
			return fmt.Errorf("constrain: the masked-in token %d (%q) was refused", id, g.d.tokens[id])
		}
		if err := g.write([]int32{id}); err != nil {
			return err
		}
	}
	return nil
}

// finished reports whether the budget is spent, or the document is
// complete and nothing may follow.
func (g *gen) finished() bool {
	if len(g.res.Tokens) >= g.o.MaxTokens {
		return true
	}
	if !g.m.Complete() {
		return false
	}
	for c := 0; c < 256; c++ {
		if g.m.Accepts([]byte{byte(c)}) {
			return false
		}
	}
	return true
}

// write records the sampled tokens ids (already read by the matcher) with
// the tokens of the bytes the grammar forces after them (jump-forward).
func (g *gen) write(ids []int32) error {
	if !g.o.NoJumpForward {
		if forced := g.m.Forced(nil); len(forced) > 0 {
			ids = g.jump(ids, forced)
		}
	}
	g.res.Tokens = append(g.res.Tokens, ids...)
	g.pending = append(g.pending, ids...)
	for _, id := range ids {
		g.text = append(g.text, g.d.tokens[id]...)
	}
	if g.onUpdate != nil && len(ids) > 0 {
		return g.onUpdate(Update{Text: g.text, Closure: g.m.Closure(nil), Sampled: g.res.Sampled, Forced: g.res.Forced})
	}
	return nil
}

// jump returns the tokens that replace the sampled ids once the forced
// bytes follow them, and reads the forced bytes they cover.
//
// The token boundary: the forced bytes are tokenized together with the
// sampled token's bytes, so that where the canonical tokenization merges
// them (a sampled `{` before a forced `"type":"` becomes `{"`, `type`,
// `":"`) the model sees the tokens it was trained on. SGLang does this by
// truncating the KV cache back over the sampled token; here the sampled
// token has not been run through the model yet (it goes in the same batch
// as the forced ones), so it is replaced before the model sees it and
// nothing is truncated. Tokens sampled earlier stay: the model chose them
// after seeing their predecessors. The last forced token is held back
// where a longer token that the grammar allows next begins with it: what
// follows could merge with it, so the model writes it (the mask allows
// nothing else) and may choose the longer one.
func (g *gen) jump(ids []int32, forced []byte) []int32 {
	tok := g.d.e.Tokenizer
	var text []byte
	for _, id := range ids {
		text = append(text, g.d.tokens[id]...)
	}
	sampled := len(text)
	text = append(text, forced...)
	re := tok.Encode(string(text), tokenizer.Options{})
	var cover []byte
	for _, id := range re {
		cover = append(cover, g.d.tokens[id]...)
	}
	if !bytes.Equal(cover, text) {
		return ids // the tokenizer cannot spell these bytes exactly
	}
	if last := re[len(re)-1]; g.mergesNext(last, forced) {
		re = re[:len(re)-1]
		cover = cover[:len(cover)-len(g.d.tokens[last])]
	}
	n := len(cover) - sampled
	// Each forced token must stand for at least one forced byte, so the
	// closure, which begins with the forced bytes, keeps fitting in the
	// tokens left.
	if n <= 0 || len(re) > len(ids)+n || len(g.res.Tokens)+len(re) > g.o.MaxTokens || !g.m.Advance(forced[:n]) {
		return ids
	}
	g.res.Forced += len(re) - len(ids)
	return re
}

// mergesNext reports whether a token that strictly extends last is
// allowed after the forced bytes: then last, ending the forced text, might
// merge with what comes next.
func (g *gen) mergesNext(last int32, forced []byte) bool {
	after := g.m.Clone()
	if !after.Advance(forced) {
		return false
	}
	base := g.d.tokens[last]
	for _, id := range g.d.order[g.d.pos[last]+1:] {
		t := g.d.tokens[id]
		if !bytes.HasPrefix(t, base) {
			return false
		}
		if after.Accepts(t[len(base):]) {
			return true
		}
	}
	return false
}

// flush runs the written tokens through the model as one batch.
func (g *gen) flush(ctx context.Context) error {
	if len(g.pending) == 0 {
		return nil
	}
	if err := g.s.Append(ctx, g.pending); err != nil {
		return err
	}
	g.res.Steps++
	g.pending = g.pending[:0]
	return nil
}

// maskLogits sets the logits of tokens outside the mask to -Inf (ids past
// the mask, which the model may have beyond its tokenizer, included),
// a word of the mask at a time.
func maskLogits(logits []float32, mask []uint64) {
	inf := float32(math.Inf(-1))
	for lo := 0; lo < len(logits); lo += 64 {
		var bits uint64
		if w := lo >> 6; w < len(mask) {
			bits = mask[w]
		}
		chunk := logits[lo:min(lo+64, len(logits))]
		if bits == ^uint64(0) {
			continue
		}
		for i := range chunk {
			if bits&(1<<i) == 0 {
				chunk[i] = inf
			}
		}
	}
}
