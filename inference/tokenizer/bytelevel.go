package tokenizer

// GPT-2's byte-level alphabet: every byte is written as one printable rune
// so that a byte-level BPE vocabulary can be stored as text. Bytes that are
// printable Latin-1 stand for themselves; the others (controls, space,
// 0x7F–0xA0, 0xAD) become U+0100 onwards in byte order. "Ġ" (U+0120) is
// the space, "Ċ" (U+010A) the newline.

// byteRune maps a byte to its rune in the byte-level alphabet.
var byteRune [256]rune

// runeByte maps a rune of the alphabet back to its byte; -1 elsewhere. The
// alphabet lies below U+0144.
var runeByte [0x144]int16

func init() {
	for i := range runeByte {
		runeByte[i] = -1
	}
	n := rune(0)
	for b := range 256 {
		r := rune(b)
		if !(b >= '!' && b <= '~' || b >= 0xA1 && b <= 0xAC || b >= 0xAE && b <= 0xFF) {
			r = 0x100 + n
			n++
		}
		byteRune[b] = r
		runeByte[r] = int16(b)
	}
}

// byteLevelDecode turns a token of a byte-level vocabulary into the raw
// bytes it stands for. ok is false when the token holds a rune outside the
// alphabet.
func byteLevelDecode(tok string) (raw []byte, ok bool) {
	raw = make([]byte, 0, len(tok))
	for _, r := range tok {
		if r < 0 || int(r) >= len(runeByte) || runeByte[r] < 0 {
			return nil, false
		}
		raw = append(raw, byte(runeByte[r]))
	}
	return raw, true
}
