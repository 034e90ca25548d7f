"""Every link on every built page resolves, anchors included, and stays under the sub-path."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

from tests.site.conftest import NOT_FOUND_TITLE, ParsedPage, built_pages, fetch, site_config
from tests.site.server import SUB_PATH

if TYPE_CHECKING:
    from pathlib import Path

MISSING = "no/such/page/"
# Where a link's target is named, by tag; <link rel=canonical> is the public address on purpose.
TARGETS = {
    "a": "href",
    "link": "href",
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
}


class Crawl:
    """Fetch each URL once; remember each HTML page's ids for anchor checks."""

    def __init__(self) -> None:
        self.status: dict[str, int] = {}
        self.ids: dict[str, set[str]] = {}

    def get(self, url: str) -> int:
        if url not in self.status:
            status, kind, body = fetch(url)
            self.status[url] = status
            if status == 200 and kind.startswith("text/html"):
                self.ids[url] = ParsedPage(body.decode()).ids
        return self.status[url]


@pytest.fixture(scope="module")
def crawl() -> Crawl:
    return Crawl()


def page_urls(site_dir: Path, base_url: str) -> list[str]:
    """Every built page as served, with the 404 page served for a missing address."""
    return [base_url + (MISSING if url == "404.html" else url) for url in built_pages(site_dir)]


def links_on(page_url: str, crawl: Crawl) -> list[tuple[str, str]]:
    """``(tag, absolute URL)`` of every link and resource on the page at ``page_url``."""
    _, _, body = fetch(page_url)
    found = []
    for tag, attrs in ParsedPage(body.decode()).links:
        if tag == "link" and attrs.get("rel") in {"canonical", "alternate"}:
            continue
        target = attrs.get(TARGETS.get(tag, ""), "")
        if target:
            found.append((tag, urljoin(page_url, target)))
    crawl.get(page_url)
    return found


def test_the_site_has_pages_to_crawl(site_dir: Path, base_url: str) -> None:
    urls = page_urls(site_dir, base_url)
    assert base_url in urls
    assert base_url + "guide/panels/" in urls
    assert base_url + MISSING in urls
    assert len(urls) >= 12


def test_internal_links_and_anchors_resolve(site_dir: Path, base_url: str, server, crawl) -> None:
    broken = []
    checked = 0
    for page_url in page_urls(site_dir, base_url):
        for tag, url in links_on(page_url, crawl):
            if not url.startswith(server.origin + "/"):
                continue
            target, fragment = urldefrag(url)
            checked += 1
            status = crawl.get(target)
            where = f"{page_url.removeprefix(base_url) or 'home'}: <{tag}> {url}"
            if status != 200:
                broken.append(f"{where} -> HTTP {status}")
            elif fragment and unquote(fragment) not in crawl.ids.get(target, set()):
                broken.append(f"{where} -> no element with id {fragment!r}")
    assert checked > 200, "the crawl found too few links to be checking anything"
    assert broken == [], "\n".join(broken)


def test_no_link_escapes_the_sub_path(site_dir: Path, base_url: str, server, crawl) -> None:
    public = urlsplit(site_config()["site_url"])
    escaping = []
    for page_url in page_urls(site_dir, base_url):
        for tag, url in links_on(page_url, crawl):
            parts = urlsplit(url)
            same_origin = url.startswith(server.origin + "/")
            if same_origin and not parts.path.startswith(SUB_PATH):
                escaping.append(f"{page_url}: <{tag}> {url} is outside {SUB_PATH}")
            if parts.netloc == public.netloc:
                escaping.append(f"{page_url}: <{tag}> {url} hard-codes the public address")
    assert escaping == [], "\n".join(escaping)


@pytest.mark.parametrize("missing", [MISSING, "guide/nope/", "deep/down/under/here.html"])
def test_missing_page_answers_404_with_working_links(
    base_url: str, server, crawl, missing: str
) -> None:
    status, kind, body = fetch(base_url + missing)
    assert status == 404
    assert kind.startswith("text/html")
    assert NOT_FOUND_TITLE in body.decode()
    local = [
        url for _, url in links_on(base_url + missing, crawl) if url.startswith(server.origin + "/")
    ]
    assert base_url + "reasons/" in local
    assert any("/assets/stylesheets/" in url for url in local)
    broken = [url for url in local if crawl.get(urldefrag(url)[0]) != 200]
    assert broken == []
