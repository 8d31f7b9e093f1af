// Package llama is the forward pass of the llama family of transformers
// (architectures "llama" and "qwen2", registered by name with Register):
// token embedding, per layer RMSNorm, grouped-query attention with RoPE
// (interleaved pairs, or NeoX halves as llama.cpp uses for Qwen2; base
// and linear scaling from the metadata), optional Q/K/V biases, SwiGLU
// feed-forward, then the final norm and the output projection (tied to
// the embedding when the file has no output.weight).
//
// The model is declarative in the shape of ollama's Go model code: the
// GGUF tensor names are bound in one place (model.go), the
// hyper-parameters are an Options struct read from llama.cpp's metadata
// keys (arch.go), and the one Forward walks the layers. Weights are read
// in place from the GGUF bytes; a State holds one sequence's KV cache
// (float32, its context length fixed and its memory known up front by
// Options.StateBytes) and every scratch buffer, so decoding allocates
// nothing. Forward runs a batch of tokens as one prefill step: the
// matrix products see all tokens at once (tensor.Pool.Mul).
//
//	f, _ := gguf.Open("model.gguf")
//	m, _ := llama.Load(f, tensor.NewPool(0))
//	s, _ := m.NewState(2048, 64)
//	logits, _ := s.Forward(promptIDs, false) // last position's logits
//
// The tests check the logits of every position against transformers'
// (train/reference.py) to 1e-4, and the greedy continuations.
package llama
