package e2e

// The standalone HTML export (app/export.HTML, `genui render -o X.html`)
// and the theming of <genui-widget>, in headless Chromium:
//
//   - TestExportStandalone opens an exported page from file:// with the
//     network off, checks that it draws with its own fonts, that typing,
//     toggles, options, a select, a slider, tabs and buttons work and
//     report genui-action events, and that its pixels match the live
//     preview (the same spec in a <genui-widget>, the in-browser renderer)
//     before and after switching tabs;
//   - TestExportHostileIsInert exports every payload of exporttest in
//     every field, opens each page with alert, console, fetch and the rest
//     hooked before it loads, does everything a person could to it, and
//     requires zero script executions and zero CSP violations;
//   - TestWidgetTheming sets the design tokens as CSS custom properties on
//     widgets and checks that the drawing follows them, exactly as the
//     native renderer draws the same theme, and stays the plain theme's
//     when they are unset or set to the defaults.

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/genui/genui/app/api"
	"github.com/genui/genui/app/export"
	"github.com/genui/genui/app/export/exporttest"
	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/raster"
	"github.com/genui/genui/render/svg"
)

const exportDir = "testdata/export"

// Pixels may differ by antialiasing only: at most maxOffPixels of them by
// more than offChannel in a colour channel.
const (
	offChannel   = 24
	maxOffPixels = 0.001
)

func goFonts() map[render.Face][]byte {
	fonts := map[render.Face][]byte{}
	for _, f := range []render.Face{render.Regular, render.Medium, render.Bold, render.Mono} {
		fonts[f] = raster.TTF(f)
	}
	return fonts
}

func readExportSpec(t *testing.T, name string) (*genui.Spec, []byte) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(exportDir, name))
	if err != nil {
		t.Fatal(err)
	}
	spec, err := genui.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return spec, data
}

// writeExport writes spec's standalone page into dir and returns its path.
func writeExport(t *testing.T, dir, name string, spec *genui.Spec, o export.Options) string {
	t.Helper()
	out, err := export.HTML(spec, o)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// watch is what a tab did that no page of genui's should do.
type tabWatch struct {
	mu                                     sync.Mutex
	requests, dialogs, console, exceptions []string
}

func (w *tabWatch) add(list *[]string, s string) {
	w.mu.Lock()
	*list = append(*list, s)
	w.mu.Unlock()
}

func (w *tabWatch) snapshot() (requests, dialogs, console, exceptions []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.requests...), append([]string(nil), w.dialogs...),
		append([]string(nil), w.console...), append([]string(nil), w.exceptions...)
}

// offline turns the tab of ctx into a file:// viewer with the network off,
// testdata/export/hooks.js installed before any script of a page, and
// every request, dialog, console call and uncaught exception recorded.
func offlineTab(t *testing.T, ctx context.Context) *tabWatch {
	t.Helper()
	hooks, err := os.ReadFile(filepath.Join(exportDir, "hooks.js"))
	if err != nil {
		t.Fatal(err)
	}
	w := &tabWatch{}
	err = chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			w.add(&w.requests, e.Request.URL)
		case *page.EventJavascriptDialogOpening:
			w.add(&w.dialogs, string(e.Type)+" "+e.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{})
		case *runtime.EventConsoleAPICalled:
			w.add(&w.console, string(e.Type))
		case *runtime.EventExceptionThrown:
			w.add(&w.exceptions, fmt.Sprintf("%s at %d:%d", e.ExceptionDetails.Text, e.ExceptionDetails.LineNumber, e.ExceptionDetails.ColumnNumber))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	steps := []func() error{
		func() error { _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); return err },
		func() error { _, err := chromedp.Call(ctx, page.Enable, page.EnableParams{}); return err },
		func() error { _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); return err },
		func() error {
			_, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
				MatchedNetworkConditions: []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
			})
			return err
		},
		func() error {
			_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: string(hooks)})
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

// openFile navigates to a page on disk and waits for its drawing and fonts.
func openFile(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+abs)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.readyState === "complete" && !!document.querySelector(".view svg")`, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("%s did not draw: %v", path, err)
	}
}

// record reads what hooks.js recorded.
type hookRecord struct {
	Calls, Violations []string
	Events            []struct {
		Action string
		Values map[string]any
		JSON   string
	}
}

func readHooks(t *testing.T, ctx context.Context) hookRecord {
	t.Helper()
	r, err := chromedp.Run(ctx, chromedp.Evaluate[hookRecord](`window.__genuiRecord`))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// previewServer serves testdata/export, the widget's files and
// /tokens.css (the light theme's tokens on #defaults).
func previewServer(t *testing.T) string {
	dir := t.TempDir()
	buildEmbed(t, dir)
	embed := &api.Embed{Script: "../web/embed.js", Dir: dir}
	mux := http.NewServeMux()
	mux.Handle("/embed.js", embed)
	mux.Handle("/embed/", embed)
	mux.HandleFunc("/tokens.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css")
		w.Write([]byte(components.CSS(components.Light, "#defaults")))
	})
	mux.Handle("/", http.FileServer(http.Dir(exportDir)))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// openWidgets navigates to a page of widgets and waits until n have drawn.
func openWidgets(t *testing.T, ctx context.Context, url string, n int) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	loaded, err := chromedp.Run(ctx, chromedp.Poll[[]map[string]any](fmt.Sprintf(`window.genuiLoaded && window.genuiLoaded.length >= %d ? window.genuiLoaded : null`, n), chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		t.Fatalf("%s: the widgets did not load: %v", url, err)
	}
	for _, l := range loaded {
		if l["error"] != nil {
			t.Fatalf("widget %v: %v", l["target"], l["error"])
		}
	}
	fontsReady(t, ctx)
}

func fontsReady(t *testing.T, ctx context.Context) {
	t.Helper()
	ok, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.fonts.status === "loaded" && document.fonts.check("14px Go") && document.fonts.check("500 14px Go") && document.fonts.check("700 14px Go")`, chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil || !ok {
		t.Fatalf("the Go fonts did not load: %v", err)
	}
}

// shot captures the rectangle [x, y, w, h] that the script js returns.
func shotRect(t *testing.T, ctx context.Context, js string) image.Image {
	t.Helper()
	r, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](js))
	if err != nil || len(r) != 4 {
		t.Fatalf("no rectangle from %s: %v", js, err)
	}
	beyond := true
	res, err := chromedp.Call(ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{
		Clip: &page.Viewport{X: r[0], Y: r[1], Width: r[2], Height: r[3], Scale: 1}, CaptureBeyondViewport: &beyond,
	})
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(res.Data))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

const (
	exportedSVG = `(() => { const r = document.querySelector(".view:not([hidden]) svg").getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })()`
	widgetSVG   = `(() => { const r = document.getElementById("live").shadowRoot.querySelector("svg").getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })()`
)

// compare counts the pixels of a and b that differ at all and by more
// than offChannel, and fails past the tolerance.
func comparePixels(t *testing.T, what string, a, b image.Image) {
	t.Helper()
	if a.Bounds().Size() != b.Bounds().Size() {
		t.Errorf("%s: %v beside %v", what, a.Bounds().Size(), b.Bounds().Size())
		return
	}
	var differ, off, worst int
	sz := a.Bounds().Size()
	for y := range sz.Y {
		for x := range sz.X {
			r1, g1, b1, _ := a.At(a.Bounds().Min.X+x, a.Bounds().Min.Y+y).RGBA()
			r2, g2, b2, _ := b.At(b.Bounds().Min.X+x, b.Bounds().Min.Y+y).RGBA()
			d := max(channelDiff(r1, r2), channelDiff(g1, g2), channelDiff(b1, b2)) >> 8
			if d > 0 {
				differ++
			}
			if d > offChannel {
				off++
			}
			worst = max(worst, d)
		}
	}
	total := sz.X * sz.Y
	t.Logf("%s: %dx%d px, %d differ (%.3f%%), %d by more than %d (%.3f%%), largest difference %d/255",
		what, sz.X, sz.Y, differ, 100*float64(differ)/float64(total), off, offChannel, 100*float64(off)/float64(total), worst)
	if float64(off) > maxOffPixels*float64(total) {
		t.Errorf("%s: the export does not look like the live preview", what)
	}
}

func channelDiff(a, b uint32) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// centerOf returns the centre of the first element matching sel in the
// shown view of an exported page.
func centerOf(t *testing.T, ctx context.Context, sel string) (float64, float64) {
	t.Helper()
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => { const e = document.querySelector(".view:not([hidden]) " + `+jsq(sel)+`);
		if (!e) return null; const r = e.getBoundingClientRect(); return [r.x + r.width/2, r.y + r.height/2]; })()`))
	if err != nil || len(xy) != 2 {
		t.Fatalf("no %s in the shown view: %v", sel, err)
	}
	return xy[0], xy[1]
}

func evalJS[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

func TestExportStandalone(t *testing.T) {
	needChromium(t)
	spec, _ := readExportSpec(t, "settings.json")
	dir := t.TempDir()
	path := writeExport(t, dir, "settings.html", spec, export.Options{Width: 480, Fonts: goFonts()})
	reportSize(t, path)
	url := previewServer(t)

	ctx := browser(t)
	w := offlineTab(t, ctx)
	openFile(t, ctx, path)
	fontsReady(t, ctx)
	wctx, cancel := chromedp.NewContext(ctx) // a second tab, online, for the live preview
	defer cancel()
	openWidgets(t, wctx, url+"/widget.html", 1)

	// It looks like the live preview, and so does its other tab.
	comparePixels(t, "first tab", shotRect(t, ctx, exportedSVG), shotRect(t, wctx, widgetSVG))
	x, y := centerOf(t, ctx, `[data-interact="tab"][aria-label="Preferences"]`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	wxy := evalJS[[]float64](t, wctx, `(() => { const r = document.getElementById("live").shadowRoot.querySelector('[data-interact="tab"][aria-label="Preferences"]').getBoundingClientRect(); return [r.x + r.width/2, r.y + r.height/2]; })()`)
	if err := chromedp.Do(wctx, chromedp.MouseClickXY(wxy[0], wxy[1]), chromedp.Sleep(200*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if v := evalJS[string](t, ctx, `document.querySelector(".view:not([hidden])").getAttribute("data-view")`); v != "1" {
		t.Fatalf("view %s shown after clicking Preferences", v)
	}
	comparePixels(t, "second tab", shotRect(t, ctx, exportedSVG), shotRect(t, wctx, widgetSVG))

	// Toggle, choose, pick and slide with the mouse and keyboard.
	for _, sel := range []string{`[role="switch"]`, `[role="checkbox"]`, `[data-interact="choose"][aria-label="Team"]`} {
		x, y := centerOf(t, ctx, sel)
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
			t.Fatal(err)
		}
	}
	evalJS[bool](t, ctx, `(document.querySelector(".view:not([hidden]) select.pick").focus(), true)`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	box := evalJS[[]float64](t, ctx, `(() => { const r = document.querySelector(".view:not([hidden]) input.slide").getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })()`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(box[0]+9+(box[2]-18)*0.7, box[1]+box[3]/2)); err != nil {
		t.Fatal(err)
	}
	drawn := evalJS[map[string]string](t, ctx, `(() => { const out = {}; const v = document.querySelector(".view:not([hidden])");
		for (const g of v.querySelectorAll("[data-type]")) { const k = g.getAttribute("data-type"); if (!(k in out)) out[k] = g.outerHTML; } return out; })()`)
	for typ, want := range map[string]string{
		"switch": `aria-checked="true"`, "checkbox": `aria-checked="false"`, "radio": `aria-label="Team" aria-checked="true"`,
		"select": ">French</text>", "slider": ">7</text>",
	} {
		if !strings.Contains(drawn[typ], want) {
			t.Errorf("the %s is not drawn with %s:\n%s", typ, want, drawn[typ])
		}
	}

	// Type into a field on the first tab, then press Save.
	x, y = centerOf(t, ctx, `[data-interact="tab"][aria-label="Profile"]`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	x, y = centerOf(t, ctx, ".field")
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y), chromedp.KeyEvent("ada@example.com")); err != nil {
		t.Fatal(err)
	}
	field := evalJS[map[string]any](t, ctx, `(() => { const f = document.activeElement; const g = document.querySelector('.view:not([hidden]) [data-node="/root/children/0/children/0/children/0"]');
		return {value: f.value, cls: f.className, ring: !!g.querySelector("rect[stroke-opacity]"), text: g.textContent}; })()`)
	if field["value"] != "ada@example.com" || field["cls"] != "field shown" || field["ring"] != true || strings.Contains(field["text"].(string), "you@example.com") {
		t.Errorf("typing into the email field: %v", field)
	}
	x, y = centerOf(t, ctx, `[data-interact="press"][aria-label="Save"]`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	rec := readHooks(t, ctx)
	want := `{"bio":"","email":"ada@example.com","lang":"French","news":true,"plan":"Team","pw":"secret","terms":false,"vol":7}`
	if len(rec.Events) != 1 || rec.Events[0].Action != "save" || sortedJSON(t, rec.Events[0].Values) != want {
		t.Errorf("events %+v, want one save with %s", rec.Events, want)
	}
	// The keyboard reaches the drawn controls: Enter on Save presses it again.
	evalJS[bool](t, ctx, `(document.querySelector('.view:not([hidden]) [data-interact="press"][aria-label="Save"]').focus(), true)`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	if rec := readHooks(t, ctx); len(rec.Events) != 2 || rec.Events[1].Action != "save" {
		t.Errorf("Enter on the focused Save button: events %+v", rec.Events)
	}
	logged := evalJS[string](t, ctx, `(() => { const s = document.querySelector("section.log"); return s.hidden ? "" : s.textContent; })()`)
	if !strings.Contains(logged, "save {") || !strings.Contains(logged, `"email":"ada@example.com"`) {
		t.Errorf("the event log shows %q", logged)
	}
	if v := evalJS[string](t, ctx, `document.querySelector(".view:not([hidden]) .field").value`); v != "ada@example.com" {
		t.Errorf("the typed email did not survive switching tabs: %q", v)
	}

	// Nothing ran but the page's own script, and nothing left the disk.
	inert(t, "settings.html", ctx, w, 1)
}

// sortedJSON writes v as JSON with its keys sorted.
func sortedJSON(t *testing.T, v map[string]any) string {
	t.Helper()
	b, err := json.Marshal(v) // encoding/json sorts map keys
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// inert fails if the tab ran anything but genui's script, or reached
// past file: and data: URLs; pageLoads is how many pages it opened.
func inert(t *testing.T, what string, ctx context.Context, w *tabWatch, pageLoads int) {
	t.Helper()
	rec := readHooks(t, ctx)
	requests, dialogs, console, exceptions := w.snapshot()
	var remote []string
	for _, u := range requests {
		if !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") {
			remote = append(remote, u)
		}
	}
	if len(rec.Calls)+len(rec.Violations)+len(dialogs)+len(console)+len(exceptions) > 0 || len(remote) > 0 {
		t.Errorf("%s: calls %q, CSP violations %q, dialogs %q, console %q, exceptions %q, remote requests %q",
			what, rec.Calls, rec.Violations, dialogs, console, exceptions, remote)
	}
	if len(requests) < pageLoads {
		t.Errorf("%s: %d requests seen for %d page loads: the request log is not working", what, len(requests), pageLoads)
	}
}

func reportSize(t *testing.T, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	t.Logf("%s: %d bytes, %d gzipped (-9)", filepath.Base(path), len(data), gz.Len())
}

func TestExportHostileIsInert(t *testing.T) {
	needChromium(t)
	dir := t.TempDir()
	script, err := os.ReadFile(filepath.Join(exportDir, "exercise.js"))
	if err != nil {
		t.Fatal(err)
	}
	// The hooks see a script that does run.
	t.Run("control", func(t *testing.T) {
		ctx := browser(t)
		w := offlineTab(t, ctx)
		path := filepath.Join(dir, "control.html")
		os.WriteFile(path, []byte(`<!doctype html><script>alert(1); console.log(2); fetch("https://evil.example/")</script><main class="view"><svg></svg></main>`), 0o644)
		openFile(t, ctx, path)
		rec := readHooks(t, ctx)
		if _, dialogs, _, _ := w.snapshot(); len(rec.Calls) != 3 || len(dialogs) != 0 {
			t.Errorf("the hooks recorded %q and let %q through", rec.Calls, dialogs)
		}
	})
	specs := exporttest.Specs(24)
	var total struct{ views, visited, logged, requests, remote, images int }
	for i, data := range specs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			ctx := browser(t) // a browser a page, each with its own time limit
			w := offlineTab(t, ctx)
			spec, err := genui.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			openFile(t, ctx, writeExport(t, dir, fmt.Sprintf("hostile-%d.html", i), spec, export.Options{}))
			did := evalJS[struct{ Views, Visited, Logged int }](t, ctx, string(script))
			if did.Logged == 0 || did.Visited < 2 {
				t.Errorf("the exercise did too little: %+v", did)
			}
			rec := readHooks(t, ctx)
			requests, dialogs, console, exceptions := w.snapshot()
			// A relative picture URL resolves to a file: URL, which img-src
			// refuses: a blocked image load, not a script.
			var violations []string
			for _, v := range rec.Violations {
				if strings.HasPrefix(v, "img-src ") {
					total.images++
				} else {
					violations = append(violations, v)
				}
			}
			if n := len(rec.Calls) + len(violations) + len(dialogs) + len(console) + len(exceptions); n > 0 {
				t.Errorf("%d executions: calls %q, CSP violations %q, dialogs %q, console %q, exceptions %q",
					n, rec.Calls, violations, dialogs, console, exceptions)
			}
			total.views += did.Views
			total.visited += did.Visited
			total.logged += did.Logged
			total.requests += len(requests)
			for _, u := range requests {
				if !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") {
					total.remote++ // the specs' https: pictures, which a page may show online
				}
			}
		})
	}
	t.Logf("%d payloads in every field: %d pages, %d views (%d visited), %d presses logged; 0 script executions; %d requests (%d to https: pictures, offline), %d relative pictures refused by img-src",
		len(exporttest.Payloads()), len(specs), total.views, total.visited, total.logged, total.requests, total.remote, total.images)
}

func TestWidgetTheming(t *testing.T) {
	needChromium(t)
	url := previewServer(t)
	ctx := browser(t)
	openWidgets(t, ctx, url+"/theme.html", 4)
	spec, _ := readExportSpec(t, "settings.json")

	// draw asks the widget's renderer for its drawing as it is now.
	type drawn struct{ Theme, SVG string }
	draw := func(id string) drawn {
		return evalJS[drawn](t, ctx, `(() => { const w = document.getElementById(`+jsq(id)+`); const name = w._themeName();
			return {theme: name, svg: genuiEmbed.draw(w._id, 480, name).svg}; })()`)
	}
	native := func(theme string) string {
		th, err := components.ParseTheme(theme)
		if err != nil {
			t.Fatalf("%q: %v", theme, err)
		}
		var b bytes.Buffer
		svg.Encode(&b, render.Layout(spec, render.Options{Width: 480, Theme: th}), nil)
		return b.String()
	}

	plain, defaults := draw("plain"), draw("defaults")
	if plain.Theme != "light" || plain.SVG != native("light") {
		t.Errorf("a widget without custom properties draws as %q, not as the light theme", plain.Theme)
	}
	if n := strings.Count(defaults.Theme, ";--genui-"); n != len(components.TokenVars) || defaults.SVG != plain.SVG {
		t.Errorf("a widget with every token set to its default (%d of %d read) draws differently", n, len(components.TokenVars))
	}
	custom := draw("custom")
	for _, want := range []string{";--genui-accent:#663399ff", ";--genui-radius:4", ";--genui-chart-1:#0ea5e9ff", ";--genui-surface:#"} {
		if !strings.Contains(custom.Theme, want) {
			t.Errorf("the custom widget's theme %q lacks %s", custom.Theme, want)
		}
	}
	if custom.SVG != native(custom.Theme) || !strings.Contains(custom.SVG, `fill="#663399"`) || strings.Contains(custom.SVG, `fill="#4f46e5"`) {
		t.Errorf("the custom widget does not draw as the native renderer does with %q", custom.Theme)
	}
	dark := draw("darkcustom")
	if !strings.HasPrefix(dark.Theme, "dark;") || dark.SVG != native(dark.Theme) || !strings.Contains(dark.SVG, `fill="#e11d48"`) || !strings.Contains(dark.SVG, `fill="#09090b"`) {
		t.Errorf("the dark widget with an accent draws as %q", dark.Theme)
	}

	// What is on screen follows a change of the host's style at once.
	evalJS[bool](t, ctx, `(document.getElementById("custom").style.setProperty("--genui-accent", "#00ff00"), true)`)
	if err := chromedp.Do(ctx, chromedp.Sleep(200*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	shown := evalJS[string](t, ctx, `document.getElementById("custom").shadowRoot.querySelector("svg").outerHTML`)
	if !strings.Contains(shown, `fill="#00ff00"`) || strings.Contains(shown, `fill="#663399"`) {
		t.Error("the widget did not redraw when its style changed")
	}
}
