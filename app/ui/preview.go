package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/protocol"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// previewPane is the live preview and the parts of the page that change
// with every streamed token: the drawing, the JSON text, the counters,
// the model's progress bar. It writes them straight into the page; the
// rest of the screen is go-app's, re-rendered only when a state changes.
// The elements it writes are rendered empty by go-app and never given
// content by it: go-app keeps references to the text nodes it made, and
// a text written beside it would detach them.
type previewPane struct {
	studio  *Studio
	surface *surface
	canvas  app.Value
	// proxy is the real form control laid over a drawn text field or
	// select while it has the focus: it takes typing, IME and the phone
	// keyboard, and its value goes into the interaction state.
	proxyFor string
	resize   app.Func
	lastW    float32
}

func newPreviewPane(s *Studio) *previewPane {
	p := &previewPane{studio: s, surface: &surface{backend: newSVGBackend(), dark: s.dark}}
	p.canvas = element("canvas")
	p.surface.backend.Mount(p.canvas)
	p.surface.width = p.pageWidth()
	p.lastW = p.surface.width
	// The pane's size changes with the window, the stylesheet's arrival
	// and the layout's breakpoints: a ResizeObserver sees them all.
	p.resize = app.FuncOf(func(app.Value, []app.Value) any {
		p.studio.ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			if w := p.pageWidth(); w != p.lastW {
				p.relayout()
			}
		})
		return nil
	})
	ro := app.Window().Get("ResizeObserver").New(p.resize)
	ro.Call("observe", p.canvas)
	s.unlisten = append(s.unlisten, func() {
		ro.Call("disconnect")
		p.resize.Release()
	})
	return p
}

// warmSpec uses most of the catalog, for warmUp.
const warmSpec = `{"version":1,"title":"Warm-up","root":{"type":"column","children":[` +
	`{"type":"heading","text":"Heading","level":2},{"type":"text","text":"Text"},{"type":"badge","text":"Badge","tone":"info"},` +
	`{"type":"row","children":[{"type":"stat","label":"Stat","text":"42","delta":"+1"},{"type":"progress","value":40,"label":"Progress"}]},` +
	`{"type":"card","title":"Card","children":[{"type":"input","label":"Input","placeholder":"…"},{"type":"textarea","label":"Area"},` +
	`{"type":"select","label":"Select","options":["A","B"]},{"type":"checkbox","label":"Check"},{"type":"switch","label":"Switch"},` +
	`{"type":"radio","label":"Radio","options":["A","B"]},{"type":"slider","label":"Slider"},{"type":"button","text":"Button"}]},` +
	`{"type":"tabs","children":[{"type":"tab","title":"Tab","children":[{"type":"list","items":["One","Two"]}]}]},` +
	`{"type":"table","columns":["A","B"],"rows":[["1","2"]]},{"type":"chart","chartType":"bar","data":[{"label":"A","value":1}]},` +
	`{"type":"alert","title":"Alert","text":"Text"},{"type":"avatar","text":"Ada Lovelace"},{"type":"icon","name":"star"},{"type":"divider"}]}}`

// warmUp draws warmSpec once into a detached element, streamed and whole:
// the browser compiles a wasm function when it first runs, and the first
// streamed design would otherwise pay for every function of layout,
// painting, SVG writing and patching at once, in long tasks.
func (p *previewPane) warmUp() {
	el := app.Window().Get("document").Call("createElement", "div")
	w := &surface{backend: newSVGBackend(), width: 480}
	w.backend.Mount(el)
	var st genui.Stream
	st.Write([]byte(warmSpec[:len(warmSpec)/2]))
	if spec, err := st.Spec(); err == nil {
		w.show(spec)
	}
	if spec, err := genui.Parse([]byte(warmSpec)); err == nil {
		w.show(spec)
		pretty(spec)
	}
	w.backend.Unmount()
}

// pageWidth is the width the spec is laid out at: the chosen device
// width, or the pane's own.
func (p *previewPane) pageWidth() float32 {
	if w := widths[p.studio.settings.Width]; w > 0 {
		return w
	}
	w := float32(0)
	if p.canvas.Truthy() {
		st := app.Window().Call("getComputedStyle", p.canvas)
		pad := cssPixels(st.Get("paddingLeft").String()) + cssPixels(st.Get("paddingRight").String())
		w = float32(p.canvas.Get("clientWidth").Float() - pad)
	}
	if w <= 0 {
		w = render.DefaultWidth
	}
	return max(render.MinWidth, min(w, 1280))
}

// cssPixels reads a computed length such as "28px" (0 for anything
// else).
func cssPixels(v string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSuffix(v, "px"), 64)
	if err != nil {
		return 0
	}
	return f
}

func (p *previewPane) relayout() {
	p.surface.width = p.pageWidth()
	p.lastW = p.surface.width
	if p.surface.spec != nil {
		p.surface.redraw()
		p.placeProxy()
	}
}

func (p *previewPane) setDark(dark bool) {
	p.surface.dark = dark
	if p.surface.spec != nil {
		p.surface.redraw()
	}
}

func (p *previewPane) show(spec *genui.Spec) {
	p.surface.show(spec)
	p.placeProxy()
}

func (p *previewPane) setData(name, v string) {
	if e := element("preview"); e.Truthy() {
		e.Call("setAttribute", "data-"+name, v)
	}
}

// setState shows the preview's state in data-state and data-error.
func (p *previewPane) setState(st Status, msg string) {
	e := element("preview")
	if !e.Truthy() {
		return
	}
	e.Call("setAttribute", "data-state", string(st))
	if st == Failed {
		e.Call("setAttribute", "data-error", msg)
	} else {
		e.Call("removeAttribute", "data-error")
	}
}

// beginJob resets the counters a job shows.
func (p *previewPane) beginJob() {
	p.surface.renders = 0
	for _, k := range []string{"renders", "tokens", "first-ms", "total-ms", "tps"} {
		p.setData(k, "0")
	}
}

// stats writes a job's counters into #stats and #preview's data.
func (p *previewPane) stats(st genStats, status Status) {
	elapsed := st.Total
	if status == Generating {
		elapsed = now() - st.Start
	}
	tps := 0.0
	if elapsed > 0 {
		tps = float64(st.Tokens) / (elapsed / 1000)
	}
	p.setData("renders", fmt.Sprint(st.Renders))
	p.setData("tokens", fmt.Sprint(st.Tokens))
	p.setData("first-ms", fmt.Sprintf("%.0f", st.FirstRender))
	p.setData("total-ms", fmt.Sprintf("%.0f", st.Total))
	p.setData("tps", fmt.Sprintf("%.1f", tps))
	if e := element("stats"); e.Truthy() {
		e.Set("textContent", statsLine(st, elapsed, tps, status))
	}
}

func statsLine(st genStats, elapsed, tps float64, status Status) string {
	if st.Task == "" {
		return ""
	}
	parts := []string{fmt.Sprintf("%d tokens", st.Tokens), fmt.Sprintf("%.0f tok/s", tps), fmt.Sprintf("%.1f s", elapsed/1000)}
	if st.FirstRender > 0 {
		parts = append(parts, fmt.Sprintf("first paint %.0f ms", st.FirstRender))
	}
	if status == Generating {
		return "Writing… " + strings.Join(parts, " · ")
	}
	return strings.Join(parts, " · ")
}

// progress moves the model's progress bar.
func (p *previewPane) progress(m modelState) {
	bar := element("model-progress")
	if !bar.Truthy() {
		return
	}
	pct := 0.0
	if m.Total > 0 {
		pct = 100 * float64(m.Loaded) / float64(m.Total)
	}
	bar.Call("setAttribute", "aria-valuenow", fmt.Sprintf("%.0f", pct))
	bar.Call("setAttribute", "data-phase", m.Phase)
	if fill := element("model-progress-fill"); fill.Truthy() {
		fill.Get("style").Set("width", fmt.Sprintf("%.1f%%", pct))
	}
	if label := element("model-progress-label"); label.Truthy() {
		label.Set("textContent", progressText(m))
	}
}

// progressText says where a model load is: "Downloading model · 4.2 MB of
// 17.0 MB · 25%".
func progressText(m modelState) string {
	switch m.Phase {
	case protocol.PhaseDownload:
		if m.Total > 0 {
			return fmt.Sprintf("Downloading model · %s of %s · %.0f%%", megabytes(m.Loaded), megabytes(m.Total), 100*float64(m.Loaded)/float64(m.Total))
		}
		return "Downloading model · " + megabytes(m.Loaded)
	case protocol.PhaseVerify:
		return "Checking the model's SHA-256…"
	case protocol.PhaseRetry:
		return "The download was damaged; downloading again…"
	case protocol.PhaseCache:
		return "Loading the model from this device…"
	case protocol.PhaseLoad:
		return "Starting the model…"
	}
	return "Starting…"
}

func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

// setJSON replaces the JSON pane's text and its line numbers.
func (p *previewPane) setJSON(text string) {
	if e := element("json"); e.Truthy() && e.Get("value").String() != text {
		e.Set("value", text)
	}
	p.gutter(text)
}

// gutter writes the line numbers of the JSON pane.
func (p *previewPane) gutter(text string) {
	g := element("json-gutter")
	if !g.Truthy() {
		return
	}
	n := strings.Count(text, "\n") + 1
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d\n", i)
	}
	g.Set("textContent", b.String())
}

// point converts a pointer event's position to page coordinates of the
// drawing (the SVG may be scaled to fit).
func (p *previewPane) point(e app.Value) (render.Point, bool) {
	svg := p.canvas.Get("firstElementChild")
	if !svg.Truthy() || p.surface.list == nil {
		return render.Point{}, false
	}
	r := svg.Call("getBoundingClientRect")
	w := r.Get("width").Float()
	if w <= 0 {
		return render.Point{}, false
	}
	scale := float64(p.surface.list.Width) / w
	x := (e.Get("clientX").Float() - r.Get("left").Float()) * scale
	y := (e.Get("clientY").Float() - r.Get("top").Float()) * scale
	return render.Pt(float32(x), float32(y)), true
}

// click acts on the drawn control under the pointer.
func (p *previewPane) click(ctx app.Context, e app.Event) {
	pt, ok := p.point(e.Value)
	if !ok {
		return
	}
	ev, g := p.surface.click(pt)
	p.studio.logEvent(ctx, ev)
	p.openProxy(g)
}

// hover shows which control is under the pointer.
func (p *previewPane) hover(e app.Event) {
	pt, ok := p.point(e.Value)
	if !ok {
		return
	}
	ptr, cursor := "", "default"
	if g := p.surface.list.HitTest(pt); g != nil {
		ptr, cursor = g.Pointer, "pointer"
		if g.Interact == render.Edit {
			cursor = "text"
		}
	}
	p.canvas.Get("style").Set("cursor", cursor)
	if ptr != p.surface.state.Hover {
		p.surface.state.Hover = ptr
		p.surface.redraw()
	}
}

// key handles the keyboard on the drawing: Tab moves between controls,
// Enter and Space press, arrows move sliders.
func (p *previewPane) key(ctx app.Context, e app.Event) {
	key := e.Get("key").String()
	switch key {
	case "Tab":
		delta := 1
		if e.Get("shiftKey").Bool() {
			delta = -1
		}
		if p.surface.moveFocus(delta) {
			e.PreventDefault()
		}
	case "Enter", " ":
		g := p.surface.focused()
		if g == nil {
			return
		}
		e.PreventDefault()
		if g.Interact == render.Edit || g.Interact == render.Expand {
			p.openProxy(g)
			return
		}
		p.studio.logEvent(ctx, p.surface.activate(g))
		p.surface.redraw()
	case "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown":
		g := p.surface.focused()
		if g == nil {
			return
		}
		steps := 1
		if key == "ArrowLeft" || key == "ArrowUp" {
			steps = -1
		}
		switch g.Interact {
		case render.Slide:
			e.PreventDefault()
			if key == "ArrowUp" || key == "ArrowDown" {
				steps = -steps // up raises a slider
			}
			if v, ok := p.surface.nudgeSlider(g, steps); ok {
				p.surface.setValue(g.Pointer, v)
				p.surface.redraw()
				p.studio.logEvent(ctx, event{Kind: "slide", Target: target(g), Detail: v})
			}
		case render.Choose:
			e.PreventDefault()
			if v, ok := p.surface.nudgeChoice(g, steps); ok {
				p.studio.logEvent(ctx, event{Kind: "choose", Target: p.surface.name(g), Detail: v})
			}
		}
	case "Escape":
		if p.surface.state.Focus != "" {
			p.surface.state.Focus = ""
			p.surface.redraw()
		}
	}
}

// openProxy lays the real control over a drawn text field or select and
// focuses it; other controls close it.
func (p *previewPane) openProxy(g *render.Group) {
	p.closeProxy()
	if g == nil || (g.Interact != render.Edit && g.Interact != render.Expand) {
		return
	}
	id := "proxy-input"
	n := nodeAt(p.surface.spec, g.Pointer)
	if n == nil {
		return
	}
	switch pr := n.Props.(type) {
	case *genui.Textarea:
		id = "proxy-textarea"
	case *genui.Select:
		id = "proxy-select"
		sel := element(id)
		sel.Set("innerHTML", "")
		doc := app.Window().Get("document")
		for _, o := range pr.Options {
			opt := doc.Call("createElement", "option")
			opt.Set("value", o)
			opt.Set("textContent", o)
			sel.Call("appendChild", opt)
		}
	case *genui.Input:
		t := string(pr.InputType)
		if t == "" {
			t = "text"
		}
		element(id).Set("type", t)
	}
	el := element(id)
	if !el.Truthy() {
		return
	}
	el.Set("value", g.Value)
	el.Call("setAttribute", "aria-label", target(g))
	p.proxyFor = g.Pointer
	p.placeProxy()
	el.Get("style").Set("display", "block")
	el.Call("focus", map[string]any{"preventScroll": true})
}

// placeProxy keeps the open proxy over its control as the drawing moves.
func (p *previewPane) placeProxy() {
	if p.proxyFor == "" {
		return
	}
	svg := p.canvas.Get("firstElementChild")
	r := p.surface.groupRect(p.proxyFor)
	if !svg.Truthy() || r.W == 0 || p.surface.list == nil {
		p.closeProxy()
		return
	}
	sr := svg.Call("getBoundingClientRect")
	cr := p.canvas.Call("getBoundingClientRect")
	scale := sr.Get("width").Float() / float64(p.surface.list.Width)
	left := sr.Get("left").Float() - cr.Get("left").Float() + p.canvas.Get("scrollLeft").Float()
	top := sr.Get("top").Float() - cr.Get("top").Float() + p.canvas.Get("scrollTop").Float()
	for _, id := range []string{"proxy-input", "proxy-textarea", "proxy-select"} {
		st := element(id).Get("style")
		st.Set("left", fmt.Sprintf("%.1fpx", left+float64(r.X)*scale))
		st.Set("top", fmt.Sprintf("%.1fpx", top+float64(r.Y)*scale))
		st.Set("width", fmt.Sprintf("%.1fpx", float64(r.W)*scale))
		st.Set("height", fmt.Sprintf("%.1fpx", float64(r.H)*scale))
	}
}

func (p *previewPane) closeProxy() {
	p.proxyFor = ""
	for _, id := range []string{"proxy-input", "proxy-textarea", "proxy-select"} {
		if e := element(id); e.Truthy() {
			e.Get("style").Set("display", "none")
		}
	}
}

// proxyInput takes what was typed or chosen in the proxy.
func (p *previewPane) proxyInput(ctx app.Context, e app.Event) {
	if p.proxyFor == "" {
		return
	}
	v := e.Get("target").Get("value").String()
	p.surface.setValue(p.proxyFor, v)
	p.surface.state.Focus = p.proxyFor
	p.surface.redraw()
	if e.Get("type").String() == "change" {
		if g := p.surface.group(p.proxyFor); g != nil {
			p.studio.logEvent(ctx, event{Kind: "edit", Target: target(g), Detail: fmt.Sprintf("%q", v)})
		}
	}
}

// proxyKey ends typing with Escape (and Enter in one-line fields).
func (p *previewPane) proxyKey(ctx app.Context, e app.Event) {
	key := e.Get("key").String()
	if key == "Escape" || key == "Enter" && e.Get("target").Get("tagName").String() == "INPUT" {
		e.PreventDefault()
		if g := p.surface.group(p.proxyFor); g != nil && key == "Enter" {
			p.studio.logEvent(ctx, event{Kind: "edit", Target: target(g), Detail: fmt.Sprintf("%q", g.Value)})
		}
		p.closeProxy()
		p.canvas.Call("focus")
	}
}

// logEvent adds an interaction to the event log.
func (s *Studio) logEvent(ctx app.Context, ev event) {
	if ev.Kind == "" {
		return
	}
	s.events = append([]logEntry{{At: time.Now().Format("15:04:05"), event: ev}}, s.events...)
	if len(s.events) > 50 {
		s.events = s.events[:50]
	}
}
