package server

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strings"
	"sync"
	"time"
)

func init() {
	// The types the app serves, fixed here rather than taken from the
	// host's mime.types, which may lack them or say otherwise.
	for ext, typ := range map[string]string{
		".wasm":        "application/wasm",
		".js":          "text/javascript; charset=utf-8",
		".mjs":         "text/javascript; charset=utf-8",
		".css":         "text/css; charset=utf-8",
		".json":        "application/json",
		".webmanifest": "application/manifest+json",
		".svg":         "image/svg+xml",
		".png":         "image/png",
		".ico":         "image/x-icon",
		".ttf":         "font/ttf",
		".woff2":       "font/woff2",
		".gguf":        "application/octet-stream",
		".html":        "text/html; charset=utf-8",
		".txt":         "text/plain; charset=utf-8",
	} {
		mime.AddExtensionType(ext, typ)
	}
}

// Cache policies.
const (
	// cacheImmutable is for content-addressed URLs: a change makes a new URL.
	cacheImmutable = "public, max-age=31536000, immutable"
	// cacheRevalidate is for URLs whose content can change: the browser
	// asks each time and gets 304 Not Modified while it has not.
	cacheRevalidate = "no-cache"
)

// staticDir serves the regular files of one folder and nothing else: no
// listings, no hidden files, no way out. Names are cleaned and looked up
// through an os.Root, which refuses "..", absolute paths and symbolic
// links that lead outside the folder, whatever the URL's encoding.
type staticDir struct {
	root   *os.Root
	prefix string // the URL path it is mounted at, with a trailing slash

	mu    sync.Mutex
	etags map[string]etag // by name
}

type etag struct {
	size int64
	mod  time.Time
	tag  string
}

func newStaticDir(dir, prefix string) (*staticDir, error) {
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &staticDir{root: r, prefix: prefix, etags: map[string]etag{}}, nil
}

// cleanName turns a URL path below prefix into a file name inside the
// folder, or reports that it names nothing servable.
func cleanName(urlPath, prefix string) (string, bool) {
	rest, ok := strings.CutPrefix(urlPath, prefix)
	if !ok || rest == "" || strings.Contains(rest, "\\") || strings.ContainsRune(rest, 0) {
		return "", false
	}
	for _, seg := range strings.Split(rest, "/") {
		// No empty, dot or dot-dot segments and no hidden files:
		// the URL must already be in its clean form.
		if seg == "" || strings.HasPrefix(seg, ".") {
			return "", false
		}
	}
	if path.Clean("/"+rest) != "/"+rest {
		return "", false
	}
	return rest, true
}

func (s *staticDir) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := cleanName(r.URL.Path, s.prefix)
	if !ok {
		http.NotFound(w, r)
		return
	}
	f, err := s.root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	tag, err := s.etag(name, f, st)
	if err != nil {
		http.Error(w, "read error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("ETag", tag)
	if h.Get("Cache-Control") == "" {
		h.Set("Cache-Control", cacheRevalidate)
	}
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// etag returns the strong validator of a file: a hash of its content,
// computed once per size and modification time.
func (s *staticDir) etag(name string, f io.ReadSeeker, st fs.FileInfo) (string, error) {
	s.mu.Lock()
	e, ok := s.etags[name]
	s.mu.Unlock()
	if ok && e.size == st.Size() && e.mod.Equal(st.ModTime()) {
		return e.tag, nil
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	tag := `"` + hex.EncodeToString(h.Sum(nil)[:12]) + `"`
	s.mu.Lock()
	s.etags[name] = etag{st.Size(), st.ModTime(), tag}
	s.mu.Unlock()
	return tag, nil
}

// serveFile serves one file of the bundle at a content-addressed URL,
// the gzipped copy when the client takes gzip.
func serveFile(w http.ResponseWriter, r *http.Request, filePath, typ string, gz bool) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	h := w.Header()
	h.Set("Cache-Control", cacheImmutable)
	h.Set("Content-Type", typ)
	h.Add("Vary", "Accept-Encoding")
	if gz && r.Header.Get("Range") == "" && acceptsGzip(r) {
		if f, err := os.Open(filePath + ".gz"); err == nil {
			defer f.Close()
			h.Set("Content-Encoding", "gzip")
			st, _ := f.Stat()
			http.ServeContent(w, r, "", st.ModTime(), f)
			return
		}
	}
	f, err := os.Open(filePath)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "read error", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	st, _ := f.Stat()
	http.ServeContent(w, r, "", st.ModTime(), f)
}
