// Package constrain generates documents that a grammar (package
// inference/grammar, compiled from a JSON Schema) accepts, with a model of
// package inference: a decoding loop over an inference.Session that masks
// the logits before each draw, appends the tokens the grammar forces as
// one batched prefill (jump-forward), and reports the text and its
// closure after every step for live previews.
//
//	d, err := constrain.New(engine, g)
//	s, err := engine.NewSession()
//	err = s.Append(ctx, promptIDs)
//	res, err := d.Generate(ctx, s, constrain.Options{MaxTokens: 800,
//		Sample: sample.Options{Temperature: 0.7, Seed: 1}}, func(u constrain.Update) error {
//		preview(append(u.Text, u.Closure...)) // always a valid document
//		return nil
//	})
//
// Every generation ends with a complete document within MaxTokens: the
// masks refuse any token after which the closure could not be written in
// the tokens left, and the document may end only where the grammar
// completes it. It stops without running the model on tokens nobody needs
// it to see: the ones that end the document.
//
// The loop is this package's own rather than Session.Generate with a
// Hook, because jump-forward here replaces the sampled token: the forced
// bytes are tokenized together with it, so that where the canonical
// tokenization merges them the model sees the merged tokens (see gen.jump).
// Session.Generate appends the sampled token as drawn. The engine's
// package does not import this one; this one drives its Session.
package constrain
