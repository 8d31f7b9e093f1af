// Package gguf reads and writes GGUF files, the model format of llama.cpp
// (version 3, little endian; version 2 files are read too).
//
// A GGUF file is a header — metadata key/value pairs and tensor
// descriptions — followed by the tensors' data, each aligned to
// general.alignment (32 bytes unless the file says otherwise):
//
//	magic "GGUF" | version u32 | tensor count u64 | metadata count u64
//	metadata: key string, value type u32, value …
//	tensors:  name string, n_dims u32, ne[n_dims] u64, type u32, offset u64 …
//	padding to the alignment, then the data section
//
// Parse works in place: it copies the metadata out but leaves the tensor
// data where they are, so TensorInfo.Data is a sub-slice of the caller's
// buffer. In the browser the model is fetched into one buffer and parsed
// there, with no second copy; natively Open maps the file into memory.
//
// Every file is untrusted. The reader checks each count, length, type,
// dimension and offset against the named limits (MaxTensors, MaxArrayLen,
// …) and against the bytes that remain before it allocates, so a hostile
// file is refused with an *Error naming the field and byte offset, in time
// and memory bounded by its size, and never by a panic. FuzzParse holds
// it to that.
//
// Tensor types are ggml's (Type), with the block layout of every type
// ggml defines, so any file's tensors can be bounded even where no kernel
// can compute with them; deciding which types to compute with is the
// engine's business.
//
// The Writer produces files that llama.cpp loads: v3, little endian,
// tensors in header order, contiguous, aligned and zero-padded. It
// streams the tensor data, so converting a model never holds two copies.
//
// The package is hand-written on the standard library: the format is
// small, and owning the parser is what lets it bound hostile input and
// parse zero-copy under js/wasm.
//
// Example:
//
//	f, err := gguf.Open("model.gguf")
//	if err != nil {
//		return err
//	}
//	defer f.Close()
//	arch, err := f.String("general.architecture")
//	…
//	n, err := f.Uint(arch + ".block_count")
//	…
//	emb, ok := f.Tensor("token_embd.weight") // emb.Dims[0] is the embedding length
package gguf
