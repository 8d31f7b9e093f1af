//go:build !(js && wasm)

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/genui/genui/e2e/bench/measure"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/inference"
)

// nativeRows times both engines natively at each thread count of
// c.threads, decoding on the default model and the 135M shape (Q8_0
// compared, Q4_0 listed), then the spec rows at each engine's fastest
// count. A peer run that fails (a timeout) is listed and left out.
func nativeRows(c config, t *table, ratios map[string]comparison, def, q8, q4 model, specWhy string) error {
	var gBest, pBest int // thread counts of the fastest decode on def
	for _, row := range []struct {
		name string
		m    model
	}{{"native-decode-default", def}, {"native-decode-135m-q8", q8}, {"", q4}} {
		var g, p result
		for _, th := range c.threads {
			r, err := genuiDecode(c, row.m, th)
			if err != nil {
				return err
			}
			t.add("native", "genui", row.m.short(), th, r, "")
			if r.DecodeTPS > g.DecodeTPS {
				g = r
				if row.m == def {
					gBest = th
				}
			}
			r, err = llamaDecode(c, row.m, th)
			if err != nil {
				t.add("native", "llama.cpp", row.m.short(), th, r, "failed: "+firstLine(err))
				continue
			}
			t.add("native", "llama.cpp", row.m.short(), th, r, "node-llama-cpp")
			if r.DecodeTPS > p.DecodeTPS {
				p = r
				if row.m == def {
					pBest = th
				}
			}
		}
		if row.name != "" {
			ratios[row.name] = comparison{name: row.name, ratio: g.DecodeTPS / p.DecodeTPS}
		}
	}
	if specWhy != "" {
		ratios["spec-native"] = comparison{ratio: nan(), why: specWhy}
		return nil
	}
	g, p, err := nativeSpec(c, def, max(gBest, 1), max(pBest, 1))
	if err != nil {
		return err
	}
	t.add("native", "genui", def.short(), gBest, g, validNote(g))
	t.add("native", "llama.cpp", def.short(), pBest, p, validNote(p))
	ratios["spec-native"] = specRatio(g, p)
	return nil
}

func genuiDecode(c config, m model, threads int) (result, error) {
	e, err := inference.Open(m.path, inference.Options{Context: 1024, Threads: threads})
	if err != nil {
		return result{}, err
	}
	defer e.Close()
	if _, err := measure.Decode(context.Background(), e, c.prompt, 8); err != nil { // warm-up, not counted
		return result{}, err
	}
	var runs []result
	for range c.reps {
		r, err := measure.Decode(context.Background(), e, c.prompt, c.n)
		if err != nil {
			return result{}, err
		}
		runs = append(runs, r)
	}
	return best(runs)
}

func llamaDecode(c config, m model, threads int) (result, error) {
	req, _ := json.Marshal(map[string]any{"op": "decode", "model": abs(m.path), "prompt": c.prompt, "n": c.n, "reps": c.reps, "threads": threads})
	out, err := node(req)
	if err != nil {
		return result{}, err
	}
	var runs []result
	if err := json.Unmarshal(out, &runs); err != nil {
		return result{}, fmt.Errorf("node-llama-cpp answered %q: %w", out, err)
	}
	return best(runs)
}

// nativeSpec writes the spec with genui's pipeline and with llama.cpp
// under the spec's JSON Schema, from the same prompt text, each engine
// with its thread count.
func nativeSpec(c config, def model, gThreads, pThreads int) (g, p result, err error) {
	e, err := inference.Open(def.path, inference.Options{Threads: gThreads})
	if err != nil {
		return
	}
	defer e.Close()
	if g, err = measure.Spec(context.Background(), e, c.description, c.maxTokens); err != nil {
		return
	}
	req, _ := json.Marshal(map[string]any{"op": "spec", "model": abs(def.path), "prompt": genui.DescribePrompt(c.description),
		"schema": json.RawMessage(genui.Schema()), "maxTokens": c.maxTokens, "threads": pThreads})
	out, err := node(req)
	if err != nil {
		return
	}
	var runs []result
	if err = json.Unmarshal(out, &runs); err != nil || len(runs) == 0 {
		return g, p, fmt.Errorf("node-llama-cpp answered %q: %v", out, err)
	}
	p = runs[0]
	p.Valid = len(genui.Validate([]byte(p.Spec))) == 0
	return
}

// specRatio is the peer's time to a spec over genui's; an invalid spec
// of genui's makes it 0.
func specRatio(g, p result) comparison {
	if !g.Valid {
		return comparison{ratio: 0, why: "genui's spec is not valid"}
	}
	why := ""
	if !p.Valid {
		why = "the peer's document is not a valid spec"
	}
	return comparison{ratio: p.Seconds / g.Seconds, why: why}
}

func validNote(r result) string {
	if r.Valid {
		return "valid spec"
	}
	return "NOT a valid spec"
}

// firstLine is the first line of err's message.
func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
