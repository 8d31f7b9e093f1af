package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// showcase is the design the screenshots show: one that exercises most
// of the catalog, so that a look at the pictures judges the whole app.
const showcase = `{
  "version": 1,
  "title": "Team settings",
  "root": {
    "type": "column",
    "gap": "lg",
    "children": [
      {"type": "heading", "text": "Team settings", "level": 2},
      {"type": "text", "text": "Manage who can see and change your workspace."},
      {"type": "row", "gap": "md", "children": [
        {"type": "stat", "label": "Members", "text": "24", "delta": "+3 this month"},
        {"type": "stat", "label": "Seats left", "text": "6"}
      ]},
      {"type": "card", "title": "Invite a teammate", "children": [
        {"type": "input", "inputType": "email", "label": "Email", "placeholder": "name@company.com"},
        {"type": "select", "label": "Role", "options": ["Viewer", "Editor", "Admin"], "value": "Editor"},
        {"type": "switch", "label": "Send a welcome email", "checked": true},
        {"type": "row", "justify": "end", "gap": "sm", "children": [
          {"type": "button", "text": "Cancel", "variant": "ghost"},
          {"type": "button", "text": "Send invite", "variant": "primary", "action": "invite"}
        ]}
      ]}
    ]
  }
}`

// TestScreenshots saves the main screen at desktop and phone widths, in
// light and dark, under e2e/artifacts/ (git-ignored) for people to look
// at: the pictures are the design review.
func TestScreenshots(t *testing.T) {
	f := shared(t)
	for _, theme := range []string{"light", "dark"} {
		for _, size := range []struct {
			name string
			w, h int64
		}{{"desktop", 1440, 900}, {"phone", 390, 844}} {
			tb := newTab(t, f)
			tb.do(chromedp.EmulateViewport(size.w, size.h), chromedp.Navigate(f.srv.url))
			tb.setSettings(fmt.Sprintf(`{"temperature":0.7,"maxTokens":96,"theme":%q,"width":"fit","backend":"svg"}`, theme))
			tb.open(f.srv.url)
			eval[any](tb, `(() => { const p = document.querySelector("#prompt"); p.value = "Team settings with member stats and an invite form"; p.dispatchEvent(new Event("input")); return 1 })()`)
			tb.setJSON(showcase)
			tb.waitFor("the showcase", `document.querySelector("#preview svg")?.textContent.includes("Send invite")`, 10*time.Second)
			tb.do(chromedp.Sleep(300 * time.Millisecond))
			tb.screenshot(fmt.Sprintf("main-%s-%s.png", size.name, theme))
			if size.name == "desktop" && theme == "light" {
				tb.do(chromedp.Click(chromedp.CSS("#save")))
				tb.waitFor("the save", `document.querySelector(".save-state")?.textContent === "Saved"`, 10*time.Second)
				for _, panel := range []string{"gallery", "settings", "export"} {
					tb.do(chromedp.Click(chromedp.CSS("#open-" + panel)))
					tb.waitFor("the "+panel, `document.querySelector("#`+panel+`") !== null && document.querySelectorAll("#`+panel+` img, #`+panel+` button").length > 0`, 10*time.Second)
					tb.do(chromedp.Sleep(400 * time.Millisecond))
					tb.screenshot(panel + "-desktop-light.png")
					tb.do(chromedp.KeyEvent(kb.Escape))
					tb.waitFor("the closed "+panel, `document.querySelector("#`+panel+`") === null`, 5*time.Second)
				}
			}
		}
	}
}

// screenshot saves the tab's viewport under e2e/artifacts/.
func (tb *tab) screenshot(name string) {
	tb.t.Helper()
	if err := os.MkdirAll("artifacts", 0o755); err != nil {
		tb.t.Fatal(err)
	}
	shot, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Fatal(err)
	}
	path := filepath.Join("artifacts", name)
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	tb.t.Logf("saved %s", path)
}
