package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/protocol"
)

// modelSource says which model the workers load.
type modelSource struct {
	URL, SHA256, Name string
	Size              int64
	// Local: a person's own file, kept in this browser only (never
	// downloaded); File holds its bytes when it was just chosen.
	Local bool
	File  []byte
}

// job is one generation running (or waiting) on a worker.
type job struct {
	id      int
	req     protocol.Message
	onToken func(protocol.Message)
	// onEnd gets the job's Done or Failed message, once.
	onEnd func(protocol.Message)
	w     *worker
	ended bool
}

// pool runs jobs on Web Workers, each with its own copy of the model:
// the first worker loads the model (downloading it when it is not
// cached); more are started, up to max, when jobs wait, and load the
// model from the cache the first one filled.
//
// Its methods and callbacks run on the page's event loop, one at a time.
type pool struct {
	wasm    string // URL of worker.wasm
	max     int
	src     modelSource
	workers []*worker
	queue   []*job
	nextID  int
	// onLoad gets the first worker's load messages (Progress, Ready,
	// Failed with ID 0) and the other workers' failures.
	onLoad func(protocol.Message)
}

type worker struct {
	p       *pool
	v       app.Value
	fn      app.Func
	ready   bool
	failed  bool
	primary bool
	job     *job
}

func newPool(wasm string, max int, onLoad func(protocol.Message)) *pool {
	return &pool{wasm: wasm, max: max, onLoad: onLoad}
}

// load (re)starts the pool on a model: workers end, the first starts.
func (p *pool) load(src modelSource) {
	for _, w := range p.workers {
		w.terminate()
	}
	p.workers = nil
	for _, j := range p.queue {
		j.end(protocol.Message{Kind: protocol.Failed, ID: j.id, Error: "the model changed before this job ran"})
	}
	p.queue = nil
	p.src = src
	p.spawn(true)
	p.src.File = nil // the first worker has the bytes; the others read the cache
}

// ready reports whether some worker can run jobs.
func (p *pool) ready() bool {
	for _, w := range p.workers {
		if w.ready {
			return true
		}
	}
	return false
}

// size is the number of workers started.
func (p *pool) size() int { return len(p.workers) }

func (p *pool) spawn(primary bool) *worker {
	w := &worker{p: p, primary: primary}
	w.fn = app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) > 0 {
			w.receive(args[0].Get("data"))
		}
		return nil
	})
	// The first worker was started by web/boot.js while the page loaded:
	// adopt it, and hear what it said meanwhile.
	if early := app.Window().Get("genuiEarlyWorker"); primary && early.Truthy() {
		app.Window().Delete("genuiEarlyWorker")
		w.v = early.Get("worker")
		w.v.Set("onmessage", w.fn)
		msgs := early.Get("messages")
		for i := 0; i < msgs.Length(); i++ {
			w.receive(msgs.Index(i))
		}
	} else {
		w.v = app.Window().Get("Worker").New(WorkerScript, map[string]any{"name": "genui inference"})
		w.v.Set("onmessage", w.fn)
		w.v.Call("postMessage", map[string]any{"boot": p.wasm})
	}
	load := protocol.Message{Kind: protocol.Load, URL: p.src.URL, SHA256: p.src.SHA256, Size: p.src.Size, Model: p.src.Name, Local: p.src.Local}
	msg := map[string]any{"json": load.Encode()}
	if p.src.File != nil {
		buf := app.Window().Get("Uint8Array").New(len(p.src.File))
		app.CopyBytesToJS(buf, p.src.File)
		msg["buf"] = buf.Get("buffer")
		w.v.Call("postMessage", msg, []any{buf.Get("buffer")})
	} else {
		w.v.Call("postMessage", msg)
	}
	p.workers = append(p.workers, w)
	return w
}

func (w *worker) terminate() {
	w.v.Call("terminate")
	w.fn.Release()
	if j := w.job; j != nil {
		j.end(protocol.Message{Kind: protocol.Done, ID: j.id, Reason: protocol.ReasonStop})
	}
}

func (w *worker) receive(data app.Value) {
	if !data.Truthy() || data.Get("json").Type() != app.TypeString {
		return
	}
	m, err := protocol.Decode(data.Get("json").String())
	if err != nil {
		return
	}
	p := w.p
	switch m.Kind {
	case protocol.Progress:
		if w.primary {
			p.onLoad(m)
		}
	case protocol.Ready:
		w.ready = true
		if w.primary {
			p.src.SHA256 = m.SHA256 // a person's file is known by its hash from now on
			p.onLoad(m)
		}
		p.dispatch()
	case protocol.Token:
		if j := w.job; j != nil && j.id == m.ID && j.onToken != nil {
			j.onToken(m)
		}
	case protocol.Done, protocol.Failed:
		if m.ID == 0 {
			w.failed = true
			p.onLoad(m)
			p.failQueued(m.Error)
			return
		}
		if j := w.job; j != nil && j.id == m.ID {
			w.job = nil
			j.end(m)
		}
		p.dispatch()
	}
}

// failQueued ends the waiting jobs when no worker can take them.
func (p *pool) failQueued(msg string) {
	for _, w := range p.workers {
		if !w.failed {
			return
		}
	}
	for _, j := range p.queue {
		j.end(protocol.Message{Kind: protocol.Failed, ID: j.id, Error: msg})
	}
	p.queue = nil
}

// run queues a job; it starts as soon as a worker is free.
func (p *pool) run(req protocol.Message, onToken, onEnd func(protocol.Message)) *job {
	p.nextID++
	req.Kind, req.ID = protocol.Generate, p.nextID
	j := &job{id: p.nextID, req: req, onToken: onToken, onEnd: onEnd}
	p.queue = append(p.queue, j)
	p.dispatch()
	return j
}

// dispatch starts waiting jobs on free ready workers, and starts more
// workers (up to max) while jobs wait and the model is known good.
func (p *pool) dispatch() {
	for len(p.queue) > 0 {
		var free *worker
		for _, w := range p.workers {
			if w.ready && w.job == nil {
				free = w
				break
			}
		}
		if free == nil {
			break
		}
		j := p.queue[0]
		p.queue = p.queue[1:]
		j.w, free.job = free, j
		free.v.Call("postMessage", map[string]any{"json": j.req.Encode()})
	}
	starting := 0
	for _, w := range p.workers {
		if !w.ready && !w.failed {
			starting++
		}
	}
	if p.ready() {
		for len(p.queue) > starting && len(p.workers) < p.max {
			p.spawn(false)
			starting++
		}
	}
}

// stop cancels a job: a waiting one ends at once, a running one when
// its worker answers.
func (p *pool) stop(j *job) {
	if j == nil || j.ended {
		return
	}
	for i, q := range p.queue {
		if q == j {
			p.queue = append(p.queue[:i], p.queue[i+1:]...)
			j.end(protocol.Message{Kind: protocol.Done, ID: j.id, Reason: protocol.ReasonStop})
			return
		}
	}
	if j.w != nil {
		j.w.v.Call("postMessage", map[string]any{"json": (&protocol.Message{Kind: protocol.Stop, ID: j.id}).Encode()})
	}
}

func (j *job) end(m protocol.Message) {
	if j.ended {
		return
	}
	j.ended = true
	if j.onEnd != nil {
		j.onEnd(m)
	}
}
