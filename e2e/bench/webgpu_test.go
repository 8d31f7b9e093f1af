//go:build !(js && wasm)

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama/llamatest"
	"github.com/genui/genui/inference/webgpu"
)

// TestWebGPU checks the WebGPU inference path against the CPU path in
// headless Chromium on SwiftShader (a software adapter, which the path
// runs only when forced), on random models with the default model's
// layers at Q8_0 and Q4_0: the prompt, then 256 tokens fed to both (the CPU's
// greedy choices). gpucheck, a wasm program, runs both paths in the page.
//
// The two paths quantise activations to 8 bits the same way, and their
// logits agree to about 1e-7 until a value lands on a rounding boundary
// (a float32 sum taken in another order moves it by an ulp) and one
// activation code differs by one; from then on they differ by about the
// CPU path's own quantisation noise, some 1% of the logits' magnitude
// (measured here), and the 1e-3 cannot hold for 256 steps
// without a GPU computation bit for bit equal to the CPU's, which
// WebGPU does not promise (its division, square root and exp are not
// correctly rounded; drivers may fuse multiply-adds). So the test
// requires every step within 5e-2 (a wrong kernel gives differences of
// the order of the logits), and the greedy tokens equal wherever the
// CPU's margin between its two best tokens exceeds twice the logits'
// difference (a random model's margins are often smaller: the test logs
// how many steps it could not judge, and how many agree within 1e-5
// before the first flip).
//
// It needs Chromium (CHROMIUM or /usr/bin/chromium); it is skipped
// without it unless GENUI_REQUIRE_BROWSER is set.
func TestWebGPU(t *testing.T) {
	if testing.Short() {
		t.Skip("builds wasm and runs a browser")
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("GENUI_REQUIRE_BROWSER") != "" {
			t.Fatal("chromium is required: ", err)
		}
		t.Skip("no chromium")
	}
	dir := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "gpucheck.wasm"), "./gpucheck")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building gpucheck: %v\n%s", err, out)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	shape := llamatest.Small // the default model's layer shape, in fewer layers (SwiftShader is slow)
	shape.Layers, shape.Vocab, shape.Seed = 2, 4096, 3
	types := []gguf.Type{gguf.Q8_0, gguf.Q4_0}
	for _, typ := range types {
		c := shape
		c.Type = typ
		data, err := llamatest.Bytes(c)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, typ.String()+".gguf"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir(dir)))
	mux.HandleFunc("/wasm_exec.js", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	})
	mux.HandleFunc("/index.html", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<!doctype html><script src="/wasm_exec.js"></script><script>
const go = new Go();
WebAssembly.instantiateStreaming(fetch("/gpucheck.wasm"), go.importObject).then((r) => { go.run(r.instance); window.ready = true; });
</script>`))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()

	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Headless, chromedp.NoSandbox, chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("enable-unsafe-webgpu", true),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("enable-gpu", true),
		chromedp.Flag("ignore-gpu-blocklist", true),
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("use-vulkan", "swiftshader"),
		chromedp.Flag("enable-features", "Vulkan"),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("http://"+ln.Addr().String()+"/index.html")); err != nil {
		t.Fatal(err)
	}
	wait, cancelWait := context.WithTimeout(ctx, 10*time.Minute)
	defer cancelWait()
	if _, err := chromedp.Run(wait, chromedp.Poll[bool](`window.ready === true`)); err != nil {
		t.Fatal(err)
	}
	const steps = 256
	for _, typ := range types {
		out, err := chromedp.Run(wait, chromedp.Evaluate[string](fmt.Sprintf(`gpuCheck("/%v.gguf", %d)`, typ, steps), chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%v: %v", typ, err)
		}
		var r struct {
			Adapter string
			Steps   []struct {
				Rel, Abs, Margin float64
				Differ           bool
			}
			Cost webgpu.Cost
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Steps) != steps+1 {
			t.Fatalf("%v: %d steps reported", typ, len(r.Steps))
		}
		exact, worst, close := 0, 0.0, 0
		for i, d := range r.Steps {
			if d.Rel <= 1e-5 && exact == i {
				exact++
			}
			worst = max(worst, d.Rel)
			if d.Rel > 5e-2 {
				t.Errorf("%v step %d: logits differ by %.3g of their magnitude", typ, i, d.Rel)
			}
			if d.Margin <= 2*d.Abs {
				close++
			} else if d.Differ {
				t.Errorf("%v step %d: greedy tokens differ with a margin of %.3g (logits differ by %.3g)", typ, i, d.Margin, d.Abs)
			}
		}
		t.Logf("%v on %q: logits within 1e-5 for the first %d steps, within %.2g over all %d; %d steps within their margin; per token %d dispatches, %d KiB of weights",
			typ, r.Adapter, exact, worst, len(r.Steps), close, r.Cost.Dispatches, r.Cost.WeightBytes>>10)
	}
}
