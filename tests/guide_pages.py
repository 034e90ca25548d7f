"""The guide's Markdown sources read as a reader sees them: rendered blocks, links, anchors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

import markdown

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SOURCES_PAGE = "sources.md"
# Rendered as MkDocs renders them, less the extensions that need the whole site.
EXTENSIONS = ["attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc"]
BLOCKS = {"p", "li", "dd", "dt", "td", "th", "blockquote", "h1", "h2", "h3", "h4"}
FIGURE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)", re.IGNORECASE)


@dataclass
class Block:
    """One block of rendered text, with where each link in it starts."""

    tag: str
    text: str = ""
    links: list[Link] = field(default_factory=list)


@dataclass
class Link:
    """A link inside a block: where its text starts and ends in the block's text."""

    start: int
    href: str
    end: int = -1


class _Reader(HTMLParser):
    """Collects leaf text blocks, their links, and every element id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self._open: list[Block] = []
        self._link: Link | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if "id" in found:
            self.ids.add(found["id"])
        if tag in BLOCKS:
            self._open.append(Block(tag))
        if tag == "a" and "href" in found:
            self.links.append(found["href"])
            if self._open:
                block = self._open[-1]
                self._link = Link(len(block.text), found["href"])
                block.links.append(self._link)

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1].text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None and self._open:
            self._link.end = len(self._open[-1].text)
            self._link = None
        if tag in BLOCKS and self._open and self._open[-1].tag == tag:
            self.blocks.append(self._open.pop())


@dataclass
class Page:
    """A page under ``docs/``: its source, and what it renders to."""

    name: str  # relative to docs/, e.g. "guide/timing.md"
    source: str
    blocks: list[Block]
    ids: set[str]
    links: list[str]

    def resolve(self, href: str) -> tuple[str, str]:
        """``(page under docs/, fragment)`` that a relative link points to."""
        path, _, fragment = href.partition("#")
        if not path:
            return self.name, fragment
        joined = PurePosixPath(self.name).parent / path
        parts: list[str] = []
        for part in joined.parts:
            if part == ".." and not parts:
                return "", fragment  # outside docs/
            if part == "..":
                parts.pop()
            elif part != ".":
                parts.append(part)
        return "/".join(parts), fragment


def read_page(name: str) -> Page:
    source = (DOCS / name).read_text(encoding="utf-8")
    body = re.sub(r"\A---\n.*?\n---\n", "", source, flags=re.S)
    reader = _Reader()
    reader.feed(markdown.markdown(body, extensions=EXTENSIONS))
    return Page(name, source, reader.blocks, reader.ids, reader.links)


def guide_page_names() -> list[str]:
    """Every Markdown page of the guide, the builder page included, relative to docs/."""
    return sorted(
        p.relative_to(DOCS).as_posix()
        for p in DOCS.rglob("*.md")
        if "generated" not in p.parts
    )


def is_external(href: str) -> bool:
    return bool(re.match(r"[a-z][a-z0-9+.-]*:", href, re.IGNORECASE)) and not href.startswith(
        "mailto:"
    )
