// Package eval measures how well specs match what people asked for: the
// report card of the model that turns a description into a UI.
//
// # The cases
//
// Two sets are embedded from testdata/:
//
//   - describe.jsonl (Describe): descriptions as people type them into a
//     "describe your UI" box, in English and in Traditional Chinese as
//     people in Taiwan write it: terse ("login form"), chatty, bulleted,
//     with labels in quotes or only hinted at, with prices and names to
//     copy, with typos, lower case, and things left unsaid. Each names a
//     category (auth, commerce, dashboard, …) and a kind of screen (login,
//     pricing, kanban, …).
//   - refine.jsonl (Refine): a starting spec, an instruction ("make the
//     submit button red", "把圖表拿掉") and what the changed spec must
//     contain, must no longer contain, and in what order. Each carries a
//     hand-written JSON Patch that carries the instruction out, so the
//     tests can show every expectation can be met.
//
// Every case was written by hand, on purpose: an evaluation is only worth
// something if the training data was never tuned on it. The rule for the
// people who work on this repository: the corpus generator (train/) must
// never read these files (prompts, specs or answer patches), nor be
// adjusted case by case on their failures; fix its coverage instead. The
// author of these cases, likewise, did not read the generator or its
// output.
//
// # Expectations
//
// Each case lists what the spec must contain (see Expect): component types
// with minimum counts, input kinds (inputType) and chart kinds (chartType),
// texts that must appear, nodes that must exist with given fields (with
// either-or alternatives: "variant danger or tone danger"), nodes that must
// not exist, and pairs that must come in order. A case asks only what its
// description clearly implies, and a text only where the person gave the
// exact words or an obvious value; the tests check that every expected
// text occurs in the prompt (or the instruction or starting spec).
//
// A text is met when it occurs, ignoring case and runs of white space,
// within a string a person sees: the "text", "label", "title",
// "placeholder", "options", "items" and "value" of any node, the columns
// and cells of a table, the labels of a chart, the change of a stat.
// Accents and letter forms are not folded: a name is expected as the
// person typed it. Fields a spec leaves out count as the defaults the
// catalog documents (an input without inputType is a text input; a chart
// without chartType is a bar chart; a grid without columns has 2), and
// otherwise as zero (an unticked checkbox, an optional input).
//
// # The metric
//
// Validity is the share of cases whose spec was produced and valid.
// Fidelity is the share of expectations met, summed over a group of cases
// (overall, per language, per category); an invalid case meets none of its
// expectations. The share of cases that met all of theirs is reported
// beside it.
//
// # Use
//
// The package does not care how specs are produced. A runner (the genui
// eval command) generates a spec for each case and grades it:
//
//	cases, err := eval.Describe()
//	…
//	var outs []eval.Outcome
//	for _, c := range cases {
//		spec, err := generate(c.Prompt) // parse and validate included
//		outs = append(outs, c.Grade(spec, err))
//	}
//	eval.WriteReport(os.Stdout, "describe", eval.Summarize(outs))
//	eval.WriteFailures(os.Stdout, outs)
package eval
