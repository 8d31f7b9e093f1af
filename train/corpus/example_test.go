package corpus_test

import (
	"fmt"
	"strings"

	"github.com/genui/genui/train/corpus"
)

func ExampleGenerator_Sample() {
	sm, err := corpus.New(1).Sample(2)
	if err != nil {
		panic(err)
	}
	fmt.Println(sm.Task, sm.Lang, sm.Kind, sm.Style)
	fmt.Println(sm.Input)
	fmt.Println(strings.HasSuffix(sm.Output, "<|end|>"))
	// Output:
	// describe en composite list
	// <|describe|>a popup:
	// - icon of a magnifying glass
	// - gray badge "Limited"
	// - volume slider at 30
	// - link "See details"<|spec|>
	// true
}
