package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/export"
	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

func darkTheme() *render.Theme { return components.Dark }

// fontFiles are the Go fonts' file names under FontURL, by face.
var fontFiles = map[render.Face]string{
	render.Regular: "Go-Regular.ttf", render.Medium: "Go-Medium.ttf",
	render.Bold: "Go-Bold.ttf", render.Mono: "Go-Mono.ttf",
}

// fontCache holds the fonts once fetched (the service worker has them
// offline).
var fontCache map[render.Face][]byte

// fonts fetches the Go fonts for a standalone file. It blocks: call it
// off the UI goroutine.
func fonts() (map[render.Face][]byte, error) {
	if fontCache != nil {
		return fontCache, nil
	}
	out := map[render.Face][]byte{}
	for face, name := range fontFiles {
		res, err := awaitPromise(app.Window().Call("fetch", FontURL+name))
		if err != nil {
			return nil, err
		}
		ab, err := awaitPromise(res.Call("arrayBuffer"))
		if err != nil {
			return nil, err
		}
		u8 := app.Window().Get("Uint8Array").New(ab)
		b := make([]byte, u8.Length())
		app.CopyBytesToGo(b, u8)
		out[face] = b
	}
	fontCache = out
	return out, nil
}

// exportOptions are the options of the current design's exports: the
// preview's width and theme.
func (s *Studio) exportOptions() export.Options {
	o := export.Options{Width: s.preview.surface.width}
	if s.dark {
		o.Theme = darkTheme()
	}
	return o
}

// fileBase is a file name for the current design.
func (s *Studio) fileBase() string {
	name := s.design.Name
	if name == "" && s.spec != nil {
		name = s.spec.Title
	}
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() >= 48 {
			break
		}
	}
	if base := strings.Trim(b.String(), "-"); base != "" {
		return base
	}
	return "genui-design"
}

// exportAs downloads the current design in a format: svg, png, json or
// html.
func (s *Studio) exportAs(ctx app.Context, format string) {
	spec := s.spec
	if spec == nil || spec.Root == nil {
		s.flash(ctx, "Nothing to export yet.")
		return
	}
	o := s.exportOptions()
	base := s.fileBase()
	if format == "json" {
		data, err := export.JSON(spec)
		if err != nil {
			s.flash(ctx, err.Error())
			return
		}
		download(base+".json", "application/json", data)
		return
	}
	s.ctx.Async(func() {
		err := func() error {
			f, err := fonts()
			if err != nil {
				return fmt.Errorf("the fonts could not be read: %w", err)
			}
			o.Fonts = f
			switch format {
			case "svg":
				data, err := export.SVG(spec, o)
				if err == nil {
					download(base+".svg", "image/svg+xml", data)
				}
				return err
			case "html":
				data, err := export.HTML(spec, o)
				if err == nil {
					download(base+".html", "text/html", data)
				}
				return err
			case "png":
				data, err := export.SVG(spec, o)
				if err != nil {
					return err
				}
				png, err := rasterize(data)
				if err == nil {
					download(base+".png", "image/png", png)
				}
				return err
			}
			return nil
		}()
		s.ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				s.flash(ctx, "The export failed: "+err.Error())
			}
		})
	})
}

// pngScale is the pixels per CSS pixel of an exported PNG.
const pngScale = 2

// rasterize draws an SVG into a PNG with the browser's own renderer (an
// image decoded onto a canvas). It blocks: call it off the UI goroutine.
func rasterize(svg []byte) ([]byte, error) {
	w := app.Window()
	blob := newBlob(svg, "image/svg+xml")
	url := w.Get("URL").Call("createObjectURL", blob)
	defer w.Get("URL").Call("revokeObjectURL", url)
	img := w.Get("Image").New()
	img.Set("src", url)
	if _, err := awaitPromise(img.Call("decode")); err != nil {
		return nil, fmt.Errorf("the picture could not be drawn: %w", err)
	}
	iw, ih := img.Get("naturalWidth").Int(), img.Get("naturalHeight").Int()
	if iw == 0 || ih == 0 {
		return nil, fmt.Errorf("the picture is empty")
	}
	c := w.Get("OffscreenCanvas").New(iw*pngScale, ih*pngScale)
	g := c.Call("getContext", "2d")
	g.Call("drawImage", img, 0, 0, iw*pngScale, ih*pngScale)
	out, err := awaitPromise(c.Call("convertToBlob", map[string]any{"type": "image/png"}))
	if err != nil {
		return nil, err
	}
	ab, err := awaitPromise(out.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	u8 := w.Get("Uint8Array").New(ab)
	b := make([]byte, u8.Length())
	app.CopyBytesToGo(b, u8)
	return b, nil
}

func newBlob(data []byte, typ string) app.Value {
	u8 := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(u8, data)
	return app.Window().Get("Blob").New([]any{u8}, map[string]any{"type": typ})
}

// download hands data to the browser as a file.
func download(name, typ string, data []byte) {
	w := app.Window()
	url := w.Get("URL").Call("createObjectURL", newBlob(data, typ))
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Get("style").Set("display", "none")
	body := w.Get("document").Get("body")
	body.Call("appendChild", a)
	a.Call("click")
	body.Call("removeChild", a)
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		w.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	w.Call("setTimeout", revoke, 60000)
}

// embedSnippet is the HTML that shows the current design on another site
// with the genui widget (one script tag, the spec inline).
func (s *Studio) embedSnippet() string {
	if s.spec == nil || s.spec.Root == nil {
		return ""
	}
	canon, err := genui.Marshal(s.spec)
	if err != nil {
		return ""
	}
	var spec bytes.Buffer
	json.HTMLEscape(&spec, canon) // no "</script>" inside
	origin := app.Window().Get("location").Get("origin").String()
	return `<script src="` + origin + `/embed.js" defer></script>` + "\n" +
		`<genui-widget theme="auto">` + "\n" +
		`  <script type="application/genui+json">` + spec.String() + `</script>` + "\n" +
		`</genui-widget>`
}

// copyEmbed puts the embed snippet on the clipboard.
func (s *Studio) copyEmbed(ctx app.Context) {
	snippet := s.embedSnippet()
	if snippet == "" {
		s.flash(ctx, "Nothing to embed yet.")
		return
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		s.flash(ctx, "Copy the snippet from the box below.")
		return
	}
	s.ctx.Async(func() {
		_, err := awaitPromise(clip.Call("writeText", snippet))
		s.ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				s.flash(ctx, "The clipboard is not available; copy the snippet from the box below.")
				return
			}
			s.flash(ctx, "Embed snippet copied.")
		})
	})
}
