package sample

// RNG is the sampler's random source: SplitMix64 (Steele, Lea and Flood),
// a 64-bit state advanced by a constant and mixed by two multiplies. It
// is this package's own so that a seed gives the same numbers natively
// and in wasm whatever the Go version (math/rand's sources may change
// between releases, and its global state is shared).
type RNG struct{ state uint64 }

// NewRNG returns a generator seeded with seed.
func NewRNG(seed uint64) RNG { return RNG{state: seed} }

// Uint64 returns the next 64 random bits.
func (r *RNG) Uint64() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// Float64 returns a uniform number in [0, 1) with 53 random bits.
func (r *RNG) Float64() float64 { return float64(r.Uint64()>>11) / (1 << 53) }
