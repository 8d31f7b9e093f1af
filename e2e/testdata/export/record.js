// Records what the widgets report, for the test to read.
window.genuiLoaded = [];
window.genuiEvents = [];
document.addEventListener("genui-load", (e) => window.genuiLoaded.push({ target: e.target.id, ms: e.detail.ms }));
document.addEventListener("genui-error", (e) => window.genuiLoaded.push({ target: e.target.id, error: e.detail.message }));
document.addEventListener("genui-action", (e) => window.genuiEvents.push({ target: e.target.id, action: e.detail.action, values: e.detail.values }));
