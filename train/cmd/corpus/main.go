// Command corpus writes the training corpus of the embedded model: pairs of
// (description → spec) and (spec + instruction → JSON Patch), one JSON
// object a line, made by train/corpus from a seed.
//
// Usage:
//
//	go run ./train/cmd/corpus -seed 1 -n 300000 -o corpus.jsonl
//	go run ./train/cmd/corpus -seed 1 -n 20000 -stats   # coverage report only
//
// The first line is a header, {"specials":[…],"seed":…,"n":…}: the special
// tokens of genui's text format, in the order a tokenizer numbers them
// (-header=false leaves it out). Each further line is {"task":"describe"|
// "refine","lang":"en"|"zh","kind":…,"style":…,"input":…,"output":…}: input
// is the exact text the model reads (genui.DescribePrompt or
// genui.RefinePrompt), output the exact text it must write, terminator
// included. -show N prints N samples for people to read instead. The same seed and flags give the same
// bytes on any machine; the GPU machine that trains the model runs a
// static linux/amd64 build of this command:
//
//	CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -o corpus ./train/cmd/corpus
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/train/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seed := fs.Uint64("seed", 1, "random seed: the corpus is a function of it")
	n := fs.Int("n", 1000, "number of samples")
	out := fs.String("o", "", "write the corpus to this file (default: none with -stats, else standard output)")
	refine := fs.Float64("refine", 0.3, "share of refinement samples")
	zh := fs.Float64("zh", 0.1, "share of samples in Traditional Chinese")
	stats := fs.Bool("stats", false, "print a coverage report (to standard output, or standard error when the corpus goes there)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "samples made in parallel (the output does not depend on it)")
	header := fs.Bool("header", true, "start the corpus with a line naming the special tokens")
	show := fs.Int("show", 0, "print this many samples for reading, and nothing else")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *n < 0 || *refine < 0 || *refine > 1 || *zh < 0 || *zh > 1 || *workers < 1 {
		fs.Usage()
		return errors.New("bad arguments")
	}
	gen := &corpus.Generator{Seed: *seed, Refine: *refine, Chinese: *zh}
	if *show > 0 {
		return showSamples(gen, *show, stdout)
	}

	var w *bufio.Writer
	report := stdout
	switch {
	case *out != "":
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = bufio.NewWriterSize(f, 1<<20)
	case !*stats:
		w = bufio.NewWriterSize(stdout, 1<<20)
		report = stderr
	}
	if w != nil && *header {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(map[string]any{"specials": genui.SpecialTokens, "seed": *seed, "n": *n}); err != nil {
			return err
		}
	}
	st := corpus.NewStats()
	start := time.Now()
	const batch = 4096
	samples := make([]corpus.Sample, batch)
	errs := make([]error, batch)
	for base := 0; base < *n; base += batch {
		size := min(batch, *n-base)
		var wg sync.WaitGroup
		for k := range *workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := k; j < size; j += *workers {
					samples[j], errs[j] = gen.Sample(uint64(base + j))
				}
			}()
		}
		wg.Wait()
		for j := range size {
			if errs[j] != nil {
				return errs[j]
			}
			st.Add(&samples[j])
			if w == nil {
				continue
			}
			line, err := samples[j].MarshalLine()
			if err != nil {
				return err
			}
			if _, err := w.Write(line); err != nil {
				return err
			}
		}
		fmt.Fprintf(stderr, "\r%d/%d samples, %.0f/s", base+size, *n, float64(base+size)/time.Since(start).Seconds())
	}
	fmt.Fprintln(stderr)
	if w != nil {
		if err := w.Flush(); err != nil {
			return err
		}
	}
	if *stats {
		st.Write(report)
	}
	return nil
}

// showSamples prints samples as a person reads them: the request, then
// the spec or patch.
func showSamples(gen *corpus.Generator, n int, w io.Writer) error {
	for i := range n {
		sm, err := gen.Sample(uint64(i))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "--- %d %s %s %s %s\n%s\n", i, sm.Task, sm.Lang, sm.Kind, sm.Style, sm.Text)
		if sm.Task == corpus.Refine {
			fmt.Fprintf(w, "%s\n%s\n", sm.Spec, sm.Patch)
			continue
		}
		fmt.Fprintf(w, "%s\n", sm.Spec)
	}
	return nil
}
