package llama

import (
	"fmt"
	"math"
	"strings"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/sample"
	"github.com/genui/genui/inference/tensor"
)

// Trace runs the model in data on prompt and returns a text record of
// the computation: the logits of every position as float32 bits, then
// eight tokens drawn with a fixed seed at temperature 1, each fed back.
// Two platforms computing the same thing give the same record; the wasm
// test compares the native one with one made under Node.
func Trace(data []byte, prompt []int32) (string, error) {
	f, err := gguf.Parse(data)
	if err != nil {
		return "", err
	}
	pool := tensor.NewPool(1)
	defer pool.Close()
	m, err := Load(f, pool)
	if err != nil {
		return "", err
	}
	s, err := m.NewState(len(prompt)+16, 8)
	if err != nil {
		return "", err
	}
	logits, err := s.Forward(prompt, true)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i, v := range logits {
		fmt.Fprintf(&b, "%08x", math.Float32bits(v))
		if (i+1)%m.Vocab == 0 {
			b.WriteByte('\n')
		}
	}
	smp := sample.New(sample.Options{Temperature: 1, Seed: 42})
	last := append([]float32{}, logits[len(logits)-m.Vocab:]...)
	var drawn []int32
	for len(drawn) < 8 {
		id := smp.Sample(last, drawn)
		drawn = append(drawn, id)
		if last, err = s.Forward([]int32{id}, false); err != nil {
			return "", err
		}
	}
	fmt.Fprintf(&b, "tokens %v\n", drawn)
	return b.String(), nil
}
