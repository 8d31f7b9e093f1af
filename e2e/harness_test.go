package e2e

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/genui/genui/app/server"
)

// root is the module root, seen from this package's folder.
const root = ".."

// chromium is the browser the tests drive, found by TestMain.
var chromium string

func TestMain(m *testing.M) {
	for _, p := range []string{os.Getenv("GENUI_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			chromium = path
			break
		}
	}
	if chromium == "" {
		msg := "\n" + strings.Repeat("!", 72) + "\n!!! e2e: NO CHROMIUM FOUND: THE BROWSER TESTS DID NOT RUN.\n!!! Install it (apt-get install -y chromium) or set GENUI_CHROMIUM.\n" + strings.Repeat("!", 72) + "\n"
		fmt.Fprint(os.Stderr, msg)
		if os.Getenv("GENUI_REQUIRE_BROWSER") == "1" {
			fmt.Fprintln(os.Stderr, "e2e: GENUI_REQUIRE_BROWSER=1: failing.")
			os.Exit(1)
		}
		os.Exit(0)
	}
	code := m.Run()
	shutdown()
	os.Exit(code)
}

// fixture is what every test shares: the built app, the model, a server
// and a browser. It is made on first use, once per test binary.
type fixture struct {
	bundle *server.Bundle
	model  *server.Model
	// trained reports whether model is the trained default model.
	trained bool
	srv     *appServer
	browser context.Context
	stop    []func()
}

var (
	fixOnce sync.Once
	fix     *fixture
	fixErr  error
)

func shared(t *testing.T) *fixture {
	t.Helper()
	fixOnce.Do(func() { fix, fixErr = setUp() })
	if fixErr != nil {
		t.Fatal(fixErr)
	}
	return fix
}

func setUp() (*fixture, error) {
	f := &fixture{}
	ctx := context.Background()
	var log strings.Builder
	b, err := server.Build(ctx, server.BuildOptions{Source: root, Log: &log})
	if err != nil {
		return nil, fmt.Errorf("building the app: %w", err)
	}
	if log.Len() > 0 {
		fmt.Fprint(os.Stderr, log.String())
	}
	f.bundle = b
	if f.model, f.trained, err = testModel(); err != nil {
		return nil, err
	}
	if f.srv, err = startServer(f.bundle, f.model); err != nil {
		return nil, err
	}
	f.stop = append(f.stop, f.srv.close)
	dir, err := os.MkdirTemp("", "genui-e2e-chromium-")
	if err != nil {
		return nil, err
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(dir),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("enable-unsafe-webgpu", true),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.WindowSize(1440, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	if err := chromedp.Do(bctx); err != nil { // starts the browser
		cancelBrowser()
		cancelAlloc()
		return nil, fmt.Errorf("starting %s: %w", chromium, err)
	}
	f.browser = bctx
	f.stop = append(f.stop, cancelBrowser, cancelAlloc, func() { os.RemoveAll(dir) })
	return f, nil
}

func shutdown() {
	if modelDir != "" {
		os.RemoveAll(modelDir)
	}
	if fix == nil {
		return
	}
	for i := len(fix.stop) - 1; i >= 0; i-- {
		fix.stop[i]()
	}
}

// appServer is the app's server on a loopback port. Its model route can
// be slowed down, to watch a download's progress.
type appServer struct {
	url  string
	hs   *http.Server
	slow chan time.Duration // the pause between 64 KB chunks of the model
	mu   sync.Mutex
	rate time.Duration
}

func startServer(b *server.Bundle, m *server.Model) (*appServer, error) {
	s, err := server.New(server.Config{Bundle: b, Web: filepath.Join(root, "web"), Model: m})
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	a := &appServer{url: "http://" + ln.Addr().String()}
	modelURL := m.URL()
	a.hs = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		rate := a.rate
		a.mu.Unlock()
		if r.URL.Path == modelURL && rate > 0 {
			w = &slowWriter{ResponseWriter: w, pause: rate}
		}
		s.ServeHTTP(w, r)
	})}
	go a.hs.Serve(ln)
	return a, nil
}

// throttle makes the model download pause between chunks (0: full speed).
func (a *appServer) throttle(pause time.Duration) {
	a.mu.Lock()
	a.rate = pause
	a.mu.Unlock()
}

func (a *appServer) close() { a.hs.Close() }

// slowWriter writes in 64 KB chunks with a pause between them.
type slowWriter struct {
	http.ResponseWriter
	pause time.Duration
}

func (s *slowWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		c := min(len(p), 64<<10)
		m, err := s.ResponseWriter.Write(p[:c])
		n += m
		if err != nil {
			return n, err
		}
		if f, ok := s.ResponseWriter.(http.Flusher); ok {
			f.Flush()
		}
		time.Sleep(s.pause)
		p = p[c:]
	}
	return n, nil
}

// tab is one browser tab in its own browser context (fresh storage,
// service workers and caches), with its console watched.
type tab struct {
	t       *testing.T
	ctx     context.Context
	console *consoleLog
}

// newTab opens a tab in a fresh browser context; it closes with the test.
func newTab(t *testing.T, f *fixture) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(f.browser, chromedp.WithNewBrowserContext())
	ctx, cancelT := context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(func() { cancelT(); cancel() })
	tb := &tab{t: t, ctx: ctx, console: &consoleLog{}}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	tb.console.watch(ctx)
	t.Cleanup(tb.checkConsole)
	return tb
}

// consoleLog keeps the page's console messages.
type consoleLog struct {
	mu   sync.Mutex
	msgs []chromedp.ConsoleMessage
}

func (c *consoleLog) watch(ctx context.Context) {
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			c.mu.Lock()
			c.msgs = append(c.msgs, m)
			c.mu.Unlock()
		}
	}()
}

// checkConsole fails the test on exceptions and CSP violations. With
// GENUI_E2E_CONSOLE=1 it logs every message.
func (tb *tab) checkConsole() {
	tb.console.mu.Lock()
	defer tb.console.mu.Unlock()
	for _, m := range tb.console.msgs {
		text := m.String()
		if os.Getenv("GENUI_E2E_CONSOLE") == "1" {
			tb.t.Log("console: " + text)
		}
		if m.IsException() || strings.Contains(text, "Content Security Policy") || strings.Contains(text, "Refused to") {
			tb.t.Errorf("console: %s", text)
		}
	}
}

// do runs actions, failing the test on error.
func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatal(tb.explain(err))
	}
}

// explain adds the page's state to an error, for a failing test's log.
func (tb *tab) explain(err error) error {
	state, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`(() => { const p = document.querySelector("#preview"); return p ? p.dataset.state + " " + (p.dataset.error || "") : "no #preview" })()`))
	return fmt.Errorf("%w (preview: %s)", err, state)
}

// eval evaluates a JavaScript expression.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("%s: %v", expr, tb.explain(err))
	}
	return v
}

// waitFor polls a JavaScript predicate until it is true.
func (tb *tab) waitFor(what, predicate string, timeout time.Duration) {
	tb.t.Helper()
	_, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](predicate, chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(20*time.Millisecond)))
	if err != nil {
		if errors.Is(err, chromedp.ErrPollingTimeout) {
			err = fmt.Errorf("timed out after %s", timeout)
		}
		tb.t.Fatalf("waiting for %s: %v", what, tb.explain(err))
	}
}

// state is #preview's data-state.
const state = `document.querySelector("#preview")?.dataset.state`

// open loads the app and waits until the model is ready.
func (tb *tab) open(url string) {
	tb.t.Helper()
	tb.do(chromedp.Navigate(url))
	tb.waitReady()
}

func (tb *tab) waitReady() {
	tb.t.Helper()
	tb.waitFor("the model", state+` === "idle" || `+state+` === "done"`, 3*time.Minute)
}

// setPrompt types a description into #prompt as a person would.
func (tb *tab) setPrompt(text string) {
	tb.t.Helper()
	eval[any](tb, `(() => { const p = document.querySelector("#prompt"); p.value = ""; p.dispatchEvent(new Event("input")); return 1 })()`)
	tb.do(chromedp.SendKeys(chromedp.CSS("#prompt"), text))
}

// generate presses Generate and waits for the finished spec.
func (tb *tab) generate() {
	tb.t.Helper()
	tb.do(chromedp.Click(chromedp.CSS("#generate")))
	tb.waitFor("the generation", state+` === "done" || `+state+` === "error"`, 3*time.Minute)
	if s := eval[string](tb, state); s != "done" {
		tb.t.Fatal(tb.explain(errors.New("the generation failed")))
	}
}

// setSettings writes the app's settings before it starts (small token
// budgets keep the tests quick).
func (tb *tab) setSettings(js string) {
	tb.t.Helper()
	eval[any](tb, `localStorage.setItem("genui.settings", JSON.stringify(`+js+`)), 1`)
}
