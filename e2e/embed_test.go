package e2e

// The <genui-widget> element on other sites' pages: a page served from a
// second origin embeds two widgets (one by src, one inline); the test
// checks that both draw, that typing and clicking report genui-action
// events with the right values, that the page's global CSS for svg, text
// and button changes nothing inside the widgets, and that a page under a
// strict Content-Security-Policy works too. With GENUI_BENCH=1 it prints
// the renderer-only wasm's size and the time from script load to the
// first painted widget.
//
// The genui side is app/api's Embed and Render handlers on their own
// listener; once `genui serve` mounts them (see app/api), this test
// should start that server instead.

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/genui/genui/app/api"
)

// embedChromium is Debian's Chromium, which CI installs.
const embedChromium = "/usr/bin/chromium"

// buildEmbed compiles app/cmd/embed into dir as embed.wasm, with the
// toolchain's wasm_exec.js beside it.
func buildEmbed(t testing.TB, dir string) {
	t.Helper()
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "embed.wasm"), "./app/cmd/embed")
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the embed wasm: %v\n%s", err, out)
	}
	glue, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "wasm_exec.js"), glue, 0o644)
}

// needChromium skips loudly without Chromium, and fails instead when
// GENUI_REQUIRE_BROWSER=1.
func needChromium(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(embedChromium); err != nil {
		if os.Getenv("GENUI_REQUIRE_BROWSER") == "1" {
			t.Fatalf("GENUI_REQUIRE_BROWSER=1 but %s is missing", embedChromium)
		}
		t.Skipf("SKIP (LOUD): no Chromium at %s: the embed tests did NOT run (apt-get install -y chromium)", embedChromium)
	}
}

func browser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(embedChromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1000, 1400),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// sites starts genui's side (the embed files and /api/render) and a host
// site on another origin that serves testdata/embed, the embed files too
// (for the CSP page, whose script-src is 'self') and the CSP header.
func sites(t *testing.T) (genuiURL, hostURL string) {
	dir := t.TempDir()
	buildEmbed(t, dir)
	embed := &api.Embed{Script: "../web/embed.js", Dir: dir}
	mux := http.NewServeMux()
	mux.Handle("/embed.js", embed)
	mux.Handle("/embed/", embed)
	mux.Handle("/api/render", api.NewRender(api.Options{}))
	gs := httptest.NewServer(mux)
	t.Cleanup(gs.Close)

	pages := http.FileServer(http.Dir("testdata/embed"))
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/embed.js" || strings.HasPrefix(r.URL.Path, "/embed/"):
			embed.ServeHTTP(w, r)
		case r.URL.Path == "/page.html":
			data, _ := os.ReadFile("testdata/embed/page.html")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(bytes.ReplaceAll(data, []byte("EMBED_ORIGIN"), []byte(gs.URL)))
		case r.URL.Path == "/csp.html":
			w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'")
			pages.ServeHTTP(w, r)
		default:
			pages.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(hs.Close)
	return gs.URL, hs.URL
}

// waitLoaded waits until both widgets report genui-load (or an error).
func waitLoaded(ctx context.Context, t *testing.T) []map[string]any {
	t.Helper()
	loaded, err := chromedp.Run(ctx, chromedp.Poll[[]map[string]any](`window.genuiLoaded && window.genuiLoaded.length >= 2 ? window.genuiLoaded : null`, chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		t.Fatalf("widgets did not load: %v", err)
	}
	for _, l := range loaded {
		if l["error"] != nil {
			t.Fatalf("widget %v: %v", l["target"], l["error"])
		}
	}
	return loaded
}

// center returns the page coordinates of the centre of the first element
// matching sel inside widget id's shadow root.
func center(ctx context.Context, t *testing.T, id, sel string) (float64, float64) {
	t.Helper()
	js := `(() => { const e = document.getElementById(` + jsq(id) + `).shadowRoot.querySelector(` + jsq(sel) + `);
		if (!e) return null; const r = e.getBoundingClientRect(); return [r.x + r.width/2, r.y + r.height/2]; })()`
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](js))
	if err != nil || len(xy) != 2 {
		t.Fatalf("no %s in #%s: %v", sel, id, err)
	}
	return xy[0], xy[1]
}

func jsq(s string) string { b, _ := json.Marshal(s); return string(b) }

func TestEmbedCrossOrigin(t *testing.T) {
	needChromium(t)
	genuiURL, hostURL := sites(t)
	if genuiURL == hostURL {
		t.Fatal("the two sites share an origin")
	}
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(hostURL+"/page.html")); err != nil {
		t.Fatal(err)
	}
	loaded := waitLoaded(ctx, t)
	if bench() {
		for _, l := range loaded {
			t.Logf("BENCH first painted widget #%v: %.0f ms after embed.js ran", l["target"], l["ms"])
		}
	}

	// Both drew, unharmed by the host's CSS.
	look, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`(() => {
		const out = {};
		for (const id of ["bysrc", "inline"]) {
			const svg = document.getElementById(id).shadowRoot.querySelector("svg");
			const text = svg && svg.querySelector("text");
			out[id] = svg ? { display: getComputedStyle(svg).display, transform: getComputedStyle(svg).transform,
				fill: getComputedStyle(text).fill, size: getComputedStyle(text).fontSize, height: svg.getBoundingClientRect().height } : null;
		}
		out.hostSvg = getComputedStyle(document.getElementById("host-svg")).display;
		return out; })()`))
	if err != nil {
		t.Fatal(err)
	}
	if look["hostSvg"] != "none" {
		t.Fatalf("the host CSS did not apply to the host page (%v): the test page is wrong", look["hostSvg"])
	}
	for _, id := range []string{"bysrc", "inline"} {
		w, _ := look[id].(map[string]any)
		if w == nil {
			t.Fatalf("#%s drew no svg", id)
		}
		if w["display"] == "none" || w["transform"] != "none" || w["fill"] == "rgb(255, 0, 0)" || w["size"] == "40px" || w["height"].(float64) < 50 {
			t.Errorf("#%s is touched by the host's CSS: %v", id, w)
		}
	}

	// Type an email, press Continue: the form's values come with the action.
	x, y := center(ctx, t, "bysrc", `[data-interact="edit"]`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y+10), chromedp.Sleep(100*time.Millisecond), chromedp.KeyEvent("ada@example.com")); err != nil {
		t.Fatal(err)
	}
	x, y = center(ctx, t, "bysrc", `[data-interact="press"]`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	// Toggle the switch and untick the box in the inline widget, press Save.
	for _, sel := range []string{`[role="switch"]`, `[role="checkbox"]`, `[data-interact="press"]`} {
		x, y := center(ctx, t, "inline", sel)
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y), chromedp.Sleep(50*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
	}
	type event struct {
		Target, Action string
		Values         map[string]any
	}
	events, err := chromedp.Run(ctx, chromedp.Poll[[]event](`window.genuiEvents.length >= 2 ? window.genuiEvents : null`, chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil {
		t.Fatalf("no genui-action events: %v", err)
	}
	if e := events[0]; e.Target != "bysrc" || e.Action != "signin" || e.Values["email"] != "ada@example.com" {
		t.Errorf("first event %+v, want signin with email ada@example.com", e)
	}
	if e := events[1]; e.Target != "inline" || e.Action != "save" || e.Values["news"] != true || e.Values["terms"] != false {
		t.Errorf("second event %+v, want save with news on and terms off", e)
	}
	if bench() {
		reportWasmSize(t, genuiURL)
	}
}

func TestEmbedStrictCSP(t *testing.T) {
	needChromium(t)
	_, hostURL := sites(t)
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(hostURL+"/csp.html")); err != nil {
		t.Fatal(err)
	}
	waitLoaded(ctx, t)
	x, y := center(ctx, t, "inline", `[data-interact="press"]`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[[]map[string]any](`window.genuiEvents.length >= 1 ? window.genuiEvents : null`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("no genui-action under a strict CSP: %v", err)
	}
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.cspViolations || []`))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range violations {
		if strings.HasPrefix(v, "script-src") {
			t.Errorf("CSP violation: %s", v)
		}
	}
}

func bench() bool { return os.Getenv("GENUI_BENCH") == "1" }

// reportWasmSize prints the renderer-only wasm's size, raw and gzipped.
func reportWasmSize(t *testing.T, genuiURL string) {
	resp, err := http.Get(genuiURL + "/embed/genui.wasm")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw)
	zw.Close()
	t.Logf("BENCH renderer-only wasm: %d bytes, %d gzipped (-9)", len(raw), gz.Len())
}
