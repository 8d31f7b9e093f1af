package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/gallery"
)

// renderPanel draws the open side panel: the gallery, the settings or the
// export menu.
func (s *Studio) renderPanel() app.UI {
	switch s.panel {
	case "gallery":
		return s.drawer("gallery", "Gallery", s.renderGallery())
	case "settings":
		return s.drawer("settings", "Settings", s.renderSettings())
	case "export":
		return s.drawer("export", "Export", s.renderExport())
	}
	return nil
}

// drawer is a side panel with a title and a close button; a click on the
// dimmed page closes it.
func (s *Studio) drawer(id, title string, body app.UI) app.UI {
	return app.Div().Class("scrim").OnClick(func(ctx app.Context, e app.Event) {
		if e.Get("target").Equal(e.Get("currentTarget")) {
			s.panel = ""
		}
	}).Body(
		app.Aside().ID(id).Class("drawer").Role("dialog").Aria("modal", "true").Aria("labelledby", id+"-title").Body(
			app.Div().Class("drawer-head").Body(
				app.H2().ID(id+"-title").Text(title),
				app.Button().Class("btn ghost icon-only").Aria("label", "Close").Title("Close (Esc)").
					OnClick(func(ctx app.Context, e app.Event) { s.panel = "" }).Body(icon(iconClose)),
			),
			app.Div().Class("drawer-body").Body(body),
		),
	)
}

func (s *Studio) renderGallery() app.UI {
	return app.Div().Body(
		app.Div().Class("gallery-actions").Body(
			app.Button().ID("save-current").Class("btn primary").Disabled(s.spec == nil).
				OnClick(func(ctx app.Context, e app.Event) { s.save(ctx) }).Body(icon(iconSave), app.Span().Text("Save current design")),
			app.Button().ID("export-all").Class("btn secondary").Disabled(len(s.designs) == 0).
				OnClick(func(ctx app.Context, e app.Event) { s.exportAll(ctx) }).Body(icon(iconDownload), app.Span().Text("Export all")),
			app.Label().Class("btn secondary").For("import-file").Body(icon(iconUpload), app.Span().Text("Import")),
			app.Input().ID("import-file").Class("visually-hidden").Type("file").Accept(".json,application/json").
				OnChange(func(ctx app.Context, e app.Event) { s.importAll(ctx, e) }),
		),
		app.If(len(s.designs) == 0, func() app.UI {
			return app.Div().Class("gallery-empty").Body(
				app.P().Text("Designs you save appear here. They stay in this browser, also offline."),
			)
		}).Else(func() app.UI {
			return app.Ul().ID("gallery-list").Class("gallery-grid").Body(
				app.Range(s.designs).Slice(func(i int) app.UI { return s.renderCard(s.designs[i]) }),
			)
		}),
	)
}

// renderCard draws one saved design. Its handlers find the design by ID
// when they run: go-app keeps the handlers of an element it reuses, so a
// design captured at render time would be stale after a rename.
func (s *Studio) renderCard(d gallery.Design) app.UI {
	id := d.ID
	with := func(f func(ctx app.Context, d gallery.Design)) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			if d, ok := s.designByID(id); ok {
				f(ctx, d)
			}
		}
	}
	scope := app.EventScope(id)
	return app.Li().Class("card").DataSet("id", id).DataSet("current", id == s.design.ID).Body(
		app.Button().Class("thumb").Aria("label", "Open "+d.Name).OnClick(with(s.open), scope).Body(
			app.If(thumbs[thumbKey(d)] != "", func() app.UI {
				return app.Img().Src(thumbs[thumbKey(d)]).Alt("")
			}),
		),
		app.If(s.renaming == id, func() app.UI {
			return app.Input().ID("rename-input").Class("card-rename").Type("text").Value(d.Name).Aria("label", "New name").
				OnKeyDown(func(ctx app.Context, e app.Event) {
					switch e.Get("key").String() {
					case "Enter":
						s.renaming = ""
						with(func(ctx app.Context, d gallery.Design) { s.rename(ctx, d, ctx.JSSrc().Get("value").String()) })(ctx, e)
					case "Escape":
						e.Call("stopPropagation")
						s.renaming = ""
					}
				}, scope).
				OnBlur(func(ctx app.Context, e app.Event) {
					if s.renaming == id {
						s.renaming = ""
						with(func(ctx app.Context, d gallery.Design) { s.rename(ctx, d, ctx.JSSrc().Get("value").String()) })(ctx, e)
					}
				}, scope)
		}).Else(func() app.UI {
			return app.H4().Class("card-name").Title(d.Name).Text(d.Name)
		}),
		app.Div().Class("card-meta").Text(since(d.Updated)),
		app.Div().Class("card-actions").Body(
			app.Button().Class("btn ghost small").Text("Open").OnClick(with(s.open), scope),
			app.Button().Class("btn ghost small").Text("Rename").OnClick(func(ctx app.Context, e app.Event) {
				s.renaming = id
				s.ctx.Defer(func(app.Context) { focus("rename-input") })
			}, scope),
			app.Button().Class("btn ghost small").Text("Duplicate").OnClick(with(s.duplicate), scope),
			app.Button().Class("btn ghost small danger").Text("Delete").OnClick(with(s.remove), scope),
		),
	)
}

// designByID returns the gallery's design with the ID.
func (s *Studio) designByID(id string) (gallery.Design, bool) {
	for _, d := range s.designs {
		if d.ID == id {
			return d, true
		}
	}
	return gallery.Design{}, false
}

// since says how long ago t was, for people.
func since(t time.Time) string {
	d := time.Since(t)
	switch {
	case d < time.Minute:
		return "Saved just now"
	case d < time.Hour:
		return fmt.Sprintf("Saved %d min ago", int(d.Minutes()))
	case d < 24*time.Hour:
		return fmt.Sprintf("Saved %d h ago", int(d.Hours()))
	}
	return "Saved " + t.Format("2 Jan 2006")
}

func (s *Studio) renderSettings() app.UI {
	st := s.settings
	own := st.Own.Name != ""
	modelName := s.defSrc.Name
	if own {
		modelName = st.Own.Name
	}
	return app.Div().Class("settings").Body(
		app.Section().Body(
			app.H3().Text("Appearance"),
			app.Div().Class("segmented").Role("group").Aria("label", "Theme").Body(
				app.Range([]string{"system", "light", "dark"}).Slice(func(i int) app.UI {
					t := []string{"system", "light", "dark"}[i]
					return app.Button().Class("seg").Aria("pressed", st.Theme == t).Text(strings.ToUpper(t[:1]) + t[1:]).
						OnClick(func(ctx app.Context, e app.Event) {
							s.settings.Theme = t
							saveSettings(ctx, s.settings)
							s.applyTheme()
						})
				}),
			),
		),
		app.Section().Body(
			app.H3().Text("Generation"),
			app.Label().For("temperature").Class("field-label").Body(
				app.Span().Text("Temperature"), app.Output().ID("temperature-value").Text(fmt.Sprintf("%.1f", st.Temperature)),
			),
			app.Input().ID("temperature").Type("range").Min(0).Max(maxTemperature).Step(0.1).Value(fmt.Sprintf("%.1f", st.Temperature)).
				OnInput(func(ctx app.Context, e app.Event) {
					var v float32
					fmt.Sscan(ctx.JSSrc().Get("value").String(), &v)
					s.settings.Temperature = v
					s.settings.clean()
					saveSettings(ctx, s.settings)
				}),
			app.P().Class("hint").Text("0 always picks the likeliest token; higher values vary more. Every output stays a valid spec."),
			app.Label().For("max-tokens").Class("field-label").Body(app.Span().Text("Maximum tokens")),
			app.Input().ID("max-tokens").Type("number").Min(minMaxTokens).Max(maxMaxTokens).Step(64).Value(st.MaxTokens).
				OnChange(func(ctx app.Context, e app.Event) {
					var v int
					fmt.Sscan(ctx.JSSrc().Get("value").String(), &v)
					s.settings.MaxTokens = v
					s.settings.clean()
					saveSettings(ctx, s.settings)
				}),
		),
		app.Section().Body(
			app.H3().Text("Model"),
			app.Div().Class("model-card").Body(
				app.Strong().Text(orDash(modelName)),
				app.Span().Class("hint").Text(s.modelLine(own)),
			),
			app.Label().Class("btn secondary").For("model-file").Body(icon(iconUpload), app.Span().Text("Use a GGUF file from this device…")),
			app.Input().ID("model-file").Class("visually-hidden").Type("file").Accept(".gguf").
				OnChange(func(ctx app.Context, e app.Event) { s.useOwnModel(ctx, e) }),
			app.If(own && s.defSrc.URL != "", func() app.UI {
				return app.Button().Class("btn ghost").Text("Use the default model again").
					OnClick(func(ctx app.Context, e app.Event) {
						s.settings.Own = ownModel{}
						saveSettings(ctx, s.settings)
						s.startModel(ctx)
					})
			}),
			app.P().Class("hint").Text("Any llama-family GGUF with its tokenizer works; the grammar keeps every answer a valid spec. Your file stays in this browser."),
		),
		app.Section().Body(
			app.H3().Text("Artboard renderer"),
			app.Select().ID("backend").OnChange(func(ctx app.Context, e app.Event) {
				s.settings.Backend = ctx.JSSrc().Get("value").String()
				saveSettings(ctx, s.settings)
			}).Body(
				app.Range(backends).Slice(func(i int) app.UI {
					b := backends[i]
					return app.Option().Value(b.key).Selected(b.key == st.Backend).Text(b.make().Name())
				}),
			),
			app.P().Class("hint").Text("The live preview is always SVG; the variants' frames use this renderer."),
		),
	)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// modelLine describes the model in use.
func (s *Studio) modelLine(own bool) string {
	m := s.model
	var parts []string
	switch {
	case m.Ready:
		parts = append(parts, "ready")
	case m.Err != "":
		parts = append(parts, "failed: "+m.Err)
	case m.None:
		parts = append(parts, "none offered by this server")
	default:
		parts = append(parts, "loading")
	}
	size := s.defSrc.Size
	if own {
		size = s.settings.Own.Size
		parts = append(parts, "your file")
	} else if s.defSrc.SHA256 != "" {
		parts = append(parts, "SHA-256 "+s.defSrc.SHA256[:12]+"…")
	}
	if size > 0 {
		parts = append(parts, megabytes(size))
	}
	return strings.Join(parts, " · ")
}

// useOwnModel loads a GGUF file a person chose.
func (s *Studio) useOwnModel(ctx app.Context, e app.Event) {
	files := e.Get("target").Get("files")
	if files.Length() == 0 {
		return
	}
	file := files.Index(0)
	e.Get("target").Set("value", "")
	name := file.Get("name").String()
	s.ctx.Async(func() {
		ab, err := awaitPromise(file.Call("arrayBuffer"))
		s.ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				s.flash(ctx, "The file could not be read: "+err.Error())
				return
			}
			u8 := app.Window().Get("Uint8Array").New(ab)
			data := make([]byte, u8.Length())
			app.CopyBytesToGo(data, u8)
			if len(data) < 4 || string(data[:4]) != "GGUF" {
				s.flash(ctx, name+" is not a GGUF model file.")
				return
			}
			s.settings.Own = ownModel{Name: name, Size: int64(len(data))}
			saveSettings(ctx, s.settings)
			src, _ := s.modelSource()
			src.File = data
			s.model = modelState{Name: name, Phase: "load"}
			s.setStatus(LoadingModel, "")
			s.pool.load(src)
			s.panel = ""
		})
	})
}

func (s *Studio) renderExport() app.UI {
	none := s.spec == nil
	item := func(id, format, title, detail string) app.UI {
		return app.Button().ID(id).Class("menu-item").Disabled(none).
			OnClick(func(ctx app.Context, e app.Event) { s.exportAs(ctx, format) }).Body(
			app.Strong().Text(title), app.Span().Text(detail),
		)
	}
	return app.Div().Class("export").Body(
		app.Div().Class("menu").Body(
			item("export-svg", "svg", "SVG", "Vector picture, fonts embedded"),
			item("export-png", "png", "PNG", "Picture at 2× for screens and slides"),
			item("export-json", "json", "JSON", "The spec, to keep or load elsewhere"),
			item("export-html", "html", "HTML", "One standalone page that works offline"),
		),
		app.H3().Text("Embed on a website"),
		app.P().Class("hint").Text("One script tag and the spec: the widget draws it, with no model and no framework."),
		app.Textarea().ID("embed-snippet").Class("snippet").ReadOnly(true).Rows(6).Text(s.embedSnippet()),
		app.Button().ID("copy-embed").Class("btn secondary").Disabled(none).
			OnClick(func(ctx app.Context, e app.Event) { s.copyEmbed(ctx) }).Body(icon(iconCopy), app.Span().Text("Copy snippet")),
	)
}

func (s *Studio) renderArtboard() app.UI {
	b := s.board
	if b == nil || !b.open {
		return nil
	}
	backend := "SVG"
	if len(b.frames) > 0 {
		backend = b.frames[0].surface.backend.Name()
	}
	return app.Div().ID("artboard").Class("artboard").Role("dialog").Aria("modal", "true").Aria("label", "Variants").Body(
		app.Div().Class("artboard-bar").Body(
			app.Div().Class("artboard-title").Body(
				app.Strong().Text(fmt.Sprintf("%d variants", Variants)),
				app.Span().Class("hint").Text("“"+b.prompt+"”"),
			),
			app.Span().ID("backend-indicator").Class("badge").DataSet("state", "info").Title("The renderer drawing these frames").Text(backend),
			app.Div().Class("zoom").Body(
				app.Button().Class("btn ghost icon-only").Aria("label", "Zoom out").Text("−").
					OnClick(func(ctx app.Context, e app.Event) { b.key("-"); ctx.PreventUpdate() }),
				app.Span().ID("board-zoom").Class("zoom-level"), // written by artboard.place
				app.Button().Class("btn ghost icon-only").Aria("label", "Zoom in").Text("+").
					OnClick(func(ctx app.Context, e app.Event) { b.key("+"); ctx.PreventUpdate() }),
				app.Button().Class("btn ghost icon-only").Aria("label", "Fit").Title("Fit (0)").
					OnClick(func(ctx app.Context, e app.Event) { b.fit(); ctx.PreventUpdate() }).Body(icon(iconFit)),
			),
			app.Button().Class("btn secondary").Aria("label", "Close the variants").
				OnClick(func(ctx app.Context, e app.Event) { b.close() }).Body(icon(iconClose), app.Span().Text("Close")),
		),
		app.Div().ID("board-viewport").Class("board-viewport").
			On("wheel", func(ctx app.Context, e app.Event) { b.wheel(e); ctx.PreventUpdate() }).
			On("pointerdown", func(ctx app.Context, e app.Event) { b.pointerDown(e); ctx.PreventUpdate() }).
			On("pointermove", func(ctx app.Context, e app.Event) { b.pointerMove(e); ctx.PreventUpdate() }).
			On("pointerup", func(ctx app.Context, e app.Event) { b.pointerUp(e); ctx.PreventUpdate() }).
			Body(
				app.Div().ID("board").Class("board").Body(
					app.Range(b.frames).Slice(func(i int) app.UI {
						f := b.frames[i]
						return app.Figure().Class("frame").DataSet("seed", f.seed).Body(
							app.FigCaption().Body(
								app.Strong().Text(fmt.Sprintf("Variant %d", i+1)),
								app.Span().ID(fmt.Sprintf("frame-%d-status", i)).Class("hint"), // written by artboard.status
								app.Button().Class("btn secondary small").Disabled(f.surface.spec == nil).Text("Use this").
									OnClick(func(ctx app.Context, e app.Event) {
										if i < len(b.frames) {
											b.use(ctx, b.frames[i])
										}
									}),
							),
							app.Div().ID(fmt.Sprintf("frame-%d", i)).Class("frame-canvas"),
						)
					}),
				),
			),
	)
}
