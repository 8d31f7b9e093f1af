// Package worker is the Go side of the app's inference Web Worker: it
// loads a GGUF model, runs the page's describe and refine jobs through
// genui's grammar-constrained pipeline (genui/pipeline), streams the text
// back as it is written, and stops a job when asked. The browser glue (postMessage,
// fetch, Cache Storage) lives in app/cmd/worker; everything here runs
// natively too, which is how it is tested.
//
// Go compiled to wasm runs the JavaScript event loop only when every
// goroutine is blocked, so a job that computes without pause would never
// see the page's Stop message. A Runner therefore calls its Yield
// function between tokens, at most every YieldEvery; in the browser Yield
// sleeps for a millisecond, which blocks the job's goroutine on a timer
// and lets the event loop deliver messages (runtime.Gosched would not).
package worker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/genui/genui/app/protocol"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/pipeline"
	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/sample"
)

// YieldEvery is the longest a job computes between calls to Yield.
const YieldEvery = 25 * time.Millisecond

// Limits of a job.
const (
	MaxPrompt        = 4 << 10 // bytes of a description or an instruction
	MaxTokens        = 4096    // the largest token budget a page may ask for
	DefaultMaxTokens = 1024    // the budget when the page gives none
	DefaultTemp      = 0.7     // temperature when the page gives none
)

// ReasonComplete is the reason of a Done message for a job that finished.
const ReasonComplete = "complete"

// Runner runs jobs on one model. Its methods may be called from several
// goroutines; jobs run one at a time.
type Runner struct {
	// Post sends a message to the page.
	Post func(protocol.Message)
	// Yield lets the host's event loop run (nil: nothing to do).
	Yield func()

	mu     sync.Mutex
	engine *inference.Engine
	model  string
	cancel map[int]context.CancelFunc
	run    sync.Mutex // held by the job running
}

// Verify checks data against want, a hex SHA-256, and returns the hash
// it found.
func Verify(data []byte, want string) (string, error) {
	sum := sha256.Sum256(data)
	got := hex.EncodeToString(sum[:])
	if want != "" && !strings.EqualFold(got, want) {
		return got, fmt.Errorf("worker: the model file is damaged: its SHA-256 is %s…, want %s…", got[:12], strings.ToLower(want[:min(12, len(want))]))
	}
	return got, nil
}

// Load makes the model in data (a GGUF file, which must stay unchanged
// while the runner uses it) the runner's, replacing the one before, and
// tells the page it is ready.
func (r *Runner) Load(name string, data []byte, sha string) error {
	start := time.Now()
	e, err := inference.Load(data, inference.Options{Threads: 1})
	if err != nil {
		return fmt.Errorf("worker: %s is not a model this app can run: %w", name, err)
	}
	r.run.Lock() // no job may be using the engine it replaces
	r.mu.Lock()
	old := r.engine
	r.engine, r.model = e, name
	r.mu.Unlock()
	r.run.Unlock()
	if old != nil {
		old.Close()
	}
	r.Post(protocol.Message{Kind: protocol.Ready, Model: name, SHA256: sha, Size: int64(len(data)),
		Vocab: e.Model.Vocab, Context: e.Options().Context, Millis: ms(time.Since(start))})
	return nil
}

// Stop cancels job id, if it is running.
func (r *Runner) Stop(id int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c := r.cancel[id]; c != nil {
		c()
	}
}

// Run executes a Generate message: it streams Token messages as the model
// writes and ends with Done (reason ReasonComplete, or protocol.ReasonStop
// when stopped, with the text so far; for a refine job, the changed spec
// in Spec) or Failed.
func (r *Runner) Run(m protocol.Message) {
	fail := func(err error) { r.Post(protocol.Message{Kind: protocol.Failed, ID: m.ID, Error: err.Error()}) }
	if err := checkJob(m); err != nil {
		fail(err)
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r.mu.Lock()
	if r.cancel == nil {
		r.cancel = map[int]context.CancelFunc{}
	}
	r.cancel[m.ID] = cancel
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		delete(r.cancel, m.ID)
		r.mu.Unlock()
	}()

	r.run.Lock()
	defer r.run.Unlock()
	r.mu.Lock()
	e := r.engine
	r.mu.Unlock()
	if e == nil {
		fail(errors.New("worker: no model is loaded"))
		return
	}

	start := time.Now()
	lastYield := start
	var first time.Duration
	var text []byte
	sent, n := 0, 0
	onUpdate := func(u pipeline.Update) error {
		n = u.Sampled + u.Forced
		text = append(text[:0], u.Text...)
		if end := completeUTF8(text); end > sent {
			if first == 0 {
				first = time.Since(start)
			}
			r.Post(protocol.Message{Kind: protocol.Token, ID: m.ID, Text: string(text[sent:end]), N: n})
			sent = end
		}
		if r.Yield != nil && time.Since(lastYield) >= YieldEvery {
			r.Yield()
			lastYield = time.Now()
		}
		return ctx.Err()
	}
	temp := m.Temperature
	if temp == 0 {
		temp = DefaultTemp
	}
	if temp < 0 {
		temp = 0 // greedy
	}
	o := pipeline.Options{Sample: sample.Options{Temperature: temp, TopP: 0.95, Seed: m.Seed}, MaxTokens: m.MaxTokens}
	if o.MaxTokens <= 0 {
		o.MaxTokens = DefaultMaxTokens
	}
	done := protocol.Message{Kind: protocol.Done, ID: m.ID, Reason: ReasonComplete}
	var err error
	switch m.Task {
	case protocol.Describe:
		_, err = pipeline.Generate(ctx, e, m.Prompt, o, onUpdate)
	case protocol.Refine:
		var spec, refined *genui.Spec
		if spec, err = genui.Parse([]byte(m.Spec)); err != nil {
			err = fmt.Errorf("the spec to refine: %w", err)
			break
		}
		if refined, _, err = pipeline.Refine(ctx, e, spec, m.Prompt, o, onUpdate); err == nil {
			var canon []byte
			canon, err = genui.Marshal(refined)
			done.Spec = string(canon)
		}
	}
	done.Text, done.N, done.Millis, done.FirstMillis = string(text), n, ms(time.Since(start)), ms(first)
	switch {
	case ctx.Err() != nil:
		done.Reason = protocol.ReasonStop
	case err != nil:
		fail(fmt.Errorf("worker: %w", err))
		return
	}
	if sent < len(text) {
		r.Post(protocol.Message{Kind: protocol.Token, ID: m.ID, Text: string(text[sent:]), N: n})
	}
	r.Post(done)
}

// checkJob refuses a job the runner should not start.
func checkJob(m protocol.Message) error {
	switch {
	case m.Task != protocol.Describe && m.Task != protocol.Refine:
		return fmt.Errorf("worker: unknown task %q", m.Task)
	case strings.TrimSpace(m.Prompt) == "":
		return errors.New("worker: the prompt is empty")
	case len(m.Prompt) > MaxPrompt:
		return fmt.Errorf("worker: the prompt is %d bytes; the most is %d", len(m.Prompt), MaxPrompt)
	case m.MaxTokens < 0 || m.MaxTokens > MaxTokens:
		return fmt.Errorf("worker: %d tokens asked; the most is %d", m.MaxTokens, MaxTokens)
	case m.Task == protocol.Refine && m.Spec == "":
		return errors.New("worker: nothing to refine: the job has no spec")
	}
	return nil
}

// completeUTF8 returns the length of the longest prefix of b that does
// not end inside a UTF-8 sequence (a token may end mid-character).
func completeUTF8(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if utf8.FullRune(b[i:]) {
				return len(b)
			}
			return i
		}
	}
	return len(b)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
