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


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_every_new_part_of_the_page_passes_axe_on_a_phone_and_a_desktop(
    device_page: Page, base_url: str, scheme: str
) -> None:
    page = device_page
    open_builder(page, base_url)
    set_palette(page, scheme)
    assert axe_violations(page) == []  # nothing typed yet: the waiting line, disabled actions
    fill_request(
        page,
        [{"name": "priya patel", "detail": "We talked about dashboards."}, {"name": "Tom Lee"}],
        promised="my portfolio",
    )
    wait_for_text(page, 1, "Tom")
    page.locator("[name='interviewers.1.email']").fill("tom@")
    page.locator("[name='interviewers.1.email']").blur()
    page.locator("[name='interviewers.0.detail']").fill("x" * 450)
    expect(page.get_by_test_id("note-waiting")).to_have_count(1)
    page.get_by_test_id("another-wording").first.click()
    page.get_by_test_id("add-interviewer").click()
    page.get_by_test_id("remove-interviewer").nth(2).click()
    expect(page.get_by_test_id("undo")).to_be_visible()
    assert axe_violations(page) == []


def test_keyboard_alone_writes_a_note_and_reaches_it(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    page.locator("[name='candidate.name']").focus()
    typed = {
        "candidate.name": "Ana Lima", "company": "Northwind", "role": "Data Analyst",
        "interviewers.0.name": "Priya Patel",
        "interviewers.0.detail": "We talked about the move to a data warehouse.",
    }
    for _ in range(40):
        name = page.evaluate("document.activeElement.name")
        if name in typed:
            page.keyboard.type(typed.pop(name))
        if not typed:
            break
        page.keyboard.press("Tab")
    assert typed == {}
    wait_for_text(page, 0, "warehouse")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.testid") == "see-note":
            break
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#note-0'")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    for _ in range(12):
        if page.evaluate("document.activeElement.dataset.testid") == "another-wording":
            break
        page.keyboard.press("Tab")
    before = page.get_by_test_id("note-body").first.input_value()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("note-body").first).not_to_have_value(before)


def test_focus_and_errors_look_different_and_disabled_looks_disabled(
    page: Page, base_url: str
) -> None:
    open_builder(page, base_url)
    email = page.locator("[name='candidate.email']")
    email.fill("ana@")
    email.blur()
    expect(email).to_have_attribute("aria-invalid", "true")
    error_colour = email.evaluate("e => getComputedStyle(e).borderTopColor")
    page.locator("[name='company']").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")  # back to the email field, by keyboard: focus-visible
    expect(email).to_be_focused()
    ring = email.evaluate(
        "e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineColor]"
    )
    assert ring[0] == "solid"
    assert ring[1] != error_colour
    add = page.get_by_test_id("add-interviewer")
    enabled = add.evaluate("e => getComputedStyle(e).borderTopStyle")
    for _ in range(11):
        add.click()
    expect(add).to_be_disabled()
    expect(add).to_have_text("Up to 12 interviewers: remove one to add another")
    assert enabled == "solid"
    assert add.evaluate("e => getComputedStyle(e).borderTopStyle") == "dashed"
    assert add.evaluate("e => getComputedStyle(e).cursor") == "not-allowed"
