package api

import (
	"bytes"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

const login = `{"version":1,"title":"Sign in","root":{"type":"card","children":[{"type":"input","label":"Email"},{"type":"button","text":"Go"}]}}`

func get(h http.Handler, query string, hdr ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest("GET", "/api/render?"+query, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestRenderSVGAndPNG(t *testing.T) {
	h := NewRender(Options{})
	w := get(h, "fonts=ref&spec="+url.QueryEscape(login))
	if w.Code != 200 || w.Header().Get("Content-Type") != "image/svg+xml; charset=utf-8" || !strings.Contains(w.Body.String(), `aria-label="Go"`) {
		t.Fatalf("svg: %d %v\n%.300s", w.Code, w.Header(), w.Body)
	}
	for _, hd := range []string{"ETag", "Cache-Control", "Content-Security-Policy", "Access-Control-Allow-Origin"} {
		if w.Header().Get(hd) == "" {
			t.Errorf("no %s header", hd)
		}
	}
	req := httptest.NewRequest("POST", "/api/render?format=png&width=320&scale=1&theme=dark", strings.NewReader(login))
	w = httptest.NewRecorder()
	h.ServeHTTP(w, req)
	img, err := png.Decode(w.Body)
	if w.Code != 200 || err != nil || img.Bounds().Dx() != 320 {
		t.Fatalf("png: %d %v", w.Code, err)
	}
	if w.Header().Get("Cache-Control") != "private, no-cache" {
		t.Errorf("POST Cache-Control %q", w.Header().Get("Cache-Control"))
	}
}

func TestRenderImportsOtherFormats(t *testing.T) {
	card := `{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"From a card"},{"type":"Media"}]}`
	w := get(NewRender(Options{}), "fonts=ref&spec="+url.QueryEscape(card))
	if w.Code != 200 || !strings.Contains(w.Body.String(), ">From a card</text>") || w.Header().Get("X-Genui-Warnings") != "1" {
		t.Errorf("%d warnings %q\n%.300s", w.Code, w.Header().Get("X-Genui-Warnings"), w.Body)
	}
}

func TestRenderETag(t *testing.T) {
	h := NewRender(Options{Version: "v1"})
	q := "spec=" + url.QueryEscape(login)
	tag := get(h, q).Header().Get("ETag")
	if w := get(h, q, "If-None-Match", tag); w.Code != http.StatusNotModified || w.Body.Len() != 0 {
		t.Errorf("If-None-Match: %d", w.Code)
	}
	if other := get(h, q+"&theme=dark").Header().Get("ETag"); other == tag {
		t.Error("the theme does not change the ETag")
	}
	if other := get(NewRender(Options{Version: "v2"}), q).Header().Get("ETag"); other == tag {
		t.Error("the version does not change the ETag")
	}
}

func TestRenderLimits(t *testing.T) {
	h := NewRender(Options{})
	big := bytes.Repeat([]byte(" "), MaxBody+1)
	tests := []struct {
		method, query string
		body          []byte
		code          int
		want          string
	}{
		{"POST", "", big, http.StatusRequestEntityTooLarge, "longer than 1048576 bytes"},
		{"GET", "spec=" + url.QueryEscape(string(big)), nil, http.StatusRequestEntityTooLarge, "longer than"},
		{"GET", "", nil, http.StatusBadRequest, "no spec"},
		{"POST", "", nil, http.StatusBadRequest, "body is empty"},
		{"GET", "format=gif&spec=x", nil, http.StatusBadRequest, `format "gif"`},
		{"GET", "width=99999&spec=x", nil, http.StatusBadRequest, `width "99999"`},
		{"GET", "scale=9&spec=x", nil, http.StatusBadRequest, `scale "9"`},
		{"GET", "theme=neon&spec=x", nil, http.StatusBadRequest, `theme "neon"`},
		{"GET", "spec=" + url.QueryEscape(`{"nope":1}`), nil, http.StatusUnprocessableEntity, "unknown format"},
		{"DELETE", "spec=x", nil, http.StatusMethodNotAllowed, "not allowed"},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(tt.method, "/api/render?"+tt.query, bytes.NewReader(tt.body))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tt.code || !strings.Contains(w.Body.String(), tt.want) || !strings.HasPrefix(w.Body.String(), "api: ") {
			t.Errorf("%s ?%.40s: %d %q, want %d %q", tt.method, tt.query, w.Code, w.Body, tt.code, tt.want)
		}
	}
}

func TestRenderBusyAndTimeout(t *testing.T) {
	h := NewRender(Options{Concurrency: 1})
	h.slots <- struct{}{} // every slot taken
	start := time.Now()
	w := get(h, "spec="+url.QueryEscape(login))
	if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" {
		t.Errorf("busy: %d %v", w.Code, w.Header())
	}
	if waited := time.Since(start); waited < QueueWait {
		t.Errorf("turned away after %v, before QueueWait", waited)
	}
	<-h.slots

	slow := NewRender(Options{Timeout: time.Nanosecond})
	if w := get(slow, "spec="+url.QueryEscape(login)); w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "took longer") {
		t.Errorf("timeout: %d %q", w.Code, w.Body)
	}
	// The slot comes back when the late render ends.
	deadline := time.Now().Add(5 * time.Second)
	for len(slow.slots) > 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if len(slow.slots) != 0 {
		t.Error("a timed-out render kept its slot")
	}
}

func BenchmarkRenderSVG(b *testing.B) {
	h := NewRender(Options{})
	q := "fonts=ref&spec=" + url.QueryEscape(login)
	b.ReportAllocs()
	for b.Loop() {
		get(h, q)
	}
}
