"""Shared fixtures: the site built once, served under a sub-path, and a real Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.site.server import SUB_PATH, SiteServer

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def browser_path() -> str | None:
    """The browser ``./dev`` chose (it exports ``CHROME_PATH``), else Debian's Chromium."""
    return shutil.which(os.environ.get("CHROME_PATH") or "chromium")


def build_site(target: Path, site_url: str, root: Path = ROOT) -> None:
    """``mkdocs build --strict`` of ``root`` into ``target``, as the deploy workflow builds.

    ``site_url`` is where the site is served: Material's instant navigation only takes
    over links that match the site's own sitemap.
    """
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url},
    )


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory):
    with SiteServer(tmp_path_factory.mktemp("pages")) as running:
        yield running


@pytest.fixture(scope="session")
def site_dir(server: SiteServer) -> Path:
    target = server.root / SUB_PATH.strip("/")
    try:
        build_site(target, server.base_url)
    except subprocess.CalledProcessError as error:
        pytest.fail(f"mkdocs build --strict failed:\n{error.stdout}\n{error.stderr}")
    return target


@pytest.fixture(scope="session")
def base_url(server: SiteServer, site_dir: Path) -> str:
    assert (site_dir / "index.html").exists()
    return server.base_url


@pytest.fixture(scope="session")
def browser():
    executable = browser_path()
    if executable is None:
        pytest.fail("No browser: apt-get install chromium, or set CHROME_PATH (./dev test does it)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Recorder:
    """What a browser context did: every request URL, console errors and page errors."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []

    def off_origin(self, origin: str) -> list[str]:
        return [
            url
            for url in self.requests
            if not url.startswith((origin + "/", "data:", "blob:", "about:"))
        ]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def context(browser: Browser, recorder: Recorder):
    created = browser.new_context()
    created.on("request", lambda request: recorder.requests.append(request.url))
    yield created
    created.close()


def watch(page: Page, recorder: Recorder) -> Page:
    """Record a page's console errors and uncaught exceptions in ``recorder``."""
    page.on("console", lambda m: m.type == "error" and recorder.errors.append(m.text))
    page.on("pageerror", lambda e: recorder.errors.append(str(e)))
    return page


@pytest.fixture
def page(context: BrowserContext, recorder: Recorder) -> Page:
    return watch(context.new_page(), recorder)


# A phone as the builder's readers hold one (390 CSS pixels wide), and a desktop window.
DEVICES = {
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 3,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1280, "height": 900}},
}


@pytest.fixture(params=list(DEVICES))
def device_page(request: pytest.FixtureRequest, browser: Browser, recorder: Recorder):
    """A page on a phone, then on a desktop: each test that takes it runs on both."""
    created = browser.new_context(**DEVICES[request.param])
    created.grant_permissions(["clipboard-read", "clipboard-write"])
    created.on("request", lambda r: recorder.requests.append(r.url))
    yield watch(created.new_page(), recorder)
    created.close()


_TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
_TRANSITIONS_ENDED = """() => Promise.all(document.getAnimations()
    .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
    .map(a => a.finished.catch(() => null)))"""


def axe_violations(page: Page) -> list[dict]:
    """Run axe-core (WCAG 2.1 A and AA) on the page; return its violations.

    Colours are measured once every transition has ended: a button fading from its hover
    colour, under a pointer left there by a click, failed contrast half-way through. The
    pointer is parked first, and two frames pass, so that no fade starts after the wait: a
    control that moved under the pointer as the page changed failed the same way in CI.
    """
    page.mouse.move(0, 0)
    page.evaluate(_TWO_FRAMES)
    page.evaluate(_TRANSITIONS_ENDED)
    # Evaluated rather than added as a <script>: the builder page's CSP blocks inline scripts.
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def set_palette(page: Page, scheme: str) -> None:
    """Show the page in Material's ``default`` (light) or ``slate`` (dark) palette."""
    page.emulate_media(color_scheme="dark" if scheme == "slate" else "light")
    page.wait_for_function(
        "s => document.body.getAttribute('data-md-color-scheme') === s", arg=scheme
    )


# --- The guide's pages, read from the configuration, and plain-HTTP helpers -------------

NOT_FOUND_TITLE = "This page isn\u2019t here"  # the h1 of overrides/404.html
CORE_PAGES = {
    "home": "",
    "reasons": "reasons/",
    "builder": "builder/",
    "worksheet": "worksheet/",
    "examples": "examples/",
    "sources": "sources/",
    "privacy": "privacy/",
}


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose ``!ENV`` tags take their default here."""


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    """``!ENV NAME`` or ``!ENV [NAME, ..., default]``, as MkDocs reads it."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    *names, default = loader.construct_sequence(node)
    return next((os.environ[n] for n in names if n in os.environ), default)


_ConfigLoader.add_constructor("!ENV", _env_tag)


def site_config() -> dict:
    """``mkdocs.yml`` as data."""
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), _ConfigLoader)  # noqa: S506


def _walk_nav(items: list) -> list[tuple[str, str]]:
    found = []
    for item in items:
        for title, target in item.items() if isinstance(item, dict) else [(None, item)]:
            if isinstance(target, list):
                found += _walk_nav(target)
            else:
                found.append((title, target))
    return found


def page_url(source: str) -> str:
    """The URL, relative to the site root, that MkDocs gives ``source`` (directory URLs)."""
    path = source.removesuffix(".md")
    if path == "index" or path.endswith("/index"):
        return path.removesuffix("index")
    return path + "/"


def nav_sources() -> list[tuple[str, str]]:
    """``(title, Markdown file under docs/)`` for every page in mkdocs.yml's ``nav``, in order."""
    return _walk_nav(site_config()["nav"])


def nav_pages() -> list[tuple[str, str]]:
    """``(title, url)`` for every page in mkdocs.yml's ``nav``, in order, URLs site-relative."""
    return [(title, page_url(source)) for title, source in nav_sources()]


def nav_params() -> list:
    """``nav_pages`` as pytest parameters with readable ids, e.g. ``guide/panels/``."""
    return [pytest.param(url, id=url or "home") for _, url in nav_pages()]


class ParsedPage(HTMLParser):
    """The parts of an HTML page the tests look at: links, ids, meta tags, the nav."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, dict[str, str]]] = []  # (tag, attributes)
        self.ids: set[str] = set()
        self.meta: dict[str, str] = {}
        self.primary_nav: list[str] = []
        self.title = ""
        self._nav_depth = 0
        self._in_title = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self._in_title = tag == "title"
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        if tag == "meta" and ("name" in a or "property" in a):
            self.meta[a.get("name") or a["property"]] = a.get("content", "")
        if tag == "nav" and (self._nav_depth or "md-nav--primary" in a.get("class", "").split()):
            self._nav_depth += 1
        if tag in {"a", "link", "script", "img", "iframe", "source", "form"}:
            self.links.append((tag, a))
            if tag == "a" and self._nav_depth and "href" in a:
                self.primary_nav.append(a["href"])

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        if tag == "nav" and self._nav_depth:
            self._nav_depth -= 1


def fetch(url: str) -> tuple[int, str, bytes]:
    """``(status, content type, body)`` for ``url``, without raising on 4xx."""
    request = urllib.request.Request(url)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def built_pages(site_dir: Path) -> list[str]:
    """Every HTML page in the built site, as a URL path relative to the site root."""
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        pages.append(relative.removesuffix("index.html"))
    return pages


# --- The example notes: what the engine writes, and what a built page shows ---------------

EXAMPLE_INCLUDE = re.compile(r'^--8<-- "examples/generated/([\w-]+)\.md"$', re.M)
CHANNEL_LABELS = {"email": "Email", "card": "Handwritten card", "linkedin": "LinkedIn message"}


def normalise(text: str) -> str:
    """Collapse all whitespace, so paragraphs and line breaks compare as single spaces."""
    return " ".join(text.split())


def example_order() -> list[str]:
    """The example requests the examples page includes, by file stem, in page order."""
    return EXAMPLE_INCLUDE.findall((ROOT / "docs" / "examples.md").read_text(encoding="utf-8"))


def expected_example_notes() -> list[dict[str, str]]:
    """Every note ``builder.compose`` writes for the examples, in the page's order."""
    from builder import compose  # noqa: PLC0415 - the engine under test, imported when used

    expected = []
    for stem in example_order():
        request = json.loads((ROOT / "examples" / f"{stem}.json").read_text(encoding="utf-8"))
        response = compose(request)
        assert response["ok"], f"examples/{stem}.json is not a valid request: {response}"
        channel = request.get("channel", "email")
        expected += [
            {
                "example": stem,
                "channel": channel,
                "to": note["to"],
                "subject": note["subject"] or "",
                "body": normalise(note["body"]),
            }
            for note in response["notes"]
        ]
    return expected


def rendered_example_notes(page: Page) -> list[dict[str, str]]:
    """The ``.example-note`` blocks on the loaded page, as normalised text, in order."""
    return page.eval_on_selector_all(
        ".md-content .example-note",
        """notes => notes.map(n => ({
            meta: n.querySelector('.example-note__meta')?.innerText ?? '',
            body: n.querySelector('.example-note__body')?.innerText ?? '',
        }))""",
    )


def example_mismatches(page: Page) -> list[str]:
    """How the examples on the loaded page differ from the engine's notes; empty if none."""
    expected = expected_example_notes()
    shown = rendered_example_notes(page)
    problems = []
    if len(shown) != len(expected):
        problems.append(f"{len(shown)} notes on the page, the engine writes {len(expected)}")
    for index, (want, got) in enumerate(zip(expected, shown, strict=False)):
        where = f"note {index + 1} ({want['example']}, to {want['to']})"
        meta = normalise(got["meta"])
        label = f"{CHANNEL_LABELS[want['channel']]} to {want['to']}"
        if not meta.startswith(label):
            problems.append(f"{where}: heading {meta!r} does not start with {label!r}")
        if want["subject"] and f"Subject: {want['subject']}" not in meta:
            problems.append(f"{where}: subject {want['subject']!r} missing from {meta!r}")
        if not want["subject"] and "Subject:" in meta:
            problems.append(f"{where}: shows a subject the engine did not write: {meta!r}")
        if normalise(got["body"]) != want["body"]:
            problems.append(
                f"{where}: body differs\n  page:   {normalise(got['body'])}\n"
                f"  engine: {want['body']}"
            )
    return problems
