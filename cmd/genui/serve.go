package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/genui/genui/app/server"
)

func init() {
	register(&command{
		name:  "serve",
		usage: "[--addr 127.0.0.1:8080] [--model FILE.gguf] [--src DIR]",
		short: "build the web app when needed and serve it (Ctrl-C stops)",
		run:   runServe,
	})
}

// shutdownGrace is how long serve waits for requests in flight (a model
// download, say) after Ctrl-C before it closes their connections.
const shutdownGrace = 5 * time.Second

func runServe(e *env, args []string) error {
	fs := newFlags(e, "serve")
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on (host:port; port 0 picks a free one)")
	modelPath := fs.String("model", "", "GGUF `file` to offer as the default model (default: the pinned "+server.DefaultModelFile+", if present)")
	src := fs.String("src", "", "the genui source `folder` to build the app from (default: found from the current folder)")
	cache := fs.String("cache", "", "`folder` for build outputs (default: the user cache folder's genui/web)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, pos)
	}
	root := *src
	if root == "" {
		if root, err = moduleRoot(); err != nil {
			return err
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	model, err := pickModel(e, root, *modelPath)
	if err != nil {
		return err
	}
	bundle, err := server.Build(ctx, server.BuildOptions{Source: root, Cache: *cache, Log: e.stderr})
	if err != nil {
		if ctx.Err() != nil {
			return errors.New("interrupted while building the web app")
		}
		return err
	}
	srv, err := server.New(server.Config{Bundle: bundle, Web: filepath.Join(root, "web"), Model: model})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "genui is serving http://%s/ (Ctrl-C stops)\n", displayAddr(ln.Addr()))
	return serveUntil(ctx, ln, srv, func() {
		stop() // a second Ctrl-C kills the process at once
		fmt.Fprintln(e.stderr, "genui serve: shutting down")
	})
}

// serveUntil serves h on ln until ctx is done, then shuts down
// gracefully: it stops accepting, lets the requests in flight finish for
// up to shutdownGrace, and closes what is left. onStop runs when ctx ends.
func serveUntil(ctx context.Context, ln net.Listener, h http.Handler, onStop func()) error {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	onStop()
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// pickModel opens the model to offer: the --model file, else the pinned
// default when the source tree has it.
func pickModel(e *env, root, path string) (*server.Model, error) {
	if path != "" {
		return server.OpenModel(path, "")
	}
	def := filepath.Join(root, filepath.FromSlash(server.DefaultModelFile))
	if _, err := os.Stat(def); err != nil {
		fmt.Fprintf(e.stderr, "genui serve: no default model (%s is absent): the app will ask for a GGUF file; pass --model FILE to offer one\n", server.DefaultModelFile)
		return nil, nil
	}
	m, err := server.OpenModel(def, server.DefaultModelSHA256)
	if err != nil {
		return nil, err
	}
	if server.DefaultModelSHA256 == "" {
		fmt.Fprintf(e.stderr, "genui serve: warning: %s has no pinned SHA-256 (it is %s); pin it in app/server/model.go\n", server.DefaultModelFile, m.SHA256)
	}
	return m, nil
}

// moduleRoot finds the genui source tree from the current folder up.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && isGenuiModule(data) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find the genui source tree above the current folder (the app is built from it); run serve inside a clone or pass --src DIR")
		}
		dir = parent
	}
}

func isGenuiModule(gomod []byte) bool {
	for _, line := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "module" && f[1] == "github.com/genui/genui" {
			return true
		}
	}
	return false
}

// displayAddr turns a listening address into one a browser can open:
// an unspecified host (":8080", "0.0.0.0") becomes localhost.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}
