package inference

import (
	"errors"
	"fmt"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama"
	"github.com/genui/genui/inference/tensor"
	"github.com/genui/genui/inference/tokenizer"
)

// Options configure an Engine. The zero value is usable.
type Options struct {
	// Context is the most tokens a session holds, prompt and generation
	// together (default: the model's trained context, at most 4096).
	Context int
	// Batch is the most tokens one prefill step computes at once
	// (default 64); longer prompts run in several steps.
	Batch int
	// Threads run the matrix products (default GOMAXPROCS; one in wasm).
	Threads int
	// MaxMemory bounds the memory of one session's state, KV cache and
	// scratch (default 1 GiB): NewSession fails rather than exceed it.
	MaxMemory int64
}

// ErrMemory reports a session whose state would exceed Options.MaxMemory.
var ErrMemory = errors.New("inference: session state over the memory limit")

// Engine is a loaded model with its tokenizer, ready to start sessions.
// It is safe for concurrent use; sessions are not.
type Engine struct {
	Model     *llama.Model
	Tokenizer *tokenizer.Tokenizer

	opt  Options
	file *gguf.File
	pool *tensor.Pool
}

// Open loads the GGUF model at path (mapped into memory where the system
// allows) with the tokenizer its metadata describes.
func Open(path string, o Options) (*Engine, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, err
	}
	e, err := newEngine(f, o)
	if err != nil {
		f.Close()
		return nil, err
	}
	return e, nil
}

// Load is Open for a model already in memory (in the browser, the bytes
// fetched): the weights are read in place, so data must stay unchanged
// while the Engine is in use.
func Load(data []byte, o Options) (*Engine, error) {
	f, err := gguf.Parse(data)
	if err != nil {
		return nil, err
	}
	return newEngine(f, o)
}

func newEngine(f *gguf.File, o Options) (*Engine, error) {
	v, err := tokenizer.FromGGUF(f)
	if err != nil {
		return nil, err
	}
	tok, err := tokenizer.New(v)
	if err != nil {
		return nil, err
	}
	pool := tensor.NewPool(o.Threads)
	m, err := llama.Load(f, pool)
	if err != nil {
		pool.Close()
		return nil, err
	}
	if tok.Len() > m.Vocab {
		pool.Close()
		return nil, fmt.Errorf("inference: the tokenizer has %d tokens, the model %d", tok.Len(), m.Vocab)
	}
	if o.Context <= 0 {
		o.Context = min(m.ContextLength, 4096)
	}
	if o.Batch <= 0 {
		o.Batch = 64
	}
	if o.MaxMemory <= 0 {
		o.MaxMemory = 1 << 30
	}
	return &Engine{Model: m, Tokenizer: tok, opt: o, file: f, pool: pool}, nil
}

// Options returns the engine's options, defaults filled in.
func (e *Engine) Options() Options { return e.opt }

// Close stops the engine's threads and releases the model file's
// mapping; the engine and its sessions must not be used after.
func (e *Engine) Close() error {
	e.pool.Close()
	return e.file.Close()
}

// NewSession starts an empty sequence.
func (e *Engine) NewSession() (*Session, error) {
	if need := e.Model.StateBytes(e.opt.Context, e.opt.Batch, e.pool.Threads()); need > e.opt.MaxMemory {
		return nil, fmt.Errorf("%w: a context of %d tokens needs %d MiB, the limit is %d MiB", ErrMemory, e.opt.Context, need>>20, e.opt.MaxMemory>>20)
	}
	st, err := e.Model.NewState(e.opt.Context, e.opt.Batch)
	if err != nil {
		return nil, err
	}
	return &Session{e: e, state: st}, nil
}
