// Installed before any script of the page runs: records every way a
// script could make itself known (dialogs, console, network, navigation,
// string timers; Function and eval also meet the CSP) and every CSP violation, and the page's genui-action events.
(() => {
  const rec = { calls: [], violations: [], events: [] };
  Object.defineProperty(window, "__genuiRecord", { value: rec });
  const note = (what) => function (...args) { rec.calls.push(what + "(" + args.map((a) => String(a).slice(0, 80)).join(", ") + ")"); };
  for (const f of ["alert", "confirm", "prompt", "print", "open", "eval", "setTimeout", "setInterval"]) {
    const real = window[f];
    window[f] = f.startsWith("set") ? function (fn, ...rest) {
      if (typeof fn === "string") note(f)(fn);
      return real.call(this, fn, ...rest);
    } : note(f);
  }
  for (const f of ["log", "info", "warn", "error", "debug", "trace", "dir", "table"]) console[f] = note("console." + f);
  window.fetch = note("fetch");
  XMLHttpRequest.prototype.open = note("XMLHttpRequest.open");
  navigator.sendBeacon = note("sendBeacon");
  window.WebSocket = note("WebSocket");
  window.EventSource = note("EventSource");
  document.addEventListener("securitypolicyviolation", (e) => rec.violations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || "")));
  document.addEventListener("genui-action", (e) => rec.events.push({ action: e.detail.action, values: e.detail.values, json: e.detail.json }));
})();
