// The script of a standalone genui page (app/export): it makes the drawn
// design interactive from the views, controls and variants the page
// carries. Text fields get a native field over the drawing; toggles,
// options, selects, sliders and tabs swap in the drawing of their new
// state; a press dispatches "genui-action" {action, values, json} (as
// <genui-widget> does) and adds a line to the event log. It reads only
// the page's own data: no eval, no innerHTML, no network.
(() => {
  "use strict";
  const root = document.getElementById("genui");
  const parts = JSON.parse(document.getElementById("genui-parts").textContent);
  const variants = Array.from(document.querySelectorAll("template[data-variant]"), (t) => t.content);
  const views = Array.from(root.querySelectorAll(".view"));
  const log = document.getElementById("genui-log");
  const fields = new Map(parts.fields.map((f) => [f.ptr, f]));
  const values = new Map(); // what a person made of each field, by pointer
  let cur = 0;
  const natives = new Map(); // the native fields over the current view, by pointer

  const value = (ptr) => (values.has(ptr) ? values.get(ptr) : fields.has(ptr) ? fields.get(ptr).value : "");
  const changed = (ptr) => values.has(ptr) && fields.has(ptr) && values.get(ptr) !== fields.get(ptr).value;
  const control = (ptr) => parts.views[cur].controls.find((c) => c.ptr === ptr);

  // group returns the drawing of control c in the current view.
  function group(c) {
    return views[cur].querySelector(`[data-node="${CSS.escape(c.ptr)}"][data-type="${CSS.escape(c.type)}"]`);
  }

  // focusable lets the keyboard reach the drawn controls under el that
  // have no native field: Tab to them, Enter or Space to use them.
  function focusable(el) {
    for (const g of [el, ...el.querySelectorAll("[data-interact]")]) {
      if (/^(press|toggle|choose|tab)$/.test(g.getAttribute("data-interact") || "")) g.setAttribute("tabindex", "0");
    }
  }

  // put shows slot k of control c, when the page has that drawing.
  function put(c, k) {
    if (c.shown === undefined) c.shown = c.base;
    const i = c.variants[k];
    if (k === c.shown || i === undefined || i < 0) return k === c.shown;
    const g = group(c);
    if (!g) return false;
    const focused = g.contains(document.activeElement) ? Array.from(g.querySelectorAll("[tabindex]")).indexOf(document.activeElement) : -2;
    const n = variants[i].firstElementChild.firstElementChild.cloneNode(true);
    focusable(n);
    g.replaceWith(n);
    if (focused > -2) (focused < 0 ? n : n.querySelectorAll("[tabindex]")[focused] || n).focus();
    c.shown = k;
    return true;
  }

  function nearest(stops, v) {
    let best = 0;
    stops.forEach((s, i) => { if (Math.abs(s - v) < Math.abs(stops[best] - v)) best = i; });
    return best;
  }

  function place(el, c, cls) {
    el.className = cls;
    const b = c.box;
    Object.assign(el.style, { left: b[0] + "px", top: b[1] + "px", width: b[2] + "px", height: b[3] + "px" });
    views[cur].appendChild(el);
    natives.set(c.ptr, el);
  }

  // restore draws control c as its value is now and puts its native field.
  function restore(c) {
    const v = value(c.ptr);
    switch (c.kind) {
      case "toggle":
        put(c, v ? 1 : 0);
        break;
      case "choose":
        put(c, c.options.indexOf(v));
        break;
      case "expand": {
        put(c, c.options.indexOf(v));
        const s = document.createElement("select");
        s.setAttribute("aria-label", c.name || c.ptr);
        for (const o of c.options) s.add(new Option(o, o, false, o === v));
        if (!c.options.includes(v)) s.selectedIndex = -1;
        s.addEventListener("change", () => { values.set(c.ptr, s.value); put(c, c.options.indexOf(s.value)); });
        place(s, c, "pick");
        break;
      }
      case "slide": {
        const r = document.createElement("input");
        r.type = "range";
        r.min = String(c.stops[0]);
        r.max = String(c.stops[c.stops.length - 1]);
        r.step = c.stops.length > 1 ? String(c.stops[1] - c.stops[0]) : "any";
        r.value = String(v);
        r.setAttribute("aria-label", c.name || c.ptr);
        if (changed(c.ptr)) put(c, nearest(c.stops, v));
        r.addEventListener("input", () => { values.set(c.ptr, Number(r.value)); put(c, nearest(c.stops, Number(r.value))); });
        place(r, c, "pick slide");
        break;
      }
      case "edit":
        edit(c, v);
        break;
    }
  }

  // edit puts a native field over a drawn one. At rest and unchanged the
  // drawing shows the text; focused or changed, the drawing shows an empty
  // field (with the focus ring while focused) and the native field the text.
  function edit(c, v) {
    const f = document.createElement(c.multiline ? "textarea" : "input");
    if (!c.multiline) f.type = c.inputType === "password" ? "password" : "text";
    f.value = String(v);
    f.placeholder = c.placeholder || "";
    f.spellcheck = false;
    f.setAttribute("aria-label", c.name || c.ptr);
    const paint = () => {
      const focused = document.activeElement === f;
      const k = focused ? 1 : changed(c.ptr) ? 0 : 2;
      const drawn = put(c, k) || (k === 1 && put(c, 0));
      f.classList.toggle("shown", k !== 2);
      f.classList.toggle("plain", k !== 2 && !drawn);
    };
    f.addEventListener("input", () => { values.set(c.ptr, f.value); paint(); });
    f.addEventListener("focus", paint);
    f.addEventListener("blur", paint);
    place(f, c, "field");
    if (c.pad) f.style.padding = c.pad.map((p) => p + "px").join(" ");
    if (c.font) f.style.fontSize = c.font + "px";
    if (c.lineHeight) f.style.lineHeight = c.lineHeight + "px";
    paint();
  }

  function show(v) {
    for (const n of natives.values()) n.remove();
    natives.clear();
    views[cur].hidden = true;
    cur = v;
    views[cur].hidden = false;
    focusable(views[cur]);
    for (const c of parts.views[cur].controls) restore(c);
  }

  // fire reports a press with the values of its form (or of the design).
  function fire(action, ptr) {
    let form = "/root";
    for (const f of parts.forms) {
      if ((ptr === f || ptr.startsWith(f + "/")) && f.length > form.length) form = f;
    }
    const out = Object.fromEntries(parts.fields
      .filter((f) => f.ptr === form || f.ptr.startsWith(form + "/"))
      .map((f) => [f.key, value(f.ptr)]));
    const json = JSON.stringify(out);
    root.dispatchEvent(new CustomEvent("genui-action", { detail: { action, values: out, json }, bubbles: true, composed: true }));
    const li = document.createElement("li");
    li.textContent = (action || "(no action)") + " " + json;
    log.appendChild(li);
    log.parentElement.hidden = false;
  }

  // hit returns the interactive group a click is on: the one holding what
  // it hit, else the last drawn whose box holds the point (a click between
  // a switch's label and its track, say), as render.List.HitTest does.
  function hit(e) {
    const g = e.target.closest && e.target.closest("[data-interact]");
    if (g) return views[cur].contains(g) ? g : null;
    const svg = views[cur].querySelector("svg");
    if (!svg || !svg.contains(e.target)) return null;
    const r = svg.getBoundingClientRect();
    const s = svg.width.baseVal.value / r.width;
    const x = (e.clientX - r.left) * s, y = (e.clientY - r.top) * s;
    let found = null;
    for (const c of svg.querySelectorAll("[data-interact]")) {
      const b = c.getBBox();
      if (x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height) found = c;
    }
    return found;
  }

  root.addEventListener("click", (e) => {
    const g = hit(e);
    if (!g) return;
    const ptr = g.getAttribute("data-node") || "";
    switch (g.getAttribute("data-interact")) {
      case "press":
        e.preventDefault();
        fire(g.getAttribute("data-action") || "", ptr);
        break;
      case "toggle": {
        const c = control(ptr);
        if (c) { values.set(ptr, !value(ptr)); restore(c); }
        break;
      }
      case "choose": {
        const c = control(ptr);
        const opts = c && group(c) ? Array.from(group(c).querySelectorAll('[data-interact="choose"]')) : [];
        const i = opts.indexOf(g);
        if (i >= 0 && i < c.options.length) { values.set(ptr, c.options[i]); restore(c); }
        break;
      }
      case "tab": {
        const to = parts.views[cur].tabs[ptr];
        if (Object.hasOwn(parts.views[cur].tabs, ptr) && to !== cur) show(to);
        break;
      }
      case "edit":
        if (natives.has(ptr)) natives.get(ptr).focus();
        break;
    }
  });

  root.addEventListener("keydown", (e) => {
    if ((e.key === "Enter" || e.key === " ") && e.target.hasAttribute && e.target.hasAttribute("data-interact")) {
      e.preventDefault();
      e.target.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    }
  });

  show(0);
})();
