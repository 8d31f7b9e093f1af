package tokenizer

import "unicode/utf8"

// Decoder turns a stream of generated tokens into text, yielding it only
// at UTF-8 boundaries: a token that ends inside a multi-byte character (a
// byte token, or part of an emoji in byte-level BPE) is held back until
// the character is complete. It decodes a continuation: unlike Decode, it
// never removes SentencePiece's leading space. A Decoder is not safe for
// concurrent use.
type Decoder struct {
	t       *Tokenizer
	pending []byte
}

// NewDecoder returns a Decoder for t's tokens.
func (t *Tokenizer) NewDecoder() *Decoder { return &Decoder{t: t} }

// Next adds token id and returns the text it completes, possibly "".
func (d *Decoder) Next(id int32) string {
	d.pending = append(d.pending, d.t.TokenBytes(id)...)
	n := completeUTF8(d.pending)
	if n == 0 {
		return ""
	}
	s := string(d.pending[:n])
	d.pending = append(d.pending[:0], d.pending[n:]...)
	return s
}

// Flush returns the bytes held back, as they are (an incomplete UTF-8
// sequence at the end of the stream), and empties the Decoder.
func (d *Decoder) Flush() string {
	s := string(d.pending)
	d.pending = d.pending[:0]
	return s
}

// completeUTF8 returns the length of the longest prefix of p that does not
// end inside a UTF-8 sequence that later bytes could still complete.
// Invalid bytes count as complete: they can never become valid.
func completeUTF8(p []byte) int {
	// A sequence is at most utf8.UTFMax bytes: look for its start among
	// the last ones.
	for i := len(p) - 1; i >= 0 && i >= len(p)-utf8.UTFMax; i-- {
		if utf8.RuneStart(p[i]) {
			if utf8.FullRune(p[i:]) {
				return len(p)
			}
			return i
		}
	}
	return len(p)
}
