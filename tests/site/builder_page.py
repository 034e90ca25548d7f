"""Driving the note builder page: open it, fill it, read its notes."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

READY_TIMEOUT_MS = 60_000


def wait_ready(page: Page) -> None:
    """Wait until Python has started in the page's worker."""
    expect(page.get_by_test_id("builder-status")).to_have_attribute(
        "data-state", "ready", timeout=READY_TIMEOUT_MS
    )


def open_builder(page: Page, base_url: str) -> None:
    """Load the builder page directly and wait for the note writer."""
    page.goto(base_url + "builder/")
    wait_ready(page)


def fill_request(page: Page, people: list[dict[str, str]], **fields: str) -> None:
    """Fill the candidate, interview and one fieldset per person."""
    defaults = {"candidate.name": "Ana Lima", "company": "Northwind", "role": "Data Analyst"}
    for name, value in {**defaults, **fields}.items():
        set_field(page, name, value)
    add = page.get_by_test_id("add-interviewer")
    while page.locator("[data-interviewer]").count() < len(people):
        add.click()
    for index, person in enumerate(people):
        for key, value in person.items():
            set_field(page, f"interviewers.{index}.{key}", value)


def set_field(page: Page, name: str, value: str) -> None:
    """Type into a field, or choose an option of a select."""
    control = page.locator(f"[name='{name}']")
    if control.evaluate("c => c.tagName") == "SELECT":
        control.select_option(value)
    else:
        control.fill(value)


def note_bodies(page: Page, count: int) -> list[str]:
    """The text of each note card once there are ``count`` of them."""
    expect(page.get_by_test_id("note")).to_have_count(count)
    return [b.input_value() for b in page.get_by_test_id("note-body").all()]


def wait_for_text(page: Page, index: int, text: str) -> None:
    """Wait until note ``index`` contains ``text``."""
    expect(page.get_by_test_id("note-body").nth(index)).to_have_value(
        re.compile(re.escape(text)), timeout=10_000
    )
