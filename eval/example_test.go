package eval_test

import (
	"fmt"
	"os"

	"github.com/genui/genui/eval"
)

// A runner grades what the model wrote for each case. Here the "model" is
// a hand-written answer to one built-in case.
func Example() {
	cases, err := eval.Describe()
	if err != nil {
		fmt.Println(err)
		return
	}
	var c eval.Case
	for _, c = range cases {
		if c.ID == "login-remember-forgot" {
			break
		}
	}
	fmt.Println(c.Prompt)

	answer := []byte(`{"version":1,"title":"Sign in","root":{"type":"form","children":[
	  {"type":"input","inputType":"email","label":"Email"},
	  {"type":"input","inputType":"password","label":"Password"},
	  {"type":"checkbox","label":"Keep me signed in"},
	  {"type":"link","text":"Forgot password?","href":"/reset"},
	  {"type":"button","text":"Sign in","variant":"primary"}]}}`)
	o := c.GradeJSON(answer, nil)
	for _, ch := range o.Result.Checks {
		fmt.Printf("%-5v %s\n", ch.Met, ch.What)
	}
	if err := eval.WriteFailures(os.Stdout, []eval.Outcome{o}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Sign in page with email and password, a remember me checkbox and a forgot password link
	// true  1 button node
	// true  1 input with inputType "email"
	// true  1 input with inputType "password"
	// false checkbox with text "remember"
	// true  link with text "forgot"
	// login-remember-forgot (en, auth) 4/5
	// 	want checkbox with text "remember": no checkbox with text "remember"; checkbox texts: "Keep me signed in"
}
