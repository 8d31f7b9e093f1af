// Records what the widgets report, for the test to read.
window.genuiEvents = [];
window.genuiLoaded = [];
document.addEventListener("genui-action", (e) => window.genuiEvents.push({ target: e.target.id, action: e.detail.action, values: e.detail.values }));
document.addEventListener("genui-load", (e) => window.genuiLoaded.push({ target: e.target.id, format: e.detail.format, ms: e.detail.ms }));
document.addEventListener("genui-error", (e) => window.genuiLoaded.push({ target: e.target.id, error: e.detail.message }));
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(e.violatedDirective + " " + e.blockedURI));
