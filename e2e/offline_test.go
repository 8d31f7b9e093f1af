package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestOffline loads the app once, stops the server, reloads and
// generates: the service worker serves the app, the Cache Storage the
// model. The test runs its own server, so stopping it stops nothing else.
func TestOffline(t *testing.T) {
	f := shared(t)
	srv, err := startServer(f.bundle, f.model)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.close()
	tb := newTab(t, f)
	tb.do(chromedp.Navigate(srv.url))
	tb.setSettings(quick)
	tb.open(srv.url)
	tb.waitFor("the service worker", `navigator.serviceWorker.controller !== null`, time.Minute)
	srv.close()
	tb.do(chromedp.Reload())
	tb.waitFor("the page offline", `document.querySelector("#preview") !== null`, time.Minute)
	tb.waitReady()
	tb.setPrompt("A newsletter signup with an email field")
	tb.generate()
	if n := eval[int](tb, `document.querySelectorAll("#preview svg [data-node]").length`); n == 0 {
		t.Error("nothing drawn offline")
	}
}
