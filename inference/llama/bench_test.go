package llama

import (
	"fmt"
	"testing"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama/llamatest"
)

// benchModel writes a random-weight model of shape c and type typ
// through the GGUF writer and loads it.
func benchModel(b *testing.B, c llamatest.Config, typ gguf.Type) *Model {
	c.Type = typ
	data, err := llamatest.Bytes(c)
	if err != nil {
		b.Fatal(err)
	}
	return load(b, data, 0)
}

var benchShapes = []struct {
	name string
	c    llamatest.Config
}{{"15M", llamatest.Small}, {"135M", llamatest.SmolLM2}}

var benchTypes = []gguf.Type{gguf.F32, gguf.Q8_0, gguf.Q4_0}

// BenchmarkDecode measures decoding one token at a time after a 16-token
// prompt (context 256): go test -bench Decode -run X ./inference/llama.
func BenchmarkDecode(b *testing.B) {
	for _, sh := range benchShapes {
		for _, typ := range benchTypes {
			b.Run(fmt.Sprintf("%s/%v", sh.name, typ), func(b *testing.B) {
				m := benchModel(b, sh.c, typ)
				s, err := m.NewState(256, 64)
				if err != nil {
					b.Fatal(err)
				}
				prompt := make([]int32, 16)
				for i := range prompt {
					prompt[i] = int32(i * 7)
				}
				if _, err := s.Forward(prompt, false); err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				id := int32(1)
				for b.Loop() {
					if s.Pos() == s.Context() {
						s.Rewind(len(prompt))
					}
					l, err := s.Forward([]int32{id}, false)
					if err != nil {
						b.Fatal(err)
					}
					id = argmax(l)
				}
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tok/s")
			})
		}
	}
}

// BenchmarkPrefill measures a 64-token prompt run as one batch.
func BenchmarkPrefill(b *testing.B) {
	for _, sh := range benchShapes {
		for _, typ := range benchTypes {
			b.Run(fmt.Sprintf("%s/%v", sh.name, typ), func(b *testing.B) {
				m := benchModel(b, sh.c, typ)
				s, err := m.NewState(256, 64)
				if err != nil {
					b.Fatal(err)
				}
				prompt := make([]int32, 64)
				for i := range prompt {
					prompt[i] = int32(i * 13)
				}
				b.ReportAllocs()
				for b.Loop() {
					s.Rewind(0)
					if _, err := s.Forward(prompt, false); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N*len(prompt))/b.Elapsed().Seconds(), "tok/s")
			})
		}
	}
}
