"""The builder page is usable with a keyboard and a screen reader, in both palettes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.site.builder_page import fill_request, open_builder, wait_for_text
from tests.site.conftest import axe_violations, set_palette


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_builder_with_notes_and_errors_has_no_axe_violations(
    page: Page, base_url: str, scheme: str
) -> None:
    open_builder(page, base_url)
    set_palette(page, scheme)
    fill_request(
        page,
        [{"name": "Priya Patel", "detail": "We talked about dashboards."}, {"name": "Tom Lee"}],
    )
    wait_for_text(page, 1, "Tom")
    assert axe_violations(page) == []
    page.locator("[name='interviewers.0.email']").fill("not an address")
    page.locator("[name='interviewers.0.email']").blur()
    expect(page.locator("[data-errors] li")).to_have_count(1)
    assert axe_violations(page) == []


def test_every_control_is_labelled_and_grouped(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    page.get_by_test_id("add-interviewer").click()
    unlabelled = page.evaluate(
        "[...document.querySelectorAll('.builder-form [name]')]"
        ".filter(c => !c.labels || c.labels.length === 0).map(c => c.name)"
    )
    assert unlabelled == []
    legends = page.locator("[data-interviewer] legend").all_inner_texts()
    assert legends == ["Interviewer 1", "Interviewer 2"]
    for live in ("[data-testid=builder-status]", "[data-notes]"):
        expect(page.locator(live)).to_have_attribute("aria-live", "polite")


def test_keyboard_alone_adds_an_interviewer(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    page.get_by_test_id("add-interviewer").focus()
    page.keyboard.press("Enter")
    expect(page.locator("[name='interviewers.1.name']")).to_be_focused()
    page.keyboard.type("Tom Lee")
    page.keyboard.press("Tab")
    expect(page.locator("[name='interviewers.1.title']")).to_be_focused()
