// Offline support, written into the built site by sitegen (see sitegen/offline.py).
// One cache per release, named by a hash of the site's files: a deploy that changes
// anything installs a new cache and deletes the old one.
const VERSION = "__VERSION__";
const CACHE = `thank-you-notes-${VERSION}`;
const SHELL = __SHELL__;
const RUNTIME = __RUNTIME__;
const scope = new URL("./", self.location).href;
const url = (path) => new URL(path, scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL.map(url))));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("thank-you-notes-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The builder page asks for the runtime once Python has started: the files are then
// in the browser's HTTP cache, so this costs no second download.
self.addEventListener("message", (event) => {
  if (event.data === "cache-runtime") {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(RUNTIME.map(url))));
  }
});

async function fromNetwork(request, cache) {
  const response = await fetch(request);
  if (response.ok && response.type === "basic") await cache.put(request, response.clone());
  return response;
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === "navigate") {
    try {
      return await fromNetwork(request, cache);
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  }
  return (await cache.match(request)) ?? fromNetwork(request, cache);
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  event.respondWith(respond(request));
});
