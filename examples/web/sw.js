// The browser tool's service worker: keeps the page, the package's JavaScript and the .wasm so
// the tool reloads and works offline. Network first (a new version is picked up when online),
// the cached copy when the network fails. Nothing typed is ever sent: the page only fetches
// its own files.
const CACHE = "umkm-tool-v2";
const FILES = [
  "/",
  "/index.html",
  "/app.js",
  "/style.css",
  "/manifest.webmanifest",
  "/icon.svg",
  "/umkm/id-init.js",
  "/umkm/loader.js",
  "/umkm/module-id.js",
  "/umkm/id-api.js",
  "/umkm/errors.js",
  "/umkm/identifiers.js",
  "/umkm/wasm/umkm_id_wasm.js",
  "/umkm/wasm/umkm_id_wasm_bg.wasm",
  // The full module, fetched by the page when first needed; kept for offline use.
  "/umkm/init.js",
  "/umkm/module-full.js",
  "/umkm/api.js",
  "/umkm/wasm/umkm_wasm.js",
  "/umkm/wasm/umkm_wasm_bg.wasm",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true })),
  );
});
