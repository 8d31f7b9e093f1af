package e2e

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/genui/genui/app/server"
	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/grammar/grammartest"
	"github.com/genui/genui/inference/llama/llamatest"
)

// modelDir is the temporary folder of the random model, removed by
// shutdown.
var modelDir string

// testModel returns the model the tests serve: the trained default model
// when the tree has it, else a random-weight one written to a temporary
// file. The random model has the shape of the app's own (an 8192-token
// byte-level BPE, cut from the inference tests' 32k one; llama layers of
// width 256, four of them, Q8_0; about 6 MB), so the browser takes a
// visible while to download it and to write, as with the trained model.
func testModel() (m *server.Model, trained bool, err error) {
	def := filepath.Join(root, filepath.FromSlash(server.DefaultModelFile))
	if _, err := os.Stat(def); err == nil {
		m, err := server.OpenModel(def, server.DefaultModelSHA256)
		return m, true, err
	}
	data, err := grammartest.Model(filepath.Join(root, "inference", "testdata", "vocab32k.gguf"), llamatest.Config{
		Vocab: 8192, Dim: 256, Layers: 4, Heads: 4, KVHeads: 2, FFN: 768, Context: 2048, Type: gguf.Q8_0, Seed: 11,
	})
	if err != nil {
		return nil, false, fmt.Errorf("the test model: %w", err)
	}
	dir, err := os.MkdirTemp("", "genui-e2e-model-")
	if err != nil {
		return nil, false, err
	}
	modelDir = dir
	path := filepath.Join(dir, "random-test.gguf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return nil, false, err
	}
	m, err = server.OpenModel(path, "")
	return m, false, err
}
