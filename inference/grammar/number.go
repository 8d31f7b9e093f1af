package grammar

// Numbers are generated in plain decimal notation: an optional '-', an
// integer part without leading zeros, an optional fraction, no exponent,
// at most D digits in all (Options.MaxNumberDigits). A magnitude m is then
// a multiple of 10^-D below 10^D, held exactly as the integer m·10^D (see
// u128). A prefix is allowed only if some completion of it lies within the
// bounds; the check looks at every shape a completion can take (how many
// more integer digits, how many fraction digits) and asks whether the grid
// of values of that shape meets the bounds.

// numSpec is a compiled number or integer schema.
type numSpec struct {
	integer bool
	digits  int      // D
	pos     numRange // magnitudes allowed without '-'
	neg     numRange // magnitudes allowed after '-' (never 0: "-0" is not written)
}

// numRange is an inclusive range of magnitudes scaled by 10^D.
type numRange struct {
	ok     bool
	lo, hi u128
}

// Number frame phases (frame.c & numPhase); numNeg marks a '-'.
const (
	nStart   = iota // nothing read
	nMinus          // "-"
	nZero           // "0" or "-0": no more integer digits
	nInt            // integer digits, the first non-zero
	nDot            // "…." awaiting a fraction digit
	nFrac           // fraction digits
	numPhase = 0xff
	numNeg   = 0x100
)

// bound is one side of a schema's range.
type bound struct {
	set, excl bool
	d         decimal
}

// newNumSpec compiles bounds into magnitude ranges. It reports false when
// no number of at most digits digits satisfies them.
func newNumSpec(integer bool, digits int, lo, hi bound) (*numSpec, bool) {
	s := &numSpec{integer: integer, digits: digits}
	scale := digits
	maxMag, _ := u128{0, 1}.mulPow10(2 * digits)
	maxMag = maxMag.sub(u128{0, 1})
	if integer {
		maxMag, _ = u128{0, pow10[digits] - 1}.mulPow10(digits)
	}
	// ceilB and floorB turn a bound into an inclusive scaled magnitude.
	ceilB := func(b bound) (u128, bool) {
		v, over := b.d.scaled(scale, true, maxMag)
		exact := !over && b.d.isScaledExact(scale)
		if b.excl && exact {
			v, _ = v.add(u128{0, 1})
		}
		return v, over
	}
	floorB := func(b bound) (u128, bool) {
		v, over := b.d.scaled(scale, false, maxMag)
		exact := !over && b.d.isScaledExact(scale)
		if b.excl && exact {
			v = v.sub(u128{0, 1}) // v > 0: a zero bound is handled by the callers
		}
		return v, over
	}
	// Positive side: v = m ≥ 0.
	p := numRange{ok: true, hi: maxMag}
	if lo.set && !lo.d.neg && lo.d.digits != "" {
		v, over := ceilB(lo)
		p.lo, p.ok = v, !over
	} else if lo.set && lo.excl && lo.d.digits == "" {
		p.lo = u128{0, 1} // > 0
	}
	if hi.set {
		switch {
		case hi.d.neg:
			p.ok = false
		case hi.d.digits == "":
			p.hi = u128{}
			if hi.excl {
				p.ok = false
			}
		default:
			if v, over := floorB(hi); !over {
				p.hi = v
			}
		}
	}
	// Negative side: v = -m with m > 0.
	n := numRange{ok: true, lo: u128{0, 1}, hi: maxMag}
	if lo.set {
		switch {
		case !lo.d.neg || lo.d.digits == "":
			n.ok = false
		default:
			if v, over := floorB(lo); !over {
				n.hi = v
			}
		}
	}
	if hi.set && hi.d.neg {
		v, over := ceilB(hi)
		n.lo, n.ok = v, n.ok && !over
		if n.lo == (u128{}) {
			n.lo = u128{0, 1}
		}
	}
	p.ok = p.ok && p.lo.cmp(p.hi) <= 0
	n.ok = n.ok && n.lo.cmp(n.hi) <= 0
	s.pos, s.neg = p, n
	// A range may still hold no value of the allowed shapes (an integer
	// range inside (0, 1)): ask the prefix check for the empty prefix.
	var f frame
	f.c = nStart
	return s, s.feasible(&f)
}

// isScaledExact reports whether |d|·10^scale is an integer.
func (d decimal) isScaledExact(scale int) bool {
	return d.exp-len(d.digits)+scale >= 0
}

// rangeOf returns the magnitude range for the frame's sign.
func (s *numSpec) rangeOf(f *frame) numRange {
	if f.c&numNeg != 0 {
		return s.neg
	}
	return s.pos
}

// hit reports whether the grid base + k·step, 0 ≤ k < 10^countExp, meets
// r, and returns the smallest such k. Steps are at most 10^18.
func hit(r numRange, base, step u128, countExp int) (u128, bool) {
	if base.cmp(r.hi) > 0 {
		return u128{}, false
	}
	var k u128
	if base.cmp(r.lo) < 0 {
		d := r.lo.sub(base)
		q, rem := d.divSmall(step.lo)
		if rem {
			q, _ = q.add(u128{0, 1})
		}
		k = q
	}
	c, _ := u128{0, 1}.mulPow10(countExp)
	if k.cmp(c) >= 0 {
		return u128{}, false
	}
	off, o1 := k.mulSmall(step.lo)
	v, o2 := base.add(off)
	return k, !o1 && !o2 && v.cmp(r.hi) <= 0
}

// scaledPrefix returns the frame's digits so far as a magnitude ·10^D.
func (s *numSpec) scaledPrefix(f *frame) u128 {
	v, _ := u128{0, f.x}.mulPow10(s.digits - int(f.b))
	return v
}

// feasible reports whether some completion of the frame's prefix is a
// number within the bounds.
func (s *numSpec) feasible(f *frame) bool {
	phase := f.c & numPhase
	if phase == nStart || phase == nMinus {
		neg := phase == nMinus
		if r := s.pos; !neg && r.ok || neg && s.neg.ok {
			for d := uint64(0); d <= 9; d++ {
				g := frame{a: 1, x: d, c: nInt}
				if d == 0 {
					g.c = nZero
				}
				if neg {
					g.c |= numNeg
				}
				if s.feasible(&g) {
					return true
				}
			}
		}
		if !neg && s.neg.ok {
			g := frame{c: numNeg | nMinus}
			return s.feasible(&g)
		}
		return false
	}
	r := s.rangeOf(f)
	if !r.ok {
		return false
	}
	left := s.digits - int(f.a) - int(f.b)
	D := s.digits
	switch phase {
	case nZero, nInt:
		jmax := left
		if phase == nZero {
			jmax = 0
		}
		for j := 0; j <= jmax; j++ {
			base, o := u128{0, f.x}.mulPow10(j + D)
			if o || base.cmp(r.hi) > 0 {
				return false // longer integer parts are larger still
			}
			g := 0 // fraction digits available
			if !s.integer {
				g = left - j
			}
			step, _ := u128{0, 1}.mulPow10(D - g)
			if _, ok := hit(r, base, step, j+g); ok {
				return true
			}
		}
		return false
	case nDot, nFrac:
		base := s.scaledPrefix(f)
		step, _ := u128{0, 1}.mulPow10(D - int(f.b) - left)
		if phase == nDot && left == 0 {
			return false
		}
		_, ok := hit(r, base, step, left)
		return ok
	}
	return false
}

// complete reports whether the frame holds a whole number within bounds.
func (s *numSpec) complete(f *frame) bool {
	switch f.c & numPhase {
	case nZero, nInt, nFrac:
	default:
		return false
	}
	r := s.rangeOf(f)
	v := s.scaledPrefix(f)
	return r.ok && v.cmp(r.lo) >= 0 && v.cmp(r.hi) <= 0
}

// step reads one byte of a number. A byte that cannot continue the number
// ends it (stepEnd) if what was read is complete.
func (s *numSpec) step(f *frame, c byte) stepResult {
	phase := f.c & numPhase
	left := s.digits - int(f.a) - int(f.b)
	old := *f
	switch {
	case c == '-' && phase == nStart:
		f.c = numNeg | nMinus
		if !s.neg.ok {
			*f = old
			return stepFail
		}
		return stepOK
	case c >= '0' && c <= '9':
		d := uint64(c - '0')
		switch phase {
		case nStart, nMinus:
			f.c = f.c&numNeg | nInt
			if d == 0 {
				f.c = f.c&numNeg | nZero
			}
			f.a, f.x = 1, d
		case nInt, nDot, nFrac:
			if left == 0 {
				return s.end(f)
			}
			f.x = f.x*10 + d
			if phase == nInt {
				f.a++
			} else {
				f.b++
				f.c = f.c&numNeg | nFrac
			}
		default:
			return s.end(f)
		}
	case c == '.' && (phase == nZero || phase == nInt) && !s.integer && left > 0:
		f.c = f.c&numNeg | nDot
	default:
		return s.end(f)
	}
	if !s.feasible(f) {
		*f = old
		return stepFail
	}
	return stepOK
}

func (s *numSpec) end(f *frame) stepResult {
	if s.complete(f) {
		return stepEnd
	}
	return stepFail
}

// closeText appends the shortest completion of the frame's number.
func (s *numSpec) closeText(b []byte, f *frame) []byte {
	phase := f.c & numPhase
	if phase == nStart || phase == nMinus {
		var best []byte
		for _, c := range []byte("0123456789-") {
			g := *f
			if s.step(&g, c) != stepOK {
				continue
			}
			if t := s.closeText([]byte{c}, &g); best == nil || len(t) < len(best) {
				best = t
			}
		}
		return append(b, best...)
	}
	r := s.rangeOf(f)
	left := s.digits - int(f.a) - int(f.b)
	D := s.digits
	for n := 0; n <= left+1; n++ {
		switch phase {
		case nZero, nInt:
			// n more integer digits and no fraction …
			if n <= left && (phase == nInt || n == 0) {
				base, o := u128{0, f.x}.mulPow10(n + D)
				step, _ := u128{0, 1}.mulPow10(D)
				if k, ok := hit(r, base, step, n); ok && !o {
					return append(b, k.digits(n)...)
				}
			}
			// … or j more integer digits, '.', and n-1-j fraction digits.
			if s.integer {
				continue
			}
			for j := 0; j <= n-2; j++ {
				fr := n - 1 - j
				if j > 0 && phase == nZero || j+fr > left {
					continue
				}
				base, o := u128{0, f.x}.mulPow10(j + D)
				step, _ := u128{0, 1}.mulPow10(D - fr)
				if k, ok := hit(r, base, step, j+fr); ok && !o {
					t := k.digits(j + fr)
					b = append(b, t[:j]...)
					b = append(b, '.')
					return append(b, t[j:]...)
				}
			}
		case nDot, nFrac:
			if n > left || phase == nDot && n == 0 {
				continue
			}
			base := s.scaledPrefix(f)
			step, _ := u128{0, 1}.mulPow10(D - int(f.b) - n)
			if k, ok := hit(r, base, step, n); ok {
				return append(b, k.digits(n)...)
			}
		}
	}
	return b
}
