// Command wasm is this engine's side of the harness's browser rows: a
// Go wasm module that a Web Worker (e2e/bench/web/genui-worker.js) runs.
// It defines genuiBench(request), which fetches a GGUF file, loads it
// with inference.Load (one thread, as Go wasm has) and times it with
// package measure, answering a Promise of the results as JSON.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"syscall/js"

	"github.com/genui/genui/e2e/bench/internal/jsio"
	"github.com/genui/genui/e2e/bench/measure"
	"github.com/genui/genui/inference"
)

// request is what the page asks for: Op "decode" (Prompt, N tokens,
// Reps runs) or "spec" (Description, MaxTokens).
type request struct {
	Op          string `json:"op"`
	URL         string `json:"url"`
	Prompt      string `json:"prompt"`
	N           int    `json:"n"`
	Reps        int    `json:"reps"`
	Description string `json:"description"`
	MaxTokens   int    `json:"maxTokens"`
}

func main() {
	js.Global().Set("genuiBench", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return jsio.Promise(func() (string, error) { return run(args[0].String()) })
	}))
	select {}
}

func run(reqJSON string) (string, error) {
	var r request
	if err := json.Unmarshal([]byte(reqJSON), &r); err != nil {
		return "", err
	}
	data, err := jsio.Fetch(r.URL)
	if err != nil {
		return "", err
	}
	e, err := inference.Load(data, inference.Options{Context: 1024, Threads: 1})
	if err != nil {
		return "", err
	}
	defer e.Close()
	ctx := context.Background()
	var out []measure.Result
	switch r.Op {
	case "decode":
		for range max(1, r.Reps) {
			res, err := measure.Decode(ctx, e, r.Prompt, r.N)
			if err != nil {
				return "", err
			}
			out = append(out, res)
		}
	case "spec":
		res, err := measure.Spec(ctx, e, r.Description, r.MaxTokens)
		if err != nil {
			return "", err
		}
		out = append(out, res)
	default:
		return "", errors.New("bench: unknown op " + r.Op)
	}
	b, err := json.Marshal(out)
	return string(b), err
}
