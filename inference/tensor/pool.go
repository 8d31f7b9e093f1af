package tensor

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// A Task is work split into units [0, n) that a Pool spreads over its
// threads. Run is called with disjoint ranges [lo, hi) and the index of
// the thread (0 ≤ worker < Pool.Threads()) for per-thread scratch.
type Task interface {
	Run(worker, lo, hi int)
}

// Pool runs tasks on a fixed set of goroutines that live as long as the
// pool: a product wakes them with one channel send each instead of
// spawning goroutines, and the calling goroutine works too. Threads take
// chunks of units from an atomic counter, so a thread slowed by other
// load takes fewer. With one thread (js/wasm, where Go runs on one
// thread) every task runs inline on the caller. A Pool runs one task at
// a time; concurrent callers wait their turn.
type Pool struct {
	threads int
	mu      sync.Mutex
	wake    []chan struct{}
	done    sync.WaitGroup

	task     Task
	n, grain int
	next     atomic.Int64
	mul      mulTask
}

// NewPool starts a pool of threads threads (GOMAXPROCS when threads ≤ 0).
func NewPool(threads int) *Pool {
	if threads <= 0 {
		threads = runtime.GOMAXPROCS(0)
	}
	p := &Pool{threads: threads}
	for i := 1; i < threads; i++ {
		ch := make(chan struct{}, 1)
		p.wake = append(p.wake, ch)
		go p.loop(i, ch)
	}
	return p
}

// Threads returns the number of threads, the caller's included.
func (p *Pool) Threads() int { return p.threads }

// Close stops the pool's goroutines; the pool must not be used after.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, ch := range p.wake {
		close(ch)
	}
	p.wake = nil
}

func (p *Pool) loop(id int, wake chan struct{}) {
	for range wake {
		p.work(id)
		p.done.Done()
	}
}

func (p *Pool) work(id int) {
	for {
		lo := int(p.next.Add(int64(p.grain))) - p.grain
		if lo >= p.n {
			return
		}
		p.task.Run(id, lo, min(lo+p.grain, p.n))
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
	if chunks <= 1 || len(p.wake) == 0 {
		if n > 0 {
			t.Run(0, 0, n)
		}
		return
	}
	p.task, p.n, p.grain = t, n, grain
	p.next.Store(0)
	helpers := min(len(p.wake), chunks-1)
	p.done.Add(helpers)
	for _, ch := range p.wake[:helpers] {
		ch <- struct{}{}
	}
	p.work(0)
	p.done.Wait()
	p.task = nil
}
