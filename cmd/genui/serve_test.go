package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeUntilShutsDownGracefully cancels the server's context while a
// request is in flight: the request finishes, the server returns nil and
// then refuses connections.
func TestServeUntilShutsDownGracefully(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	inFlight := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(inFlight)
		time.Sleep(300 * time.Millisecond)
		io.WriteString(w, "finished")
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	stopped := false
	go func() { done <- serveUntil(ctx, ln, h, func() { stopped = true }) }()
	got := make(chan string, 1)
	url := "http://" + ln.Addr().String() + "/"
	go func() {
		res, err := http.Get(url)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		got <- string(b)
	}()
	<-inFlight
	cancel()
	if b := <-got; b != "finished" {
		t.Errorf("the request in flight got %q", b)
	}
	if err := <-done; err != nil {
		t.Fatalf("serveUntil: %v", err)
	}
	if !stopped {
		t.Error("onStop was not called")
	}
	if _, err := http.Get(url); err == nil {
		t.Error("the server still answers after shutting down")
	}
}

func TestServeRejectsArguments(t *testing.T) {
	code, _, stderr := runCmd(t, "", "serve", "extra")
	if code != 2 || !strings.Contains(stderr, "no arguments") {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
}

func TestModuleRootAndDisplayAddr(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("// x\nmodule github.com/genui/genui\n\ngo 1.26\n"), 0o644)
	sub := filepath.Join(dir, "a", "b")
	os.MkdirAll(sub, 0o755)
	t.Chdir(sub)
	root, err := moduleRoot()
	if err != nil || root != dir {
		t.Fatalf("moduleRoot = %q, %v; want %q", root, err, dir)
	}
	for in, want := range map[string]string{"0.0.0.0:80": "localhost:80", "127.0.0.1:8080": "127.0.0.1:8080", "[::]:9": "localhost:9"} {
		a, _ := net.ResolveTCPAddr("tcp", in)
		if got := displayAddr(a); got != want {
			t.Errorf("displayAddr(%s) = %s, want %s", in, got, want)
		}
	}
}
