package server

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildCachesBySource builds a one-line program for js/wasm from a
// throwaway module: the first Build compiles, the second finds the cache,
// and an edit builds again.
func TestBuildCachesBySource(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles for js/wasm")
	}
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "go.mod"), []byte("module example.test/m\n\ngo 1.26\n"), 0o644)
	os.MkdirAll(filepath.Join(src, "cmd", "hello"), 0o755)
	write := func(msg string) {
		os.WriteFile(filepath.Join(src, "cmd", "hello", "main.go"), []byte("package main\n\nfunc main() { println(\""+msg+"\") }\n"), 0o644)
	}
	write("one")
	cache := t.TempDir()
	var log bytes.Buffer
	o := BuildOptions{Source: src, Cache: cache, Log: &log, Targets: []Target{{Name: "hello", Package: "./cmd/hello"}}}
	b1, err := Build(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "building hello.wasm") || !strings.Contains(log.String(), "built in") {
		t.Errorf("progress: %q", log.String())
	}
	data, err := os.ReadFile(filepath.Join(b1.Dir, "hello.wasm"))
	if err != nil || !bytes.HasPrefix(data, []byte("\x00asm")) {
		t.Fatalf("hello.wasm: %v", err)
	}
	if f := b1.Files["hello.wasm"]; f.GzSize == 0 || f.GzSize >= f.Size {
		t.Errorf("gzip: %+v", f)
	}
	if _, err := os.Stat(filepath.Join(b1.Dir, "wasm_exec.js")); err != nil {
		t.Error(err)
	}
	log.Reset()
	b2, err := Build(context.Background(), o)
	if err != nil || b2.Dir != b1.Dir || log.Len() != 0 {
		t.Fatalf("second build: %v, dir %s vs %s, log %q: want the cached one, silently", err, b2.Dir, b1.Dir, log.String())
	}
	// A test file changes nothing; a source edit does.
	os.WriteFile(filepath.Join(src, "cmd", "hello", "main_test.go"), []byte("package main\n"), 0o644)
	if b, _ := Build(context.Background(), o); b == nil || b.Dir != b1.Dir {
		t.Error("a test file changed the key")
	}
	write("two")
	b3, err := Build(context.Background(), o)
	if err != nil || b3.Dir == b1.Dir || b3.Files["hello.wasm"].SHA256 == b1.Files["hello.wasm"].SHA256 {
		t.Fatalf("after an edit: %v (dir %s)", err, b3.Dir)
	}
}

func TestBuildReportsCompileErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "go.mod"), []byte("module example.test/m\n\ngo 1.26\n"), 0o644)
	os.MkdirAll(filepath.Join(src, "bad"), 0o755)
	os.WriteFile(filepath.Join(src, "bad", "main.go"), []byte("package main\n\nfunc main() { undefined() }\n"), 0o644)
	_, err := Build(context.Background(), BuildOptions{Source: src, Cache: t.TempDir(), Targets: []Target{{Name: "bad", Package: "./bad"}}})
	if err == nil || !strings.Contains(err.Error(), "undefined") {
		t.Fatalf("err = %v, want the compiler's message", err)
	}
	if _, err := Build(context.Background(), BuildOptions{Source: t.TempDir()}); err == nil {
		t.Error("a folder without go.mod was accepted")
	}
}
