// Sitrep's service worker: keeps the page working offline.
//
// Cache-first for the app shell (the page, its wasm, JS, CSS, manifest and
// icons). Each build gets its own cache, named after the build version; an
// activating worker deletes the caches of older builds. The first worker
// takes over at once; a newer one waits until the page says "skip-waiting"
// (its "update available" notice), so a page never runs a mix of versions.
//
// The next line is rewritten by scripts/sw-manifest.mjs (a Trunk post_build
// hook) with the real asset list and a content hash of the build, so nobody
// keeps it by hand. Paths are relative to this file: the app can live under
// any sub-path.
const BUILD = { version: "unbuilt", assets: ["./"] };

const PREFIX = "sitrep-";
const CACHE = PREFIX + BUILD.version;
const SHELL = new URL("./", self.location).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.assets.map((a) => new URL(a, self.location).href)))
      .then(() => (self.registration.active ? undefined : self.skipWaiting())),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit =
        (await cache.match(request, { ignoreSearch: true })) ||
        (request.mode === "navigate" ? await cache.match(SHELL) : undefined);
      return hit || fetch(request);
    }),
  );
});
