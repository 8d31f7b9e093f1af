package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/gallery"
	"github.com/genui/genui/app/protocol"
	"github.com/genui/genui/genui"
)

// Status is the state of the preview, shown in #preview's data-state.
type Status string

// The preview's states.
const (
	Idle         Status = "idle"          // ready; nothing is being written
	LoadingModel Status = "loading-model" // the model is downloading or loading
	Generating   Status = "generating"    // the model is writing
	Done         Status = "done"          // a spec was written (or edited)
	Failed       Status = "error"         // something went wrong: see data-error
)

// modelState is what the page knows of the model's load.
type modelState struct {
	Name          string
	Phase         string // a protocol phase while loading
	Loaded, Total int64
	Ready         bool
	Vocab, Ctx    int
	Note          string // a refusal or a warning during the load
	Err           string // the load failed
	None          bool   // no model to load: the server offers none
}

// genStats are the counters of the latest generation.
type genStats struct {
	Task        string
	Tokens      int
	Seed        uint64
	Start       float64 // performance.now() at Generate
	FirstRender float64 // ms from Generate to the first drawn component; 0: not yet
	Total       float64 // ms from Generate to the finished drawing
	WorkerMs    float64 // the worker's own time
	Renders     int
	Stopped     bool
}

// logEntry is one line of the event log.
type logEntry struct {
	At string
	event
}

// Studio is the app's one screen: describe, watch it render, refine,
// keep and export.
type Studio struct {
	app.Compo

	// ctx is the Studio's own context. Work that finishes later (a job,
	// a storage write) dispatches through it: the context of an event
	// handler dies with its element (a closed panel's button, say), and
	// go-app drops what is dispatched to it.
	ctx app.Context

	settings settings
	dark     bool // the resolved theme
	status   Status
	errMsg   string
	note     string // a passing message shown under the preview

	model  modelState
	pool   *pool
	wasm   string
	defSrc modelSource // the server's default model

	prompt  string
	refine  string
	pending bool // Generate was pressed before the model was ready
	job     *job
	stream  *genui.Stream
	raw     []byte
	stats   genStats

	spec      *genui.Spec // the spec shown (the last valid one)
	specText  string      // the JSON pane's text
	problems  genui.Errors
	parseErr  string // the JSON pane's text does not parse
	readyAt   float64
	design    gallery.Design // the design as last saved; ID empty: not saved
	saveState string

	preview *previewPane
	events  []logEntry
	store   gallery.Store
	designs []gallery.Design
	panel   string // "", "gallery", "settings", "export"
	// renaming is the ID of the gallery design whose name is being edited.
	renaming string
	toast    string
	toastN   int

	board *artboard

	updateReady bool // a new version of the app is installed: reload to use it
	installable bool // the browser offers to install the app

	frameFn   app.Func // draws at an animation frame
	delayFn   app.Func // asks for an animation frame
	frameWant bool
	lastDraw  float64 // performance.now() of the latest streamed drawing
	lastJSON  float64 // and of the JSON pane's latest update
	unlisten  []func()
}

// OnMount starts the app in the browser: settings, the preview, the
// workers and the model, the gallery, the keyboard.
func (s *Studio) OnMount(ctx app.Context) {
	s.ctx = ctx
	s.installable = ctx.IsAppInstallable()
	s.settings = loadSettings(ctx)
	s.applyTheme()
	s.wasm = app.Getenv(EnvWorkerWasm)
	size, _ := strconv.ParseInt(app.Getenv(EnvModelSize), 10, 64)
	s.defSrc = modelSource{URL: app.Getenv(EnvModelURL), SHA256: app.Getenv(EnvModelSHA256), Name: app.Getenv(EnvModelName), Size: size}
	s.preview = newPreviewPane(s)
	s.board = &artboard{studio: s}
	s.frameFn = app.FuncOf(func(app.Value, []app.Value) any {
		s.ctx.Dispatch(func(ctx app.Context) { s.frame(ctx); ctx.PreventUpdate() })
		return nil
	})
	s.delayFn = app.FuncOf(func(app.Value, []app.Value) any {
		app.Window().Call("requestAnimationFrame", s.frameFn)
		return nil
	})
	s.pool = newPool(s.wasm, poolSize(), func(m protocol.Message) {
		s.ctx.Dispatch(func(ctx app.Context) { s.onLoad(ctx, m) })
	})
	s.restoreDraft(ctx)
	s.startModel(ctx)
	ctx.After(50*time.Millisecond, func(app.Context) { s.preview.warmUp() })
	s.listenKeys(ctx)
	s.listenTheme(ctx)
	s.store = newIDBStore()
	s.refreshGallery(ctx)
}

// OnAppUpdate is called by go-app when the service worker has installed a
// new version of the app: the top bar offers a reload.
func (s *Studio) OnAppUpdate(ctx app.Context) { s.updateReady = ctx.AppUpdateAvailable() }

// OnAppInstallChange is called by go-app when the app becomes installable
// (or is installed): the top bar offers to install it.
func (s *Studio) OnAppInstallChange(ctx app.Context) { s.installable = ctx.IsAppInstallable() }

// OnDismount releases what OnMount took.
func (s *Studio) OnDismount() {
	for _, f := range s.unlisten {
		f()
	}
	if s.frameFn != nil {
		s.frameFn.Release()
		s.delayFn.Release()
	}
}

// poolSize is how many workers may run at once: one per core, two at
// least (the artboard's variants run side by side), four at most (each
// holds the model).
func poolSize() int {
	n := app.Window().Get("navigator").Get("hardwareConcurrency").Int()
	return min(max(n, 2), 4)
}

// modelSource is the model the settings choose, if any.
func (s *Studio) modelSource() (modelSource, bool) {
	if own := s.settings.Own; own.Name != "" {
		return modelSource{URL: ownModelURL(own.Name), SHA256: own.SHA256, Size: own.Size, Name: own.Name, Local: true}, true
	}
	if s.defSrc.URL == "" {
		return modelSource{}, false
	}
	return s.defSrc, true
}

// ownModelURL is where the workers cache a person's own model.
func ownModelURL(name string) string {
	return "/own-models/" + urlSafe(name)
}

func urlSafe(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

func (s *Studio) startModel(ctx app.Context) {
	src, ok := s.modelSource()
	s.model = modelState{Name: src.Name, None: !ok}
	if !ok {
		if early := app.Window().Get("genuiEarlyWorker"); early.Truthy() {
			early.Get("worker").Call("terminate") // no model to run
			app.Window().Delete("genuiEarlyWorker")
		}
		s.setStatus(Idle, "")
		return
	}
	s.setStatus(LoadingModel, "")
	s.pool.load(src)
}

// onLoad follows the first worker's model load.
func (s *Studio) onLoad(ctx app.Context, m protocol.Message) {
	switch m.Kind {
	case protocol.Progress:
		s.model.Phase, s.model.Loaded, s.model.Total = m.Phase, m.Loaded, m.Total
		if m.Error != "" {
			s.model.Note = m.Error
		}
		s.preview.progress(s.model)
		if m.Error == "" && m.Phase == protocol.PhaseDownload {
			ctx.PreventUpdate() // the bar moves by itself; nothing else changed
		}
	case protocol.Ready:
		s.model.Ready, s.model.Phase, s.model.Err = true, "", ""
		s.model.Vocab, s.model.Ctx = m.Vocab, m.Context
		if s.settings.Own.Name != "" && s.settings.Own.SHA256 != m.SHA256 {
			s.settings.Own.SHA256, s.settings.Own.Size = m.SHA256, m.Size
			saveSettings(ctx, s.settings)
		}
		if s.readyAt == 0 {
			s.readyAt = now()
			s.preview.setData("ready-ms", fmt.Sprintf("%.0f", s.readyAt))
		}
		if s.status == LoadingModel {
			s.setStatus(Idle, "")
		}
		if s.pending {
			s.pending = false
			s.generate(ctx)
		}
	case protocol.Failed:
		s.model.Err = m.Error
		s.pending = false
		if !s.model.Ready {
			s.setStatus(Failed, "The model could not be loaded: "+m.Error)
		}
	}
}

// setStatus shows a state on #preview.
func (s *Studio) setStatus(st Status, msg string) {
	s.status, s.errMsg = st, msg
	if s.preview != nil {
		s.preview.setState(st, msg)
	}
	if st == LoadingModel {
		// The progress card appears with this update; fill it in then.
		s.ctx.Defer(func(app.Context) { s.preview.progress(s.model) })
	}
}

// show draws spec in the preview and makes it the current design.
func (s *Studio) show(spec *genui.Spec) {
	s.spec = spec
	s.preview.show(spec)
}

// setJSON puts text in the JSON pane and checks it.
func (s *Studio) setJSON(text string) {
	s.specText = text
	s.preview.setJSON(text)
	s.problems = nil
	s.parseErr = ""
	if s.status != Generating {
		s.problems = genui.Validate([]byte(text))
	}
}

// edit takes the JSON pane's text as typed: a spec that parses is drawn
// at once; errors are listed at their JSON Pointers and lines.
func (s *Studio) edit(ctx app.Context, text string) {
	if s.status == Generating {
		return
	}
	s.specText = text
	s.problems = genui.Validate([]byte(text))
	spec, err := genui.Parse([]byte(text))
	if err != nil {
		s.parseErr = err.Error()
		s.setStatus(Failed, "The JSON has an error: "+err.Error())
		return
	}
	s.parseErr = ""
	s.show(spec)
	s.setStatus(Done, "")
	s.saveDraft(ctx)
}

// pretty is the canonical JSON of spec, indented for people.
func pretty(spec *genui.Spec) string {
	c, err := genui.Marshal(spec)
	if err != nil {
		return ""
	}
	var b bytes.Buffer
	json.Indent(&b, c, "", "  ")
	return b.String()
}

// draft is the working design, kept across reloads.
type draft struct {
	Prompt string `json:"prompt"`
	Spec   string `json:"spec"`
	Design string `json:"design,omitempty"` // its gallery ID, once saved
}

const draftKey = "genui.draft"

func (s *Studio) saveDraft(ctx app.Context) {
	ctx.LocalStorage().Set(draftKey, draft{Prompt: s.prompt, Spec: s.specText, Design: s.design.ID})
}

func (s *Studio) restoreDraft(ctx app.Context) {
	var d draft
	if ctx.LocalStorage().Get(draftKey, &d) != nil {
		return
	}
	s.prompt = d.Prompt
	setValue("prompt", d.Prompt)
	if d.Spec == "" {
		return
	}
	s.design.ID = d.Design
	if spec, err := genui.Parse([]byte(d.Spec)); err == nil {
		s.show(spec)
	}
	s.setJSON(d.Spec)
}

// flash shows a short message for a few seconds.
func (s *Studio) flash(ctx app.Context, msg string) {
	s.toast = msg
	s.toastN++
	n := s.toastN
	s.ctx.After(4*time.Second, func(ctx app.Context) {
		if s.toastN == n {
			s.toast = ""
		}
	})
}

// applyTheme resolves the theme setting and sets it on the document.
func (s *Studio) applyTheme() {
	dark := s.settings.Theme == "dark"
	if s.settings.Theme == "system" {
		dark = app.Window().Call("matchMedia", "(prefers-color-scheme: dark)").Get("matches").Bool()
	}
	s.dark = dark
	theme := "light"
	if dark {
		theme = "dark"
	}
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-theme", theme)
	if s.preview != nil {
		s.preview.setDark(dark)
	}
	if s.board != nil {
		s.board.setDark(dark)
	}
}

// listenTheme follows the system theme while the setting says "system".
func (s *Studio) listenTheme(ctx app.Context) {
	mq := app.Window().Call("matchMedia", "(prefers-color-scheme: dark)")
	fn := app.FuncOf(func(app.Value, []app.Value) any {
		s.ctx.Dispatch(func(ctx app.Context) {
			if s.settings.Theme == "system" {
				s.applyTheme()
			}
		})
		return nil
	})
	mq.Call("addEventListener", "change", fn)
	s.unlisten = append(s.unlisten, func() { mq.Call("removeEventListener", "change", fn); fn.Release() })
}

// now is performance.now(): milliseconds since the page began loading.
func now() float64 {
	return app.Window().Get("performance").Call("now").Float()
}

// element returns the page element with the id.
func element(id string) app.Value {
	return app.Window().Get("document").Call("getElementById", id)
}

func focus(id string) {
	if e := element(id); e.Truthy() {
		e.Call("focus")
	}
}

func setValue(id, v string) {
	if e := element(id); e.Truthy() {
		e.Set("value", v)
	}
}
