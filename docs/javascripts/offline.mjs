// Registers the service worker (sw.js, written at build time by sitegen) that keeps
// visited pages, and the builder's Python runtime once it has run, available offline.
// Without service workers (or when registration fails) the site simply stays online-only.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("../sw.js", import.meta.url)).catch(() => {});
}
