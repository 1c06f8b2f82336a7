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
    Promise.all(PRECACHE.map((url) => store(cache, url)))));
});

// store fetches one file of the build into the cache. A host may answer it
// with a redirect (Go's file server sends index.html to ./), and a browser
// refuses a redirected response for a page load: such a one is kept as a
// plain response with the same body.
async function store(cache, url) {
  const response = await fetch(new Request(url, { cache: "reload" }));
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  await cache.put(url, response.redirected ? new Response(await response.blob(),
    { status: response.status, statusText: response.statusText, headers: response.headers }) : response);
}

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

// Files of the build come from the cache, whatever their query ("./?utm=1"
// is the app). Anything else goes to the network as usual: another path of
// the scope is no page of the app, whose files it would name wrongly.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return await cache.match(request, { ignoreSearch: true }) || fetch(request);
  })());
});
