package tokenizer

// specials finds the tokens that are matched whole in text before the
// model runs — control and unknown tokens when the caller parses special
// tokens, user-defined tokens always — with a byte trie, so a scan costs
// at most the longest such token per byte of text, however many there are
// (Llama 3 has 256 "<|reserved_special_token_N|>").
type specials struct {
	start  [256]bool        // bytes some token starts with
	edges  map[uint64]int32 // node<<8 | byte → child node; the root is 0
	token  []int32          // the token that ends at a node, -1 if none
	always []bool           // the token at a node is user-defined
}

func (s *specials) add(text string, id int32, always bool) {
	if s.edges == nil {
		s.edges = make(map[uint64]int32)
		s.token, s.always = []int32{-1}, []bool{false}
	}
	s.start[text[0]] = true
	node := int32(0)
	for i := 0; i < len(text); i++ {
		k := uint64(node)<<8 | uint64(text[i])
		next, ok := s.edges[k]
		if !ok {
			next = int32(len(s.token))
			s.edges[k] = next
			s.token, s.always = append(s.token, -1), append(s.always, false)
		}
		node = next
	}
	s.token[node], s.always[node] = id, always
}

// match returns the longest token text[i:] starts with and its length.
func (s *specials) match(text string, i int, parse bool) (id int32, n int) {
	id = -1
	if !s.start[text[i]] {
		return id, 0
	}
	node := int32(0)
	for j := i; j < len(text); j++ {
		next, ok := s.edges[uint64(node)<<8|uint64(text[j])]
		if !ok {
			break
		}
		node = next
		if t := s.token[node]; t >= 0 && (parse || s.always[node]) {
			id, n = t, j+1-i
		}
	}
	return id, n
}
