package tensor

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// A Task is work split into units [0, n) that a Pool spreads over its
// threads. Run is called with disjoint ranges [lo, hi) and the index of
// the thread (0 ≤ worker < Pool.Threads()) for per-thread scratch.
type Task interface {
	Run(worker, lo, hi int)
}

// Pool runs tasks on a fixed set of goroutines that live as long as the
// pool, the calling goroutine working too. Threads claim chunks of units
// with a compare-and-swap on one word that holds the task's generation
// and its next unit, so a thread slowed by other load takes fewer, and
// one that wakes after its task is done claims nothing; the caller waits
// for the units to be done, not for the helpers to check in.
//
// Decoding one token runs a few dozen products of well under a
// millisecond each, with microseconds between them, so waking a parked
// goroutine for each (a futex call and a trip through the scheduler)
// would cost as much as the product. So a helper that finishes a task
// spins for a while (spinFor) on the generation before it parks on its
// channel, and the caller spins, yielding, for the last chunks, as
// llama.cpp's threads do. With one thread (js/wasm, where Go runs on one
// thread) every task runs inline on the caller. A Pool runs one task at
// a time; concurrent callers wait their turn.
type Pool struct {
	threads int
	mu      sync.Mutex
	helpers []*helper
	closed  atomic.Bool

	word  atomic.Uint64 // generation<<32 | next unit to claim
	n     atomic.Int64  // units of the current task
	grain atomic.Int64  // units per claim
	done  atomic.Int64  // units finished
	task  Task          // read only under a successful claim
	mul   mulTask
}

// helper is one of a pool's goroutines; parked says it is blocked on
// wake, so a new task must send to it.
type helper struct {
	wake   chan struct{}
	parked atomic.Bool
}

// spinFor is how long an idle helper watches for the next task before
// it parks.
const spinFor = 200 * time.Microsecond

// NewPool starts a pool of threads threads (GOMAXPROCS when threads ≤ 0).
func NewPool(threads int) *Pool {
	if threads <= 0 {
		threads = runtime.GOMAXPROCS(0)
	}
	p := &Pool{threads: threads}
	for i := 1; i < threads; i++ {
		h := &helper{wake: make(chan struct{}, 1)}
		p.helpers = append(p.helpers, h)
		go p.loop(i, h)
	}
	return p
}

// Threads returns the number of threads, the caller's included.
func (p *Pool) Threads() int { return p.threads }

// Close stops the pool's goroutines; the pool must not be used after.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed.Store(true)
	p.word.Add(1 << 32)
	for _, h := range p.helpers {
		close(h.wake)
	}
	p.helpers = nil
}

func (p *Pool) loop(id int, h *helper) {
	gen := p.word.Load() >> 32
	for p.await(gen, h) && !p.closed.Load() {
		gen = p.word.Load() >> 32
		p.work(id, gen)
	}
}

// await returns when the generation moves past seen: it spins for
// spinFor, then parks until a task or Close sends on wake. It returns
// false when the pool is closed.
func (p *Pool) await(seen uint64, h *helper) bool {
	start := time.Now()
	for i := 0; p.word.Load()>>32 == seen; i++ {
		if i%64 != 63 || time.Since(start) < spinFor {
			continue
		}
		h.parked.Store(true)
		if p.word.Load()>>32 != seen && h.parked.CompareAndSwap(true, false) {
			return true // a task came while parking, and nobody sends
		}
		_, ok := <-h.wake
		return ok
	}
	return true
}

// work claims and runs chunks of generation gen's task until none is left.
func (p *Pool) work(id int, gen uint64) {
	for {
		w := p.word.Load()
		lo, n, grain := int64(w&(1<<32-1)), p.n.Load(), p.grain.Load()
		if w>>32 != gen || lo >= n {
			return
		}
		if !p.word.CompareAndSwap(w, w+uint64(grain)) {
			continue
		}
		hi := min(lo+grain, n)
		p.task.Run(id, int(lo), int(hi))
		p.done.Add(hi - lo)
	}
}

// Run runs t over the units [0, n) in chunks of grain units.
func (p *Pool) Run(t Task, n, grain int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.run(t, n, grain)
}

func (p *Pool) run(t Task, n, grain int) {
	grain = max(grain, 1)
	chunks := (n + grain - 1) / grain
	if chunks <= 1 || len(p.helpers) == 0 {
		if n > 0 {
			t.Run(0, 0, n)
		}
		return
	}
	// While the task changes, the word holds a generation of its own with
	// nothing left to claim: a helper that read the last task's word can
	// no longer claim with it, and none reads the new task half-written.
	gen := p.word.Load() >> 32
	p.word.Store((gen+1)<<32 | 1<<32 - 1)
	p.task = t
	p.n.Store(int64(n))
	p.grain.Store(int64(grain))
	p.done.Store(0)
	gen += 2
	p.word.Store(gen << 32)
	for _, h := range p.helpers {
		if h.parked.CompareAndSwap(true, false) {
			h.wake <- struct{}{}
		}
	}
	p.work(0, gen)
	for p.done.Load() != int64(n) {
		runtime.Gosched()
	}
	p.task = nil
}
