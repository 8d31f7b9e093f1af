//go:build !(js && wasm)

// Command bench is the side-by-side speed harness: this engine against
// llama.cpp on the same GGUF files, natively (node-llama-cpp's prebuilt
// linux-x64 binary) and in headless Chromium (wllama, llama.cpp compiled
// to wasm, single- and multi-threaded with COOP/COEP served), decoding
// and, once the trained default model exists, writing a spec from a
// description under the spec's JSON Schema. Run it with e2e/bench/run,
// which installs the npm peers from the lockfile first.
//
// It prints a table of every run and ends with one line per comparison,
// "RATIO <name> <genui/peer>", higher being better for genui: decode
// rates divided, and for the spec rows the peer's time to a finished
// spec divided by genui's. A comparison that cannot run yet prints NaN
// with the reason in the table.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// config is the harness's flags.
type config struct {
	dir, defaultModel, chromium string
	n, reps, maxTokens          int
	threads                     []int
	prompt, description         string
	native, browser, spec       bool
}

func main() {
	var c config
	flag.StringVar(&c.dir, "dir", "e2e/artifacts/bench", "where the model files and the wasm build go")
	flag.StringVar(&c.defaultModel, "default", "web/models/genui.gguf", "the embedded default model (a random model of its shape stands in until it exists)")
	flag.StringVar(&c.chromium, "chromium", "/usr/bin/chromium", "the headless browser")
	flag.IntVar(&c.n, "n", 128, "tokens to decode per run")
	flag.IntVar(&c.reps, "reps", 3, "runs per engine and model; the table keeps the fastest")
	threads := flag.String("threads", fmt.Sprintf("1,%d", runtime.NumCPU()), "native thread counts to try; each engine is compared at its fastest")
	flag.IntVar(&c.maxTokens, "max-tokens", 1024, "most tokens of a spec")
	flag.StringVar(&c.prompt, "prompt", "Once upon a time, in a small town by the sea, there lived a", "decode prompt")
	flag.StringVar(&c.description, "description", "A sign-up form with name, email and password fields and a submit button", "spec description")
	flag.BoolVar(&c.native, "native", true, "run the native rows")
	flag.BoolVar(&c.browser, "browser", true, "run the browser rows")
	flag.BoolVar(&c.spec, "spec", true, "run the spec rows (with a trained default model)")
	flag.Parse()
	for _, f := range strings.Split(*threads, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fmt.Fprintln(os.Stderr, "bench: -threads wants a list of counts, like 1,2")
			os.Exit(2)
		}
		if !slices.Contains(c.threads, n) {
			c.threads = append(c.threads, n)
		}
	}
	if err := run(c); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// comparison is one RATIO line: genui's figure over the peer's (or the
// peer's time over genui's), or why it did not run.
type comparison struct {
	name  string
	ratio float64
	why   string
}

func run(c config) error {
	def, q8, q4, err := models(c.dir, c.defaultModel)
	if err != nil {
		return err
	}
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("# %s, %d CPUs, load %s", time.Now().UTC().Format(time.RFC3339), runtime.NumCPU(), load)
	fmt.Printf("# models: %s, %s, %s; decode %d tokens after %q, best of %d\n", def.short(), q8.short(), q4.short(), c.n, c.prompt, c.reps)
	t := &table{}
	ratios := map[string]comparison{}
	skip := func(why string, names ...string) {
		for _, n := range names {
			ratios[n] = comparison{name: n, ratio: math.NaN(), why: why}
		}
	}
	specWhy := ""
	if def.random {
		specWhy = "needs the trained default model (" + c.defaultModel + ")"
	} else if !c.spec {
		specWhy = "not asked for (-spec=false)"
	}
	if c.native {
		if err := nativeRows(c, t, ratios, def, q8, q4, specWhy); err != nil {
			return err
		}
	} else {
		skip("not asked for (-native=false)", "native-decode-default", "native-decode-135m-q8", "spec-native")
	}
	if c.browser {
		if err := browserRows(c, t, ratios, def, q8, q4, specWhy); err != nil {
			return err
		}
	} else {
		skip("not asked for (-browser=false)", "browser-decode-default-st", "browser-decode-135m-q8-st", "browser-decode-135m-q4-st", "browser-decode-default-mt", "spec-browser")
	}
	t.print(os.Stdout)
	for _, n := range []string{"browser-decode-default-st", "browser-decode-135m-q8-st", "browser-decode-135m-q4-st", "browser-decode-default-mt", "native-decode-default", "native-decode-135m-q8", "spec-native", "spec-browser"} {
		if r, ok := ratios[n]; ok && r.why != "" {
			fmt.Printf("# %s: %s\n", n, r.why)
		}
	}
	for _, n := range []string{"browser-decode-default-st", "browser-decode-135m-q8-st", "browser-decode-135m-q4-st", "browser-decode-default-mt", "native-decode-default", "native-decode-135m-q8", "spec-native", "spec-browser"} {
		r, ok := ratios[n]
		if !ok {
			r = comparison{ratio: math.NaN()}
		}
		fmt.Printf("RATIO %s %.3f\n", n, r.ratio)
	}
	return nil
}

// node runs e2e/bench/llamacpp.mjs with request on stdin and returns
// its stdout; a run past nodeTimeout fails (llama.cpp's spinning threads
// can crawl when other processes hold the cores).
func node(request []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), nodeTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", "llamacpp.mjs")
	cmd.Dir = "e2e/bench"
	cmd.Stdin = strings.NewReader(string(request))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("node-llama-cpp: %w\n%s", err, stderr.String())
	}
	return out, nil
}

// goEnv returns a go env variable of the toolchain running the harness.
func goEnv(name string) (string, error) {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %w", name, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// buildWasm builds e2e/bench/wasm into dir with the harness's toolchain
// and GOEXPERIMENT, so the browser runs the kernels the native rows do.
func buildWasm(dir string) (string, error) {
	out := filepath.Join(dir, "genui.wasm")
	cmd := exec.Command("go", "build", "-o", out, "./e2e/bench/wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the wasm: %w\n%s", err, b)
	}
	return out, nil
}

var errNoRuns = errors.New("bench: no runs")

// best returns the run with the highest decode rate.
func best(runs []result) (result, error) {
	if len(runs) == 0 {
		return result{}, errNoRuns
	}
	b := runs[0]
	for _, r := range runs[1:] {
		if r.DecodeTPS > b.DecodeTPS {
			b = r
		}
	}
	return b, nil
}

// timeout bounds the browser page's runs, nodeTimeout one run of the
// native peer.
const (
	timeout     = 30 * time.Minute
	nodeTimeout = 10 * time.Minute
)
