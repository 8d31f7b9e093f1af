package api

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/genui/genui/render"
	"github.com/genui/genui/render/raster"
)

// Embed serves what the <genui-widget> element needs on other sites'
// pages, with CORS and Cross-Origin-Resource-Policy open to every origin
// (a page on any site loads the script, fetches the wasm and the fonts):
//
//	/embed.js                 the custom element (web/embed.js)
//	/embed/genui.wasm         the renderer-only program (app/cmd/embed),
//	                          pre-compressed .br or .gz beside it when present
//	/embed/wasm_exec.js       the Go toolchain's wasm support script
//	/embed/fonts/NAME.ttf     the Go fonts the SVG is set in
//
// Mount it with Server.Handle("/embed.js", h) and Server.Handle("/embed/", h).
type Embed struct {
	// Script is the path of web/embed.js.
	Script string
	// Dir holds the built embed.wasm (with embed.wasm.br or embed.wasm.gz
	// beside it, optionally) and the toolchain's wasm_exec.js.
	Dir string
}

var fontFiles = map[string]render.Face{
	"Go-Regular.ttf": render.Regular, "Go-Medium.ttf": render.Medium,
	"Go-Bold.ttf": render.Bold, "Go-Mono.ttf": render.Mono,
}

// ServeHTTP serves one of the embed files.
func (e *Embed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Del("Content-Security-Policy") // a script for other pages runs under theirs
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		fail(w, http.StatusMethodNotAllowed, "method "+r.Method+" is not allowed")
		return
	}
	p := r.URL.Path
	switch {
	case p == "/embed.js":
		e.file(w, r, e.Script, "text/javascript; charset=utf-8", "no-cache")
	case p == "/embed/wasm_exec.js":
		e.file(w, r, filepath.Join(e.Dir, "wasm_exec.js"), "text/javascript; charset=utf-8", "no-cache")
	case p == "/embed/genui.wasm":
		h.Set("Vary", "Accept-Encoding")
		path := filepath.Join(e.Dir, "embed.wasm")
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range [][2]string{{"br", ".br"}, {"gzip", ".gz"}} {
			if strings.Contains(accept, enc[0]) {
				if _, err := os.Stat(path + enc[1]); err == nil {
					h.Set("Content-Encoding", enc[0])
					path += enc[1]
					break
				}
			}
		}
		e.file(w, r, path, "application/wasm", "no-cache")
	case strings.HasPrefix(p, "/embed/fonts/"):
		face, ok := fontFiles[strings.TrimPrefix(p, "/embed/fonts/")]
		if !ok {
			fail(w, http.StatusNotFound, "no such font")
			return
		}
		h.Set("Content-Type", "font/ttf")
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(raster.TTF(face)))
	default:
		fail(w, http.StatusNotFound, "no such file")
	}
}

// file serves path with a content type and caching policy; ETag and
// Last-Modified come from http.ServeContent.
func (e *Embed) file(w http.ResponseWriter, r *http.Request, path, typ, cache string) {
	f, err := os.Open(path)
	if err != nil {
		fail(w, http.StatusNotFound, "not built: "+filepath.Base(path))
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", typ)
	w.Header().Set("Cache-Control", cache)
	http.ServeContent(w, r, "", st.ModTime(), f)
}
