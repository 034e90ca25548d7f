"""The worksheet asks for what the builder's form asks for, with its labels, in its order.

The form's fields are read from docs/builder.md, so a change to the form that the worksheet
does not follow fails here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import pytest

from tests.guide_pages import DOCS

# The form's own sections that are not memories of the interview: what you are writing,
# who you are, and how the note is sent. The worksheet need not ask for them.
NOT_ON_THE_WORKSHEET = {"The occasion", "You", "The note"}
INTERVIEWER_TABLE = re.compile(r"Interviewer (\d+)")


@dataclass(frozen=True)
class Field:
    label: str  # as the reader sees it, less "(optional)"
    name: str
    section: str


class _Form(HTMLParser):
    """The form's labels, in document order, with the field and section each belongs to."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.labels: list[tuple[str, str, str]] = []  # (for, text, section)
        self.names: dict[str, str] = {}  # id -> name
        self._section = ""
        self._in: str | None = None  # "legend", or the id a label is for
        self._skip = 0
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if "id" in found and "name" in found:
            self.names[found["id"]] = found["name"]
        if tag == "legend":
            self._in, self._text = "legend", ""
        elif tag == "label":
            self._in, self._text = found.get("for", ""), ""
        elif tag == "span" and "optional" in found.get("class", "").split():
            self._skip += 1

    def handle_data(self, data: str) -> None:
        if self._in is not None and not self._skip:
            self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._skip:
            self._skip -= 1
        elif tag == "legend" and self._in == "legend":
            self._section, self._in = " ".join(self._text.split()), None
        elif tag == "label" and self._in is not None:
            self.labels.append((self._in, " ".join(self._text.split()), self._section))
            self._in = None


def form_fields() -> list[Field]:
    form = _Form()
    form.feed((DOCS / "builder.md").read_text(encoding="utf-8"))
    return [Field(text, form.names[target], section) for target, text, section in form.labels]


def worksheet_tables() -> list[tuple[str, list[str]]]:
    """``(title, row labels)`` of each table on the worksheet, blank rows left out."""
    tables: list[tuple[str, list[str]]] = []
    for line in (DOCS / "worksheet.md").read_text(encoding="utf-8").splitlines():
        if not line.startswith("|") or set(line) <= set("|-: "):
            continue
        first = line.strip("|").split("|")[0].strip()
        if line.rstrip().endswith("| Notes |"):
            tables.append((first, []))
        elif first:
            tables[-1][1].append(first)
    return tables


def plain(label: str) -> str:
    """A worksheet label as the builder would word it: no links, no trailing aside."""
    label = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", label)
    return re.sub(r"\s*\([^()]*\)$", "", label).strip().casefold()


def builder_field(label: str, fields: list[Field]) -> Field | None:
    return next((f for f in fields if f.label.casefold() == plain(label)), None)


def interviewer_tables() -> list[tuple[str, list[str]]]:
    return [t for t in worksheet_tables() if INTERVIEWER_TABLE.fullmatch(t[0])]


def test_the_form_and_the_worksheet_are_read() -> None:
    assert len(form_fields()) >= 15
    assert len(worksheet_tables()) >= 4
    assert len(interviewer_tables()) >= 2


def test_the_worksheet_still_says_it_follows_the_builder() -> None:
    text = " ".join((DOCS / "worksheet.md").read_text(encoding="utf-8").split())
    assert "in the same order" in text


def test_every_interviewer_block_asks_the_same_things() -> None:
    blocks = interviewer_tables()
    numbers = [int(INTERVIEWER_TABLE.fullmatch(title).group(1)) for title, _ in blocks]
    assert numbers == list(range(1, len(blocks) + 1))
    assert all(rows == blocks[0][1] for _, rows in blocks)


def worksheet_rows() -> list[tuple[str, str]]:
    """``(table, label)`` for each row, with only the first interviewer's block kept."""
    rows = []
    for title, labels in worksheet_tables():
        match = INTERVIEWER_TABLE.fullmatch(title)
        if match and match.group(1) != "1":
            continue
        rows += [(title, label) for label in labels]
    return rows


def test_the_worksheet_follows_the_builders_order() -> None:
    fields = form_fields()
    matched = [builder_field(label, fields) for _, label in worksheet_rows()]
    order = [fields.index(f) for f in matched if f is not None]
    assert order == sorted(order), [fields[i].label for i in order]
    assert len(order) == len(set(order)), "a builder field appears twice"


def test_the_worksheet_asks_for_every_field_about_the_interview() -> None:
    fields = form_fields()
    asked = {builder_field(label, fields) for _, label in worksheet_rows()}
    needed = [f for f in fields if f.section not in NOT_ON_THE_WORKSHEET]
    assert needed, "the form's sections were not read"
    assert [f.label for f in needed if f not in asked] == []


def test_boxes_of_its_own_come_after_the_builders() -> None:
    """Anything the builder does not ask for sits in the worksheet's last table."""
    fields = form_fields()
    rows = worksheet_rows()
    last_table = worksheet_tables()[-1][0]
    own = [(table, label) for table, label in rows if builder_field(label, fields) is None]
    assert all(table == last_table for table, _ in own), own
    assert all(builder_field(label, fields) is None for table, label in rows if table == last_table)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("How you met (in person, phone or video)", "how you met"),
        ("Send by (see [when to send it](guide/timing.md#when-to-send-it))", "send by"),
        ("Job title", "job title"),
    ],
)
def test_labels_are_compared_without_asides(label: str, expected: str) -> None:
    assert plain(label) == expected
