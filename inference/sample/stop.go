package sample

import "bytes"

// Stop watches generated text for stop sequences. It holds back text
// that could be the start of one, so what it releases never contains a
// stop sequence or part of one that completes later.
type Stop struct {
	seqs [][]byte
	held []byte
}

// NewStop returns a Stop for the sequences (empty ones are ignored).
func NewStop(seqs []string) *Stop {
	s := &Stop{}
	for _, q := range seqs {
		if q != "" {
			s.seqs = append(s.seqs, []byte(q))
		}
	}
	return s
}

// Push adds the text of the next token and returns the text now safe to
// emit. When a stop sequence is complete it returns the text before it
// and stopped = true; the sequence and what follows are dropped.
func (s *Stop) Push(text []byte) (emit []byte, stopped bool) {
	s.held = append(s.held, text...)
	first := -1
	for _, q := range s.seqs {
		if i := bytes.Index(s.held, q); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	if first >= 0 {
		emit = bytes.Clone(s.held[:first])
		s.held = s.held[:0]
		return emit, true
	}
	keep := 0 // the longest suffix of held that starts a stop sequence
	for _, q := range s.seqs {
		for n := min(len(q)-1, len(s.held)); n > keep; n-- {
			if bytes.HasSuffix(s.held, q[:n]) {
				keep = n
				break
			}
		}
	}
	emit = bytes.Clone(s.held[:len(s.held)-keep])
	s.held = append(s.held[:0], s.held[len(s.held)-keep:]...)
	return emit, false
}

// Flush returns the text held back at the end of generation.
func (s *Stop) Flush() []byte {
	b := bytes.Clone(s.held)
	s.held = s.held[:0]
	return b
}
