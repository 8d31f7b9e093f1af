package e2e

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/genui/genui/app/export"
	"github.com/genui/genui/genui"
)

// TestGallerySurvivesReload saves a design, reloads, and finds it in the
// gallery; renames, duplicates and deletes; and checks that a save the
// storage refuses keeps the version saved before, and says so.
func TestGallerySurvivesReload(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.open(f.srv.url)
	tb.setJSON(loginSpec)
	tb.waitFor("the design", `document.querySelector("#preview svg")?.textContent.includes("Welcome back")`, 10*time.Second)
	tb.do(chromedp.Click(chromedp.CSS("#save")))
	tb.waitFor("the save", `document.querySelector(".save-state")?.textContent === "Saved"`, 10*time.Second)

	tb.do(chromedp.Reload())
	tb.waitReady()
	tb.do(chromedp.Click(chromedp.CSS("#open-gallery")))
	tb.waitFor("the saved design", `document.querySelectorAll("#gallery-list .card").length === 1`, 10*time.Second)
	if name := eval[string](tb, `document.querySelector("#gallery-list .card-name").textContent`); name != "Sign in" {
		t.Errorf("saved design named %q", name)
	}
	// The draft survived too: the preview still shows the design.
	if !eval[bool](tb, `document.querySelector("#preview svg")?.textContent.includes("Welcome back")`) {
		t.Error("the working design is gone after the reload")
	}

	// Rename, duplicate, delete.
	button := func(card, label string) string {
		return fmt.Sprintf(`[...document.querySelectorAll("#gallery-list .card")].find(c => c.querySelector(".card-name")?.textContent === %q)`+
			`.querySelector(".card-actions").querySelectorAll("button").forEach(b => { if (b.textContent === %q) b.click() }), 1`, card, label)
	}
	eval[any](tb, button("Sign in", "Rename"))
	tb.waitFor("the name field", `document.activeElement?.id === "rename-input"`, 5*time.Second)
	eval[any](tb, `document.querySelector("#rename-input").select(), 1`)
	tb.do(chromedp.SendKeys(chromedp.CSS("#rename-input"), "Login v2\r"))
	tb.waitFor("the rename", `[...document.querySelectorAll("#gallery-list .card-name")].some(n => n.textContent === "Login v2")`, 10*time.Second)
	eval[any](tb, button("Login v2", "Duplicate"))
	tb.waitFor("the copy", `document.querySelectorAll("#gallery-list .card").length === 2`, 10*time.Second)
	eval[any](tb, `window.confirm = () => true, 1`)
	eval[any](tb, button("Login v2 copy", "Delete"))
	tb.waitFor("the delete", `document.querySelectorAll("#gallery-list .card").length === 1`, 10*time.Second)

	// Export all, then import the file into a fresh browser: the same designs.
	dl := downloads(t, tb)
	tb.do(chromedp.Click(chromedp.CSS("#export-all")))
	data := dl.wait("genui-gallery.json")
	if !strings.Contains(string(data), `"Login v2"`) {
		t.Errorf("export-all lacks the design:\n%s", data)
	}
	tb2 := newTab(t, f)
	tb2.open(f.srv.url)
	tb2.do(chromedp.Click(chromedp.CSS("#open-gallery")))
	tb2.do(chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{dl.path("genui-gallery.json")}))
	tb2.waitFor("the import", `document.querySelectorAll("#gallery-list .card").length === 1 && document.querySelector("#gallery-list .card-name").textContent === "Login v2"`, 10*time.Second)

}

// TestSaveOnFullStorage makes the browser refuse a save as a full disk
// would: the app says so and the version saved before stays. (Chromium's
// DevTools quota override does not make headless IndexedDB writes fail,
// so the test makes the store's put throw the QuotaExceededError a
// browser raises.)
func TestSaveOnFullStorage(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.open(f.srv.url)
	tb.setJSON(loginSpec)
	tb.waitFor("the design", `document.querySelector("#preview svg")?.textContent.includes("Welcome back")`, 10*time.Second)
	tb.do(chromedp.Click(chromedp.CSS("#save")))
	tb.waitFor("the save", `document.querySelector(".save-state")?.textContent === "Saved"`, 10*time.Second)

	eval[any](tb, `(() => {
		window.realPut = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
		return 1;
	})()`)
	tb.setJSON(strings.Replace(loginSpec, "Welcome back", strings.Repeat("A much longer greeting. ", 400), 1))
	tb.do(chromedp.Click(chromedp.CSS("#save")))
	tb.waitFor("the refused save", `document.querySelector("#toast")?.textContent.includes("previously saved version is kept")`, 10*time.Second)
	t.Logf("the app said: %q", eval[string](tb, `document.querySelector("#toast").textContent`))
	if s := eval[string](tb, `document.querySelector(".save-state").textContent`); s != "Not saved" {
		t.Errorf("save state %q", s)
	}
	eval[any](tb, `(IDBObjectStore.prototype.put = window.realPut), 1`)
	tb.do(chromedp.Click(chromedp.CSS("#open-gallery")))
	tb.waitFor("the gallery", `document.querySelectorAll("#gallery-list .card").length >= 1`, 10*time.Second)
	eval[any](tb, `document.querySelector("#gallery-list .thumb").click(), 1`)
	tb.waitFor("the saved version", `document.querySelector("#json").value.includes("Welcome back")`, 10*time.Second)
}

// downloader collects the tab's downloads in a folder.
type downloader struct {
	t   *testing.T
	dir string
}

func downloads(t *testing.T, tb *tab) *downloader {
	t.Helper()
	dir := t.TempDir()
	_, err := chromedp.CallBrowser(tb.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, BrowserContextID: chromedp.FromContext(tb.ctx).BrowserContextID,
	})
	if err != nil {
		t.Fatal(err)
	}
	return &downloader{t: t, dir: dir}
}

func (d *downloader) path(name string) string { return filepath.Join(d.dir, name) }

// wait returns the downloaded file once it is complete.
func (d *downloader) wait(name string) []byte {
	d.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(d.path(name)); err == nil && len(data) > 0 {
			return data
		}
		time.Sleep(50 * time.Millisecond)
	}
	d.t.Fatalf("no download %s", name)
	return nil
}

// TestExports downloads the design as SVG, PNG, JSON and HTML and checks
// each file.
func TestExports(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.open(f.srv.url)
	tb.setJSON(loginSpec)
	tb.waitFor("the design", `document.querySelector("#preview svg")?.textContent.includes("Welcome back")`, 10*time.Second)
	dl := downloads(t, tb)
	tb.do(chromedp.Click(chromedp.CSS("#open-export")))
	for _, format := range []string{"svg", "png", "json", "html"} {
		tb.do(chromedp.Click(chromedp.CSS("#export-" + format)))
		data := dl.wait("sign-in." + format)
		switch format {
		case "svg":
			d := xml.NewDecoder(bytes.NewReader(data))
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("SVG: %v", err)
				}
			}
			for _, want := range []string{"<svg", "Welcome back", "data:font/ttf;base64,"} {
				if !bytes.Contains(data, []byte(want)) {
					t.Errorf("SVG lacks %q", want)
				}
			}
		case "png":
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("PNG: %v", err)
			}
			if b := img.Bounds(); b.Dx() < 300 || b.Dy() < 200 {
				t.Errorf("PNG of %v", b)
			}
		case "json":
			var v map[string]any
			if err := json.Unmarshal(data, &v); err != nil || v["title"] != "Sign in" {
				t.Errorf("JSON: %v %v", err, v["title"])
			}
		case "html":
			page := string(data)
			for _, want := range []string{"<!doctype html>", "<svg", "Welcome back", `id="` + export.SpecScriptID + `"`, "Content-Security-Policy"} {
				if !strings.Contains(page, want) {
					t.Errorf("HTML lacks %q", want)
				}
			}
			i := strings.Index(page, `id="`+export.SpecScriptID+`">`)
			j := strings.Index(page[i:], "</script>")
			if _, err := genui.Parse([]byte(page[i+len(`id="`+export.SpecScriptID+`">`) : i+j])); err != nil {
				t.Errorf("the page's spec: %v", err)
			}
		}
	}
	snippet := eval[string](tb, `document.querySelector("#embed-snippet").value`)
	if !strings.Contains(snippet, "/embed.js") || !strings.Contains(snippet, "<genui-widget") || !strings.Contains(snippet, `"Welcome back"`) {
		t.Errorf("embed snippet:\n%s", snippet)
	}
}
