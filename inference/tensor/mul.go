package tensor

import "fmt"

// Product names one matrix product of a group: Dst = M·x for every
// vector of the input batch, Dst[t·M.Rows + r] = M.row(r)·x.Row(t).
type Product struct {
	M   *Matrix
	Dst []float32
}

// maxGroup is the most products one dispatch holds (q, k, v; gate, up).
const maxGroup = 4

// mulTask computes a group of products over the concatenation of their
// rows, so that matrices reading the same input share one dispatch.
type mulTask struct {
	x     *Batch
	prods [maxGroup]Product
	n     int
	start [maxGroup + 1]int // first row of each product in the concatenation
}

func (m *mulTask) Run(_, lo, hi int) {
	x := m.x
	for i := 0; i < m.n; i++ {
		a, b := max(lo, m.start[i])-m.start[i], min(hi, m.start[i+1])-m.start[i]
		if a >= b {
			continue
		}
		w, dst := m.prods[i].M, m.prods[i].Dst
		rows, data := w.f.fast.rows, w.Data[a*w.stride:b*w.stride]
		for t := 0; t < x.N; t++ { // the run's weights stay in cache across t
			rows(dst[t*w.Rows+a:t*w.Rows+b], data, w.stride, x, t)
		}
	}
}

// Mul computes the products, all reading x, spread over the pool's
// threads. Each matrix must have x.K columns and each Dst room for
// x.N×M.Rows values. It allocates nothing once x is prepared at its size.
func (p *Pool) Mul(x *Batch, prods ...Product) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(prods) > 0 {
		g := prods[:min(len(prods), maxGroup)]
		prods = prods[len(g):]
		m := &p.mul
		m.x, m.n = x, len(g)
		work := 0
		for i, pr := range g {
			if pr.M.Cols != x.K || len(pr.Dst) < x.N*pr.M.Rows {
				panic(fmt.Sprintf("tensor: product of a %d×%d matrix with %d vectors of %d into %d values", pr.M.Rows, pr.M.Cols, x.N, x.K, len(pr.Dst)))
			}
			x.prepare(pr.M.f.fast.act)
			m.prods[i] = pr
			m.start[i+1] = m.start[i] + pr.M.Rows
			work += pr.M.Rows * pr.M.stride
		}
		rows := m.start[len(g)]
		p.run(m, rows, grainFor(rows, work*x.N, p.threads))
		m.x, m.prods = nil, [maxGroup]Product{}
	}
}

// grainFor picks rows per chunk: about eight chunks per thread for
// balance, none smaller than 16 rows, and one chunk for small work that
// is not worth waking threads for (under 64 KiB of weights × vectors).
func grainFor(rows, work, threads int) int {
	if threads == 1 || work < 1<<16 {
		return rows
	}
	return max(16, rows/(8*threads))
}
