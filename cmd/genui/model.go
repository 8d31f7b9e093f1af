package main

import (
	"github.com/genui/genui/inference"
	"github.com/genui/genui/web"
)

// openModel opens the GGUF model at path, or the embedded default model
// when path is empty.
func openModel(path string, o inference.Options) (*inference.Engine, error) {
	if path == "" {
		return inference.Load(web.DefaultModel, o)
	}
	return inference.Open(path, o)
}

// modelFlagUsage documents a --model flag that defaults to the embedded model.
const modelFlagUsage = "the GGUF model `file` (default: the embedded " + web.DefaultModelName + ")"
