// Package api is genui's HTTP API for sites that want a picture of a
// spec rather than a live widget: GET or POST /api/render draws a genui
// spec, an Adaptive Card or A2UI messages as SVG or PNG, on the server,
// with the same layout and components as every other genui renderer.
//
//	GET  /api/render?format=png&width=480&theme=dark&spec={"version":1,…}
//	POST /api/render?format=svg            (the document in the body)
//
// Query parameters: format (svg, the default, or png), width (CSS pixels,
// default 480, render.MinWidth…render.MaxWidth), theme (light or dark),
// scale (PNG pixels per CSS pixel, 1–4, default 2) and fonts (embed, the
// default, puts the Go fonts in the SVG so it reads the same everywhere,
// even as an <img>; ref names them only, for pages that load them).
//
// Every request is bounded: the body (MaxBody), the time (RenderTimeout)
// and the number drawn at once (Options.Concurrency; one more waits at
// most QueueWait, then gets 429 Too Many Requests with Retry-After). The
// same request always gives the same bytes, so responses carry a strong
// ETag from a hash of the document and the parameters, answer
// If-None-Match with 304, and GET responses are cacheable for a day.
//
// The handler imports no go-app code: the server mounts it with
// Server.Handle("/api/render", api.NewRender(api.Options{})).
package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui/importer"
	_ "github.com/genui/genui/genui/importer/a2ui"
	_ "github.com/genui/genui/genui/importer/adaptivecards"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/raster"
	"github.com/genui/genui/render/svg"
)

// Limits of /api/render.
const (
	// MaxBody is the largest document a request may carry, in the body or
	// in the spec query parameter. Specs are a few kilobytes; this leaves
	// room for long tables and A2UI streams with their data.
	MaxBody = 1 << 20
	// RenderTimeout bounds the time one request may take to draw. Layout
	// is linear in the spec and genui's limits bound the spec, so it is
	// reached only on an overloaded machine.
	RenderTimeout = 5 * time.Second
	// QueueWait is how long a request waits for a free drawing slot before
	// it is turned away with 429.
	QueueWait = 250 * time.Millisecond
	// MaxScale is the largest PNG scale.
	MaxScale = 4
	// cacheFor is how long a GET response may be cached: the same URL
	// always draws the same picture, but the renderer improves, so a day.
	cacheFor = 24 * time.Hour
)

// Options configure the render handler.
type Options struct {
	// Concurrency is how many requests draw at once (0: twice the CPUs).
	Concurrency int
	// Timeout bounds one render (0: RenderTimeout).
	Timeout time.Duration
	// Version names the renderer's build; it is part of every ETag, so a
	// new build never answers 304 for an old picture ("" is allowed).
	Version string
}

// Render is the /api/render handler.
type Render struct {
	slots   chan struct{}
	timeout time.Duration
	version string
}

// NewRender returns the /api/render handler.
func NewRender(o Options) *Render {
	n := o.Concurrency
	if n <= 0 {
		n = 2 * runtime.NumCPU()
	}
	t := o.Timeout
	if t <= 0 {
		t = RenderTimeout
	}
	return &Render{slots: make(chan struct{}, n), timeout: t, version: o.Version}
}

// params are a request's drawing parameters, checked.
type params struct {
	format, theme, fonts string
	width, scale         float64
}

func parseParams(r *http.Request) (params, error) {
	q := r.URL.Query()
	p := params{format: q.Get("format"), theme: q.Get("theme"), fonts: q.Get("fonts"), width: render.DefaultWidth, scale: 2}
	if p.format == "" {
		p.format = "svg"
	}
	if p.format != "svg" && p.format != "png" {
		return p, fmt.Errorf("format %q: want svg or png", p.format)
	}
	if p.theme == "" {
		p.theme = "light"
	}
	if _, ok := components.ThemeNamed(p.theme); !ok {
		return p, fmt.Errorf("theme %q: want %s", p.theme, strings.Join(components.ThemeNames, " or "))
	}
	if p.fonts == "" {
		p.fonts = "embed"
	}
	if p.fonts != "embed" && p.fonts != "ref" {
		return p, fmt.Errorf("fonts %q: want embed or ref", p.fonts)
	}
	num := func(name string, dst *float64, lo, hi float64) error {
		s := q.Get(name)
		if s == "" {
			return nil
		}
		x, err := strconv.ParseFloat(s, 64)
		if err != nil || !(x >= lo && x <= hi) {
			return fmt.Errorf("%s %q: want a number from %v to %v", name, s, lo, hi)
		}
		*dst = x
		return nil
	}
	if err := num("width", &p.width, render.MinWidth, render.MaxWidth); err != nil {
		return p, err
	}
	return p, num("scale", &p.scale, 0.5, MaxScale)
}

// ServeHTTP draws the document of the request.
func (h *Render) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Access-Control-Allow-Origin", "*")
	hd.Set("Cross-Origin-Resource-Policy", "cross-origin")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Vary", "Accept-Encoding")
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodPost:
	case http.MethodOptions:
		hd.Set("Access-Control-Allow-Methods", "GET, HEAD, POST")
		hd.Set("Access-Control-Allow-Headers", "Content-Type, If-None-Match")
		hd.Set("Access-Control-Max-Age", "86400")
		w.WriteHeader(http.StatusNoContent)
		return
	default:
		hd.Set("Allow", "GET, HEAD, POST, OPTIONS")
		fail(w, http.StatusMethodNotAllowed, "method "+r.Method+" is not allowed")
		return
	}
	p, err := parseParams(r)
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	doc, status, err := document(r)
	if err != nil {
		fail(w, status, err.Error())
		return
	}
	tag := h.etag(p, doc)
	hd.Set("ETag", tag)
	if r.Method == http.MethodPost {
		hd.Set("Cache-Control", "private, no-cache")
	} else {
		hd.Set("Cache-Control", "public, max-age="+strconv.Itoa(int(cacheFor.Seconds())))
	}
	if match := r.Header.Get("If-None-Match"); match != "" && (match == tag || match == "*" || strings.Contains(match, tag)) {
		w.WriteHeader(http.StatusNotModified)
		return
	}

	// A drawing slot, or 429 after QueueWait.
	wait := time.NewTimer(QueueWait)
	select {
	case h.slots <- struct{}{}:
		wait.Stop()
	case <-wait.C:
		hd.Set("Retry-After", "1")
		fail(w, http.StatusTooManyRequests, "too many renders at once; try again in a second")
		return
	case <-r.Context().Done():
		wait.Stop()
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.timeout)
	defer cancel()
	type result struct {
		out      []byte
		warnings int
		err      error
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-h.slots }() // the slot is held until drawing ends, even after a timeout
		out, warnings, err := draw(doc, p)
		done <- result{out, warnings, err}
	}()
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
		fail(w, http.StatusServiceUnavailable, "rendering took longer than "+h.timeout.String())
		return
	}
	if res.err != nil {
		fail(w, http.StatusUnprocessableEntity, res.err.Error())
		return
	}
	if p.format == "png" {
		hd.Set("Content-Type", "image/png")
	} else {
		hd.Set("Content-Type", "image/svg+xml; charset=utf-8")
		// An SVG opened on its own is a document: it may load nothing but
		// its own fonts and pictures, and run nothing.
		hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; font-src https: http: data:; sandbox")
	}
	hd.Set("X-Genui-Warnings", strconv.Itoa(res.warnings))
	hd.Set("Content-Length", strconv.Itoa(len(res.out)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(res.out)
}

// document returns the request's document: the POST body, or the spec
// query parameter.
func document(r *http.Request) ([]byte, int, error) {
	if r.Method != http.MethodPost {
		s := r.URL.Query().Get("spec")
		if s == "" {
			return nil, http.StatusBadRequest, errors.New("no spec: give it in the spec query parameter, or POST it")
		}
		if len(s) > MaxBody {
			return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("the spec is longer than %d bytes", MaxBody)
		}
		return []byte(s), 0, nil
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxBody+1))
	if err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("reading the body: %w", err)
	}
	if len(body) > MaxBody {
		return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("the body is longer than %d bytes", MaxBody)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, http.StatusBadRequest, errors.New("the body is empty: POST a genui spec, an Adaptive Card or A2UI messages")
	}
	return body, 0, nil
}

// draw imports doc (whatever its format) and draws it.
func draw(doc []byte, p params) ([]byte, int, error) {
	res, err := importer.Import(doc)
	if err != nil {
		return nil, 0, err
	}
	theme, _ := components.ThemeNamed(p.theme)
	l := render.Layout(res.Spec, render.Options{Width: float32(p.width), Theme: theme})
	var b bytes.Buffer
	if p.format == "png" {
		err = raster.EncodePNG(&b, l, raster.Options{Scale: float32(p.scale)})
	} else {
		o := &svg.Options{}
		if p.fonts == "embed" {
			o.Fonts = map[render.Face][]byte{}
			for _, f := range []render.Face{render.Regular, render.Medium, render.Bold, render.Mono} {
				o.Fonts[f] = raster.TTF(f)
			}
		}
		err = svg.Encode(&b, l, o)
	}
	return b.Bytes(), len(res.Warnings) + len(l.Warnings), err
}

// etag is a strong entity tag for the picture p makes of doc.
func (h *Render) etag(p params, doc []byte) string {
	s := sha256.New()
	fmt.Fprintf(s, "%s\x00%s\x00%s\x00%s\x00%g\x00%g\x00", h.version, p.format, p.theme, p.fonts, p.width, p.scale)
	s.Write(doc)
	return `"` + hex.EncodeToString(s.Sum(nil)[:16]) + `"`
}

// fail writes a plain-text error, prefixed "api: ".
func fail(w http.ResponseWriter, status int, msg string) {
	h := w.Header()
	h.Del("ETag")
	h.Del("Cache-Control")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	io.WriteString(w, "api: "+msg+"\n")
}
