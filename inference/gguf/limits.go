package gguf

// Limits on what a file may declare. The reader checks every count and
// length against these and against the bytes that remain before it
// allocates anything, so a hostile header costs neither time nor memory.
// Each is far above what real models use (the largest vocabularies have
// about 260k tokens; the largest models about 2,000 tensors).
const (
	// MaxFileSize bounds the size of a model file (1 TiB).
	MaxFileSize = 1 << 40
	// MaxTensors bounds the tensor count of a file.
	MaxTensors = 1 << 16
	// MaxMetadata bounds the number of metadata key/value pairs.
	MaxMetadata = 1 << 16
	// MaxKeyLen bounds the length in bytes of a metadata key.
	MaxKeyLen = 1 << 16
	// MaxStringLen bounds the length in bytes of a metadata string value
	// (a chat template or an embedded tokenizer.json fits).
	MaxStringLen = 1 << 26
	// MaxArrayLen bounds the element count of a metadata array.
	MaxArrayLen = 1 << 24
	// MaxArrayDepth bounds how deep arrays of arrays may nest.
	MaxArrayDepth = 4
	// MaxDims is the most dimensions a tensor may have (GGML_MAX_DIMS).
	MaxDims = 4
	// MaxTensorNameLen is the longest tensor name in bytes that llama.cpp
	// accepts (GGML_MAX_NAME less the terminating NUL).
	MaxTensorNameLen = 63
)

// DefaultAlignment is the alignment of tensor data when a file does not
// set general.alignment.
const DefaultAlignment = 32
