// Command gpucheck is the browser side of the WebGPU path's check
// (e2e/bench's TestWebGPU): it defines gpuCheck(url, steps), which loads
// the GGUF model at url, runs the CPU path (inference/llama) and the
// GPU path (inference/webgpu, forced onto whatever adapter the browser
// has, SwiftShader in CI) on the same prompt, then feeds both the CPU's
// greedy tokens for steps steps, and answers a Promise of a JSON report
// of every step: the largest difference of the logits relative to their
// largest magnitude, whether the two greedy choices differ, and the
// CPU's margin between its two best tokens; with the GPU path's cost per
// token.
package main

import (
	"encoding/json"
	"math"
	"syscall/js"

	"github.com/genui/genui/e2e/bench/internal/jsio"
	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama"
	"github.com/genui/genui/inference/tensor"
	"github.com/genui/genui/inference/webgpu"
)

type report struct {
	Adapter string      `json:"adapter"`
	Steps   []stepDiff  `json:"steps"`
	Cost    webgpu.Cost `json:"cost"`
}

// stepDiff compares the two paths' logits at one step.
type stepDiff struct {
	Rel    float64 `json:"rel"`    // largest difference / largest CPU magnitude
	Abs    float64 `json:"abs"`    // largest difference
	Differ bool    `json:"differ"` // the greedy tokens differ
	Margin float64 `json:"margin"` // the CPU's best logit minus its second best
}

func main() {
	js.Global().Set("gpuCheck", js.FuncOf(func(_ js.Value, args []js.Value) any {
		url, steps := args[0].String(), args[1].Int()
		return jsio.Promise(func() (string, error) {
			r, err := check(url, steps)
			if err != nil {
				return "", err
			}
			b, err := json.Marshal(r)
			return string(b), err
		})
	}))
	select {}
}

func check(url string, steps int) (*report, error) {
	data, err := jsio.Fetch(url)
	if err != nil {
		return nil, err
	}
	f, err := gguf.Parse(data)
	if err != nil {
		return nil, err
	}
	pool := tensor.NewPool(1)
	m, err := llama.Load(f, pool)
	if err != nil {
		return nil, err
	}
	ctx := steps + 16
	cpu, err := m.NewState(ctx, 8)
	if err != nil {
		return nil, err
	}
	gpu, err := webgpu.Open(m, webgpu.Options{Context: ctx, Batch: 8, Force: true})
	if err != nil {
		return nil, err
	}
	defer gpu.Close()
	r := &report{Adapter: gpu.Adapter, Cost: gpu.Cost()}
	prompt := []int32{1, 7, 42, 3, 99, 5, 11, 250, 17, 64, 8, 2} // more than a batch: two prefill steps
	cl, err := cpu.Forward(prompt, false)
	if err != nil {
		return nil, err
	}
	gl, err := gpu.Forward(prompt, false)
	if err != nil {
		return nil, err
	}
	for step := 0; ; step++ {
		d := compare(cl, gl)
		r.Steps = append(r.Steps, d)
		if step == steps {
			return r, nil
		}
		tok := argmax(cl)
		if cl, err = cpu.Forward([]int32{tok}, false); err != nil {
			return nil, err
		}
		if gl, err = gpu.Forward([]int32{tok}, false); err != nil {
			return nil, err
		}
	}
}

// compare compares the CPU's logits c with the GPU's g.
func compare(c, g []float32) stepDiff {
	var d stepDiff
	var m float64
	first, second := math.Inf(-1), math.Inf(-1)
	for i := range c {
		d.Abs = max(d.Abs, math.Abs(float64(c[i]-g[i])))
		m = max(m, math.Abs(float64(c[i])))
		if v := float64(c[i]); v > first {
			first, second = v, first
		} else if v > second {
			second = v
		}
	}
	d.Rel, d.Margin, d.Differ = d.Abs/m, first-second, argmax(c) != argmax(g)
	return d
}

func argmax(l []float32) int32 {
	best := 0
	for i, v := range l {
		if v > l[best] {
			best = i
		}
	}
	return int32(best)
}
