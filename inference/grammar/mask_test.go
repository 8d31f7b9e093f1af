package grammar

import (
	"math/bits"
	"math/rand/v2"
	"testing"
)

// bruteMask is the definition of a mask: each token's bytes tried alone
// on the matcher, the closure checked against the budget, stop tokens
// exactly at completion.
func bruteMask(m *Matcher, v *Vocab, left int) []uint64 {
	dst := make([]uint64, v.Words())
	for id, tok := range v.tokens {
		ok := false
		if len(tok) > 0 {
			mk := m.mark()
			ok = true
			for _, c := range tok {
				if !m.step(c) {
					ok = false
					break
				}
			}
			ok = ok && (left < 0 || m.CloseLen() <= left-1)
			m.rollback(mk)
		} else {
			ok = v.IsStop(int32(id)) && m.Complete()
		}
		if ok {
			dst[id>>6] |= 1 << (id & 63)
		}
	}
	return dst
}

func popcount(m []uint64) int {
	n := 0
	for _, w := range m {
		n += bits.OnesCount64(w)
	}
	return n
}

// sampleToken draws a token allowed by mask, or -1.
func sampleToken(r *rand.Rand, mask []uint64) int32 {
	n := popcount(mask)
	if n == 0 {
		return -1
	}
	k := r.IntN(n)
	for i, w := range mask {
		if c := bits.OnesCount64(w); k >= c {
			k -= c
			continue
		}
		for ; ; w &= w - 1 {
			if k == 0 {
				return int32(i*64 + bits.TrailingZeros64(w))
			}
			k--
		}
	}
	return -1
}

// TestMaskMatchesBruteForce generates documents by sampling uniformly from
// the computed masks (with budgets, so that the closing phase is reached)
// and checks every mask against the brute-force definition.
func TestMaskMatchesBruteForce(t *testing.T) {
	tok := testTokenizer(t, 32000)
	v := vocabOf(t, tok)
	steps := 60
	if testing.Short() {
		steps = 15
	}
	for _, s := range testSchemas {
		g, val := loadSchema(t, s.name, s.opt)
		k := NewMasker(g, v)
		r := rand.New(rand.NewPCG(3, uint64(len(s.name))))
		for run := 0; run < 3; run++ {
			m := g.NewMatcher()
			maxTokens := m.CloseLen() + 5 + r.IntN(60)
			var doc []byte
			mask := make([]uint64, v.Words())
			for used := 0; ; used++ {
				left := maxTokens - used
				k.Fill(m, mask, left)
				if used < steps || left < 12 {
					want := bruteMask(m, v, left)
					for i := range want {
						if want[i] != mask[i] {
							d := want[i] ^ mask[i]
							id := int32(i*64 + bits.TrailingZeros64(d))
							t.Fatalf("%s after %q (left %d): token %d %q: mask %v, brute force %v",
								s.name, doc, left, id, v.tokens[id], mask[i]&(d&-d) != 0, want[i]&(d&-d) != 0)
						}
					}
				}
				id := sampleToken(r, mask)
				if id < 0 {
					t.Fatalf("%s after %q: no token allowed (left %d)", s.name, doc, left)
				}
				if v.IsStop(id) {
					break
				}
				if !m.Advance(v.tokens[id]) {
					t.Fatalf("masked-in token %q rejected", v.tokens[id])
				}
				doc = append(doc, v.tokens[id]...)
			}
			t.Logf("%s: %d tokens: %s", s.name, maxTokens, doc)
			if err := val.Check(doc); err != nil {
				t.Fatalf("%s: %s: %v", s.name, doc, err)
			}
		}
	}
}
