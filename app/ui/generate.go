package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/protocol"
	"github.com/genui/genui/genui"
)

// generate starts writing a spec for the prompt.
func (s *Studio) generate(ctx app.Context) {
	prompt := strings.TrimSpace(s.prompt)
	if prompt == "" {
		s.flash(ctx, "Describe an interface first.")
		focus("prompt")
		return
	}
	if s.model.None && s.settings.Own.Name == "" {
		s.panel = "settings"
		s.flash(ctx, "Choose a model file first.")
		return
	}
	s.stopJob()
	if !s.model.Ready {
		s.pending = true
		s.setStatus(LoadingModel, "")
		return
	}
	s.begin(protocol.Describe)
	revealPreview()
	s.job = s.pool.run(protocol.Message{Task: protocol.Describe, Prompt: prompt, Seed: s.stats.Seed,
		Temperature: s.settings.Temperature, MaxTokens: s.settings.MaxTokens},
		s.onToken(ctx), s.onEnd(ctx))
}

// refineDesign asks the model to change the current spec as the refine
// box says.
func (s *Studio) refineDesign(ctx app.Context) {
	instr := strings.TrimSpace(s.refine)
	switch {
	case instr == "":
		focus("refine")
		return
	case s.spec == nil || s.spec.Root == nil:
		s.flash(ctx, "Generate or write a design first, then refine it.")
		return
	case !s.model.Ready:
		s.flash(ctx, "The model is still loading.")
		return
	}
	canon, err := genui.Marshal(s.spec)
	if err != nil {
		s.flash(ctx, "This design cannot be refined: "+err.Error())
		return
	}
	s.stopJob()
	s.begin(protocol.Refine)
	s.job = s.pool.run(protocol.Message{Task: protocol.Refine, Prompt: instr, Spec: string(canon), Seed: s.stats.Seed,
		Temperature: s.settings.Temperature, MaxTokens: s.settings.MaxTokens},
		s.onToken(ctx), s.onEnd(ctx))
}

// begin resets the counters for a new job.
func (s *Studio) begin(task string) {
	s.stats = genStats{Task: task, Seed: rand.Uint64() >> 12, Start: now()}
	s.stream = &genui.Stream{}
	s.raw = s.raw[:0]
	s.note = ""
	if task == protocol.Describe {
		s.preview.surface.reset()
	}
	s.preview.beginJob()
	s.setStatus(Generating, "")
}

// revealPreview scrolls the preview into view where the screen stacks
// the panes (a phone), so the design is seen as it is written.
func revealPreview() {
	if app.Window().Call("matchMedia", "(max-width: 760px)").Get("matches").Bool() {
		if e := element("preview"); e.Truthy() {
			e.Call("scrollIntoView", map[string]any{"behavior": "smooth", "block": "start"})
		}
	}
}

// stopJob cancels the running job, if any.
func (s *Studio) stopJob() {
	if s.job != nil && !s.job.ended {
		s.pool.stop(s.job)
	}
}

func (s *Studio) onToken(ctx app.Context) func(protocol.Message) {
	return func(m protocol.Message) {
		s.ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			if s.job == nil || s.job.id != m.ID {
				return
			}
			s.raw = append(s.raw, m.Text...)
			s.stats.Tokens = m.N
			if s.stats.Task == protocol.Describe {
				s.stream.Write([]byte(m.Text))
			}
			s.wantFrame()
		})
	}
}

// Streamed drawings are at least drawEvery apart, and the JSON pane's
// text jsonEvery: a model writes faster than a person reads, and every
// millisecond the page spends drawing is one it cannot spend on input.
const (
	drawEvery = 50  // ms
	jsonEvery = 250 // ms
)

// wantFrame asks for one drawing at an animation frame at least
// drawEvery after the last, however many tokens arrive before it.
func (s *Studio) wantFrame() {
	if s.frameWant {
		return
	}
	s.frameWant = true
	if wait := s.lastDraw + drawEvery - now(); wait > 0 {
		app.Window().Call("setTimeout", s.delayFn, wait)
		return
	}
	app.Window().Call("requestAnimationFrame", s.frameFn)
}

// frame draws the partial spec: closed by the parser, laid out, and
// patched into the page where it changed.
func (s *Studio) frame(ctx app.Context) {
	s.frameWant = false
	if s.status != Generating || s.stats.Task != protocol.Describe {
		s.preview.stats(s.stats, s.status)
		return
	}
	spec, err := s.stream.Spec()
	if err != nil || spec == nil {
		return
	}
	t := now()
	s.lastDraw = t
	s.show(spec)
	if t-s.lastJSON >= jsonEvery {
		s.lastJSON = t
		s.setJSON(pretty(spec))
	}
	s.stats.Renders++
	if s.stats.FirstRender == 0 && s.preview.surface.nodeCount() > 0 {
		s.stats.FirstRender = now() - s.stats.Start
	}
	s.preview.stats(s.stats, s.status)
}

func (s *Studio) onEnd(ctx app.Context) func(protocol.Message) {
	return func(m protocol.Message) {
		s.ctx.Dispatch(func(ctx app.Context) {
			if s.job == nil || s.job.id != m.ID {
				return
			}
			s.job = nil
			s.finish(ctx, m)
		})
	}
}

// finish ends a job: the final spec (or the patched one) is shown.
func (s *Studio) finish(ctx app.Context, m protocol.Message) {
	if m.Kind == protocol.Failed {
		if s.stats.Task == protocol.Refine && s.spec != nil {
			// The design stays as it was; only the change failed.
			s.note = "The change could not be made (" + m.Error + "); the design is unchanged."
			s.setStatus(Done, "")
		} else {
			s.setStatus(Failed, m.Error)
		}
		s.preview.stats(s.stats, s.status)
		return
	}
	s.stats.WorkerMs = m.Millis
	if m.N > 0 {
		s.stats.Tokens = m.N
	}
	s.stats.Stopped = m.Reason == protocol.ReasonStop
	text := m.Text
	if text == "" {
		text = string(s.raw)
	}
	switch s.stats.Task {
	case protocol.Describe:
		spec, err := genui.Parse([]byte(text))
		if s.stats.Stopped || err != nil {
			stream := &genui.Stream{}
			stream.Write([]byte(text))
			spec, err = stream.Spec()
		}
		if err != nil || spec == nil {
			s.setStatus(Failed, "The model's answer is not a spec: "+errText(err))
			return
		}
		s.show(spec)
		s.setJSON(pretty(spec))
		if s.stats.Stopped {
			s.note = fmt.Sprintf("Stopped after %d tokens; the preview shows what was written.", s.stats.Tokens)
		}
	case protocol.Refine:
		if s.stats.Stopped {
			s.note = "Refinement stopped; the design is unchanged."
			break
		}
		spec, err := genui.Parse([]byte(m.Spec))
		if err != nil {
			s.note = "The change could not be made (" + err.Error() + "); the design is unchanged."
			break
		}
		s.show(spec)
		s.setJSON(pretty(spec))
		s.note = "Refined: " + s.refine
		s.refine = ""
		setValue("refine", "")
	}
	s.stats.Renders++
	s.stats.Total = now() - s.stats.Start
	if s.stats.FirstRender == 0 && s.preview.surface.nodeCount() > 0 {
		s.stats.FirstRender = s.stats.Total
	}
	s.setStatus(Done, "")
	s.preview.stats(s.stats, s.status)
	s.saveDraft(ctx)
}

func errText(err error) string {
	if err == nil {
		return "nothing was written"
	}
	return err.Error()
}
