package grammar

import (
	"slices"
	"sort"
)

// trieNode is one node of a byte trie. Tries hold the exact texts of
// object keys (`"label":`), discriminator prefixes and values
// (`{"type":"button"`) and enum or const values; a byte step in a trie is
// one edge lookup.
type trieNode struct {
	edges  []trieEdge // sorted by byte
	term   int32      // the payload where a text ends here, -1 if none does
	depth  int32      // bytes from the root
	dist   int32      // bytes to the nearest terminal below
	leaves []int32    // payloads of the terminals at or below, sorted
}

type trieEdge struct {
	b  byte
	to int32
}

// trieEntry is one text of a trie and the payload its terminal carries.
type trieEntry struct {
	text    []byte
	payload int32
}

// buildTrie adds a trie of entries to g.tries and returns its root. The
// entries' texts are distinct (the callers drop repeated values).
func (g *Grammar) buildTrie(entries []trieEntry) int32 {
	root := g.newTrieNode(0)
	for _, e := range entries {
		t := root
		for _, c := range e.text {
			next, ok := g.edge(t, c)
			if !ok {
				next = g.newTrieNode(g.tries[t].depth + 1)
				n := &g.tries[t]
				at := sort.Search(len(n.edges), func(k int) bool { return n.edges[k].b >= c })
				n.edges = slices.Insert(n.edges, at, trieEdge{c, next})
			}
			t = next
		}
		g.tries[t].term = e.payload
	}
	g.finishTrie(root)
	return root
}

func (g *Grammar) newTrieNode(depth int32) int32 {
	g.tries = append(g.tries, trieNode{term: -1, depth: depth})
	return int32(len(g.tries) - 1)
}

// finishTrie fills in dist and leaves bottom-up.
func (g *Grammar) finishTrie(t int32) {
	n := &g.tries[t]
	n.dist = 1 << 30
	if n.term >= 0 {
		n.dist = 0
		n.leaves = append(n.leaves, n.term)
	}
	for _, e := range g.tries[t].edges {
		g.finishTrie(e.to)
		c := &g.tries[e.to]
		n := &g.tries[t]
		n.dist = min(n.dist, c.dist+1)
		n.leaves = append(n.leaves, c.leaves...)
	}
	slices.Sort(g.tries[t].leaves)
	g.tries[t].leaves = slices.Compact(g.tries[t].leaves)
}

// edge follows the edge labelled c from t.
func (g *Grammar) edge(t int32, c byte) (int32, bool) {
	es := g.tries[t].edges
	if len(es) <= 8 {
		for _, e := range es {
			if e.b == c {
				return e.to, true
			}
		}
		return 0, false
	}
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if es[m].b < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(es) && es[lo].b == c {
		return es[lo].to, true
	}
	return 0, false
}

// leafIn reports whether a terminal at or below t carries a payload in
// [lo, hi].
func (g *Grammar) leafIn(t int32, lo, hi int32) bool {
	ls := g.tries[t].leaves
	i := sort.Search(len(ls), func(k int) bool { return ls[k] >= lo })
	return i < len(ls) && ls[i] <= hi
}

// shortestTail appends the text from t to its nearest terminal.
func (g *Grammar) shortestTail(b []byte, t int32) []byte {
	for g.tries[t].term < 0 {
		for _, e := range g.tries[t].edges {
			if g.tries[e.to].dist+1 == g.tries[t].dist {
				b = append(b, e.b)
				t = e.to
				break
			}
		}
	}
	return b
}

// firstBytes marks the bytes that leave the root of a trie.
func (g *Grammar) firstBytes(root int32, dst *[256]bool) {
	for _, e := range g.tries[root].edges {
		dst[e.b] = true
	}
}
