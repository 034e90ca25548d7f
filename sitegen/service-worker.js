// Offline support, written into the built site by sitegen (see sitegen/offline.py).
//
// Two kinds of file, two caches. A revisioned file's name carries a hash of its content
// (sitegen/revision.py), so one name always means the same bytes: these are served
// from the cache first, and kept in one cache that every release shares, so a deploy
// downloads only the files that changed. Everything else (pages, the search index,
// icons) keeps its name across releases: it comes from the network first, checked
// with the server, and from this release's own cache only when offline. A page thus
// never runs a script, style or runtime file of another release: it asks by names that
// only its own release has.
const VERSION = "__VERSION__";
const PREFIX = "thank-you-notes-";
const PAGES = `${PREFIX}pages-${VERSION}`;
const FILES = `${PREFIX}files`;
const RELEASE = __RELEASE__; // this release's unrevisioned files, cached at install
const SHELL = __SHELL__; // its revisioned scripts and styles, cached at install
const RUNTIME = __RUNTIME__; // its revisioned runtime, cached once the builder has run
const REVISIONED = new RegExp(__REVISIONED__);
const scope = new URL("./", self.location).href;
const url = (path) => new URL(path, scope).href;

// Fetch what the cache lacks. Revisioned files may come from the browser's HTTP cache,
// as a name cannot hold stale content.
async function addMissing(cache, urls) {
  const missing = [];
  for (const each of urls) if (!(await cache.match(each))) missing.push(each);
  await cache.addAll(missing);
}

self.addEventListener("install", (event) => {
  event.waitUntil(Promise.all([
    caches.open(PAGES).then((cache) =>
      cache.addAll(RELEASE.map((path) => new Request(url(path), { cache: "reload" })))),
    caches.open(FILES).then((cache) => addMissing(cache, SHELL.map(url))),
  ]));
  self.skipWaiting();
});

// Drop other releases' pages, and the revisioned files this release does not name.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== PAGES && name !== FILES) await caches.delete(name);
    }
    const keep = new Set([...SHELL, ...RUNTIME].map(url));
    const files = await caches.open(FILES);
    for (const request of await files.keys()) {
      if (!keep.has(request.url)) await files.delete(request);
    }
    await self.clients.claim();
  })());
});

// The builder page asks for the runtime once Python has started: the files are then
// in the browser's HTTP cache, so this costs no second download.
self.addEventListener("message", (event) => {
  if (event.data === "cache-runtime") {
    event.waitUntil(caches.open(FILES).then((cache) => addMissing(cache, RUNTIME.map(url))));
  }
});

async function store(cache, request, response) {
  if (response.ok && response.type === "basic") await cache.put(request, response.clone());
  return response;
}

async function respond(request) {
  if (REVISIONED.test(new URL(request.url).pathname)) {
    const files = await caches.open(FILES);
    return (await files.match(request)) ?? store(files, request, await fetch(request));
  }
  const pages = await caches.open(PAGES);
  try {
    return await store(pages, request, await fetch(new Request(request, { cache: "no-cache" })));
  } catch (error) {
    const cached = await pages.match(request, { ignoreSearch: request.mode === "navigate" });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  event.respondWith(respond(request));
});
