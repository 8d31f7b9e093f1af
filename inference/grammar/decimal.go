package grammar

import (
	"math/bits"
	"strings"
)

// u128 is an unsigned 128-bit integer. Number bounds are checked on exact
// decimals in fixed point: a magnitude m with at most D digits is held as
// m·10^D, which is below 10^36 < 2^128 for D ≤ 18.
type u128 struct{ hi, lo uint64 }

func (a u128) cmp(b u128) int {
	switch {
	case a.hi < b.hi || a.hi == b.hi && a.lo < b.lo:
		return -1
	case a == b:
		return 0
	}
	return 1
}

func (a u128) add(b u128) (u128, bool) {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	hi, c := bits.Add64(a.hi, b.hi, c)
	return u128{hi, lo}, c != 0
}

// sub returns a-b for a ≥ b.
func (a u128) sub(b u128) u128 {
	lo, c := bits.Sub64(a.lo, b.lo, 0)
	hi, _ := bits.Sub64(a.hi, b.hi, c)
	return u128{hi, lo}
}

// mulSmall returns a·k and whether it overflowed.
func (a u128) mulSmall(k uint64) (u128, bool) {
	h1, lo := bits.Mul64(a.lo, k)
	h2, hi := bits.Mul64(a.hi, k)
	hi, c := bits.Add64(hi, h1, 0)
	return u128{hi, lo}, h2 != 0 || c != 0
}

// divSmall returns a/k, rounded down, and whether the division left a
// remainder.
func (a u128) divSmall(k uint64) (u128, bool) {
	qh, r := bits.Div64(0, a.hi, k)
	ql, r := bits.Div64(r, a.lo, k)
	return u128{qh, ql}, r != 0
}

// pow10 holds 10^0 … 10^19 (all that fit a uint64).
var pow10 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// mulPow10 returns a·10^k and whether it overflowed.
func (a u128) mulPow10(k int) (u128, bool) {
	for k > 0 {
		s := min(k, 19)
		var o bool
		if a, o = a.mulSmall(pow10[s]); o {
			return a, true
		}
		k -= s
	}
	return a, false
}

// divPow10 returns a/10^k rounded down, and whether a remainder was left.
func (a u128) divPow10(k int) (u128, bool) {
	rem := false
	for k > 0 {
		s := min(k, 19)
		var r bool
		a, r = a.divSmall(pow10[s])
		rem = rem || r
		k -= s
	}
	return a, rem
}

// digits returns a's decimal digits, left-padded with zeros to width.
func (a u128) digits(width int) string {
	var buf [48]byte
	i := len(buf)
	for a != (u128{}) || i > len(buf)-width {
		q, _ := a.divSmall(10)
		r := a.sub(mustMul(q, 10))
		i--
		buf[i] = byte('0' + r.lo)
		a = q
	}
	return string(buf[i:])
}

func mustMul(a u128, k uint64) u128 {
	p, _ := a.mulSmall(k)
	return p
}

// decimal is an exact JSON number: (-1)^neg · 0.digits · 10^exp, with no
// leading zeros in digits ("" for zero).
type decimal struct {
	neg    bool
	digits string
	exp    int
}

// parseDecimal reads a JSON number literal exactly.
func parseDecimal(s string) (decimal, bool) {
	var d decimal
	if strings.HasPrefix(s, "-") {
		d.neg, s = true, s[1:]
	}
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i+1:]
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	if intPart == "" || !allDigits(intPart) || !allDigits(frac) {
		return d, false
	}
	e := 0
	if exp != "" {
		eneg := false
		switch exp[0] {
		case '-':
			eneg, exp = true, exp[1:]
		case '+':
			exp = exp[1:]
		}
		if exp == "" || !allDigits(exp) || len(exp) > 6 {
			return d, false
		}
		for _, c := range exp {
			e = e*10 + int(c-'0')
		}
		if eneg {
			e = -e
		}
	}
	all := strings.TrimLeft(intPart+frac, "0")
	d.exp = e + len(intPart) - (len(intPart) + len(frac) - len(all))
	d.digits = strings.TrimRight(all, "0")
	if d.digits == "" {
		d.neg, d.exp = false, 0
	}
	return d, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// scaled returns |d|·10^scale as an integer, rounded up or down, and
// whether it exceeds limit (then the result is limit).
func (d decimal) scaled(scale int, up bool, limit u128) (u128, bool) {
	// |d| = digits · 10^(exp - len(digits)); times 10^scale.
	shift := d.exp - len(d.digits) + scale
	if d.digits == "" {
		return u128{}, false
	}
	if len(d.digits)+shift > 38 {
		return limit, true
	}
	var v u128
	var rem bool
	keep := len(d.digits)
	if shift < 0 {
		keep = max(0, len(d.digits)+shift)
		rem = strings.TrimRight(d.digits[keep:], "0") != ""
	}
	for i := 0; i < keep; i++ {
		v, _ = v.mulSmall(10)
		v, _ = v.add(u128{0, uint64(d.digits[i] - '0')})
	}
	if shift > 0 {
		var o bool
		if v, o = v.mulPow10(shift); o {
			return limit, true
		}
	}
	if rem && up {
		v, _ = v.add(u128{0, 1})
	}
	if v.cmp(limit) > 0 {
		return limit, true
	}
	return v, false
}
