// sw.js is spantag's service worker: it caches every file of one build, so
// that after one visit the app opens with no network. build.go fills in
// PRECACHE (the build's files, relative to this script) and BUILD_ID.
//
// A new build installs beside the running one and waits; the page offers to
// reload into it ("skip-waiting"), and its activation deletes the old cache.

const CACHE = `spantag-${BUILD_ID}`;

// The files are fetched past the browser's HTTP cache: index.html has no
// hash in its name, and a stale copy of it there would name the files of the
// old build, which the new cache does not hold.
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith("spantag-") && key !== CACHE) {
        await caches.delete(key);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

// Files of the build come from the cache; a page (navigation) request for a
// URL of this scope gets the cached index.html. Anything else goes to the
// network as usual.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true }) ||
      (request.mode === "navigate" ? await cache.match("./") : undefined);
    return hit || fetch(request);
  })());
});
