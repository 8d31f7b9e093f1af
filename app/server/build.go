package server

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"
)

// Target is one WebAssembly program the app needs: a main package of the
// module built for GOOS=js GOARCH=wasm into Name.wasm.
type Target struct {
	Name    string // file name without .wasm: "ui"
	Package string // package path relative to the module root: "./app/cmd/ui"
}

// Targets are the programs Build makes by default: the go-app interface
// (main thread), the inference worker (a Web Worker) and the
// renderer-only program of the <genui-widget> element other sites embed.
var Targets = []Target{
	{Name: "ui", Package: "./app/cmd/ui"},
	{Name: "worker", Package: "./app/cmd/worker"},
	{Name: "embed", Package: "./app/cmd/embed"},
}

// BuildOptions configure Build.
type BuildOptions struct {
	// Source is the root of the genui module (the folder with go.mod).
	Source string
	// Cache is the folder under which builds are kept, one subfolder per
	// source hash (default: the user cache folder's genui/web).
	Cache string
	// Targets to build (default: Targets).
	Targets []Target
	// Log receives progress lines (default: discarded).
	Log io.Writer
	// Go is the go command (default "go" from PATH).
	Go string
}

// Bundle is a finished build: the programs, compressed once, and the
// wasm_exec.js of the toolchain that built them.
type Bundle struct {
	// Dir holds NAME.wasm, NAME.wasm.gz and wasm_exec.js.
	Dir string
	// Key is the hash of the sources and toolchain the build came from.
	Key string
	// Files describes each file of Dir by name.
	Files map[string]File
}

// File is one built file.
type File struct {
	Size   int64  `json:"size"`   // bytes
	GzSize int64  `json:"gzSize"` // bytes of NAME.gz; 0 when there is none
	SHA256 string `json:"sha256"` // of the uncompressed bytes, hex
}

// manifestName is the file, written last, that marks a build as complete.
const manifestName = "bundle.json"

// keepBuilds is how many builds the cache keeps; older ones are removed.
const keepBuilds = 3

// buildFlags are the flags of every wasm build: paths stripped from the
// binary (reproducible, and no machine paths shipped) and no symbol table
// or DWARF (a third smaller; panics still print function names).
var buildFlags = []string{"-trimpath", "-ldflags=-s -w"}

// Build returns the bundle for the current sources, building it when the
// cache has none: the source hash covers every file the wasm programs can
// be compiled from, go.mod and go.sum, the Go version and the flags, so
// an edit anywhere rebuilds and a fresh clone of the same commit reuses
// the cache. Builds go to a temporary folder renamed into place, so two
// servers starting at once never see half a build.
func Build(ctx context.Context, o BuildOptions) (*Bundle, error) {
	if o.Go == "" {
		o.Go = "go"
	}
	if o.Targets == nil {
		o.Targets = Targets
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Cache == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			return nil, fmt.Errorf("server: no cache folder for the wasm build: %w", err)
		}
		o.Cache = filepath.Join(dir, "genui", "web")
	}
	if _, err := os.Stat(filepath.Join(o.Source, "go.mod")); err != nil {
		return nil, fmt.Errorf("server: %s is not the genui source tree: %w", o.Source, err)
	}
	env, err := goEnv(ctx, o.Go, o.Source)
	if err != nil {
		return nil, err
	}
	key, err := sourceKey(o.Source, env, o.Targets)
	if err != nil {
		return nil, err
	}
	final := filepath.Join(o.Cache, key[:24])
	if b, err := readBundle(final, key); err == nil {
		return b, nil
	}
	if err := os.MkdirAll(o.Cache, 0o755); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	tmp, err := os.MkdirTemp(o.Cache, "build-")
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	start := time.Now()
	names := make([]string, len(o.Targets))
	for i, t := range o.Targets {
		names[i] = t.Name + ".wasm"
	}
	fmt.Fprintf(o.Log, "genui serve: building %s (GOOS=js GOARCH=wasm, %s); the first build takes a minute or two\n", strings.Join(names, ", "), env.version)
	if err := compile(ctx, o, tmp); err != nil {
		return nil, err
	}
	b := &Bundle{Dir: tmp, Key: key, Files: map[string]File{}}
	for _, n := range names {
		f, err := compressFile(filepath.Join(tmp, n))
		if err != nil {
			return nil, err
		}
		b.Files[n] = f
	}
	execJS, err := wasmExecJS(env.goroot)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(tmp, "wasm_exec.js"), execJS, 0o644); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	b.Files["wasm_exec.js"] = File{Size: int64(len(execJS)), SHA256: hexSum(execJS)}
	if err := writeManifest(tmp, b); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, final); err != nil {
		// Another server finished the same build first: use its copy.
		if b2, err2 := readBundle(final, key); err2 == nil {
			return b2, nil
		}
		return nil, fmt.Errorf("server: %w", err)
	}
	b.Dir = final
	var sizes []string
	for _, n := range names {
		f := b.Files[n]
		sizes = append(sizes, fmt.Sprintf("%s %s (%s gzipped)", n, mb(f.Size), mb(f.GzSize)))
	}
	fmt.Fprintf(o.Log, "genui serve: built in %s: %s\n", time.Since(start).Round(100*time.Millisecond), strings.Join(sizes, ", "))
	prune(o.Cache, final)
	return b, nil
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

// toolchain is what the key and the build need to know of the go command.
type toolchain struct {
	version, goroot, flags, experiment string
}

func goEnv(ctx context.Context, gocmd, dir string) (toolchain, error) {
	cmd := exec.CommandContext(ctx, gocmd, "env", "GOVERSION", "GOROOT", "GOFLAGS", "GOEXPERIMENT")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return toolchain{}, fmt.Errorf("server: cannot run %q to build the web app (is Go installed?): %w", gocmd, err)
	}
	l := strings.Split(string(out), "\n")
	if len(l) < 4 {
		return toolchain{}, fmt.Errorf("server: unexpected output of go env: %q", out)
	}
	return toolchain{version: l[0], goroot: l[1], flags: l[2], experiment: l[3]}, nil
}

// sourceKey hashes everything a wasm build depends on. It walks the whole
// module rather than asking go list for the exact dependencies (a second
// or two on a small machine, at every start): the folders that can never
// be compiled into a wasm program (tests, testdata, the served web
// assets, browser tests, training scripts) are skipped, so the key is
// conservative and cheap.
func sourceKey(root string, tc toolchain, targets []Target) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "genui wasm build 1\x00%s\x00%s\x00%s\x00%q\x00", tc.version, tc.flags, tc.experiment, buildFlags)
	for _, t := range targets {
		fmt.Fprintf(h, "%s=%s\x00", t.Name, t.Package)
	}
	skip := map[string]bool{"web": true, "e2e": true, "train": true}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		name := d.Name()
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || skip[rel]) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "_test.go") || !d.Type().IsRegular() || !compiledInput(name) {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", rel, len(data))
		h.Write(data)
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("server: hashing the sources: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// compiledInput reports whether a file of this name can change a build:
// Go files, the module files, and the kinds of file packages embed.
func compiledInput(name string) bool {
	switch filepath.Ext(name) {
	case ".go", ".s", ".json", ".ttf", ".txt", ".js", ".css", ".svg", ".png", ".tmpl", ".html":
		return true
	}
	return name == "go.mod" || name == "go.sum"
}

// compile runs one go build for every target, printing a progress line
// every few seconds.
func compile(ctx context.Context, o BuildOptions, out string) error {
	args := append([]string{"build", "-v"}, buildFlags...)
	args = append(args, "-o", out+string(filepath.Separator))
	for _, t := range o.Targets {
		args = append(args, t.Package)
	}
	cmd := exec.CommandContext(ctx, o.Go, args...)
	cmd.Dir = o.Source
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("server: go build: %w", err)
	}
	var packages atomic.Int64
	var diag bytes.Buffer // what go build said that is not a package name
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			if isPackageLine(line) {
				packages.Add(1)
			} else if diag.Len() < 64<<10 {
				diag.WriteString(line + "\n")
			}
		}
	}()
	start := time.Now()
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	wait := make(chan error, 1)
	go func() { <-done; wait <- cmd.Wait() }()
	for {
		select {
		case <-tick.C:
			fmt.Fprintf(o.Log, "genui serve: building… %ds, %d packages compiled\n", int(time.Since(start).Seconds()), packages.Load())
		case err := <-wait:
			if err != nil {
				return fmt.Errorf("server: go build of the web app failed: %w\n%s", err, strings.TrimSpace(diag.String()))
			}
			for _, t := range o.Targets {
				// go build names a js/wasm program after its package,
				// with or without .wasm depending on the Go version.
				base := filepath.Base(t.Package)
				for _, n := range []string{base + ".wasm", base} {
					if _, err := os.Stat(filepath.Join(out, n)); err == nil {
						if err := os.Rename(filepath.Join(out, n), filepath.Join(out, t.Name+".wasm")); err != nil {
							return fmt.Errorf("server: %w", err)
						}
						break
					}
				}
				if _, err := os.Stat(filepath.Join(out, t.Name+".wasm")); err != nil {
					return fmt.Errorf("server: go build wrote no program for %s", t.Package)
				}
			}
			return nil
		}
	}
}

// isPackageLine reports whether a line of go build -v is a package path
// (progress) rather than a diagnostic.
func isPackageLine(l string) bool {
	return l != "" && !strings.ContainsAny(l, " \t:") && !strings.HasPrefix(l, "#")
}

// compressFile gzips path at the best compression into path+".gz", once
// per build, and describes both.
func compressFile(path string) (File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return File{}, fmt.Errorf("server: %w", err)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		return File{}, fmt.Errorf("server: %w", err)
	}
	if err := os.WriteFile(path+".gz", buf.Bytes(), 0o644); err != nil {
		return File{}, fmt.Errorf("server: %w", err)
	}
	return File{Size: int64(len(data)), GzSize: int64(buf.Len()), SHA256: hexSum(data)}, nil
}

func hexSum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// wasmExecJS returns the JavaScript support file of the toolchain that
// built the programs (go-app ships its own copy, which can lag behind the
// Go release that compiled the wasm).
func wasmExecJS(goroot string) ([]byte, error) {
	for _, p := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		if b, err := os.ReadFile(filepath.Join(goroot, p)); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("server: wasm_exec.js not found under GOROOT %s", goroot)
}

func writeManifest(dir string, b *Bundle) error {
	data, err := json.MarshalIndent(struct {
		Key   string          `json:"key"`
		Files map[string]File `json:"files"`
	}{b.Key, b.Files}, "", "  ")
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, manifestName), data, 0o644)
}

// readBundle loads a finished build of key from dir.
func readBundle(dir, key string) (*Bundle, error) {
	data, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		return nil, err
	}
	var m struct {
		Key   string          `json:"key"`
		Files map[string]File `json:"files"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	if m.Key != key {
		return nil, errors.New("server: cached build of other sources")
	}
	for n, f := range m.Files {
		st, err := os.Stat(filepath.Join(dir, n))
		if err != nil || st.Size() != f.Size {
			return nil, fmt.Errorf("server: cached build lacks %s", n)
		}
	}
	now := time.Now()
	os.Chtimes(dir, now, now) // most recently used: kept by prune
	return &Bundle{Dir: dir, Key: m.Key, Files: m.Files}, nil
}

// prune removes all but the keepBuilds most recently used builds (and
// leftovers of interrupted ones), never keep itself.
func prune(cache, keep string) {
	ents, err := os.ReadDir(cache)
	if err != nil {
		return
	}
	type build struct {
		path string
		t    time.Time
	}
	var bs []build
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		p := filepath.Join(cache, e.Name())
		info, err := e.Info()
		if err != nil {
			continue
		}
		if strings.HasPrefix(e.Name(), "build-") {
			if time.Since(info.ModTime()) > time.Hour {
				os.RemoveAll(p)
			}
			continue
		}
		if p != keep {
			bs = append(bs, build{p, info.ModTime()})
		}
	}
	slices.SortFunc(bs, func(a, b build) int { return b.t.Compare(a.t) })
	for i, b := range bs {
		if i >= keepBuilds-1 {
			os.RemoveAll(b.path)
		}
	}
}
