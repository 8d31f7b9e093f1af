package web

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/genui/genui/inference/gguf"
)

func TestDefaultModelPinned(t *testing.T) {
	sum := sha256.Sum256(DefaultModel)
	if got := hex.EncodeToString(sum[:]); got != DefaultModelSHA256 {
		t.Fatalf("models/%s has SHA-256 %s, DefaultModelSHA256 pins %s", DefaultModelName, got, DefaultModelSHA256)
	}
	if _, err := gguf.Parse(DefaultModel); err != nil {
		t.Fatal(err)
	}
	if len(DefaultModel) > 24<<20 {
		t.Fatalf("the default model is %d bytes; the budget is 24 MiB", len(DefaultModel))
	}
}
