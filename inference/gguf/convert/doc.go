// Package convert turns Hugging Face checkpoints of the llama family
// (LlamaForCausalLM, MistralForCausalLM, Qwen2ForCausalLM: config.json
// and safetensors) into GGUF files that llama.cpp loads, following
// convert_hf_to_gguf.py's conventions exactly:
//
//   - tensor names: token_embd.weight, blk.N.attn_norm / attn_q / attn_k /
//     attn_v / attn_output / ffn_norm / ffn_gate / ffn_up / ffn_down,
//     output_norm.weight, and output.weight unless the embeddings are tied
//     (llama.cpp then reuses token_embd.weight);
//   - metadata: general.architecture, general.file_type, <arch>.block_count,
//     .context_length, .embedding_length, .feed_forward_length,
//     .attention.head_count / head_count_kv / layer_norm_rms_epsilon,
//     .rope.freq_base, .rope.scaling.type / factor (linear, yarn), a
//     rope_freqs.weight tensor for Llama 3's rope scaling, and for llama
//     .vocab_size and .rope.dimension_count;
//   - for llama (not qwen2) the rows of the Q and K projections are
//     permuted so that llama.cpp's "normal" RoPE, which rotates adjacent
//     pairs, computes what transformers computes rotating the two halves
//     of each head (see permuteRows);
//   - vectors stay F32; matrices take the requested type (Options.Type).
//
// Beside the model, a byte-level BPE tokenizer.json becomes the
// tokenizer.ggml.* metadata (Tokenizer, which package tokenizer's tests
// may call too). The pre-tokenizer name that convert_hf_to_gguf.py finds
// by hashing a tokenizer's output is found here by matching the
// pre-tokenizer's definition against those llama.cpp names.
//
// Each tensor is decoded to float32, permuted if need be, coded by
// package tensor and streamed to the gguf.Writer before the next is read,
// so memory holds the checkpoint and one converted tensor.
//
// Example:
//
//	sum, err := convert.Checkpoint("SmolLM2-135M", out, convert.Options{Type: gguf.Q8_0})
package convert
