// Package inference is the LLM engine: it loads a llama-family GGUF
// model with its tokenizer (Engine) and runs sequences on it (Session)
// natively and in the browser (GOOS=js GOARCH=wasm) with the same
// results. The packages below it do the work: gguf reads and writes the
// files, tokenizer turns text into ids, tensor holds the kernels, llama
// the forward pass, sample the token choice.
//
//	e, err := inference.Open("model.gguf", inference.Options{})
//	s, err := e.NewSession()
//	err = s.Append(ctx, e.Tokenizer.Encode(prompt, tokenizer.Options{AddSpecial: true}))
//	res, err := s.Generate(ctx, inference.GenerateOptions{
//		Sample: sample.Options{Temperature: 0.7, Seed: 1}, MaxTokens: 200,
//	}, func(t inference.Token) error { fmt.Print(t.Text); return nil })
//
// Generate streams each token as it is decided. A Hook sees the logits
// before each draw (to mask tokens: the constrained decoder plugs in
// there) and each sampled token, and may answer with tokens known to
// follow, which Append runs through the model as one batched prefill
// (jump-forward). Generation stops at MaxTokens, the end-of-text token,
// a stop sequence, the hook's word, a full context or ctx's cancellation.
//
// Where the time goes. A CPU profile of decoding (go test -bench
// Decode/15M/Q4_0 -cpuprofile in inference/llama: the ~15M-parameter
// shape, Q4_0, two threads) puts about 85% of the time in the matrix
// products (tensor's dotQ4_0 under Pool.Mul; the output projection over
// the vocabulary is a fifth of the weights, a third for SmolLM2-135M's
// 49152 tokens), 7-10% in attention over the KV cache, about 4% in
// quantising the activations to 8 bits, and the rest in RMSNorm, RoPE,
// SiLU and the pool's dispatch. Prefill runs the same products with each
// weight row reused across the batch's tokens. So the kernels decide the
// speed: see tensor's package doc for how they multiply several integers
// per 64-bit multiply.
package inference
