package server

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/genui/genui/app/api"
	"github.com/genui/genui/app/ui"
)

// serviceWorker is the template of /app-worker.js (see sw.js).
//
//go:embed sw.js
var serviceWorker string

// MaxInFlight bounds the requests the server handles at once; the rest
// get 503 at once (see Limit).
const MaxInFlight = 256

// Config configures New.
type Config struct {
	// Bundle is the built wasm (see Build).
	Bundle *Bundle
	// Web is the folder of static assets served at /web/.
	Web string
	// Model is the default model offered to the app; nil: none (people
	// load their own GGUF file in the app's settings).
	Model *Model
}

// Server is the genui web app's HTTP handler. Its routes:
//
//	/                       the app's page (go-app), /app.js, /app-worker.js, /manifest.webmanifest
//	/assets/HASH/NAME       the built wasm programs, immutable, pre-gzipped
//	/wasm_exec.js           the Go toolchain's wasm support script
//	/web/…                  static assets of the web folder
//	/fonts/NAME.ttf         the Go fonts the rendered SVG is set in
//	/models/HASH/NAME       the default model, immutable, with ranges
//	/embed.js, /embed/…     the <genui-widget> element for other sites (app/api.Embed)
//	/api/render             specs drawn as SVG or PNG on the server (app/api.Render)
//
// More routes are added with Handle; they get the same security headers
// (which a handler may overwrite on its own responses), compression and
// request bound.
type Server struct {
	mux     *http.ServeMux
	handler http.Handler
	page    *app.Handler
	assets  map[string]string // URL → file, of the bundle
	// Version names the app's build: it changes whenever the wasm, the
	// web folder or the model change, and the service worker with it.
	Version string
}

// New prepares the handler. It reads nothing per request that it could
// read once, except the files it serves.
func New(c Config) (*Server, error) {
	if c.Bundle == nil {
		return nil, fmt.Errorf("server: no wasm bundle")
	}
	web, err := newStaticDir(c.Web, "/web/")
	if err != nil {
		return nil, fmt.Errorf("server: web folder: %w", err)
	}
	s := &Server{mux: http.NewServeMux(), assets: map[string]string{}}
	urls := map[string]string{} // bundle file name → URL
	for name, f := range c.Bundle.Files {
		if !strings.HasSuffix(name, ".wasm") {
			continue
		}
		u := "/assets/" + f.SHA256[:16] + "/" + name
		urls[name] = u
		s.assets[u] = filepath.Join(c.Bundle.Dir, name)
	}
	if urls["ui.wasm"] == "" || urls["worker.wasm"] == "" {
		return nil, fmt.Errorf("server: the bundle lacks ui.wasm or worker.wasm")
	}
	s.Version, err = version(c)
	if err != nil {
		return nil, err
	}
	env := map[string]string{ui.EnvWorkerWasm: urls["worker.wasm"], ui.EnvVersion: s.Version}
	if m := c.Model; m != nil {
		env[ui.EnvModelURL] = m.URL()
		env[ui.EnvModelSHA256] = m.SHA256
		env[ui.EnvModelSize] = strconv.FormatInt(m.Size, 10)
		env[ui.EnvModelName] = m.Name
	}
	cacheable := []string{ui.WorkerScript, urls["worker.wasm"]}
	for _, f := range fonts {
		cacheable = append(cacheable, ui.FontURL+f.name)
	}
	web2, _ := filepath.Abs(c.Web)
	cacheable = append(cacheable, webAssets(web2)...)
	ui.Routes()
	s.page = &app.Handler{
		Name:        "genui",
		ShortName:   "genui",
		Title:       "genui — describe an interface, watch it render",
		Description: "Describe an interface in words; a small language model in your browser writes it as a UI spec and it renders live. Works offline.",
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			Maskable: "/web/icons/maskable-512.png",
			SVG:      "/web/icons/icon.svg",
		},
		BackgroundColor:       "#f7f7f8",
		ThemeColor:            "#4f46e5",
		LoadingLabel:          "Loading genui… {progress}%",
		Styles:                []string{"/web/app.css"},
		Scripts:               []string{ui.BootScript + " defer"},
		RawHeaders:            []string{`<meta name="color-scheme" content="light dark">`},
		CacheableResources:    cacheable,
		Env:                   env,
		Version:               s.Version,
		Resources:             resolver{wasm: urls["ui.wasm"]},
		WasmContentLength:     strconv.FormatInt(c.Bundle.Files["ui.wasm"].Size, 10),
		ServiceWorkerTemplate: serviceWorker,
	}

	s.mux.HandleFunc("GET /assets/{hash}/{name}", func(w http.ResponseWriter, r *http.Request) {
		p, ok := s.assets[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		serveFile(w, r, p, "application/wasm", true)
	})
	execJS := filepath.Join(c.Bundle.Dir, "wasm_exec.js")
	s.mux.HandleFunc("GET /wasm_exec.js", func(w http.ResponseWriter, r *http.Request) {
		f, err := os.Open(execJS)
		if err != nil {
			http.Error(w, "read error", http.StatusInternalServerError)
			return
		}
		defer f.Close()
		w.Header().Set("Cache-Control", cacheRevalidate)
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("ETag", `"`+c.Bundle.Files["wasm_exec.js"].SHA256[:24]+`"`)
		http.ServeContent(w, r, "", time.Time{}, f)
	})
	s.mux.Handle("/web/", web)
	s.mux.HandleFunc("GET "+ui.FontURL+"{name}", serveFont)
	if m := c.Model; m != nil {
		u := m.URL()
		s.mux.HandleFunc("GET "+u, func(w http.ResponseWriter, r *http.Request) {
			f, err := os.Open(m.Path)
			if err != nil {
				http.Error(w, "model unavailable", http.StatusInternalServerError)
				return
			}
			defer f.Close()
			w.Header().Set("Cache-Control", cacheImmutable)
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Header().Set("ETag", `"`+m.SHA256[:24]+`"`)
			http.ServeContent(w, r, "", time.Time{}, f)
		})
	}
	if _, ok := c.Bundle.Files["embed.wasm"]; ok {
		embed := &api.Embed{Script: filepath.Join(c.Web, "embed.js"), Dir: c.Bundle.Dir}
		s.mux.Handle("/embed.js", embed)
		s.mux.Handle("/embed/", embed)
	}
	s.mux.Handle("/api/render", api.NewRender(api.Options{Version: s.Version}))
	s.mux.Handle("/", s.page)
	s.handler = securityHeaders(compress(Limit(MaxInFlight, s.mux)))
	return s, nil
}

// Handle registers a handler for a pattern of http.ServeMux; its
// responses get the server's security headers, compression and bound.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// ServeHTTP serves the app.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// resolver maps go-app's "/web/app.wasm" to the content-addressed URL of
// the built interface; every other resource keeps its path.
type resolver struct{ wasm string }

func (r resolver) Resolve(loc string) string {
	if loc == "/web/app.wasm" {
		return r.wasm
	}
	if loc == "" {
		return "/"
	}
	return loc
}

type font struct {
	name string
	ttf  []byte
}

// fonts are the files svg.Options.FontURL names.
var fonts = []font{
	{"Go-Regular.ttf", goregular.TTF},
	{"Go-Medium.ttf", gomedium.TTF},
	{"Go-Bold.ttf", gobold.TTF},
	{"Go-Mono.ttf", gomono.TTF},
}

var fontTag = func() string {
	h := sha256.New()
	for _, f := range fonts {
		h.Write(f.ttf)
	}
	return `"` + hex.EncodeToString(h.Sum(nil)[:12]) + `"`
}()

func serveFont(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	for _, f := range fonts {
		if f.name == name {
			w.Header().Set("Cache-Control", cacheRevalidate)
			w.Header().Set("Content-Type", "font/ttf")
			w.Header().Set("ETag", fontTag)
			http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(f.ttf))
			return
		}
	}
	http.NotFound(w, r)
}

// webAssets lists the URLs of the web folder's files the app needs
// offline (everything but models, which the app caches itself after
// checking them).
func webAssets(dir string) []string {
	var urls []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || rel == "models") {
				return filepath.SkipDir
			}
			return nil
		}
		if _, ok := cleanName("/web/"+rel, "/web/"); ok && d.Type().IsRegular() {
			urls = append(urls, "/web/"+rel)
		}
		return nil
	})
	sort.Strings(urls)
	return urls
}

// version hashes what the app is made of: the programs, the web folder
// (models aside: their hash is part of the model URL), the model and the
// service worker, so that any change installs a new service worker.
func version(c Config) (string, error) {
	h := sha256.New()
	names := make([]string, 0, len(c.Bundle.Files))
	for n := range c.Bundle.Files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(h, "%s=%s\n", n, c.Bundle.Files[n].SHA256)
	}
	dir, _ := filepath.Abs(c.Web)
	for _, u := range webAssets(dir) {
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(u, "/web/"))))
		if err != nil {
			return "", fmt.Errorf("server: %w", err)
		}
		fmt.Fprintf(h, "%s\n", u)
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", fmt.Errorf("server: %w", err)
		}
	}
	if c.Model != nil {
		fmt.Fprintf(h, "model=%s\n", c.Model.SHA256)
	}
	h.Write([]byte(serviceWorker))
	return hex.EncodeToString(h.Sum(nil))[:20], nil
}
