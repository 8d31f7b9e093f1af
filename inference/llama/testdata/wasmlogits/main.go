// Command wasmlogits runs a model on a prompt and prints the logits of
// every position (as float32 bits) and eight tokens sampled with a fixed
// seed; TestWasm runs it under Node (GOOS=js GOARCH=wasm) and compares
// the output with the same computation done natively.
//
// Usage: wasmlogits MODEL.gguf ID,ID,...
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/genui/genui/inference/llama"
)

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var ids []int32
	for _, f := range strings.Split(os.Args[2], ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		ids = append(ids, int32(n))
	}
	out, err := llama.Trace(data, ids)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.WriteString(out)
}
