//go:build !(js && wasm)

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net"
	"net/http"
	"os"
	"path/filepath"

	"github.com/chromedp/chromedp"

	"github.com/genui/genui/genui"
)

// job is one browser run (bench.js reads these fields).
type job struct {
	Engine  string `json:"engine"` // "genui" or "wllama"
	Kind    string `json:"kind"`   // "decode" or "spec"
	URL     string `json:"url"`
	Threads int    `json:"threads,omitempty"` // wllama's; 0: hardwareConcurrency
	Row     string `json:"row"`
	Model   string `json:"model"`
	// filled in by bench.js
	Runs                []result `json:"runs"`
	CrossOriginIsolated bool     `json:"crossOriginIsolated"`
	HardwareConcurrency int      `json:"hardwareConcurrency"`
}

// browserRows serves this engine's wasm, wllama and the models with
// COOP/COEP headers (so that wllama may start threads), and runs
// bench.js in headless Chromium.
func browserRows(c config, t *table, ratios map[string]comparison, def, q8, q4 model, specWhy string) error {
	wasm, err := buildWasm(c.dir)
	if err != nil {
		return err
	}
	goroot, err := goEnv("GOROOT")
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir("e2e/bench/web")))
	mux.Handle("/wllama/", http.StripPrefix("/wllama/", http.FileServer(http.Dir("e2e/bench/node_modules/@wllama/wllama"))))
	mux.HandleFunc("/genui/genui.wasm", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, wasm) })
	mux.HandleFunc("/genui/wasm_exec.js", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
	})
	files := map[string]string{}
	for _, m := range []model{def, q8, q4} {
		files["/models/"+filepath.Base(m.path)] = m.path
	}
	mux.HandleFunc("/models/", func(w http.ResponseWriter, r *http.Request) {
		if p, ok := files[r.URL.Path]; ok {
			http.ServeFile(w, r, p)
			return
		}
		http.NotFound(w, r)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: isolated(mux)}
	go srv.Serve(ln)
	defer srv.Close()

	url := func(m model) string { return "/models/" + filepath.Base(m.path) }
	jobs := []job{
		{Engine: "genui", Kind: "decode", URL: url(def), Row: "default", Model: def.short()},
		{Engine: "wllama", Kind: "decode", URL: url(def), Threads: 1, Row: "default", Model: def.short()},
		{Engine: "wllama", Kind: "decode", URL: url(def), Row: "default-mt", Model: def.short()},
		{Engine: "genui", Kind: "decode", URL: url(q8), Row: "135m-q8", Model: q8.short()},
		{Engine: "wllama", Kind: "decode", URL: url(q8), Threads: 1, Row: "135m-q8", Model: q8.short()},
		{Engine: "genui", Kind: "decode", URL: url(q4), Row: "135m-q4", Model: q4.short()},
		{Engine: "wllama", Kind: "decode", URL: url(q4), Threads: 1, Row: "135m-q4", Model: q4.short()},
	}
	if specWhy == "" {
		jobs = append(jobs,
			job{Engine: "genui", Kind: "spec", URL: url(def), Row: "spec", Model: def.short()},
			job{Engine: "wllama", Kind: "spec", URL: url(def), Row: "spec", Model: def.short()})
	}
	plan := map[string]any{"jobs": jobs, "prompt": c.prompt, "n": c.n, "reps": c.reps, "maxTokens": c.maxTokens,
		"description": c.description, "specPrompt": genui.DescribePrompt(c.description), "schema": json.RawMessage(genui.Schema())}
	done, err := runPage(c, "http://"+ln.Addr().String()+"/index.html", plan)
	if err != nil {
		return err
	}
	rates := map[string]result{}
	var gSpec, pSpec result
	for _, j := range done {
		r, err := best(j.Runs)
		if err != nil {
			return fmt.Errorf("%s %s %s: %w", j.Engine, j.Kind, j.Model, err)
		}
		threads := 1
		if j.Engine == "wllama" && j.Threads == 0 {
			threads = j.HardwareConcurrency
		}
		note := ""
		if j.Engine == "wllama" {
			note = fmt.Sprintf("crossOriginIsolated %v", j.CrossOriginIsolated)
		}
		if j.Kind == "spec" {
			r.Valid = len(genui.Validate([]byte(r.Spec))) == 0
			note = validNote(r)
			if j.Engine == "genui" {
				gSpec = r
			} else {
				pSpec = r
			}
		}
		t.add("browser", j.Engine, j.Model, threads, r, note)
		rates[j.Engine+"/"+j.Row] = r
	}
	ratio := func(name, g, p string) {
		ratios[name] = comparison{name: name, ratio: rates[g].DecodeTPS / rates[p].DecodeTPS}
	}
	ratio("browser-decode-default-st", "genui/default", "wllama/default")
	ratio("browser-decode-135m-q8-st", "genui/135m-q8", "wllama/135m-q8")
	ratio("browser-decode-135m-q4-st", "genui/135m-q4", "wllama/135m-q4")
	ratio("browser-decode-default-mt", "genui/default", "wllama/default-mt")
	if specWhy != "" {
		ratios["spec-browser"] = comparison{ratio: nan(), why: specWhy}
	} else {
		ratios["spec-browser"] = specRatio(gSpec, pSpec)
	}
	return nil
}

// isolated adds the headers that make the page cross-origin isolated
// (SharedArrayBuffer, hence wllama's threads).
func isolated(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cross-Origin-Opener-Policy", "same-origin")
		w.Header().Set("Cross-Origin-Embedder-Policy", "require-corp")
		w.Header().Set("Cross-Origin-Resource-Policy", "same-origin")
		w.Header().Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// runPage opens the page in headless Chromium (fresh profile, no
// network but the harness's server) and awaits runBench(plan).
func runPage(c config, url string, plan any) ([]job, error) {
	profile, err := os.MkdirTemp("", "bench-chromium-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(c.chromium),
		chromedp.Headless, chromedp.NoSandbox, chromedp.NoFirstRun, chromedp.DisableGPU,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	wait, cancelWait := context.WithTimeout(ctx, timeout)
	defer cancelWait()
	if _, err := chromedp.Run(wait, chromedp.Poll[bool](`window.benchReady === true`)); err != nil {
		return nil, fmt.Errorf("bench page: %w", err)
	}
	p, err := json.Marshal(plan)
	if err != nil {
		return nil, err
	}
	out, err := chromedp.Run(wait, chromedp.Evaluate[string](fmt.Sprintf("runBench(%s)", p), chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, fmt.Errorf("bench page: %w", err)
	}
	var jobs []job
	if err := json.Unmarshal([]byte(out), &jobs); err != nil {
		return nil, err
	}
	return jobs, nil
}

func nan() float64 { return math.NaN() }

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}
