"""The quick start is what the reader in a hurry finds first: five steps, one click from home."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tests.site.conftest import nav_sources

if TYPE_CHECKING:
    from tests.guide_pages import Page

START = "start.md"


def steps(page: Page) -> list[str]:
    return [b.text for b in page.blocks if b.tag == "h2" and re.match(r"\d+\. ", b.text)]


def links_to(page: Page, target: str) -> bool:
    return any(page.resolve(href)[0] == target for href in page.links)


def test_the_home_page_links_to_the_quick_start(guide: dict[str, Page]) -> None:
    assert links_to(guide["index.md"], START)


def test_the_quick_start_comes_first_in_the_navigation() -> None:
    sources = [source for _, source in nav_sources()]
    assert sources[:2] == ["index.md", START]


def test_the_quick_start_has_five_numbered_steps(guide: dict[str, Page]) -> None:
    numbered = steps(guide[START])
    assert [int(step.split(".")[0]) for step in numbered] == [1, 2, 3, 4, 5], numbered


def test_the_quick_start_leads_into_the_builder(guide: dict[str, Page]) -> None:
    assert links_to(guide[START], "builder.md")


def test_every_guide_page_is_reachable_from_the_quick_start(guide: dict[str, Page]) -> None:
    guide_pages = [source for _, source in nav_sources() if source.startswith("guide/")]
    linked = {guide[START].resolve(href)[0] for href in guide[START].links}
    assert [page for page in guide_pages if page not in linked] == []
