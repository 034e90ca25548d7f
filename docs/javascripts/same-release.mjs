// Keeps a page on one release. Material's instant navigation fills this page with the
// next one without loading that page's scripts and styles; when the next page comes
// from another release (the site was deployed since this page loaded), they may not
// fit it, so it is loaded afresh. Each page names its release in a meta tag, written
// at build time by sitegen/revision.py.
const release = () => document.querySelector('meta[name="release"]')?.content;
const loaded = release();

document$.subscribe(() => {
  if (release() !== loaded) location.reload();
});
