package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/genui/genui/genui"
)

// quick are settings that keep generations short.
const quick = `{"temperature":0.7,"maxTokens":96,"theme":"light","width":"fit","backend":"svg"}`

// TestFirstVisit loads the app in a fresh browser: the model downloads
// with its progress on screen (bytes and percent), is checked and
// cached; a reload loads it from the cache.
func TestFirstVisit(t *testing.T) {
	f := shared(t)
	f.srv.throttle(15 * time.Millisecond)
	defer f.srv.throttle(0)
	tb := newTab(t, f)
	tb.do(chromedp.Navigate(f.srv.url))
	tb.waitFor("the download's progress", `(() => {
		const bar = document.querySelector("#model-progress");
		const label = document.querySelector("#model-progress-label");
		if (!bar || !label) return false;
		const v = +bar.getAttribute("aria-valuenow");
		return bar.dataset.phase === "download" && v > 0 && v < 100 && /MB of .* MB · \d+%/.test(label.textContent);
	})()`, time.Minute)
	label := eval[string](tb, `document.querySelector("#model-progress-label").textContent`)
	t.Logf("progress seen: %q", label)
	tb.waitReady()
	if chip := eval[string](tb, `document.querySelector("#model-status").dataset.state`); chip != "ready" {
		t.Errorf("model chip %q, want ready", chip)
	}
	// The model is stored before it is used: cached by the time it is ready.
	if !eval[bool](tb, `caches.open("genui-models").then(c => c.keys()).then(k => k.length === 1)`) {
		t.Error("the model is not in the Cache Storage")
	}
	// From the cache: no download phase this time.
	tb.do(chromedp.Reload())
	tb.waitFor("the reloaded page", `document.querySelector("#preview") !== null`, time.Minute)
	tb.waitReady()
}

// TestGenerate writes a spec and watches it stream: the preview updates
// before the end, and at the end draws exactly the spec in the JSON pane.
func TestGenerate(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.do(chromedp.Navigate(f.srv.url))
	tb.setSettings(quick)
	tb.open(f.srv.url)
	prompt := "A sign-in form with email, password and a Sign in button"
	tb.setPrompt(prompt)
	eval[any](tb, `(() => {
		const p = document.querySelector("#preview");
		window.seen = {renders: new Set(), partial: 0};
		new MutationObserver(() => {
			if (p.dataset.state !== "generating") return;
			window.seen.renders.add(p.dataset.renders);
			if (p.querySelector("svg [data-node]")) window.seen.partial++;
		}).observe(p, {attributes: true, childList: true, subtree: true});
		return 1;
	})()`)
	tb.generate()
	renders := eval[int](tb, `window.seen.renders.size`)
	partial := eval[int](tb, `window.seen.partial`)
	t.Logf("%d distinct render counts and %d DOM changes with components drawn while generating", renders, partial)
	if renders < 2 || partial < 1 {
		t.Errorf("the preview did not update while the model wrote (%d renders, %d partial drawings)", renders, partial)
	}
	text := eval[string](tb, `document.querySelector("#json").value`)
	spec, err := genui.Parse([]byte(text))
	if err != nil {
		t.Fatalf("the JSON pane holds no spec: %v\n%s", err, text)
	}
	drawn := eval[[]string](tb, `[...document.querySelectorAll("#preview svg [data-node]")].map(g => g.dataset.node)`)
	have := map[string]bool{}
	for _, p := range drawn {
		have[p] = true
	}
	for _, p := range pointers(spec) {
		if !have[p] {
			t.Errorf("node %s of the spec is not drawn (drawn: %v)", p, drawn)
		}
	}
	if f.trained {
		svgText := strings.ToLower(eval[string](tb, `document.querySelector("#preview svg").textContent`))
		for _, want := range []string{"email", "password", "sign in"} {
			if !strings.Contains(svgText, want) {
				t.Errorf("the preview of %q does not show %q", prompt, want)
			}
		}
	}
	if eval[string](tb, `document.querySelector("#preview").dataset.firstMs`) == "0" {
		t.Error("no time to the first drawn component was recorded")
	}
}

// pointers lists the JSON Pointers of a spec's nodes as render names them
// (fallbacks are drawn only for unknown types, so they are left out).
func pointers(s *genui.Spec) []string {
	var out []string
	var walk func(n *genui.Node, p string)
	walk = func(n *genui.Node, p string) {
		if n == nil {
			return
		}
		out = append(out, p)
		for i, c := range n.Children {
			walk(c, fmt.Sprintf("%s/children/%d", p, i))
		}
	}
	walk(s.Root, "/root")
	return out
}

// TestStop starts a generation with Ctrl+Enter and stops it with Escape:
// the state returns to done at once, the partial design stays, and no
// more tokens arrive.
func TestStop(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.do(chromedp.Navigate(f.srv.url))
	tb.setSettings(`{"temperature":1.2,"maxTokens":2000,"theme":"light","width":"fit","backend":"svg"}`)
	tb.open(f.srv.url)
	tb.setPrompt("A large admin dashboard with many tables, charts and forms")
	// A random model writes a short spec now and then: try a few seeds.
	// Ctrl+Enter generates, from the prompt box.
	for try := 1; ; try++ {
		tb.do(chromedp.Focus(chromedp.CSS("#prompt")), chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
		tb.waitFor("two streamed renders or the end", state+` !== "generating" || +document.querySelector("#preview").dataset.renders >= 2`, 2*time.Minute)
		if eval[string](tb, state) == "generating" {
			break
		}
		if try == 4 {
			t.Fatal("four generations in a row ended before they could be stopped")
		}
	}
	before := eval[int](tb, `document.querySelectorAll("#preview svg [data-node]").length`)
	start := time.Now()
	tb.do(chromedp.KeyEvent(kb.Escape))
	tb.waitFor("the stop", state+` === "done" && document.querySelector("#note") !== null`, 10*time.Second)
	t.Logf("stopped in %v", time.Since(start).Round(time.Millisecond))
	tokens := eval[string](tb, `document.querySelector("#preview").dataset.tokens`)
	note := eval[string](tb, `document.querySelector("#note")?.textContent || ""`)
	if !strings.Contains(note, "Stopped") {
		t.Errorf("note %q does not say the generation stopped", note)
	}
	if after := eval[int](tb, `document.querySelectorAll("#preview svg [data-node]").length`); after < before {
		t.Errorf("the partial design lost nodes: %d drawn before Stop, %d after", before, after)
	}
	tb.do(chromedp.Sleep(time.Second))
	if later := eval[string](tb, `document.querySelector("#preview").dataset.tokens`); later != tokens {
		t.Errorf("tokens kept arriving after Stop: %s then %s", tokens, later)
	}
}

// loginSpec is a design the tests write into the JSON pane.
const loginSpec = `{
  "version": 1,
  "title": "Sign in",
  "root": {
    "type": "card",
    "title": "Welcome back",
    "children": [
      {"type": "input", "inputType": "email", "label": "Email", "placeholder": "you@example.com"},
      {"type": "input", "inputType": "password", "label": "Password"},
      {"type": "checkbox", "label": "Remember me", "checked": true},
      {"type": "button", "text": "Sign in", "variant": "primary", "action": "submit"}
    ]
  }
}`

// setJSON types text into the JSON pane (as an edit would arrive).
func (tb *tab) setJSON(text string) {
	tb.t.Helper()
	eval[any](tb, fmt.Sprintf(`(() => { const t = document.querySelector("#json"); t.value = %q; t.dispatchEvent(new Event("input", {bubbles: true})); return 1 })()`, text))
}

// TestJSONEdit edits the spec by hand: a valid edit re-renders at once, a
// broken one is reported at its line and JSON Pointer while the last good
// drawing stays.
func TestJSONEdit(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.open(f.srv.url)
	tb.setJSON(loginSpec)
	tb.waitFor("the edited design", `document.querySelector("#preview svg")?.textContent.includes("Welcome back")`, 10*time.Second)
	if s := eval[string](tb, state); s != "done" {
		t.Errorf("state %q after a valid edit", s)
	}
	// A type error: the problem is listed with its line and pointer.
	tb.setJSON(strings.Replace(loginSpec, `"label": "Email"`, `"label": 42`, 1))
	tb.waitFor("the problem list", `document.querySelector("#problems li") !== null`, 10*time.Second)
	problem := eval[string](tb, `document.querySelector("#problems li").textContent`)
	pointer := eval[string](tb, `document.querySelector("#problems li").dataset.pointer`)
	if pointer != "/root/children/0/label" || !strings.Contains(problem, "Line 8") {
		t.Errorf("problem %q at %q, want line 8 at /root/children/0/label", problem, pointer)
	}
	if s := eval[string](tb, state); s != "error" || eval[string](tb, `document.querySelector("#preview").dataset.error`) == "" {
		t.Errorf("state %q without data-error", s)
	}
	if !eval[bool](tb, `document.querySelector("#preview svg").textContent.includes("Welcome back")`) {
		t.Error("the last valid drawing is gone")
	}
	// Broken JSON: located by line.
	tb.setJSON(strings.Replace(loginSpec, `"Sign in",`, `"Sign in"`, 1))
	tb.waitFor("the syntax error", `document.querySelector("#preview").dataset.error?.includes("line")`, 10*time.Second)
	// Fixed again.
	tb.setJSON(strings.Replace(loginSpec, "Welcome back", "Hello again", 1))
	tb.waitFor("the fixed design", `document.querySelector("#preview svg")?.textContent.includes("Hello again")`, 10*time.Second)
	if s := eval[string](tb, state); s != "done" {
		t.Errorf("state %q after the fix", s)
	}
}

// TestInteractivePreview clicks and types into the drawn controls: the
// checkbox toggles, the field takes text, the button's press is logged
// with the form's values.
func TestInteractivePreview(t *testing.T) {
	f := shared(t)
	tb := newTab(t, f)
	tb.open(f.srv.url)
	tb.setJSON(strings.Replace(loginSpec, `"type": "card",`, `"type": "form", "action": "login",`, 1))
	tb.waitFor("the form", `document.querySelector('#preview svg [data-node="/root/children/3"]') !== null`, 10*time.Second)
	click := func(ptr string) {
		tb.t.Helper()
		eval[any](tb, fmt.Sprintf(`(() => {
			const g = document.querySelector('#preview svg [data-node=%q]');
			const r = g.getBoundingClientRect();
			document.querySelector("#canvas").dispatchEvent(new MouseEvent("click", {bubbles: true, clientX: r.left + r.width / 2, clientY: r.bottom - 4}));
			return 1;
		})()`, ptr))
	}
	click("/root/children/2")
	tb.waitFor("the checkbox to toggle", `document.querySelector('#preview svg [data-node="/root/children/2"]').getAttribute("aria-checked") === "false"`, 5*time.Second)
	click("/root/children/0")
	tb.waitFor("the text field", `document.activeElement?.id === "proxy-input"`, 5*time.Second)
	tb.do(chromedp.SendKeys(chromedp.CSS("#proxy-input"), "ada@example.com"))
	tb.waitFor("the typed text", `document.querySelector('#preview svg [data-node="/root/children/0"]').textContent.includes("ada@example.com")`, 5*time.Second)
	click("/root/children/3")
	tb.do(chromedp.Click(chromedp.CSS("#event-log summary")))
	tb.waitFor("the press in the log", `document.querySelector("#event-log ol")?.textContent.includes("submit")`, 5*time.Second)
	log := eval[string](tb, `document.querySelector("#event-log ol").textContent`)
	for _, want := range []string{"toggle", "press", "ada@example.com", `"Remember me": false`} {
		if !strings.Contains(log, want) {
			t.Errorf("event log %q lacks %q", log, want)
		}
	}
}
