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
	// describe en composite prose
	// <|describe|>Can you put together a card titled "Organize your money with ease". Include a header: "Your day at a glance" and a stat showing balance $32,917.00! Put in a checkbox "Remember me" & a toggle for read receipts! Modern look.<|spec|>
	// true
}
