package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestVariants generates four variants on the artboard: each frame
// streams its own design, the board pans and zooms, and a variant becomes
// the design.
func TestVariants(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.do(chromedp.Navigate(f.srv.url))
	tb.setSettings(`{"temperature":0.9,"maxTokens":64,"theme":"light","width":"fit","backend":"svg"}`)
	tb.open(f.srv.url)
	tb.setPrompt("A profile card with an avatar and a follow button")
	tb.do(chromedp.Click(chromedp.CSS("#variants")))
	tb.waitFor("the artboard", `document.querySelectorAll("#artboard .frame").length === 4`, 10*time.Second)
	if b := eval[string](tb, `document.querySelector("#backend-indicator").textContent`); b != "SVG" {
		t.Errorf("backend indicator %q", b)
	}
	tb.waitFor("four finished variants", `[...document.querySelectorAll("#artboard .frame .hint")].every(h => / s$/.test(h.textContent) || h.textContent.startsWith("failed"))`, 3*time.Minute)
	drawn := eval[int](tb, `[...document.querySelectorAll("#artboard .frame-canvas")].filter(c => c.querySelector("svg [data-node]")).length`)
	if drawn != 4 {
		t.Errorf("%d of 4 variants drawn: %s", drawn, eval[string](tb, `[...document.querySelectorAll("#artboard .frame .hint")].map(h => h.textContent).join(" | ")`))
	}
	tb.screenshot("variants-desktop-light.png")
	seeds := eval[[]string](tb, `[...document.querySelectorAll("#artboard .frame")].map(f => f.dataset.seed)`)
	if len(seeds) != 4 || seeds[0] == seeds[1] {
		t.Errorf("seeds %v", seeds)
	}
	before := eval[string](tb, `document.querySelector("#board").style.transform`)
	tb.do(chromedp.KeyEvent("+"))
	tb.waitFor("the zoom", `document.querySelector("#board").style.transform !== `+jsString(before), 5*time.Second)
	if z := eval[string](tb, `document.querySelector("#board-zoom").textContent`); z == "100%" {
		t.Errorf("zoom level %q after +", z)
	}
	eval[any](tb, `[...document.querySelectorAll("#artboard .frame button")].find(b => !b.disabled).click(), 1`)
	tb.waitFor("the chosen variant", `document.querySelector("#artboard") === null && document.querySelectorAll("#preview svg [data-node]").length > 0`, 10*time.Second)
	if note := eval[string](tb, `document.querySelector("#note")?.textContent || ""`); !strings.Contains(note, "is now the design") {
		t.Errorf("note %q", note)
	}
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// TestRefine asks for a change to a design. A trained model makes it; a
// random one writes a patch that may not apply: either way the page ends
// done, says what happened, and never shows an invalid spec.
func TestRefine(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.do(chromedp.Navigate(f.srv.url))
	tb.setSettings(quick)
	tb.open(f.srv.url)
	tb.setJSON(loginSpec)
	tb.waitFor("the design", `document.querySelector("#preview svg")?.textContent.includes("Welcome back")`, 10*time.Second)
	tb.do(chromedp.SendKeys(chromedp.CSS("#refine"), "make the button red"), chromedp.Click(chromedp.CSS("#refine-go")))
	tb.waitFor("the refinement", state+` === "done" && document.querySelector("#note") !== null`, 2*time.Minute)
	note := eval[string](tb, `document.querySelector("#note").textContent`)
	t.Logf("note: %q", note)
	if !strings.HasPrefix(note, "Refined") && !strings.Contains(note, "could not be made") {
		t.Errorf("note %q says neither", note)
	}
	if f.trained && !strings.HasPrefix(note, "Refined") {
		t.Error("the trained model's change did not apply")
	}
	if n := eval[int](tb, `document.querySelectorAll("#problems li[data-kind=error]").length`); n != 0 {
		t.Errorf("%d errors in the spec after refining", n)
	}
}

// TestOwnModel loads a GGUF file from disk in the settings: the app uses
// it, keeps it for the next visit, and generates with it.
func TestOwnModel(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.do(chromedp.Navigate(f.srv.url))
	tb.setSettings(quick)
	tb.open(f.srv.url)
	own := filepath.Join(t.TempDir(), "my-own-model.gguf")
	data, err := os.ReadFile(f.model.Path)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(own, data, 0o644)
	tb.do(chromedp.Click(chromedp.CSS("#open-settings")))
	tb.do(chromedp.SetUploadFiles(chromedp.CSS("#model-file"), []string{own}))
	tb.waitFor("the file's model", `document.querySelector("#model-status").dataset.state === "ready" && document.querySelector("#model-status").textContent.includes("my-own-model.gguf")`, time.Minute)
	tb.waitFor("the settings to remember the file by its hash", `JSON.parse(localStorage.getItem("genui.settings")).own?.sha256 === `+jsString(f.model.SHA256), 10*time.Second)
	tb.do(chromedp.Reload())
	tb.waitReady()
	tb.setPrompt("A todo list with three items")
	tb.generate()
}

// TestDamagedModelIsRefused serves a model whose bytes do not match the
// SHA-256 the app is given: the app downloads it twice, refuses it both
// times with a message, and never caches or uses it.
func TestDamagedModelIsRefused(t *testing.T) {
	f := shared(t)
	bad := *f.model
	bad.SHA256 = strings.Repeat("0", 64)
	srv, err := startServer(f.bundle, &bad)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.close()
	tb := newTab(t, f)
	tb.do(chromedp.Navigate(srv.url))
	tb.waitFor("the refusal", state+` === "error"`, 2*time.Minute)
	msg := eval[string](tb, `document.querySelector("#preview").dataset.error`)
	if !strings.Contains(msg, "SHA-256") || !strings.Contains(msg, "downloaded twice") {
		t.Errorf("message %q", msg)
	}
	if eval[bool](tb, `caches.open("genui-models").then(c => c.keys()).then(k => k.length > 0)`) {
		t.Error("the damaged model was cached")
	}
	if chip := eval[string](tb, `document.querySelector("#model-status").dataset.state`); chip != "error" {
		t.Errorf("model chip %q", chip)
	}
}
