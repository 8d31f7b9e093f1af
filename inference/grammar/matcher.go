package grammar

// Matcher reads a document byte by byte against a Grammar. Its state is a
// stack of frames, one per open value; every byte changes at most the top
// frames, and each change is logged so that a speculative walk (a token
// tried during mask computation) is undone in time proportional to the
// bytes it read, with no copying of the stack.
//
// A Matcher is not safe for concurrent use.
type Matcher struct {
	g     *Grammar
	stack []frame
	log   []undo
	glob  globals
	// floor is the lowest frame a walk may touch; a byte that would reach
	// below it sets hitFloor and fails (mask cache fills, see mask.go).
	floor    int
	hitFloor bool
	read     int    // bytes accepted so far
	marks    []mark // Masker.walk's marks, one per byte of a token
	scratch  []byte // onlyByte's closure
}

// frame is the state of one open value. The meaning of st, a, b, c and x
// depends on the node's kind; see the step functions.
type frame struct {
	node int32
	st   int32
	a, b int32
	c    uint32
	need int32 // counted instances this frame's closure holds (kept in glob.need)
	x    uint64
	// counted marks an instance of the counted definition.
	counted bool
}

// globals are the counters of the whole stack.
type globals struct {
	nest  int32 // open objects and arrays
	count int32 // counted instances begun
	depth int32 // counted instances open
	need  int32 // counted instances the closures of all frames hold
}

type undo struct {
	i int32
	f frame
}

// mark is a point a Matcher can return to.
type mark struct {
	h, u, read int32
	glob       globals
}

type stepResult uint8

const (
	stepOK   stepResult = iota // byte consumed
	stepDone                   // byte consumed, the value is complete: pop
	stepEnd                    // the value ended before this byte: pop, give the byte to the parent
	stepPush                   // byte starts a child value: push it, give it the byte
	stepFail                   // byte not allowed
)

// NewMatcher returns a matcher at the start of a document.
func (g *Grammar) NewMatcher() *Matcher {
	m := &Matcher{g: g, stack: make([]frame, 0, 32), log: make([]undo, 0, 64)}
	m.Reset()
	return m
}

// Reset returns the matcher to the start of a document.
func (m *Matcher) Reset() {
	m.stack = append(m.stack[:0], frame{node: docNode})
	m.log = m.log[:0]
	m.glob = globals{}
	m.floor, m.hitFloor, m.read = 0, false, 0
}

// Clone returns an independent copy of the matcher.
func (m *Matcher) Clone() *Matcher {
	c := *m
	c.stack = append(make([]frame, 0, cap(m.stack)), m.stack...)
	c.log = make([]undo, 0, 64)
	c.marks, c.scratch = nil, nil
	return &c
}

// Grammar returns the grammar the matcher reads.
func (m *Matcher) Grammar() *Grammar { return m.g }

// Len returns how many bytes the matcher has accepted.
func (m *Matcher) Len() int { return m.read }

// Advance reads p. If some byte is not allowed, the matcher is left as it
// was and Advance returns false.
func (m *Matcher) Advance(p []byte) bool {
	mk := m.mark()
	for _, c := range p {
		if !m.step(c) {
			m.rollback(mk)
			return false
		}
	}
	m.log = m.log[:0]
	return true
}

// Accepts reports whether the matcher would accept p, without changing it.
func (m *Matcher) Accepts(p []byte) bool {
	mk := m.mark()
	ok := true
	for _, c := range p {
		if !m.step(c) {
			ok = false
			break
		}
	}
	m.rollback(mk)
	return ok
}

// Complete reports whether what was read is a whole document: a value the
// schema accepts, which could end here.
func (m *Matcher) Complete() bool {
	switch len(m.stack) {
	case 1:
		return m.stack[0].st == 1
	case 2:
		return m.endable(&m.stack[1])
	}
	return false
}

// endable reports whether a frame may end without another byte (a number
// or a literal that is whole but could go on).
func (m *Matcher) endable(f *frame) bool {
	n := &m.g.nodes[f.node]
	switch n.kind {
	case kNumber:
		return n.num.complete(f)
	case kLiteral:
		return m.g.tries[f.st].term >= 0
	}
	return false
}

func (m *Matcher) mark() mark {
	return mark{int32(len(m.stack)), int32(len(m.log)), int32(m.read), m.glob}
}

func (m *Matcher) rollback(mk mark) {
	full := m.stack[:cap(m.stack)]
	for i := len(m.log) - 1; i >= int(mk.u); i-- {
		u := &m.log[i]
		full[u.i] = u.f
	}
	m.log = m.log[:mk.u]
	m.stack = full[:mk.h]
	m.read = int(mk.read)
	m.glob = mk.glob
}

// mut logs frame i and returns it for writing.
func (m *Matcher) mut(i int) *frame {
	m.log = append(m.log, undo{int32(i), m.stack[i]})
	return &m.stack[i]
}

// step reads one byte.
func (m *Matcher) step(c byte) bool {
	for {
		i := len(m.stack) - 1
		if i < m.floor {
			m.hitFloor = true
			return false
		}
		f := m.mut(i)
		res, child := m.stepFrame(f, c)
		switch res {
		case stepOK:
			if !m.recheck(f) {
				return false
			}
			m.read++
			return true
		case stepDone:
			m.pop()
			m.read++
			return true
		case stepEnd:
			m.pop()
		case stepPush:
			if !m.recheck(f) || !m.push(child, c) {
				return false
			}
		default:
			return false
		}
	}
}

// stepFrame dispatches a byte to the frame's kind.
func (m *Matcher) stepFrame(f *frame, c byte) (stepResult, int32) {
	g := m.g
	n := &g.nodes[f.node]
	switch n.kind {
	case kObject:
		return g.stepObject(f, n, c)
	case kTagged:
		return g.stepTagged(f, n, c)
	case kArray:
		return stepArray(f, n, c)
	case kMap:
		return stepMap(f, n, c)
	case kString:
		return g.stepString(f, n, c), 0
	case kNumber:
		return n.num.step(f, c), 0
	case kLiteral:
		return g.stepLiteral(f, c), 0
	case kDoc:
		if f.st == 0 {
			f.st = 1
			return stepPush, n.item
		}
	}
	return stepFail, 0
}

// push opens a child value of node id whose first byte is c. Unions are
// resolved by c here, so frames are never of a union.
func (m *Matcher) push(id int32, c byte) bool {
	g := m.g
	counted := false
	for {
		n := &g.nodes[id]
		counted = counted || n.counted
		if n.kind != kUnion {
			break
		}
		if id = n.alt[c]; id < 0 {
			return false
		}
	}
	n := &g.nodes[id]
	if !n.first[c] {
		return false
	}
	f := frame{node: id}
	if counted {
		f.counted = true
		m.glob.count++
		m.glob.depth++
	}
	switch n.kind {
	case kObject, kTagged, kMap, kArray:
		m.glob.nest++
	}
	switch n.kind {
	case kLiteral, kTagged:
		f.st = n.trie
	case kObject:
		f.st = objOpen
	}
	i := len(m.stack)
	if i < cap(m.stack) {
		m.log = append(m.log, undo{int32(i), m.stack[:i+1][i]})
	}
	m.stack = append(m.stack, f)
	// The frame's own closure is checked by recheck once it has read its
	// first byte; here, that opening it keeps the counters in bounds.
	lim := &g.lim
	return m.glob.nest <= int32(lim.nesting) &&
		(!lim.counted || m.glob.depth <= int32(lim.count.MaxDepth) && m.glob.count+m.glob.need <= int32(lim.count.MaxCount))
}

// pop closes the top frame.
func (m *Matcher) pop() {
	i := len(m.stack) - 1
	f := &m.stack[i]
	if f.counted {
		m.glob.depth--
	}
	switch m.g.nodes[f.node].kind {
	case kObject, kTagged, kMap, kArray:
		m.glob.nest--
	}
	m.glob.need -= f.need
	m.stack = m.stack[:i]
}

// recheck updates a container frame's closure needs after its state
// changed and checks that the closure still fits the limits: choosing an
// optional property whose shortest value nests, or holds counted
// instances, must leave room to write that value.
func (m *Matcher) recheck(f *frame) bool {
	n := &m.g.nodes[f.node]
	if !n.uses {
		return true
	}
	ci := m.g.frameInfo(f)
	m.glob.need += ci.need - f.need
	f.need = ci.need
	lim := &m.g.lim
	if m.glob.nest+ci.nest > int32(lim.nesting) {
		return false
	}
	if lim.counted && (m.glob.depth+ci.deep > int32(lim.count.MaxDepth) || m.glob.count+m.glob.need > int32(lim.count.MaxCount)) {
		return false
	}
	return true
}
