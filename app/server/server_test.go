package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// fakeBundle writes a bundle of small stand-in files: the server never
// looks inside the programs.
func fakeBundle(t *testing.T) *Bundle {
	t.Helper()
	dir := t.TempDir()
	b := &Bundle{Dir: dir, Key: "test", Files: map[string]File{}}
	for _, n := range []string{"ui.wasm", "worker.wasm", "embed.wasm"} {
		data := bytes.Repeat([]byte("\x00asm"+n), 4096)
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := compressFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		b.Files[n] = f
	}
	js := []byte("// wasm_exec.js\n")
	os.WriteFile(filepath.Join(dir, "wasm_exec.js"), js, 0o644)
	b.Files["wasm_exec.js"] = File{Size: int64(len(js)), SHA256: hexSum(js)}
	return b
}

// fakeWeb makes a web folder with an asset, a hidden file, a model and a
// secret beside it that no URL may reach.
func fakeWeb(t *testing.T) (web, secret string) {
	t.Helper()
	root := t.TempDir()
	web = filepath.Join(root, "web")
	os.MkdirAll(filepath.Join(web, "icons"), 0o755)
	os.WriteFile(filepath.Join(web, "app.css"), []byte(strings.Repeat("body{color:red}\n", 200)), 0o644)
	os.WriteFile(filepath.Join(web, "icons", "icon.svg"), []byte("<svg/>"), 0o644)
	os.WriteFile(filepath.Join(web, "embed.js"), []byte("customElements.define('genui-widget', class extends HTMLElement {});\n"), 0o644)
	os.WriteFile(filepath.Join(web, ".hidden"), []byte("hidden"), 0o644)
	secret = filepath.Join(root, "secret.txt")
	os.WriteFile(secret, []byte("TOP SECRET"), 0o644)
	if err := os.Symlink(secret, filepath.Join(web, "escape.txt")); err != nil {
		t.Fatal(err)
	}
	return web, secret
}

func newTestServer(t *testing.T) (*Server, *Model) {
	t.Helper()
	web, _ := fakeWeb(t)
	mp := filepath.Join(t.TempDir(), "tiny.gguf")
	os.WriteFile(mp, append([]byte("GGUF"), bytes.Repeat([]byte{1}, 5000)...), 0o644)
	m, err := OpenModel(mp, "")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Bundle: fakeBundle(t), Web: web, Model: m})
	if err != nil {
		t.Fatal(err)
	}
	return s, m
}

func get(t *testing.T, h http.Handler, path string, hdr ...string) *http.Response {
	t.Helper()
	r := httptest.NewRequest("GET", "http://example.test"+path, nil)
	if strings.Contains(path, "%") || strings.Contains(path, "..") {
		r.URL.RawPath = "" // keep the request as a client would send it
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	var rd io.Reader = res.Body
	if res.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		rd = zr
	}
	b, err := io.ReadAll(rd)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSecurityHeadersEverywhere(t *testing.T) {
	s, _ := newTestServer(t)
	for _, p := range []string{"/", "/web/app.css", "/nope", "/app.js", "/wasm_exec.js", "/fonts/Go-Regular.ttf"} {
		res := get(t, s, p)
		h := res.Header
		if !strings.Contains(h.Get("Content-Security-Policy"), "'wasm-unsafe-eval'") ||
			!strings.Contains(h.Get("Content-Security-Policy"), "worker-src 'self'") ||
			h.Get("X-Content-Type-Options") != "nosniff" ||
			h.Get("Referrer-Policy") == "" ||
			h.Get("Cross-Origin-Opener-Policy") != "same-origin" ||
			h.Get("Cross-Origin-Embedder-Policy") != "require-corp" {
			t.Errorf("%s: missing security headers: %v", p, h)
		}
		if strings.Contains(h.Get("Content-Security-Policy"), "'unsafe-eval'") {
			t.Errorf("%s: CSP allows eval", p)
		}
	}
}

func TestPageAndPWAResources(t *testing.T) {
	s, m := newTestServer(t)
	res := get(t, s, "/", "Accept-Encoding", "gzip")
	page := body(t, res)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("page: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if res.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("page Cache-Control %q, want no-cache", res.Header.Get("Cache-Control"))
	}
	for _, want := range []string{`id="prompt"`, `id="generate"`, `id="preview"`, "/web/app.css", "manifest.webmanifest"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(page, "<script>") {
		t.Error("page has an inline script, which the CSP forbids")
	}
	appJS := body(t, get(t, s, "/app.js"))
	for _, want := range []string{firstKey(s.assets, "/ui.wasm"), m.URL(), m.SHA256} {
		if want == "" || !strings.Contains(appJS, want) {
			t.Errorf("app.js lacks %q", want)
		}
	}
	sw := body(t, get(t, s, "/app-worker.js"))
	for _, want := range []string{"/web/worker.js", "/fonts/Go-Regular.ttf", "/web/app.css", "/web/icons/icon.svg", s.Version} {
		if !strings.Contains(sw, want) {
			t.Errorf("app-worker.js does not cache %s", want)
		}
	}
	if strings.Contains(sw, "/models/") || strings.Contains(sw, ".hidden") {
		t.Error("app-worker.js caches the model or a hidden file")
	}
	man := get(t, s, "/manifest.webmanifest")
	if !strings.HasPrefix(man.Header.Get("Content-Type"), "application/manifest+json") || !strings.Contains(body(t, man), `"display":"standalone"`) {
		t.Error("manifest")
	}
}

func firstKey(m map[string]string, suffix string) string {
	for k := range m {
		if strings.HasSuffix(k, suffix) {
			return k
		}
	}
	return ""
}

func TestWasmServedCompressedAndImmutable(t *testing.T) {
	s, _ := newTestServer(t)
	u := firstKey(s.assets, "/ui.wasm")
	plain := get(t, s, u)
	if plain.Header.Get("Content-Type") != "application/wasm" || plain.Header.Get("Content-Encoding") != "" {
		t.Fatalf("plain: %v", plain.Header)
	}
	want := body(t, plain)
	gz := get(t, s, u, "Accept-Encoding", "gzip, deflate, br")
	if gz.Header.Get("Content-Encoding") != "gzip" || gz.Header.Get("Content-Type") != "application/wasm" {
		t.Fatalf("gzip: %v", gz.Header)
	}
	if !strings.Contains(gz.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("Cache-Control %q", gz.Header.Get("Cache-Control"))
	}
	if got := body(t, gz); got != want {
		t.Error("the gzipped wasm differs from the plain one")
	}
	if res := get(t, s, strings.Replace(u, "ui.wasm", "other.wasm", 1)); res.StatusCode != 404 {
		t.Errorf("unknown asset: %d", res.StatusCode)
	}
	r := httptest.NewRequest("POST", u, nil)
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed && w.Code != http.StatusNotFound {
		t.Errorf("POST: %d", w.Code)
	}
}

func TestStaticMimeCacheAndCompression(t *testing.T) {
	s, _ := newTestServer(t)
	res := get(t, s, "/web/app.css", "Accept-Encoding", "gzip")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/css") ||
		res.Header.Get("Content-Encoding") != "gzip" || res.Header.Get("Cache-Control") != "no-cache" {
		t.Fatalf("app.css: %d %v", res.StatusCode, res.Header)
	}
	if !strings.Contains(body(t, res), "color:red") {
		t.Error("app.css content")
	}
	tag := res.Header.Get("ETag")
	if tag == "" {
		t.Fatal("no ETag")
	}
	if res := get(t, s, "/web/app.css", "Accept-Encoding", "gzip", "If-None-Match", tag); res.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation: %d, want 304", res.StatusCode)
	}
	if res := get(t, s, "/web/icons/icon.svg"); res.Header.Get("Content-Type") != "image/svg+xml" {
		t.Errorf("svg type %q", res.Header.Get("Content-Type"))
	}
}

func TestNoPathTraversal(t *testing.T) {
	s, _ := newTestServer(t)
	for _, p := range []string{
		"/web/../secret.txt", "/web/%2e%2e/secret.txt", "/web/..%2fsecret.txt", "/web/%2e%2e%2fsecret.txt",
		"/web/escape.txt", "/web/.hidden", "/web/icons/../../secret.txt", "/web//etc/passwd",
		"/web/icons/", "/web/", "/web/icons", "/web/..\\secret.txt", "/web/%00", "/models/../secret.txt",
		"/assets/../../secret.txt", "/fonts/../secret.txt",
	} {
		res := get(t, s, p)
		b := body(t, res)
		if strings.Contains(b, "TOP SECRET") || strings.Contains(b, "hidden") && res.StatusCode == 200 {
			t.Errorf("%s served a file outside the web folder", p)
		}
		if res.StatusCode == 200 {
			t.Errorf("%s: status 200", p)
		}
	}
}

func TestModelServedWithRanges(t *testing.T) {
	s, m := newTestServer(t)
	res := get(t, s, m.URL(), "Range", "bytes=0-3", "Accept-Encoding", "gzip")
	if res.StatusCode != http.StatusPartialContent || body(t, res) != "GGUF" {
		t.Fatalf("range: %d", res.StatusCode)
	}
	full := get(t, s, m.URL(), "Accept-Encoding", "gzip")
	if full.Header.Get("Content-Encoding") != "" || !strings.Contains(full.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("model headers %v", full.Header)
	}
	if n := len(body(t, full)); int64(n) != m.Size {
		t.Errorf("model: %d bytes, want %d", n, m.Size)
	}
}

func TestOpenModelChecksHash(t *testing.T) {
	p := filepath.Join(t.TempDir(), "m.gguf")
	os.WriteFile(p, []byte("GGUFdata"), 0o644)
	m, err := OpenModel(p, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenModel(p, m.SHA256); err != nil {
		t.Errorf("the right hash: %v", err)
	}
	if _, err := OpenModel(p, strings.Repeat("0", 64)); err == nil || !strings.Contains(err.Error(), "SHA-256") {
		t.Errorf("a wrong hash: %v", err)
	}
	os.WriteFile(p, []byte("PK\x03\x04zip"), 0o644)
	if _, err := OpenModel(p, ""); err == nil {
		t.Error("a file that is not GGUF was accepted")
	}
}

func TestLimit(t *testing.T) {
	release := make(chan struct{})
	var started sync.WaitGroup
	started.Add(2)
	h := Limit(2, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started.Done()
		<-release
	}))
	srv := httptest.NewServer(h)
	defer srv.Close()
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() { defer wg.Done(); http.Get(srv.URL) }()
	}
	started.Wait()
	res, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
		t.Errorf("third request: %d, want 503 with Retry-After", res.StatusCode)
	}
	close(release)
	wg.Wait()
}

func TestHandleAddsRoutesWithHeaders(t *testing.T) {
	s, _ := newTestServer(t)
	s.Handle("GET /embed.js", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin")
		io.WriteString(w, "x")
	}))
	res := get(t, s, "/embed.js")
	if res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("Cross-Origin-Resource-Policy") != "cross-origin" {
		t.Errorf("headers %v", res.Header)
	}
}

// TestAPIRoutesMounted checks the embed files and the render API behind
// the server's headers, with their own cross-origin policy.
func TestAPIRoutesMounted(t *testing.T) {
	s, _ := newTestServer(t)
	res := get(t, s, "/embed.js")
	if res.StatusCode != 200 || res.Header.Get("Cross-Origin-Resource-Policy") != "cross-origin" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("/embed.js: %d %v", res.StatusCode, res.Header)
	}
	if res := get(t, s, "/embed/genui.wasm"); res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/wasm" {
		t.Errorf("/embed/genui.wasm: %d %v", res.StatusCode, res.Header)
	}
	r := httptest.NewRequest("POST", "/api/render?format=svg", strings.NewReader(`{"version":1,"root":{"type":"text","text":"hello"}}`))
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	if w.Code != 200 || !strings.Contains(w.Body.String(), "hello") || w.Header().Get("Content-Security-Policy") == "" {
		t.Errorf("/api/render: %d %v %.200s", w.Code, w.Header(), w.Body.String())
	}
}
