package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/protocol"
	"github.com/genui/genui/genui"
)

// Example is a prompt offered under the prompt box.
type Example struct{ Label, Prompt string }

// Examples are the prompts offered under the prompt box.
var Examples = []Example{
	{"Sign-in form", "A sign-in form with email, password and a “Remember me” checkbox"},
	{"Pricing plans", "A pricing card with three plans and a highlighted Pro plan"},
	{"Notifications", "Notification settings with switches for email, push and SMS"},
	{"Sales dashboard", "A sales dashboard with three stats and a bar chart of monthly revenue"},
	{"Contact form", "A contact form with name, email, a topic select and a message"},
}

// Render draws the screen.
func (s *Studio) Render() app.UI {
	return app.Div().Class("studio").Body(
		s.renderTopBar(),
		app.Div().Class("workspace").Body(
			s.renderCompose(),
			s.renderStage(),
			s.renderCode(),
		),
		s.renderPanel(),
		s.renderArtboard(),
		app.If(s.toast != "", func() app.UI {
			return app.Div().ID("toast").Class("toast").Role("status").Aria("live", "polite").Text(s.toast)
		}),
	)
}

func (s *Studio) renderTopBar() app.UI {
	themeIcon, themeLabel := iconMoon, "Switch to the dark theme"
	if s.dark {
		themeIcon, themeLabel = iconSun, "Switch to the light theme"
	}
	return app.Header().Class("topbar").Body(
		app.Div().Class("brand").Body(
			app.Img().Src("/web/icons/icon.svg").Alt("").Width(28).Height(28),
			app.Span().Class("wordmark").Text("genui"),
		),
		s.renderModelChip(),
		app.Nav().Class("actions").Aria("label", "App").Body(
			app.If(s.updateReady, func() app.UI {
				return app.Button().ID("reload-update").Class("btn secondary small").Title("A new version of genui is ready").
					OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }).Text("Update · Reload")
			}),
			app.If(s.installable, func() app.UI {
				return app.Button().ID("install").Class("btn ghost").Title("Install genui as an app: it opens from your launcher and works offline").
					OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() }).Body(icon(iconDownload), app.Span().Class("label").Text("Install"))
			}),
			app.Button().ID("open-gallery").Class("btn ghost").Title("Your saved designs").
				OnClick(func(ctx app.Context, e app.Event) { s.togglePanel(ctx, "gallery") }).Body(
				icon(iconGallery), app.Span().Class("label").Text("Gallery"),
				app.If(len(s.designs) > 0, func() app.UI { return app.Span().Class("count").Text(len(s.designs)) }),
			),
			app.Button().ID("open-settings").Class("btn ghost icon-only").Aria("label", "Settings").Title("Settings").
				OnClick(func(ctx app.Context, e app.Event) { s.togglePanel(ctx, "settings") }).Body(icon(iconSettings)),
			app.Button().ID("theme-toggle").Class("btn ghost icon-only").Aria("label", themeLabel).Title(themeLabel).
				OnClick(s.toggleTheme).Body(icon(themeIcon)),
		),
	)
}

// renderModelChip says which model is in use and how its load goes.
func (s *Studio) renderModelChip() app.UI {
	m := s.model
	state, text := "loading", "Loading model…"
	switch {
	case m.None:
		state, text = "none", "No model · choose one in Settings"
	case m.Err != "" && !m.Ready:
		state, text = "error", "Model failed to load"
	case m.Ready:
		state, text = "ready", m.Name
	case m.Phase == protocol.PhaseDownload:
		text = "Downloading " + m.Name
	}
	return app.Button().ID("model-status").Class("model-chip").DataSet("state", state).Title(m.Err).
		OnClick(func(ctx app.Context, e app.Event) { s.togglePanel(ctx, "settings") }).Body(
		app.Span().Class("dot").Aria("hidden", "true"),
		app.Span().Class("model-name").Text(text),
		app.If(m.Ready && m.Vocab > 0, func() app.UI {
			return app.Span().Class("model-meta").Text(fmt.Sprintf("%dk vocab · %d ctx", m.Vocab/1000, m.Ctx))
		}),
	)
}

func (s *Studio) renderCompose() app.UI {
	busy := s.status == Generating
	return app.Section().Class("panel compose").Aria("label", "Describe").Body(
		app.Label().For("prompt").Class("eyebrow").Text("Describe an interface"),
		app.Textarea().ID("prompt").Class("prompt").Rows(4).Placeholder("A sign-in form with email, password and a “Remember me” checkbox").
			Aria("describedby", "prompt-hint").
			OnInput(func(ctx app.Context, e app.Event) {
				s.prompt = ctx.JSSrc().Get("value").String()
				ctx.PreventUpdate()
			}),
		app.Div().Class("examples").Body(
			app.Span().Class("examples-label").Text("Try"),
			app.Range(Examples).Slice(func(i int) app.UI {
				ex := Examples[i]
				return app.Button().Class("chip").Text(ex.Label).Title(ex.Prompt).
					OnClick(func(ctx app.Context, e app.Event) {
						s.prompt = ex.Prompt
						setValue("prompt", ex.Prompt)
						focus("prompt")
					})
			}),
		),
		app.Div().Class("primary-actions").Body(
			app.Button().ID("generate").Class("btn primary grow").Disabled(busy && s.stats.Task == protocol.Describe).
				OnClick(func(ctx app.Context, e app.Event) { s.generate(ctx) }).Body(
				icon(iconSparkle), app.Span().Text("Generate"), app.Kbd().Text(shortcut("↵")),
			),
			app.Button().ID("stop").Class("btn secondary").Disabled(!busy).Title("Stop (Esc)").
				OnClick(func(ctx app.Context, e app.Event) { s.stopJob() }).Body(
				icon(iconStop), app.Span().Text("Stop"), app.Kbd().Text("Esc"),
			),
		),
		app.Button().ID("variants").Class("btn ghost wide").
			OnClick(func(ctx app.Context, e app.Event) { s.board.start(ctx) }).Body(
			icon(iconGrid), app.Span().Text(fmt.Sprintf("Generate %d variants side by side", Variants)),
		),
		app.P().ID("prompt-hint").Class("hint").Text("The model runs in your browser. Nothing you type leaves this device."),
		app.Div().Class("divider"),
		app.Label().For("refine").Class("eyebrow").Text("Refine the design"),
		app.Div().Class("refine").Body(
			app.Input().ID("refine").Type("text").Placeholder("Make the button red").Value(s.refine).
				OnInput(func(ctx app.Context, e app.Event) {
					s.refine = ctx.JSSrc().Get("value").String()
					ctx.PreventUpdate()
				}).
				OnKeyDown(func(ctx app.Context, e app.Event) {
					if e.Get("key").String() == "Enter" {
						e.PreventDefault()
						s.refineDesign(ctx)
					}
				}),
			app.Button().ID("refine-go").Class("btn secondary").Disabled(busy || s.spec == nil).
				OnClick(func(ctx app.Context, e app.Event) { s.refineDesign(ctx) }).Body(icon(iconWand), app.Span().Text("Apply")),
		),
		app.P().ID("stats").Class("stats").Aria("live", "off"), // written by previewPane.stats
	)
}

// shortcut writes a key with the platform's modifier.
func shortcut(key string) string {
	if app.IsClient && strings.Contains(app.Window().Get("navigator").Get("platform").String(), "Mac") {
		return "⌘" + key
	}
	return "Ctrl " + key
}

func (s *Studio) renderStage() app.UI {
	name := s.design.Name
	if name == "" && s.spec != nil {
		name = s.spec.Title
	}
	if name == "" {
		name = "Untitled design"
	}
	saved := ""
	switch {
	case s.saveState == "saving":
		saved = "Saving…"
	case s.saveState == "error":
		saved = "Not saved"
	case s.design.ID != "" && s.saveState == "saved":
		saved = "Saved"
	}
	return app.Section().Class("panel stage").Aria("label", "Preview").Body(
		app.Div().Class("stage-bar").Body(
			app.Div().Class("design-name").Body(
				app.Strong().Text(name),
				app.If(saved != "", func() app.UI { return app.Span().Class("save-state").DataSet("state", s.saveState).Text(saved) }),
			),
			app.Div().Class("segmented").Role("group").Aria("label", "Preview width").Body(
				app.Range([]string{"fit", "phone", "tablet", "desktop"}).Slice(func(i int) app.UI {
					w := []string{"fit", "phone", "tablet", "desktop"}[i]
					label := map[string]string{"fit": "Fit", "phone": "Phone", "tablet": "Tablet", "desktop": "Desktop"}[w]
					return app.Button().Class("seg").Aria("pressed", s.settings.Width == w).Text(label).
						OnClick(func(ctx app.Context, e app.Event) { s.setWidth(ctx, w) })
				}),
			),
			app.Div().Class("stage-actions").Body(
				app.Button().ID("save").Class("btn secondary").Title("Save to the gallery ("+shortcut("S")+")").
					OnClick(func(ctx app.Context, e app.Event) { s.save(ctx) }).Body(icon(iconSave), app.Span().Class("label").Text("Save")),
				app.Button().ID("open-export").Class("btn secondary").Aria("haspopup", "dialog").
					OnClick(func(ctx app.Context, e app.Event) { s.togglePanel(ctx, "export") }).Body(icon(iconDownload), app.Span().Class("label").Text("Export")),
			),
		),
		app.Div().ID("preview").Class("preview").DataSet("state", string(s.status)).
			Attr("data-error", s.errIfFailed()).Aria("busy", s.status == Generating || s.status == LoadingModel).Body(
			app.Div().ID("canvas").Class("canvas").TabIndex(0).Role("application").
				Aria("label", "Live preview: click or Tab to use the controls").
				OnClick(func(ctx app.Context, e app.Event) { s.preview.click(ctx, e) }).
				OnMouseMove(func(ctx app.Context, e app.Event) { s.preview.hover(e); ctx.PreventUpdate() }).
				OnKeyDown(func(ctx app.Context, e app.Event) { s.preview.key(ctx, e) }),
			app.Input().ID("proxy-input").Class("proxy").Type("text").
				OnInput(func(ctx app.Context, e app.Event) { s.preview.proxyInput(ctx, e); ctx.PreventUpdate() }).
				On("change", func(ctx app.Context, e app.Event) { s.preview.proxyInput(ctx, e) }).
				OnKeyDown(func(ctx app.Context, e app.Event) { s.preview.proxyKey(ctx, e) }),
			app.Textarea().ID("proxy-textarea").Class("proxy").
				OnInput(func(ctx app.Context, e app.Event) { s.preview.proxyInput(ctx, e); ctx.PreventUpdate() }).
				On("change", func(ctx app.Context, e app.Event) { s.preview.proxyInput(ctx, e) }).
				OnKeyDown(func(ctx app.Context, e app.Event) { s.preview.proxyKey(ctx, e) }),
			app.Select().ID("proxy-select").Class("proxy").
				On("change", func(ctx app.Context, e app.Event) { s.preview.proxyInput(ctx, e) }).
				OnKeyDown(func(ctx app.Context, e app.Event) { s.preview.proxyKey(ctx, e) }),
			s.renderOverlay(),
		),
		app.If(s.note != "", func() app.UI { return app.P().ID("note").Class("note").Text(s.note) }),
		s.renderEvents(),
	)
}

func (s *Studio) errIfFailed() string {
	if s.status == Failed {
		return s.errMsg
	}
	return ""
}

// renderOverlay is what the preview shows over (or instead of) the
// drawing: the model's download, an empty state, an error.
func (s *Studio) renderOverlay() app.UI {
	switch {
	case s.status == LoadingModel && s.spec == nil || s.status == LoadingModel && s.pending:
		return app.Div().Class("overlay loading").Body(
			app.Div().Class("overlay-card").Body(
				app.Strong().Text("Getting the model ready"),
				app.P().Text("It downloads once, is checked against its SHA-256, and then works offline."),
				app.Div().ID("model-progress").Class("progress").Role("progressbar").
					Aria("label", "Model download").Aria("valuemin", 0).Aria("valuemax", 100).Aria("valuenow", 0).
					DataSet("phase", s.model.Phase).Body(
					app.Div().ID("model-progress-fill").Class("progress-fill"),
				),
				app.P().ID("model-progress-label").Class("progress-label"), // written by previewPane.progress
				app.If(s.model.Note != "", func() app.UI { return app.P().Class("warn").Text(s.model.Note) }),
			),
		)
	case s.status == Failed && s.parseErr == "":
		return app.Div().Class("overlay error").Role("alert").Body(
			app.Div().Class("overlay-card").Body(
				app.Strong().Text("Something went wrong"),
				app.P().ID("error-message").Text(s.errMsg),
				app.If(s.model.Err != "", func() app.UI {
					return app.Button().Class("btn secondary").Text("Try loading the model again").
						OnClick(func(ctx app.Context, e app.Event) { s.startModel(ctx) })
				}),
			),
		)
	case s.status == Failed:
		return app.Div().Class("banner error").Role("alert").Text("The JSON has an error: the preview shows the last valid version.")
	case s.spec == nil && s.status != Generating:
		msg := "Describe an interface on the left and press Generate. It renders here as the model writes."
		if s.model.None {
			msg = "This server offers no model. Open Settings to use a GGUF model file from your disk."
		}
		return app.Div().Class("overlay empty").Body(
			app.Div().Class("empty-art").Aria("hidden", "true").Body(icon(iconSparkle)),
			app.P().Text(msg),
		)
	}
	return nil
}

func (s *Studio) renderEvents() app.UI {
	return app.Details().ID("event-log").Class("events").Body(
		app.Summary().Body(
			app.Span().Text("Interactions"),
			app.Span().Class("count").Text(len(s.events)),
		),
		app.If(len(s.events) == 0, func() app.UI {
			return app.P().Class("hint").Text("Click buttons, type into fields, toggle switches in the preview: what they do appears here.")
		}).Else(func() app.UI {
			return app.Ol().Body(app.Range(s.events).Slice(func(i int) app.UI {
				ev := s.events[i]
				return app.Li().Body(
					app.Span().Class("at").Text(ev.At),
					app.Span().Class("kind").DataSet("kind", ev.Kind).Text(ev.Kind),
					app.Span().Class("target").Text(ev.Target),
					app.Code().Text(ev.Detail),
				)
			}))
		}),
	)
}

func (s *Studio) renderCode() app.UI {
	nErr, nWarn := 0, 0
	for _, p := range s.problems {
		if p.Warning {
			nWarn++
		} else {
			nErr++
		}
	}
	badge, state := "Valid", "ok"
	switch {
	case s.specText == "":
		badge, state = "Empty", "empty"
	case s.status == Generating:
		badge, state = "Streaming", "busy"
	case nErr > 0:
		badge, state = plural(nErr, "error"), "error"
	case nWarn > 0:
		badge, state = plural(nWarn, "warning"), "warn"
	}
	return app.Section().Class("panel code").Aria("label", "Spec JSON").Body(
		app.Div().Class("code-bar").Body(
			app.Label().For("json").Class("eyebrow").Text("Spec JSON"),
			app.Span().ID("json-status").Class("badge").DataSet("state", state).Text(badge),
			app.Button().Class("btn ghost small").Disabled(s.spec == nil || s.status == Generating).Title("Rewrite the JSON in canonical form").
				OnClick(func(ctx app.Context, e app.Event) {
					if s.spec != nil {
						s.setJSON(pretty(s.spec))
						s.saveDraft(ctx)
					}
				}).Text("Format"),
		),
		app.Div().Class("editor").Body(
			app.Pre().ID("json-gutter").Class("gutter").Aria("hidden", "true"),
			app.Textarea().ID("json").Class("json").Spellcheck(false).Wrap("off").ReadOnly(s.status == Generating).
				Placeholder("The spec appears here as the model writes it. Edit it and the preview follows.").
				Aria("invalid", nErr > 0 || s.parseErr != "").Aria("describedby", "problems").
				OnInput(func(ctx app.Context, e app.Event) {
					text := ctx.JSSrc().Get("value").String()
					s.preview.gutter(text)
					s.edit(ctx, text)
				}).
				On("scroll", func(ctx app.Context, e app.Event) {
					element("json-gutter").Set("scrollTop", ctx.JSSrc().Get("scrollTop"))
					ctx.PreventUpdate()
				}),
		),
		s.renderProblems(),
	)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// renderProblems lists the spec's errors at their lines and JSON Pointers;
// a click selects the place in the JSON.
func (s *Studio) renderProblems() app.UI {
	if len(s.problems) == 0 {
		return app.Ul().ID("problems").Class("problems empty")
	}
	return app.Ul().ID("problems").Class("problems").Body(
		app.Range(s.problems).Slice(func(i int) app.UI {
			p := s.problems[i]
			where := p.Pointer
			if where == "" {
				where = "document"
			}
			return app.Li().DataSet("pointer", p.Pointer).DataSet("kind", kindOf(p)).Body(
				app.Button().Class("problem").OnClick(func(ctx app.Context, e app.Event) {
					if i < len(s.problems) {
						selectProblem(s.specText, s.problems[i])
					}
				}).Body(
					app.If(p.Line > 0, func() app.UI { return app.Span().Class("line").Text(fmt.Sprintf("Line %d", p.Line)) }),
					app.Code().Class("pointer").Text(where),
					app.Span().Class("msg").Text(p.Msg),
				),
			)
		}),
	)
}

func kindOf(p *genui.Error) string {
	if p.Warning {
		return "warning"
	}
	return "error"
}

// selectProblem selects the text of a problem in the JSON pane.
func selectProblem(text string, p *genui.Error) {
	ta := element("json")
	if !ta.Truthy() || p.Offset < 0 {
		return
	}
	// The offset counts bytes; the textarea counts UTF-16 units.
	off := min(p.Offset, len(text))
	units := 0
	for _, r := range text[:off] {
		units++
		if r >= 0x10000 {
			units++
		}
	}
	ta.Call("focus")
	ta.Call("setSelectionRange", units, units+1)
	lines := strings.Count(text[:off], "\n")
	ta.Set("scrollTop", max(0, lines-3)*18)
}

func (s *Studio) togglePanel(ctx app.Context, name string) {
	if s.panel == name {
		s.panel = ""
		return
	}
	s.panel = name
	if name == "gallery" {
		s.refreshGallery(ctx)
	}
}

func (s *Studio) toggleTheme(ctx app.Context, e app.Event) {
	if s.dark {
		s.settings.Theme = "light"
	} else {
		s.settings.Theme = "dark"
	}
	saveSettings(ctx, s.settings)
	s.applyTheme()
	clear(thumbs)
	s.makeThumbs(ctx)
}

func (s *Studio) setWidth(ctx app.Context, w string) {
	s.settings.Width = w
	saveSettings(ctx, s.settings)
	s.ctx.Defer(func(app.Context) { s.preview.relayout() })
}
