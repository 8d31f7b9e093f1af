// Package sample chooses the next token from a model's logits: greedy,
// temperature, top-k, top-p, min-p and llama.cpp's repetition penalty,
// drawn with a seeded RNG of its own (SplitMix64), so that a seed gives
// the same tokens natively and in the browser; and Stop, which watches
// the generated text for stop sequences without ever releasing part of
// one.
//
//	s := sample.New(sample.Options{Temperature: 0.8, TopP: 0.95, Seed: 42})
//	id := s.Sample(logits, history)
//
// It is hand-written because the selection rules and their determinism
// are part of the engine's contract: no map iteration, no global random
// state, ties broken by token id, exp computed by tensor.Exp.
package sample
