//go:build !(js && wasm)

package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/genui/genui/e2e/bench/measure"
)

// result is one timed run of either engine (the peers print the same
// JSON fields).
type result = measure.Result

// table collects the runs to print.
type table struct{ rows [][]string }

func (t *table) add(where, engine, m string, threads int, r result, note string) {
	fmt.Fprintf(os.Stderr, "bench: %s %s %s threads %d: prefill %.1f, decode %.1f tok/s %s\n", where, engine, m, threads, r.PrefillTPS, r.DecodeTPS, note)
	spec := "-"
	if r.Seconds > 0 {
		spec = fmt.Sprintf("%.2f s", r.Seconds)
	}
	t.rows = append(t.rows, []string{where, engine, m, fmt.Sprint(threads),
		fmt.Sprintf("%d", r.PromptTokens), fmt.Sprintf("%.1f", r.PrefillTPS),
		fmt.Sprintf("%d", r.Generated), fmt.Sprintf("%.1f", r.DecodeTPS), spec, note})
}

func (t *table) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "where\tengine\tmodel\tthreads\tprompt\tprefill tok/s\tgenerated\tdecode tok/s\tto spec\tnote")
	for _, r := range t.rows {
		for i, c := range r {
			if i > 0 {
				fmt.Fprint(tw, "\t")
			}
			fmt.Fprint(tw, c)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}
