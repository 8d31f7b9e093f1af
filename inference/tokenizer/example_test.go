package tokenizer_test

import (
	"fmt"
	"log"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/tokenizer"
)

// load reads the tokenizer of a GGUF file.
func load(path string) *tokenizer.Tokenizer {
	f, err := gguf.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	v, err := tokenizer.FromGGUF(f)
	if err != nil {
		log.Fatal(err)
	}
	tok, err := tokenizer.New(v)
	if err != nil {
		log.Fatal(err)
	}
	return tok
}

func Example() {
	tok := load("../testdata/vocab32k.gguf")
	ids := tok.Encode("Hello world<|im_end|>", tokenizer.Options{AddSpecial: true, ParseSpecial: true})
	fmt.Println(ids, tok.IsControl(ids[len(ids)-1]))
	for _, id := range ids {
		fmt.Printf("%q\n", tok.TokenBytes(id))
	}
	fmt.Printf("%q\n", tok.Decode(ids))
	// Output:
	// [675 5169 2] true
	// "Hello"
	// " world"
	// ""
	// "Hello world"
}

// In this small vocabulary 世 and 界 are no tokens: their UTF-8 bytes are
// split over byte-level tokens, and the Decoder yields each character once
// its last byte arrives.
func ExampleDecoder() {
	tok := load("../testdata/vocab32k.gguf")
	d := tok.NewDecoder()
	for _, id := range tok.Encode("ok 世界", tokenizer.Options{}) {
		fmt.Printf("%q → %q\n", tok.TokenBytes(id), d.Next(id))
	}
	// Output:
	// "ok" → "ok"
	// " " → " "
	// "\xe4\xb8" → ""
	// "\x96" → "世"
	// "\xe7" → ""
	// "\x95" → ""
	// "\x8c" → "界"
}
