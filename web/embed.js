// <genui-widget>: a genui spec, Adaptive Card or A2UI document drawn in
// any page from one script tag.
//
//   <script src="https://HOST/embed.js" defer></script>
//   <genui-widget src="spec.json" theme="auto" width="480"></genui-widget>
//   <genui-widget fluid><script type="application/genui+json">{…}</script></genui-widget>
//
// The widget draws into a shadow root (page CSS cannot reach it, it cannot
// reach the page) with the renderer-only wasm next to this script
// (embed/genui.wasm), loaded once per page. Clicking a button dispatches
//   new CustomEvent("genui-action", {detail: {action, values, json}, bubbles, composed})
// on the element; values are the form's fields by node id.
//
// Theming: set the design tokens as CSS custom properties on the element
// (or anything it inherits from), in light and dark alike:
//   genui-widget { --genui-accent: #e11d48; --genui-surface: #fafaf9;
//                  --genui-text: #1c1917; --genui-border: #e7e5e4; --genui-radius: 4px }
// Every token of the renderer's table has one (--genui-page, -muted,
// -text-muted, -input, -accent-fg, -accent-hover, -ring, -shadow, -danger,
// -danger-fg, -thumb, --genui-TONE-text|bg|border|solid for the tones
// neutral, info, success, warning and danger, --genui-chart-1 … 8; see
// package components). Any CSS colour and length works; the widget
// resolves them and draws with them, so they reach every shape, not just
// a few. Unset properties keep the theme's own values, and with none set
// the drawing is exactly the plain light or dark one. The widget reads
// them when it draws: on load, resize, interaction, a change of its
// theme, style or class attribute, and when refresh() is called.
//
// No eval, no inline script: it works under script-src 'self'
// 'wasm-unsafe-eval' when the page serves these files.
(() => {
  "use strict";
  if (customElements.get("genui-widget")) return;
  const here = new URL(document.currentScript ? document.currentScript.src : "embed.js", location.href);
  const base = new URL("embed/", here);
  const t0 = performance.now();

  // Fonts are declared on the document: Chromium ignores @font-face in
  // shadow roots. The family names are genui's own.
  const fonts = new CSSStyleSheet();
  for (const [file, weight] of [["Go-Regular", 400], ["Go-Medium", 500], ["Go-Bold", 700]]) {
    fonts.insertRule(`@font-face{font-family:"Go";font-weight:${weight};src:url("${new URL("fonts/" + file + ".ttf", base)}") format("truetype")}`);
  }
  fonts.insertRule(`@font-face{font-family:"Go Mono";src:url("${new URL("fonts/Go-Mono.ttf", base)}") format("truetype")}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, fonts];

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
:host{display:block;position:relative;contain:content;max-width:100%}
:host([hidden]){display:none}
.frame{position:relative;line-height:0}
svg{display:block;max-width:100%;height:auto}
[data-interact]{cursor:pointer}
[data-interact="edit"]{cursor:text}
.field{position:absolute;box-sizing:border-box;margin:0;border:0;outline:none;background:transparent;
  font:14px/20px "Go",sans-serif;padding:0 12px;color:transparent;caret-color:var(--genui-fg,#09090b)}
textarea.field{padding:8px 12px;resize:none}
.dark .field{caret-color:var(--genui-text,#fafafa)}
.probe{position:absolute;visibility:hidden;height:0;overflow:hidden}
select.field{opacity:0;cursor:pointer}
.error{font:13px/18px sans-serif;color:#b91c1c;padding:8px;border:1px solid #fecaca;border-radius:6px;background:#fef2f2}
`);

  // Token values as the renderer reads them: colours as #rrggbbaa (any CSS
  // colour, resolved by painting one canvas pixel), the radius in px
  // (any CSS length, resolved by a hidden probe's computed width).
  const resolved = new Map();
  let pixel = null;
  function colourValue(v) {
    if (!CSS.supports("color", v)) return "";
    pixel = pixel || document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    pixel.clearRect(0, 0, 1, 1);
    pixel.fillStyle = v;
    pixel.fillRect(0, 0, 1, 1);
    return "#" + Array.from(pixel.getImageData(0, 0, 1, 1).data, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  function lengthValue(v, probe) {
    if (!CSS.supports("width", v)) return "";
    probe.style.width = v;
    const px = parseFloat(getComputedStyle(probe).width);
    return Number.isFinite(px) ? String(Math.min(Math.max(px, 0), 64)) : "";
  }

  let runtime = null;
  function loadRuntime() {
    if (runtime) return runtime;
    runtime = new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = new URL("wasm_exec.js", base).href;
      s.onload = async () => {
        try {
          const go = new Go();
          globalThis.genuiEmbedReady = () => resolve(globalThis.genuiEmbed);
          const url = new URL("genui.wasm", base);
          let inst;
          if (WebAssembly.instantiateStreaming) {
            inst = (await WebAssembly.instantiateStreaming(fetch(url), go.importObject)).instance;
          } else {
            const bytes = await (await fetch(url)).arrayBuffer();
            inst = (await WebAssembly.instantiate(bytes, go.importObject)).instance;
          }
          go.run(inst);
        } catch (e) { reject(e); }
      };
      s.onerror = () => reject(new Error("genui: cannot load " + s.src));
      document.head.appendChild(s);
    });
    return runtime;
  }

  class GenuiWidget extends HTMLElement {
    static get observedAttributes() { return ["src", "theme", "width", "fluid"]; }

    constructor() {
      super();
      this._root = this.attachShadow({ mode: "open" });
      this._root.adoptedStyleSheets = [sheet];
      this._frame = document.createElement("div");
      this._frame.className = "frame";
      this._canvas = document.createElement("div"); // holds the SVG, redrawn whole
      this._frame.appendChild(this._canvas);
      this._probe = Object.assign(document.createElement("div"), { className: "probe" });
      this._root.append(this._frame, this._probe);
      this._id = 0;
      this._field = null;
      this._frame.addEventListener("click", (e) => this._click(e));
    }

    connectedCallback() {
      this._load();
      if (!this._resize) {
        this._resize = new ResizeObserver(() => { if (this.hasAttribute("fluid")) this._draw(); });
        this._resize.observe(this);
      }
      if (!this._dark) {
        this._dark = matchMedia("(prefers-color-scheme: dark)");
        this._dark.addEventListener("change", () => this._draw());
      }
      if (!this._restyle) {
        this._restyle = new MutationObserver(() => this._draw());
        this._restyle.observe(this, { attributes: true, attributeFilter: ["style", "class"] });
      }
    }

    disconnectedCallback() {
      if (this._resize) { this._resize.disconnect(); this._resize = null; }
      if (this._restyle) { this._restyle.disconnect(); this._restyle = null; }
      if (this._api && this._id) { this._api.close(this._id); this._id = 0; }
    }

    attributeChangedCallback(name, old, val) {
      if (old === val || !this.isConnected) return;
      if (name === "src") this._load(); else this._draw();
    }

    get theme() {
      const t = this.getAttribute("theme") || "light";
      if (t === "auto") return this._dark && this._dark.matches ? "dark" : "light";
      return t === "dark" ? "dark" : "light";
    }

    // refresh draws again, with the custom properties as they are now
    // (for hosts that change them on an ancestor).
    refresh() { this._draw(); }

    // themeName is the renderer's theme name: the base theme and the
    // design tokens the host sets as custom properties.
    _themeName() {
      let name = this.theme;
      const cs = getComputedStyle(this);
      for (const prop of this._api.vars) {
        const raw = cs.getPropertyValue(prop).trim();
        if (!raw) continue;
        const key = prop + "\n" + raw;
        let v = resolved.get(key);
        if (v === undefined) {
          v = prop === "--genui-radius" ? lengthValue(raw, this._probe) : colourValue(raw);
          if (resolved.size > 256) resolved.clear();
          resolved.set(key, v);
        }
        if (v) name += ";" + prop + ":" + v;
      }
      return name;
    }

    get renderWidth() {
      if (this.hasAttribute("fluid") || !this.hasAttribute("width")) {
        const w = this.clientWidth || this.parentElement?.clientWidth || 480;
        return this.hasAttribute("fluid") ? w : Math.min(w, 480);
      }
      return Number(this.getAttribute("width")) || 480;
    }

    async _text() {
      const src = this.getAttribute("src");
      if (src) {
        const r = await fetch(new URL(src, document.baseURI));
        if (!r.ok) throw new Error(`genui: ${src}: ${r.status} ${r.statusText}`);
        return r.text();
      }
      const inline = this.querySelector('script[type="application/genui+json"]');
      if (inline) return inline.textContent;
      if (this.hasAttribute("prompt")) {
        throw new Error("genui: prompt needs the genui model worker, which this build of embed.js does not load yet");
      }
      throw new Error("genui: no spec: give src= or an inline <script type=\"application/genui+json\">");
    }

    async _load() {
      const seq = (this._seq = (this._seq || 0) + 1);
      try {
        const [api, text] = await Promise.all([loadRuntime(), this._text()]);
        if (seq !== this._seq) return;
        this._api = api;
        if (this._id) api.close(this._id);
        const r = api.open(text);
        if (r.error) throw new Error(r.error);
        this._id = r.id;
        this.format = r.format;
        this.warnings = Array.from(r.warnings);
        this._draw();
        this.dispatchEvent(new CustomEvent("genui-load", {
          detail: { format: r.format, warnings: this.warnings, ms: performance.now() - t0 }, bubbles: true, composed: true,
        }));
      } catch (e) {
        this._canvas.replaceChildren(Object.assign(document.createElement("div"), { className: "error", textContent: String(e.message || e) }));
        this.dispatchEvent(new CustomEvent("genui-error", { detail: { message: String(e.message || e) }, bubbles: true, composed: true }));
      }
    }

    _draw() {
      if (!this._api || !this._id) return;
      const r = this._api.draw(this._id, this.renderWidth, this._themeName());
      if (r.error) return;
      this._frame.classList.toggle("dark", this.theme === "dark");
      // The SVG comes from genui's own encoder: every spec value in it is
      // escaped, no script or handler can be in it. A native field open
      // over it lives beside it and keeps its focus.
      this._canvas.innerHTML = r.svg.replace(/^<\?xml[^>]*>\s*/, "");
      this._svg = this._canvas.querySelector("svg");
      this._renderedWidth = r.width;
    }

    _point(e) {
      const box = this._svg.getBoundingClientRect();
      const s = this._renderedWidth / box.width;
      return [(e.clientX - box.left) * s, (e.clientY - box.top) * s, s];
    }

    _click(e) {
      if (!this._svg || e.target === this._field) return;
      const [x, y, s] = this._point(e);
      const hit = this._api.pointer(this._id, x, y);
      switch (hit.kind) {
        case "press": {
          e.preventDefault();
          const values = JSON.parse(JSON.stringify(hit.values));
          this._closeField();
          this._draw();
          this.dispatchEvent(new CustomEvent("genui-action", {
            detail: { action: hit.action, values, json: JSON.stringify(values) }, bubbles: true, composed: true,
          }));
          return;
        }
        case "edit":
          this._draw();
          this._openField(hit, s, hit.multiline ? "textarea" : "input");
          return;
        case "expand":
          this._draw();
          this._openField(hit, s, "select");
          return;
        case "follow":
          return; // the <a> in the SVG follows itself
        case "none":
          this._closeField();
          this._draw();
          return;
        default:
          this._closeField();
          this._draw();
      }
    }

    // A native field over the drawn one takes the typing (keyboards, IME,
    // selection and autofill all work); the drawing shows the value.
    _openField(hit, s, tag) {
      this._closeField();
      const f = document.createElement(tag);
      f.className = "field";
      const r = hit.rect;
      const labelH = tag === "textarea" ? 0 : Math.max(0, r.h - 36);
      Object.assign(f.style, {
        left: r.x / s + "px", top: (r.y + labelH) / s + "px",
        width: r.w / s + "px", height: (r.h - labelH) / s + "px",
      });
      f.setAttribute("aria-label", hit.ptr);
      if (tag === "select") {
        for (const o of Array.from(hit.options || [])) f.add(new Option(o, o, false, o === hit.value));
        f.addEventListener("change", () => { this._api.input(this._id, hit.ptr, f.value); this._closeField(); this._draw(); });
      } else {
        if (hit.inputType === "password") f.type = "password";
        f.value = hit.value || "";
        f.addEventListener("input", () => { this._api.input(this._id, hit.ptr, f.value); this._draw(); });
      }
      f.addEventListener("blur", () => setTimeout(() => { if (this._field === f) { this._closeField(); this._api.blur(this._id); this._draw(); } }, 0));
      this._field = f;
      this._frame.appendChild(f);
      f.focus();
    }

    _closeField() {
      if (this._field) { const f = this._field; this._field = null; f.remove(); }
    }
  }

  customElements.define("genui-widget", GenuiWidget);
})();
