"""The examples page shows exactly the notes the engine writes for ``examples/*.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.site.conftest import (
    ROOT,
    example_mismatches,
    example_order,
    expected_example_notes,
    rendered_example_notes,
)

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser


def test_every_example_request_is_on_the_page() -> None:
    requests = sorted(path.stem for path in (ROOT / "examples").glob("*.json"))
    included = example_order()
    assert len(included) == len(set(included)), "an example is included twice"
    assert sorted(included) == requests


def test_examples_cover_every_channel_and_a_panel() -> None:
    notes = expected_example_notes()
    assert len(notes) >= 6
    assert {note["channel"] for note in notes} >= {"email", "card", "linkedin"}
    per_example = {note["example"] for note in notes}
    assert any(sum(n["example"] == stem for n in notes) >= 2 for stem in per_example), (
        "no example writes a note per panel member"
    )


def test_examples_page_matches_the_engine(page: Page, base_url: str, recorder) -> None:
    page.goto(base_url + "examples/")
    shown = rendered_example_notes(page)
    assert len(shown) >= 6
    headings = " ".join(note["meta"] for note in shown)
    for label in ("Email to", "Handwritten card to", "LinkedIn message to"):
        assert label in headings
    assert example_mismatches(page) == []
    assert recorder.errors == []


def test_the_comparison_sees_a_changed_note(page: Page, base_url: str) -> None:
    """If the page and the engine disagree by one word, the comparison says so."""
    page.goto(base_url + "examples/")
    page.evaluate(
        """() => {
            const p = document.querySelector('.example-note__body p');
            p.textContent = p.textContent.replace(/\\b(\\w+)\\b/, 'Howdy');
        }"""
    )
    problems = example_mismatches(page)
    assert len(problems) == 1
    assert "note 1" in problems[0]
    assert "body differs" in problems[0]
