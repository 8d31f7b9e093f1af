package gguf

import "fmt"

// FileType is the general.file_type of a model: what most of its weights
// are stored as, numbered as llama.cpp's enum llama_ftype numbers it.
type FileType uint32

// The file types llama.cpp defines ("mostly": the 1-D tensors stay F32).
const (
	FileF32    FileType = 0
	FileF16    FileType = 1
	FileQ4_0   FileType = 2
	FileQ4_1   FileType = 3
	FileQ8_0   FileType = 7
	FileQ5_0   FileType = 8
	FileQ5_1   FileType = 9
	FileQ2_K   FileType = 10
	FileQ3_K_S FileType = 11
	FileQ3_K_M FileType = 12
	FileQ3_K_L FileType = 13
	FileQ4_K_S FileType = 14
	FileQ4_K_M FileType = 15
	FileQ5_K_S FileType = 16
	FileQ5_K_M FileType = 17
	FileQ6_K   FileType = 18
	FileBF16   FileType = 32
)

var fileTypeNames = map[FileType]string{
	0: "ALL_F32", 1: "MOSTLY_F16", 2: "MOSTLY_Q4_0", 3: "MOSTLY_Q4_1",
	7: "MOSTLY_Q8_0", 8: "MOSTLY_Q5_0", 9: "MOSTLY_Q5_1", 10: "MOSTLY_Q2_K",
	11: "MOSTLY_Q3_K_S", 12: "MOSTLY_Q3_K_M", 13: "MOSTLY_Q3_K_L",
	14: "MOSTLY_Q4_K_S", 15: "MOSTLY_Q4_K_M", 16: "MOSTLY_Q5_K_S",
	17: "MOSTLY_Q5_K_M", 18: "MOSTLY_Q6_K", 19: "MOSTLY_IQ2_XXS",
	20: "MOSTLY_IQ2_XS", 21: "MOSTLY_Q2_K_S", 22: "MOSTLY_IQ3_XS",
	23: "MOSTLY_IQ3_XXS", 24: "MOSTLY_IQ1_S", 25: "MOSTLY_IQ4_NL",
	26: "MOSTLY_IQ3_S", 27: "MOSTLY_IQ3_M", 28: "MOSTLY_IQ2_S",
	29: "MOSTLY_IQ2_M", 30: "MOSTLY_IQ4_XS", 31: "MOSTLY_IQ1_M",
	32: "MOSTLY_BF16", 36: "MOSTLY_TQ1_0", 37: "MOSTLY_TQ2_0",
	38: "MOSTLY_MXFP4_MOE", 39: "MOSTLY_NVFP4", 40: "MOSTLY_Q1_0",
	1024: "GUESSED",
}

// String returns llama.cpp's name of the file type ("MOSTLY_Q8_0").
func (t FileType) String() string {
	if s, ok := fileTypeNames[t]; ok {
		return s
	}
	return fmt.Sprintf("file_type(%d)", uint32(t))
}

// FileTypeOf returns the file type of a model whose weights are mostly of
// type t, and false if llama.cpp has no file type for t.
func FileTypeOf(t Type) (FileType, bool) {
	switch t {
	case F32:
		return FileF32, true
	case F16:
		return FileF16, true
	case BF16:
		return FileBF16, true
	case Q4_0:
		return FileQ4_0, true
	case Q4_1:
		return FileQ4_1, true
	case Q5_0:
		return FileQ5_0, true
	case Q5_1:
		return FileQ5_1, true
	case Q8_0:
		return FileQ8_0, true
	case Q2_K:
		return FileQ2_K, true
	case Q4_K:
		return FileQ4_K_S, true // every weight Q4_K: closest to Q4_K_S
	case Q5_K:
		return FileQ5_K_S, true
	case Q6_K:
		return FileQ6_K, true
	}
	return 0, false
}
