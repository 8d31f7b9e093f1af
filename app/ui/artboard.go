package ui

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/protocol"
	"github.com/genui/genui/genui"
)

// Variants is how many designs the artboard generates side by side.
const Variants = 4

// frameWidth is the page width of an artboard frame.
const frameWidth = 420

// artboard shows variants of one prompt, each generated with its own
// seed on its own worker (as many at once as the pool has workers), each
// streaming into its own frame, on a board that pans and zooms.
type artboard struct {
	studio *Studio
	open   bool
	prompt string
	frames []*frame

	zoom, panX, panY float64
	dragging         bool
	dragX, dragY     float64

	frameFn   app.Func
	frameWant bool
}

// frame is one variant.
type frame struct {
	index   int
	seed    uint64
	surface *surface
	job     *job
	stream  genui.Stream
	status  Status
	tokens  int
	ms      float64
	err     string
	dirty   bool
}

// start generates Variants designs of the prompt.
func (b *artboard) start(ctx app.Context) {
	s := b.studio
	prompt := strings.TrimSpace(s.prompt)
	switch {
	case prompt == "":
		s.flash(ctx, "Describe an interface first.")
		focus("prompt")
		return
	case !s.model.Ready:
		s.flash(ctx, "The model is still loading.")
		return
	}
	b.stop()
	b.clear()
	b.open, b.prompt = true, prompt
	b.zoom, b.panX, b.panY = 1, 0, 0
	seed := rand.Uint64() >> 12
	b.frames = make([]*frame, Variants)
	for i := range b.frames {
		b.frames[i] = &frame{index: i, seed: seed + uint64(i), status: LoadingModel,
			surface: &surface{backend: newBackend(s.settings.Backend), width: frameWidth, dark: s.dark}}
	}
	if b.frameFn == nil {
		b.frameFn = app.FuncOf(func(app.Value, []app.Value) any {
			b.studio.ctx.Dispatch(func(ctx app.Context) { b.draw(); ctx.PreventUpdate() })
			return nil
		})
	}
	// The frames' elements exist once this update is rendered.
	b.studio.ctx.Defer(func(ctx app.Context) {
		for _, f := range b.frames {
			f.surface.backend.Mount(element(fmt.Sprintf("frame-%d", f.index)))
			f.showStatus()
			b.run(ctx, f)
		}
		b.fit()
	})
}

// run queues one variant's job on the pool.
func (b *artboard) run(ctx app.Context, f *frame) {
	s := b.studio
	f.job = s.pool.run(protocol.Message{Task: protocol.Describe, Prompt: b.prompt, Seed: f.seed,
		Temperature: s.settings.Temperature, MaxTokens: s.settings.MaxTokens},
		func(m protocol.Message) {
			b.studio.ctx.Dispatch(func(ctx app.Context) {
				ctx.PreventUpdate()
				f.status = Generating
				f.tokens = m.N
				f.stream.Write([]byte(m.Text))
				f.dirty = true
				b.want()
			})
		},
		func(m protocol.Message) {
			b.studio.ctx.Dispatch(func(ctx app.Context) {
				f.job = nil
				defer f.showStatus()
				if m.Kind == protocol.Failed {
					f.status, f.err = Failed, m.Error
					return
				}
				f.status, f.ms = Done, m.Millis
				if m.N > 0 {
					f.tokens = m.N
				}
				if spec, err := genui.Parse([]byte(m.Text)); err == nil {
					f.surface.show(spec)
				} else {
					f.dirty = true
					b.draw()
				}
			})
		})
}

func (b *artboard) want() {
	if !b.frameWant {
		b.frameWant = true
		app.Window().Call("requestAnimationFrame", b.frameFn)
	}
}

// draw redraws the frames that received text since the last frame.
func (b *artboard) draw() {
	b.frameWant = false
	for _, f := range b.frames {
		if !f.dirty {
			continue
		}
		f.dirty = false
		if spec, err := f.stream.Spec(); err == nil && spec != nil {
			f.surface.show(spec)
		}
		f.showStatus()
	}
}

// showStatus writes the frame's state in its caption.
func (f *frame) showStatus() {
	if h := element(fmt.Sprintf("frame-%d-status", f.index)); h.Truthy() {
		h.Set("textContent", f.statusText())
	}
}

func (f *frame) statusText() string {
	switch f.status {
	case LoadingModel:
		return "waiting for a worker"
	case Generating:
		return fmt.Sprintf("writing · %d tokens", f.tokens)
	case Done:
		return fmt.Sprintf("%d tokens · %.1f s", f.tokens, f.ms/1000)
	case Failed:
		return "failed: " + f.err
	}
	return ""
}

// stop cancels the variants still running.
func (b *artboard) stop() {
	for _, f := range b.frames {
		if f.job != nil {
			b.studio.pool.stop(f.job)
		}
	}
}

// clear takes the frames' drawings out of the page.
func (b *artboard) clear() {
	for _, f := range b.frames {
		f.surface.backend.Unmount()
	}
	b.frames = nil
}

// close stops the variants and hides the board.
func (b *artboard) close() {
	b.stop()
	b.clear()
	b.open = false
}

// use makes a variant the current design.
func (b *artboard) use(ctx app.Context, f *frame) {
	spec := f.surface.spec
	if spec == nil {
		return
	}
	s := b.studio
	b.close()
	s.preview.surface.reset()
	s.show(spec)
	s.setJSON(pretty(spec))
	s.setStatus(Done, "")
	s.note = fmt.Sprintf("Variant %d (seed %d) is now the design.", f.index+1, f.seed)
	s.saveDraft(ctx)
}

func (b *artboard) setDark(dark bool) {
	for _, f := range b.frames {
		f.surface.dark = dark
		if f.surface.spec != nil {
			f.surface.redraw()
		}
	}
}

// Zoom bounds.
const (
	minZoom = 0.2
	maxZoom = 3
)

// place applies the pan and zoom to the board.
func (b *artboard) place() {
	if e := element("board"); e.Truthy() {
		e.Get("style").Set("transform", fmt.Sprintf("translate(%.1fpx, %.1fpx) scale(%.3f)", b.panX, b.panY, b.zoom))
	}
	if e := element("board-zoom"); e.Truthy() {
		e.Set("textContent", fmt.Sprintf("%.0f%%", b.zoom*100))
	}
}

// zoomAt zooms by factor keeping the board point under (x, y) of the
// viewport in place.
func (b *artboard) zoomAt(factor, x, y float64) {
	z := math.Min(maxZoom, math.Max(minZoom, b.zoom*factor))
	f := z / b.zoom
	b.panX = x - (x-b.panX)*f
	b.panY = y - (y-b.panY)*f
	b.zoom = z
	b.place()
}

// fit zooms so the whole board shows in the viewport.
func (b *artboard) fit() {
	vp, board := element("board-viewport"), element("board")
	if !vp.Truthy() || !board.Truthy() {
		return
	}
	vw, vh := vp.Get("clientWidth").Float(), vp.Get("clientHeight").Float()
	bw, bh := board.Get("offsetWidth").Float(), board.Get("offsetHeight").Float()
	if bw <= 0 || bh <= 0 {
		return
	}
	b.zoom = math.Min(maxZoom, math.Max(minZoom, math.Min((vw-48)/bw, (vh-48)/bh)))
	b.zoom = math.Min(b.zoom, 1)
	b.panX = (vw - bw*b.zoom) / 2
	b.panY = math.Max(24, (vh-bh*b.zoom)/2)
	b.place()
}

func (b *artboard) wheel(e app.Event) {
	e.PreventDefault()
	vp := element("board-viewport").Call("getBoundingClientRect")
	x := e.Get("clientX").Float() - vp.Get("left").Float()
	y := e.Get("clientY").Float() - vp.Get("top").Float()
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
		b.zoomAt(math.Exp(-e.Get("deltaY").Float()/300), x, y)
		return
	}
	b.panX -= e.Get("deltaX").Float()
	b.panY -= e.Get("deltaY").Float()
	b.place()
}

func (b *artboard) pointerDown(e app.Event) {
	if t := e.Get("target"); t.Truthy() && t.Call("closest", "button").Truthy() {
		return
	}
	b.dragging = true
	b.dragX, b.dragY = e.Get("clientX").Float(), e.Get("clientY").Float()
	e.Get("currentTarget").Call("setPointerCapture", e.Get("pointerId"))
}

func (b *artboard) pointerMove(e app.Event) {
	if !b.dragging {
		return
	}
	x, y := e.Get("clientX").Float(), e.Get("clientY").Float()
	b.panX += x - b.dragX
	b.panY += y - b.dragY
	b.dragX, b.dragY = x, y
	b.place()
}

func (b *artboard) pointerUp(app.Event) { b.dragging = false }

// boardKeys are the keys the artboard takes.
var boardKeys = map[string]bool{"+": true, "=": true, "-": true, "_": true, "0": true,
	"ArrowLeft": true, "ArrowRight": true, "ArrowUp": true, "ArrowDown": true}

// key pans and zooms from the keyboard: + and - zoom, 0 fits, arrows pan.
func (b *artboard) key(key string) {
	vp := element("board-viewport")
	cx, cy := vp.Get("clientWidth").Float()/2, vp.Get("clientHeight").Float()/2
	switch key {
	case "+", "=":
		b.zoomAt(1.25, cx, cy)
	case "-", "_":
		b.zoomAt(0.8, cx, cy)
	case "0":
		b.fit()
	case "ArrowLeft":
		b.panX += 60
	case "ArrowRight":
		b.panX -= 60
	case "ArrowUp":
		b.panY += 60
	case "ArrowDown":
		b.panY -= 60
	}
	b.place()
}
