"""The guide's pages in Chromium: each loads cleanly, stays on its origin, and the theme's
search, palette toggle and print stylesheet work."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import pytest
import yaml
from playwright.sync_api import Page, expect

from tests.site.conftest import (
    CORE_PAGES,
    NOT_FOUND_TITLE,
    ROOT,
    ParsedPage,
    fetch,
    nav_pages,
    nav_params,
    nav_sources,
    site_config,
)
from tests.site.server import SUB_PATH

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.browser

NAV_TITLES = {url: title for title, url in nav_pages()}


def built_nav(site_dir: Path, base_url: str) -> list[str]:
    """The page URLs (site-relative) in the built home page's main navigation, in order."""
    parsed = ParsedPage((site_dir / "index.html").read_text(encoding="utf-8"))
    urls = []
    for href in parsed.primary_nav:
        if "#" in href:
            continue  # the current page's table of contents
        url = urljoin(base_url, href).removeprefix(base_url)
        if url not in urls:
            urls.append(url)
    return urls


def test_built_navigation_matches_the_config(site_dir: Path, base_url: str) -> None:
    configured = [url for _, url in nav_pages()]
    assert built_nav(site_dir, base_url) == configured
    for name, url in CORE_PAGES.items():
        assert url in configured, f"the {name} page is missing from the navigation"
        assert (site_dir / url / "index.html").is_file(), f"the {name} page was not built"


@pytest.mark.parametrize("url", nav_params())
def test_nav_page_loads_without_errors(page: Page, base_url: str, recorder, url: str) -> None:
    response = page.goto(base_url + url)
    assert response is not None
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    expect(page.locator(".md-content h1")).to_have_count(1)
    expect(page.locator(".md-content h1")).to_be_visible()
    active = page.locator(".md-nav--primary .md-nav__link--active").first
    expect(active).to_have_text(re.compile(re.escape(NAV_TITLES[url])))
    assert recorder.errors == []


@pytest.mark.parametrize("url", nav_params())
def test_no_request_leaves_the_origin(
    page: Page, base_url: str, server, recorder, url: str
) -> None:
    page.goto(base_url + url)
    page.wait_for_load_state("networkidle")
    assert any(u.startswith(base_url + "assets/") for u in recorder.requests), "no theme assets"
    assert recorder.off_origin(server.origin) == []
    outside = [
        u
        for u in recorder.requests
        if u.startswith(server.origin + "/") and not u.startswith(base_url)
    ]
    assert outside == [], f"requests escaped {SUB_PATH}"


def test_search_finds_the_panel_guidance(page: Page, base_url: str, server, recorder) -> None:
    page.goto(base_url)
    page.keyboard.press("/")
    search = page.locator(".md-search__input")
    expect(search).to_be_focused()
    search.press_sequentially("panel", delay=30)
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    expect(results.first).to_be_visible(timeout=10_000)
    first = urljoin(page.url, results.first.get_attribute("href"))
    assert first.startswith(base_url + "guide/panels/"), f"top result is {first}"
    results.first.click()
    page.wait_for_url(re.compile(re.escape(base_url + "guide/panels/")))
    expect(page.locator(".md-content h1")).to_have_text(re.compile("Panels"))
    assert recorder.off_origin(server.origin) == []
    assert recorder.errors == []


def scheme(page: Page) -> str | None:
    return page.locator("body").get_attribute("data-md-color-scheme")


def toggle_palette(page: Page, to: str) -> None:
    """Click the palette button the header shows now; it names the mode it switches to."""
    button = page.locator("[data-md-component=palette] label:visible")
    expect(button).to_have_count(1)
    expect(button).to_have_attribute("title", to)
    button.click()


@pytest.mark.parametrize("system", ["light", "dark"])
def test_every_palette_click_changes_what_is_shown(
    page: Page, base_url: str, recorder, system: str
) -> None:
    shown, other = ("default", "slate") if system == "light" else ("slate", "default")
    page.emulate_media(color_scheme=system)
    page.goto(base_url)
    assert scheme(page) == shown
    toggle_palette(page, "Switch to dark mode" if other == "slate" else "Switch to light mode")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", other)
    page.goto(base_url + "reasons/")
    assert scheme(page) == other, "the chosen palette did not persist to the next page"
    toggle_palette(page, "Switch to system preference")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", shown)
    page.emulate_media(color_scheme="dark" if system == "light" else "light")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", other)
    assert recorder.errors == []


def test_the_palette_button_works_from_the_keyboard(page: Page, base_url: str) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(base_url)
    page.locator("[data-md-component=palette] input").first.focus()  # following the system
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    expect(page.locator("[data-md-component=palette] label:visible")).to_have_attribute(
        "title", "Switch to dark mode"
    )


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_palette_follows_the_system_by_default(
    page: Page, base_url: str, color_scheme: str
) -> None:
    page.emulate_media(color_scheme=color_scheme)
    page.goto(base_url)
    expected = "slate" if color_scheme == "dark" else "default"
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected)


def test_worksheet_prints_without_the_navigation(page: Page, base_url: str) -> None:
    page.goto(base_url + "worksheet/")
    chrome = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"]
    for selector in chrome:
        expect(page.locator(selector)).to_be_visible()
    page.emulate_media(media="print")
    for selector in chrome:
        expect(page.locator(selector)).to_be_hidden()
    expect(page.locator(".md-content h1")).to_be_visible()
    expect(page.locator(".worksheet")).to_be_visible()
    expect(page.locator(".worksheet table").first).to_be_visible()


def test_missing_page_shows_the_custom_404(page: Page, base_url: str, server, recorder) -> None:
    response = page.goto(base_url + "no/such/page/")
    assert response is not None
    assert response.status == 404
    expect(page.locator(".md-content h1")).to_have_text(NOT_FOUND_TITLE)
    expect(page.locator(".md-header .md-logo img")).to_be_visible()
    links = page.locator(".md-content a")
    assert links.count() >= 3
    for href in links.evaluate_all("as => as.map(a => a.href)"):
        assert href.startswith(base_url), f"the 404 page links outside the site: {href}"
        assert fetch(href)[0] == 200, href
    page.wait_for_load_state("networkidle")
    assert recorder.off_origin(server.origin) == []
    # The only error Chromium logs is the 404 status of the page itself.
    assert [e for e in recorder.errors if "status of 404" not in e] == []


@pytest.mark.parametrize("url", nav_params())
def test_page_has_its_own_description_and_open_graph(base_url: str, url: str) -> None:
    status, _, body = fetch(base_url + url)
    assert status == 200
    parsed = ParsedPage(body.decode())
    description = parsed.meta.get("description", "")
    assert len(description) >= 50, f"description too short: {description!r}"
    if url:
        assert description != " ".join(site_config()["site_description"].split()), (
            "the page has the site's default description: give it a `description:` in its "
            "front matter (and check that the front matter is valid YAML)"
        )
    assert parsed.meta.get("og:description") == description
    page_title = parsed.title.strip().rsplit(" - ", 1)[0]
    assert parsed.meta.get("og:title", "").startswith(page_title)
    assert parsed.meta["og:title"].endswith(site_config()["site_name"])
    assert parsed.meta.get("og:site_name") == site_config()["site_name"]


def test_page_descriptions_are_distinct(base_url: str) -> None:
    descriptions: dict[str, list[str]] = {}
    for _, url in nav_pages():
        parsed = ParsedPage(fetch(base_url + url)[2].decode())
        descriptions.setdefault(parsed.meta.get("description", ""), []).append(url or "home")
    shared = {d[:60]: urls for d, urls in descriptions.items() if len(urls) > 1}
    assert shared == {}


def test_favicon_and_logo_are_svg_and_load(page: Page, base_url: str) -> None:
    page.goto(base_url + "guide/timing/")
    icon = urljoin(page.url, page.locator("link[rel=icon]").get_attribute("href"))
    assert icon.endswith(".svg")
    answer = page.request.get(icon)
    assert answer.status == 200
    assert answer.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in answer.body()
    logo = page.locator(".md-header .md-logo img")
    assert logo.get_attribute("src").endswith(".svg")
    expect(logo).to_be_visible()
    assert logo.evaluate("img => img.complete && img.naturalWidth > 0")


@pytest.mark.parametrize(
    "source",
    [pytest.param(source, id=source) for _, source in nav_sources()],
)
def test_front_matter_is_valid_yaml(source: str) -> None:
    """MkDocs silently renders bad front matter as text; Zensical refuses to build."""
    text = (ROOT / "docs" / source).read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    assert match, f"{source} has no front matter"
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        pytest.fail(f"{source}: front matter is not valid YAML (quote values with ': '): {error}")
    assert isinstance(meta, dict)
    assert isinstance(meta.get("description"), str)


def test_printing_a_guide_page_keeps_its_text(page: Page, base_url: str) -> None:
    page.goto(base_url + "reasons/")
    page.emulate_media(media="print")
    expect(page.locator(".md-content h2").first).to_be_visible()
    expect(page.locator(".md-content p").first).to_be_visible()
