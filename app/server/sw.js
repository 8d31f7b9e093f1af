// genui's service worker: go-app's template (https://go-app.dev), with
// three changes. Installation waits for the app shell to be cached
// (event.waitUntil), so a reload right after the first visit works
// offline. Activation deletes only the app shell caches of older versions
// ("app-…"): the model caches ("genui-…") belong to the page, which
// checks a model's SHA-256 before storing it. Page loads (navigations)
// match their cached page whatever the query string.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await cache.addAll(resourcesToCache);
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(
        keys
          .filter((key) => key.startsWith("app-") && key !== cacheName)
          .map((key) => caches.delete(key))
      );
      await self.clients.claim();
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(fromCache(request));
});

async function fromCache(request) {
  const options = request.mode === "navigate" ? { ignoreSearch: true } : {};
  const cached = await caches.match(request, options);
  if (cached) {
    return cached;
  }
  return fetch(request);
}
