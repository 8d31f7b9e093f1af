package tensor

// The integer kernels multiply several small integers at once in one
// 64-bit multiplication (SWAR): a word W of unsigned weight codes in
// lanes w₀ + w₁B + w₂B² + w₃B³ (B = 2¹⁶) times a word X of signed
// activation codes in reversed lanes x₃ + x₂B + x₁B² + x₀B³ has, as its
// B³ coefficient, w₀x₀ + w₁x₁ + w₂x₂ + w₃x₃: four products and three sums
// for one multiply. Coefficients above B³ wrap away modulo 2⁶⁴; those
// below are small and signed, so adding B³/2 and shifting right by 48
// (arithmetically) recovers the B³ coefficient exactly while it stays in
// a signed 16-bit lane. With codes of at most 4 bits (|w·x| ≤ 15·127)
// four such products can be summed before the extraction, with 5 bits
// two, with 6 bits one. Eight-bit weight codes (Q8_0) use two 32-bit
// lanes per word the same way (B = 2³²): per multiply, two products.
//
// On the weight side the lanes come straight out of the stored bytes
// with a mask: the low nibbles of bytes 0, 2, 4, 6 of a little-endian
// word are (word & 0x000F000F000F000F), of bytes 1, 3, 5, 7 the same
// after a shift by 8, the high nibbles after shifts by 4 and 12. So the
// activation side is packed to match: p16 word 2k+p of a 32-value block
// holds values 8k+p, 8k+p+2, 8k+p+4, 8k+p+6 (k = 0..3, p = 0..1) in lanes
// 3, 2, 1, 0. Every 4- to 6-bit layout of ggml stores 32 consecutive
// values as the low or high nibbles of 32 consecutive bytes (Q4_K, Q5_K,
// Q6_K) or of 16 bytes for the 32 values j and j+16 (Q4_0, Q4_1, Q5_0,
// Q5_1), and both fit this one packing. p32 word 4k+m holds values 8k+m
// and 8k+m+4 in lanes 1 and 0, matching the two 32-bit lanes that mask
// 0x000000FF000000FF takes from bytes m and m+4 of an 8-byte word.

// Lane masks and the rounding bias of the extraction.
const (
	m4   = 0x000F000F000F000F // low nibble of bytes 0, 2, 4, 6 in 16-bit lanes
	m1   = 0x0001000100010001 // bit 0 of bytes 0, 2, 4, 6
	m30  = 0x0030003000300030 // bits 4-5 of each 16-bit lane
	m8   = 0x000000FF000000FF // bytes 0 and 4 in 32-bit lanes
	flip = 0x8080808080808080 // adds 128 to every signed byte, making it unsigned
	b16  = 1 << 47            // half of B³ for 16-bit lanes
	b32  = 1 << 31            // half of B for 32-bit lanes
)

// packP16 packs one 32-value block of codes into eight 16-bit-lane words.
func packP16(dst *[8]int64, q *[32]int8) {
	for k := 0; k < 4; k++ {
		for p := 0; p < 2; p++ {
			var w int64
			for i := 0; i < 4; i++ {
				w += int64(q[8*k+p+2*i]) << (48 - 16*i)
			}
			dst[2*k+p] = w
		}
	}
}

// packP32 packs one 32-value block of codes into sixteen 32-bit-lane words.
func packP32(dst *[16]int64, q *[32]int8) {
	for k := 0; k < 4; k++ {
		for m := 0; m < 4; m++ {
			dst[4*k+m] = int64(q[8*k+m+4]) + int64(q[8*k+m])<<32
		}
	}
}

// lane16 extracts the B³ coefficient of a sum of 16-bit-lane products.
func lane16(acc int64) int32 { return int32((acc + b16) >> 48) }

// lane32 extracts the B coefficient of a sum of 32-bit-lane products.
func lane32(acc int64) int32 { return int32((acc + b32) >> 32) }
