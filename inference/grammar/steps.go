package grammar

// The byte steps of container and literal frames. Each returns what the
// byte did (see stepResult) and, for stepPush, the node of the child value
// the byte starts; before a push the frame is already in the state it
// returns to when the child is complete.

// Object frame states (frame.st); st ≥ 0 is a node of the key trie.
// frame.a is the index of the next property (objSep, trie) or of the
// property whose value comes next (objValue); frame.b is 1 once some
// property was written; frame.x has bit j set once property j was
// written, where the object has exclusive groups (not: {required: …}).
const (
	objOpen  = -1 // awaiting '{'
	objSep   = -2 // after '{' or a value: ',' or a key, or '}'
	objValue = -3 // after `"key":`
)

func (g *Grammar) stepObject(f *frame, n *node, c byte) (stepResult, int32) {
	switch f.st {
	case objOpen:
		if c != '{' {
			return stepFail, 0
		}
		f.st, f.a, f.b = objSep, 0, 0
		return stepOK, 0
	case objSep:
		i := f.a
		switch {
		case c == '}' && n.reqFrom[i] == int32(len(n.props)):
			return stepDone, 0
		case c == ',' && f.b == 1 && int(i) < len(n.props) && g.keyLive(f, n, n.trie):
			f.st = n.trie
			return stepOK, 0
		case c == '"' && f.b == 0 && int(i) < len(n.props):
			f.st = n.trie
			return g.stepKey(f, n, c)
		}
		return stepFail, 0
	case objValue:
		j := f.a
		f.st, f.a, f.b = objSep, j+1, 1
		return stepPush, n.props[j].value
	}
	return g.stepKey(f, n, c)
}

// stepKey reads a byte of `"key":` in the key trie: only keys of the next
// properties up to and including the first required one may follow.
func (g *Grammar) stepKey(f *frame, n *node, c byte) (stepResult, int32) {
	next, ok := g.edge(f.st, c)
	if !ok || !g.keyLive(f, n, next) {
		return stepFail, 0
	}
	if j := g.tries[next].term; j >= 0 {
		f.st, f.a = objValue, j
		if len(n.groups) > 0 {
			f.x |= 1 << j
		}
		return stepOK, 0
	}
	f.st = next
	return stepOK, 0
}

// keyLive reports whether key trie node t leads to a property that may
// come next in frame f.
func (g *Grammar) keyLive(f *frame, n *node, t int32) bool {
	lo, hi := f.a, lastCandidate(n, f.a)
	if len(n.groups) == 0 {
		return g.leafIn(t, lo, hi)
	}
	for _, j := range g.tries[t].leaves {
		if j >= lo && j <= hi && n.allowed(f, j) {
			return true
		}
	}
	return false
}

// allowed reports whether property j may be written in frame f: not if it
// would complete an exclusive group.
func (n *node) allowed(f *frame, j int32) bool {
	for _, grp := range n.groups {
		if grp&(1<<j) != 0 && f.x|1<<j == f.x|grp {
			return false
		}
	}
	return true
}

// lastCandidate returns the last property that may come next after
// property i-1: the first required one from i, or the last of all.
func lastCandidate(n *node, i int32) int32 {
	return min(n.reqFrom[i], int32(len(n.props)-1))
}

// stepTagged reads the discriminator prefix and value of a tagged union
// (`{"type":"button"`); where it ends, the frame becomes the chosen
// branch's object frame, after its first property.
func (g *Grammar) stepTagged(f *frame, n *node, c byte) (stepResult, int32) {
	next, ok := g.edge(f.st, c)
	if !ok {
		if b := g.tries[f.st].term; b >= 0 {
			g.becomeBranch(f, n, b)
			return g.stepObject(f, &g.nodes[f.node], c)
		}
		return stepFail, 0
	}
	f.st = next
	if t := &g.tries[next]; t.term >= 0 && len(t.edges) == 0 {
		g.becomeBranch(f, n, t.term)
	}
	return stepOK, 0
}

func (g *Grammar) becomeBranch(f *frame, n *node, b int32) {
	f.node = n.branches[b]
	f.st, f.a, f.b, f.x = objSep, 1, 1, 1
}

// Array frame states (frame.st); frame.a counts the items begun.
const (
	arrOpen  = 0 // awaiting '['
	arrFirst = 1 // after '[': an item or ']'
	arrAfter = 2 // after an item: ',' or ']'
	arrComma = 3 // after ',': an item
)

func stepArray(f *frame, n *node, c byte) (stepResult, int32) {
	switch f.st {
	case arrOpen:
		if c != '[' {
			return stepFail, 0
		}
		f.st = arrFirst
		return stepOK, 0
	case arrFirst:
		if c == ']' {
			if n.minItems > 0 {
				return stepFail, 0
			}
			return stepDone, 0
		}
		if n.maxItems == 0 {
			return stepFail, 0
		}
		f.st, f.a = arrAfter, 1
		return stepPush, n.item
	case arrAfter:
		switch {
		case c == ',' && f.a < n.maxItems:
			f.st = arrComma
			return stepOK, 0
		case c == ']' && f.a >= n.minItems:
			return stepDone, 0
		}
		return stepFail, 0
	case arrComma:
		f.st = arrAfter
		f.a++
		return stepPush, n.item
	}
	return stepFail, 0
}

// Map frame states (frame.st); frame.a counts the members begun.
const (
	mapOpen  = 0 // awaiting '{'
	mapFirst = 1 // after '{': a key or '}'
	mapKey   = 2 // after ',': a key
	mapColon = 3 // after a key: ':'
	mapValue = 4 // after ':': the value
	mapAfter = 5 // after a value: ',' or '}'
)

func stepMap(f *frame, n *node, c byte) (stepResult, int32) {
	switch f.st {
	case mapOpen:
		if c != '{' {
			return stepFail, 0
		}
		f.st = mapFirst
		return stepOK, 0
	case mapFirst:
		if c == '}' {
			return stepDone, 0
		}
		if n.maxItems == 0 {
			return stepFail, 0
		}
		f.st, f.a = mapColon, 1
		return stepPush, n.key
	case mapKey:
		f.st = mapColon
		f.a++
		return stepPush, n.key
	case mapColon:
		if c != ':' {
			return stepFail, 0
		}
		f.st = mapValue
		return stepOK, 0
	case mapValue:
		f.st = mapAfter
		return stepPush, n.item
	case mapAfter:
		switch {
		case c == ',' && f.a < n.maxItems:
			f.st = mapKey
			return stepOK, 0
		case c == '}':
			return stepDone, 0
		}
	}
	return stepFail, 0
}

// stepLiteral reads a byte of an exact text (frame.st is the trie node).
func (g *Grammar) stepLiteral(f *frame, c byte) stepResult {
	next, ok := g.edge(f.st, c)
	if !ok {
		if g.tries[f.st].term >= 0 {
			return stepEnd
		}
		return stepFail
	}
	f.st = next
	if t := &g.tries[next]; t.term >= 0 && len(t.edges) == 0 {
		return stepDone
	}
	return stepOK
}
