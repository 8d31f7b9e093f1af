package e2e

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBenchmark prints the app's speed in the browser when
// GENUI_E2E_BENCH=1; it asserts nothing about the numbers (timed tests
// flake), only that each was measured.
func TestBenchmark(t *testing.T) {
	if os.Getenv("GENUI_E2E_BENCH") != "1" {
		t.Skip("set GENUI_E2E_BENCH=1 to measure")
	}
	f := shared(t)
	tb := newTab(t, f)
	tb.do(chromedp.Navigate(f.srv.url))
	tb.setSettings(`{"temperature":0.7,"maxTokens":256,"theme":"light","width":"fit","backend":"svg"}`)
	tb.open(f.srv.url)
	cold := eval[float64](tb, `+document.querySelector("#preview").dataset.readyMs`)
	// Warm: the service worker and the Cache Storage have everything.
	tb.do(chromedp.Reload())
	tb.waitReady()
	warm := eval[float64](tb, `+document.querySelector("#preview").dataset.readyMs`)
	fmt.Printf("e2e bench: model %s (%.1f MB), Chromium %s\n", f.model.Name, float64(f.model.Size)/1e6, chromium)
	fmt.Printf("e2e bench: page open → ready: %.0f ms first visit (download included), %.0f ms warm\n", cold, warm)
	for i, prompt := range []string{
		"A sign-in form with email, password and a remember-me checkbox",
		"A contact form with name, email and a message",
		"A pricing card with three plans",
	} {
		tb.setPrompt(prompt)
		eval[any](tb, `(() => {
			window.longTasks = [];
			window.longObserver?.disconnect();
			window.longObserver = new PerformanceObserver(list => {
				if (document.querySelector("#preview").dataset.state === "generating")
					for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration));
			});
			window.longObserver.observe({type: "longtask"});
			return 1;
		})()`)
		tb.generate()
		tb.do(chromedp.Sleep(100 * time.Millisecond))
		d := eval[map[string]any](tb, `(() => { const p = document.querySelector("#preview").dataset; return {first: +p.firstMs, total: +p.totalMs, tps: +p.tps, tokens: +p.tokens, renders: +p.renders, long: window.longTasks} })()`)
		fmt.Printf("e2e bench: run %d: Generate → first component %.0f ms, → finished spec %.0f ms, %.0f tokens, %.1f tokens/s, %.0f renders, long tasks (>50 ms) while generating: %v\n",
			i+1, d["first"], d["total"], d["tokens"], d["tps"], d["renders"], d["long"])
		if d["total"].(float64) <= 0 {
			t.Errorf("run %d: no time measured", i+1)
		}
	}
}
