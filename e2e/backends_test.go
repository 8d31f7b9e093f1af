package e2e

// The canvas backends draw the same picture: headless Chromium runs
// testdata/backends, a small wasm page that lays out the golden specs and
// draws each with Canvas2D, with WebGPU (on SwiftShader, Chromium's
// software adapter) and as the SVG backend's document inline. The
// test compares their pixels, saves them under artifacts/backends (look
// at them), reports each backend's work per frame, and checks the
// accessibility mirror through Chromium's own accessibility tree and the
// keyboard.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/raster"
)

// backendChromium is Debian's Chromium, which CI installs.
const backendChromium = "/usr/bin/chromium"

// Tolerances of the pixel comparisons. Two pixels differ when a colour
// channel differs by more than pixelDelta (of 255). A differing pixel is a
// stray when no pixel next to it in the other picture matches it either.
// A pair of pictures matches when at most maxShare of their pixels differ
// and at most maxStray are strays. The backends use different rasterisers
// (Skia for Canvas2D and SVG, with FreeType's light vertical hinting of
// text on Linux; for WebGPU 4× multisampling for paths and Go's exact-area,
// unhinted rasteriser for glyphs), so anti-aliased edges differ by design:
// they make up the differing pixels, and hinting the few strays (where a
// hinted x-height moves a whole row of pixels). A shape missing, moved or
// in another colour would make strays by the hundred.
const (
	pixelDelta = 48
	maxShare   = 0.015
	maxStray   = 0.0005
)

// backendCase is one spec drawn by the three backends.
type backendCase struct {
	spec  string // a file of ../testdata/specs
	theme string
	width float32
	dpr   float64 // devicePixelRatio
	// unlikeSVG, when set, says why the SVG's picture is not compared.
	unlikeSVG string
}

var backendCases = []backendCase{
	{spec: "composite-login.json", theme: "light", width: 480, dpr: 1},
	{spec: "composite-dashboard.json", theme: "light", width: 720, dpr: 1},
	{spec: "composite-dashboard.json", theme: "dark", width: 720, dpr: 2},
	{spec: "composite-chart-gallery.json", theme: "light", width: 720, dpr: 1},
	{spec: "composite-profile.json", theme: "light", width: 480, dpr: 1},
	{spec: "composite-settings.json", theme: "dark", width: 480, dpr: 1},
	{spec: "composite-login-zh.json", theme: "light", width: 480, dpr: 1},
	{spec: "composite-dashboard-zh.json", theme: "light", width: 720, dpr: 2},
	{spec: "image.json", theme: "light", width: 480, dpr: 1, unlikeSVG: "a picture whose URL cannot load is Chromium's broken-image icon in SVG, the component's backdrop on a canvas"},
	{spec: "lenient-hostile.json", theme: "light", width: 480, dpr: 1},
}

func (c backendCase) name() string {
	return fmt.Sprintf("%s-%s-%gx", strings.TrimSuffix(c.spec, ".json"), c.theme, c.dpr)
}

// frameStats mirror the page's report of one renderer: its first frame
// of a spec and a frame drawn again once everything had loaded.
type frameStats struct {
	First, Steady struct {
		DrawCalls, Quads, Triangles, BytesUploaded int
	}
}

// WebGPU's buffer layouts (render/webgpu): an instance per quad, a path
// vertex of two float32 coordinates (and an RGBA8 colour when drawn
// directly), and the view uniform.
const (
	gpuInstanceBytes = 52
	gpuVertexBytes   = 8
	gpuSolidBytes    = 12
	gpuUniformBytes  = 16
)

func TestBackendsDrawTheSamePicture(t *testing.T) {
	ctx := backendsPage(t)
	dir := filepath.Join("artifacts", "backends")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var report strings.Builder
	for _, c := range backendCases {
		t.Run(c.name(), func(t *testing.T) {
			spec, err := os.ReadFile(filepath.Join("..", "testdata", "specs", c.spec))
			if err != nil {
				t.Fatal(err)
			}
			stats, shots := drawBackends(t, ctx, c, spec)
			for name, img := range shots {
				saveBackendPNG(t, filepath.Join(dir, c.name()+"-"+name+".png"), img)
			}
			fmt.Fprintf(&report, "%s\n", c.name())
			for _, pair := range [][2]string{{"webgpu", "canvas2d"}, {"canvas2d", "svg"}} {
				if pair[1] == "svg" && c.unlikeSVG != "" {
					t.Logf("  not compared with the SVG: %s", c.unlikeSVG)
					continue
				}
				a, b := shots[pair[0]], shots[pair[1]]
				d := comparePictures(a, b)
				saveBackendPNG(t, filepath.Join(dir, c.name()+"-diff-"+pair[0]+"-"+pair[1]+".png"), d.picture)
				line := fmt.Sprintf("  %-8s vs %-8s %5.2f%% of pixels differ by more than %d (%.3f%% strays), mean delta %.2f, max %d",
					pair[0], pair[1], 100*d.share, pixelDelta, 100*d.stray, d.mean, d.max)
				report.WriteString(line + "\n")
				t.Log(line)
				if d.share > maxShare || d.stray > maxStray {
					t.Errorf("%s and %s differ: %.2f%% of pixels (allowed %.2f%%), %.3f%% strays (allowed %.3f%%); see %s",
						pair[0], pair[1], 100*d.share, 100*maxShare, 100*d.stray, 100*maxStray,
						filepath.Join(dir, c.name()+"-diff-"+pair[0]+"-"+pair[1]+".png"))
				}
			}
			for _, name := range []string{"canvas2d", "webgpu"} {
				s := stats[name]
				line := fmt.Sprintf("  %-8s first frame: %d draw calls, %d quads, %d triangles, %d bytes; steady: %d draw calls, %d bytes",
					name, s.First.DrawCalls, s.First.Quads, s.First.Triangles, s.First.BytesUploaded, s.Steady.DrawCalls, s.Steady.BytesUploaded)
				report.WriteString(line + "\n")
				t.Log(line)
			}
			// Once glyphs and pictures are on the GPU, a frame uploads only
			// its instances, path vertices and view.
			s := stats["webgpu"].Steady
			lo := s.Quads*gpuInstanceBytes + s.Triangles*3*gpuVertexBytes + gpuUniformBytes
			hi := s.Quads*gpuInstanceBytes + s.Triangles*3*gpuSolidBytes + gpuUniformBytes
			if s.BytesUploaded < lo || s.BytesUploaded > hi {
				t.Errorf("webgpu's steady frame uploads %d bytes, want %d to %d for %d quads and %d triangles", s.BytesUploaded, lo, hi, s.Quads, s.Triangles)
			}
		})
	}
	if err := os.WriteFile(filepath.Join(dir, "report.txt"), []byte(report.String()), 0o644); err != nil {
		t.Error(err)
	}
}

func TestBackendsMirror(t *testing.T) {
	ctx := backendsPage(t)
	for _, c := range []backendCase{backendCases[0], backendCases[1], {spec: "composite-settings.json", theme: "light", width: 480, dpr: 1}} {
		t.Run(c.name(), func(t *testing.T) {
			spec, err := os.ReadFile(filepath.Join("..", "testdata", "specs", c.spec))
			if err != nil {
				t.Fatal(err)
			}
			drawBackends(t, ctx, c, spec)
			l := layoutSpec(t, spec, c)
			for _, cell := range []string{"c2d-cell", "gpu-cell"} {
				checkMirror(t, ctx, cell, l)
			}
		})
	}
	t.Run("hostile", func(t *testing.T) {
		// The hostile spec's text reaches the mirrors as text: only the
		// mirror's own elements, no handler attributes, no script URLs.
		c := backendCase{spec: "lenient-hostile.json", theme: "light", width: 480, dpr: 1}
		spec, err := os.ReadFile(filepath.Join("..", "testdata", "specs", c.spec))
		if err != nil {
			t.Fatal(err)
		}
		drawBackends(t, ctx, c, spec)
		bad, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("[data-genui-mirror] *")].flatMap(e =>
			!["DIV", "SPAN", "BUTTON", "A", "INPUT", "TEXTAREA"].includes(e.tagName) ? [e.tagName] :
			[...e.attributes].filter(a => a.name.startsWith("on") || (/href|src|action/.test(a.name) && /^\s*(javascript|data):/i.test(a.value))).map(a => e.tagName + " " + a.name + "=" + a.value))`))
		if err != nil {
			t.Fatal(err)
		}
		if len(bad) > 0 {
			t.Errorf("the mirror holds what a spec should never bring: %v", bad)
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("[data-genui-mirror] *").length`))
		if err != nil || n < 10 {
			t.Errorf("the hostile spec's mirror has %d elements (%v)", n, err)
		}
	})
	t.Run("keyboard", func(t *testing.T) {
		c := backendCases[0]
		spec, _ := os.ReadFile(filepath.Join("..", "testdata", "specs", c.spec))
		drawBackends(t, ctx, c, spec)
		checkKeyboard(t, ctx, layoutSpec(t, spec, c))
	})
}

// layoutSpec lays spec out natively, as the page does in wasm.
func layoutSpec(t *testing.T, spec []byte, c backendCase) *render.List {
	s, err := genui.Parse(spec)
	if err != nil {
		t.Fatal(err)
	}
	th, _ := components.ThemeNamed(c.theme)
	return render.Layout(s, render.Options{Width: c.width, Theme: th})
}

// axRoles maps the components' ARIA roles to the roles Chromium computes.
var axRoles = map[string]string{"img": "image"}

// checkMirror checks that every named group of l is in the accessibility
// tree under the mirror in the page element with id cell, with its role
// and its name as Chromium computes them.
func checkMirror(t *testing.T, ctx context.Context, cell string, l *render.List) {
	t.Helper()
	nodes, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSS("#"+cell+" [data-genui-mirror]")))
	if err != nil || len(nodes) == 0 {
		t.Fatalf("%s: no mirror: %v", cell, err)
	}
	root := nodes[0].BackendNodeID
	checked := 0
	for _, g := range l.Groups() {
		name := strings.Join(strings.Fields(g.Name), " ")
		if g.Role == "" || name == "" {
			continue
		}
		role := g.Role
		if r, ok := axRoles[role]; ok {
			role = r
		}
		_, err := chromedp.Run(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			res, err := cdp.Call(ctx, tg, accessibility.QueryAXTree, accessibility.QueryAXTreeParams{
				BackendNodeID: root, AccessibleName: name, Role: role,
			})
			if err != nil {
				return err
			}
			for _, n := range res.Nodes {
				if !n.Ignored {
					return nil
				}
			}
			return errNotInTree
		}))
		if err != nil {
			t.Errorf("%s: %s %q (%s): %v", cell, role, name, g.Pointer, err)
		}
		checked++
	}
	if checked < 3 {
		t.Errorf("%s: only %d named groups checked", cell, checked)
	}
}

var errNotInTree = fmt.Errorf("not in the accessibility tree")

// checkKeyboard tabs to the first text field of l and types into it, then
// to the first toggle and presses Space, and checks what the mirror
// reported: the focus, the typing and the activation.
func checkKeyboard(t *testing.T, ctx context.Context, l *render.List) {
	var field, toggle *render.Group
	for _, g := range l.Groups() {
		if g.Interact == render.Edit && field == nil {
			field = g
		}
		if g.Interact == render.Toggle && toggle == nil {
			toggle = g
		}
	}
	if field == nil || toggle == nil {
		t.Fatal("the spec has no text field or no toggle")
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[string](`genuiEvents()`)); err != nil {
		t.Fatal(err)
	}
	tabTo(t, ctx, field.Pointer)
	if err := chromedp.Do(ctx, chromedp.KeyEvent("xyz")); err != nil {
		t.Fatal(err)
	}
	tabTo(t, ctx, toggle.Pointer)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	events, err := chromedp.Run(ctx, chromedp.Evaluate[string](`genuiEvents()`))
	if err != nil {
		t.Fatal(err)
	}
	var log []string
	if err := json.Unmarshal([]byte(events), &log); err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(log, "\n")
	t.Logf("events:\n%s", joined)
	for _, want := range []string{"focus " + field.Pointer, "input " + field.Pointer, "xyz", "focus " + toggle.Pointer, "activate " + toggle.Pointer} {
		if !strings.Contains(joined, want) {
			t.Errorf("no %q in the events after typing into %s and pressing Space on %s:\n%s", want, field.Pointer, toggle.Pointer, joined)
		}
	}
}

// tabTo presses Tab until the mirror element of the node at ptr has the
// focus.
func tabTo(t *testing.T, ctx context.Context, ptr string) {
	t.Helper()
	for range 30 {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.getAttribute("data-node") || ""`))
		if err != nil {
			t.Fatal(err)
		}
		if got == ptr {
			return
		}
	}
	t.Fatalf("Tab never reached %s", ptr)
}

// drawBackends has the page draw spec and returns the renderers' stats
// and the three pictures.
func drawBackends(t *testing.T, ctx context.Context, c backendCase, spec []byte) (map[string]frameStats, map[string]image.Image) {
	t.Helper()
	arg, _ := json.Marshal(string(spec))
	expr := fmt.Sprintf(`genuiRender(%s, %q, %g, 1)`, arg, c.theme, c.width)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1600, 1200, chromedp.EmulateScale(c.dpr))); err != nil {
		t.Fatal(err)
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("drawing %s: %v", c.spec, err)
	}
	var res map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	stats := map[string]frameStats{}
	for _, k := range []string{"canvas2d", "webgpu"} {
		var s frameStats
		if err := json.Unmarshal(res[k], &s); err != nil {
			t.Fatal(err)
		}
		stats[k] = s
	}
	shots := map[string]image.Image{}
	for name, sel := range map[string]string{"svg": "#svg > svg", "canvas2d": "#c2d", "webgpu": "#gpu"} {
		b, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("screenshot of %s: %v", name, err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		shots[name] = img
	}
	return stats, shots
}

// pictureDiff is how two pictures differ.
type pictureDiff struct {
	share float64 // of pixels differing by more than pixelDelta
	// stray is the share of differing pixels that no pixel next to them in
	// the other picture matches either: not an edge drawn a little
	// differently (anti-aliasing, hinting), but something missing, moved
	// or discoloured.
	stray   float64
	mean    float64 // mean of every pixel's largest channel difference
	max     int
	picture *image.RGBA // the difference, for looking at
}

// comparePictures compares a and b pixel by pixel over their common area
// (a size mismatch counts as differing pixels).
func comparePictures(a, b image.Image) pictureDiff {
	ab, bb := a.Bounds(), b.Bounds()
	w, h := max(ab.Dx(), bb.Dx()), max(ab.Dy(), bb.Dy())
	cw, ch := min(ab.Dx(), bb.Dx()), min(ab.Dy(), bb.Dy())
	pa, pb := nrgbaOf(a), nrgbaOf(b)
	at := func(p *image.NRGBA, x, y int) color.NRGBA { return p.NRGBAAt(p.Rect.Min.X+x, p.Rect.Min.Y+y) }
	d := pictureDiff{picture: image.NewRGBA(image.Rect(0, 0, w, h))}
	var sum, over, stray int
	for y := range h {
		for x := range w {
			if x >= cw || y >= ch {
				over++
				stray++
				d.picture.Set(x, y, color.RGBA{255, 0, 255, 255})
				continue
			}
			ca, cb := at(pa, x, y), at(pb, x, y)
			m := colorDelta(ca, cb)
			sum += m
			d.max = max(d.max, m)
			// Grey shows where the pictures agree; red, how much they do
			// not; yellow, strays.
			g := uint8((int(ca.R) + int(ca.G) + int(ca.B)) / 12)
			px := color.RGBA{g, g, g, 255}
			if m > 0 {
				px = color.RGBA{uint8(min(64+m*3, 255)), g, g, 255}
			}
			if m > pixelDelta {
				over++
				px = color.RGBA{255, 0, 0, 255}
				near := false
				for dy := -1; dy <= 1 && !near; dy++ {
					for dx := -1; dx <= 1 && !near; dx++ {
						nx, ny := x+dx, y+dy
						if nx >= 0 && ny >= 0 && nx < cw && ny < ch {
							near = colorDelta(ca, at(pb, nx, ny)) <= pixelDelta || colorDelta(at(pa, nx, ny), cb) <= pixelDelta
						}
					}
				}
				if !near {
					stray++
					px = color.RGBA{255, 255, 0, 255}
				}
			}
			d.picture.SetRGBA(x, y, px)
		}
	}
	d.share = float64(over) / float64(w*h)
	d.stray = float64(stray) / float64(w*h)
	d.mean = float64(sum) / float64(w*h)
	return d
}

func nrgbaOf(img image.Image) *image.NRGBA {
	if p, ok := img.(*image.NRGBA); ok {
		return p
	}
	p := image.NewNRGBA(img.Bounds())
	draw.Draw(p, p.Rect, img, p.Rect.Min, draw.Src)
	return p
}

// colorDelta returns the largest difference of a colour channel.
func colorDelta(a, b color.NRGBA) int {
	return max(absDiff(a.R, b.R), absDiff(a.G, b.G), absDiff(a.B, b.B))
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

func saveBackendPNG(t *testing.T, path string, img image.Image) {
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// backendChromiumPath returns Chromium's path, or skips the test loudly —
// or fails it where GENUI_REQUIRE_BROWSER=1 (CI) says browsers must run.
func backendChromiumPath(t *testing.T) string {
	if _, err := os.Stat(backendChromium); err == nil {
		return backendChromium
	}
	msg := "e2e: " + backendChromium + " is missing: the browser tests of the canvas backends DID NOT RUN"
	if os.Getenv("GENUI_REQUIRE_BROWSER") == "1" {
		t.Fatal(msg + " (GENUI_REQUIRE_BROWSER=1)")
	}
	fmt.Fprintln(os.Stderr, "\n*** "+msg+" ***")
	t.Skip(msg)
	return ""
}

var backendWasm struct {
	once sync.Once
	dir  string
	err  error
}

// buildBackendsWasm builds testdata/backends for js/wasm once per test
// binary and returns the folder holding backends.wasm and wasm_exec.js.
func buildBackendsWasm(t *testing.T) string {
	backendWasm.once.Do(func() {
		dir, err := os.MkdirTemp("", "genui-backends-")
		if err != nil {
			backendWasm.err = err
			return
		}
		cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "backends.wasm"), "./testdata/backends")
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			backendWasm.err = fmt.Errorf("building the backends page: %v\n%s", err, out)
			return
		}
		root, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			backendWasm.err = err
			return
		}
		js, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec.js"))
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "wasm_exec.js"), js, 0o644)
		}
		backendWasm.dir, backendWasm.err = dir, err
	})
	if backendWasm.err != nil {
		t.Fatal(backendWasm.err)
	}
	return backendWasm.dir
}

// backendsPage serves the page, starts Chromium on it and waits until the
// page is ready; everything stops when t ends.
func backendsPage(t *testing.T) context.Context {
	chromium := backendChromiumPath(t)
	dir := buildBackendsWasm(t)
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join("testdata", "backends", "index.html"))
	})
	mux.HandleFunc("/backends.wasm", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/wasm")
		http.ServeFile(w, r, filepath.Join(dir, "backends.wasm"))
	})
	mux.HandleFunc("/wasm_exec.js", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(dir, "wasm_exec.js"))
	})
	for face, file := range map[render.Face]string{
		render.Regular: "Go-Regular.ttf", render.Medium: "Go-Medium.ttf", render.Bold: "Go-Bold.ttf", render.Mono: "Go-Mono.ttf",
	} {
		mux.HandleFunc("/fonts/"+file, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "font/ttf")
			w.Write(raster.TTF(face))
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	// Everything runs on SwiftShader, the CPU implementation of Vulkan and
	// (through ANGLE) of GL that Chromium ships: no GPU is touched. Not
	// with --disable-gpu, though: that leaves the compositor without a GPU
	// context, so a WebGPU canvas cannot be presented ("Could not find
	// SharedImageBackingFactory … WebgpuSwapChainTexture") and its device is
	// destroyed at the first frame. Compositing on SwiftShader's Vulkan
	// lets the WebGPU swap chain reach the page and its screenshots.
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
		chromedp.Flag("hide-scrollbars", true),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	wait, stop := context.WithTimeout(ctx, 60*time.Second)
	defer stop()
	status, err := chromedp.Run(wait, chromedp.Poll[map[string]any](`window.genuiBackends`))
	if err != nil {
		t.Fatalf("the page did not start: %v", err)
	}
	if e, ok := status["error"]; ok {
		t.Fatalf("the page could not start WebGPU: %v", e)
	}
	adapter, _ := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`window.genuiAdapter`))
	t.Logf("WebGPU adapter: %v", adapter)
	return ctx
}
