"""The guide's evidence can be checked: every link well formed, every figure followed by its
source, every survey entry saying who was asked and what, every rule of thumb on one page."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from tests.guide_pages import (
    DOCS,
    FIGURE,
    SOURCES_PAGE,
    Block,
    Link,
    guide_page_names,
    is_external,
)

if TYPE_CHECKING:
    from tests.guide_pages import Page

TRAILING_JUNK = tuple(".,;:!?)]}'\"")
# Each rule of thumb, as the guide words it, and the one page that states it. Other pages
# may only link to it: a match inside a link to the home page is allowed.
RULES = {
    "the window for sending": (
        r"within 24 hours|24 to 48 hours|within two days",
        "guide/timing.md",
    ),
    "the length of an email": (r"100 to 200 words", "guide/structure.md"),
    "when to follow up": (r"five to seven business days|no more than twice", "guide/follow-up.md"),
    "a note for each panel member": (r"one note (?:per|for each) person", "guide/panels.md"),
    "the worst mistake": (r"worst mistake", "guide/mistakes.md"),
    "a bare subject line": (r"bare \W?Following up", "guide/structure.md"),
}
# Pages that report what sources say, rather than stating rules of their own.
REPORTING_PAGES = {SOURCES_PAGE}


def external_links(guide: dict[str, Page]) -> list[tuple[str, str]]:
    return [
        (name, href) for name, page in guide.items() for href in page.links if is_external(href)
    ]


def test_the_guide_links_to_its_sources(guide: dict[str, Page]) -> None:
    assert len(external_links(guide)) >= 20, "too few external links to be checking anything"


@pytest.mark.parametrize("name", guide_page_names())
def test_every_external_link_is_well_formed(guide: dict[str, Page], name: str) -> None:
    for href in guide[name].links:
        if not is_external(href):
            continue
        parts = urlsplit(href)
        assert parts.scheme == "https", f"{name}: not https: {href}"
        assert "." in (parts.hostname or ""), f"{name}: no host in {href}"
        assert not parts.hostname.endswith("."), f"{name}: {href}"
        assert parts.port is None, f"{name}: a port in {href}"
        assert not parts.username, f"{name}: a user name in {href}"
        assert not re.search(r"\s", href), f"{name}: whitespace in {href}"
        assert not href.endswith(TRAILING_JUNK), f"{name}: trailing punctuation in {href}"


@pytest.mark.parametrize("name", guide_page_names())
def test_no_address_is_left_as_bare_text(guide: dict[str, Page], name: str) -> None:
    """A link whose Markdown is broken renders as text; a bare address is one too."""
    for block in guide[name].blocks:
        assert not re.search(r"https?://|\]\(", block.text), f"{name}: {block.text!r}"


@pytest.mark.parametrize("name", guide_page_names())
def test_every_internal_link_reaches_a_page_and_anchor(guide: dict[str, Page], name: str) -> None:
    """Links between Markdown pages (the built site's links are crawled in tests/site/)."""
    page = guide[name]
    for href in page.links:
        path = href.partition("#")[0]
        if is_external(href) or (path and not path.endswith(".md")):
            continue
        target, fragment = page.resolve(href)
        assert target in guide, f"{name}: {href} points to no page"
        if fragment:
            assert fragment in guide[target].ids, f"{name}: {href}: no such anchor"


def source_after(block: Block, offset: int, page: Page, guide: dict[str, Page]) -> str | None:
    """The first link after ``offset`` in ``block`` that names a source: an address outside
    the site, or an entry on the sources page (a page and anchor that exist)."""
    for link in block.links:
        if link.start < offset:
            continue
        if is_external(link.href):
            return link.href
        target, fragment = page.resolve(link.href)
        if target == SOURCES_PAGE and fragment in guide[SOURCES_PAGE].ids:
            return link.href
    return None


def figures_without_source(page: Page, guide: dict[str, Page]) -> list[str]:
    return [
        f"{match.group()} in {block.text.strip()[:120]!r}"
        for block in page.blocks
        for match in FIGURE.finditer(block.text)
        if source_after(block, match.end(), page, guide) is None
    ]


@pytest.mark.parametrize("name", [n for n in guide_page_names() if n != SOURCES_PAGE])
def test_every_figure_is_followed_by_its_source(guide: dict[str, Page], name: str) -> None:
    assert figures_without_source(guide[name], guide) == []


def test_a_figure_without_a_source_is_caught(guide: dict[str, Page]) -> None:
    """The check above can fail: a block with a bare figure is reported."""
    page = guide["index.md"]
    known, unknown_anchor = "sources.md#accountemps-2017", "sources.md#no-such-entry"
    bare = Block("p", "In one survey, 80% said so.")
    sourced = Block("p", "In one survey, 80% said so (source).", [Link(28, known)])
    early = Block("p", "(source) In one survey, 80% said so.", [Link(1, known)])
    unknown = Block("p", "In one survey, 80% said so (source).", [Link(28, unknown_anchor)])
    for block, caught in [(bare, True), (sourced, False), (early, True), (unknown, True)]:
        probe = type(page)(page.name, "", [block], set(), [])
        assert bool(figures_without_source(probe, guide)) is caught, block.text


def survey_entries(source: str) -> dict[str, str]:
    """The sources page's survey entries: heading -> text, from 'Surveys of employers'."""
    part = source.split("## Surveys of employers", 1)[1].split("\n## ", 1)[0]
    entries = re.split(r"^### ", part, flags=re.M)[1:]
    return {entry.splitlines()[0]: entry for entry in entries}


def test_the_sources_page_lists_surveys(guide: dict[str, Page]) -> None:
    assert len(survey_entries(guide[SOURCES_PAGE].source)) >= 5


@pytest.mark.parametrize(
    "heading", list(survey_entries((DOCS / SOURCES_PAGE).read_text(encoding="utf-8")))
)
def test_each_survey_says_title_publisher_year_link_who_and_what(
    guide: dict[str, Page], heading: str
) -> None:
    entry = survey_entries(guide[SOURCES_PAGE].source)[heading]
    assert re.search(r"\b(19|20)\d\d\b", heading), f"no year in {heading!r}"
    assert re.search(r"\[[^\]]{10,}\]\(https://[^)]+\)", entry), f"{heading}: no titled link"
    assert "**Who:**" in entry, f"{heading}: does not say who was asked"
    said = "**Asked:**" in entry or "does not give the exact question" in entry
    asked_for_advice = "**Its advice:**" in entry and "**Answers:**" not in entry
    assert said or asked_for_advice, f"{heading}: does not say what was asked"


def test_every_figure_on_the_sources_page_sits_under_a_linked_entry(
    guide: dict[str, Page],
) -> None:
    for heading, entry in survey_entries(guide[SOURCES_PAGE].source).items():
        if FIGURE.search(entry):
            assert "](https://" in entry, heading


def rule_breaches(guide: dict[str, Page], pattern: str, home: str) -> list[str]:
    """Where a rule's wording appears outside its home page, other than as a link to it."""
    return [
        f"{name}: {block.text.strip()[:100]!r}"
        for name, page in guide.items()
        if name not in REPORTING_PAGES | {home}
        for block in page.blocks
        for match in re.finditer(pattern, block.text, re.IGNORECASE)
        if not links_home(block, match, page, home)
    ]


def links_home(block: Block, match: re.Match[str], page: Page, home: str) -> bool:
    """Whether the words matched are the text of a link to the rule's home page."""
    return any(
        link.start <= match.start() and match.end() <= link.end
        and page.resolve(link.href)[0] == home
        for link in block.links
    )


@pytest.mark.parametrize("rule", list(RULES))
def test_each_rule_of_thumb_lives_on_one_page(guide: dict[str, Page], rule: str) -> None:
    wording, home = RULES[rule]
    pattern = wording.replace(" ", r"\s+")  # the words may break across lines
    assert re.search(pattern, guide[home].source, re.IGNORECASE), f"{home} no longer states it"
    assert rule_breaches(guide, pattern, home) == []
