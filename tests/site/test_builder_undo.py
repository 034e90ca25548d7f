"""A way back from what erases typed text: "Clear everything" and "Remove interviewer"."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.site.builder_page import fill_request, note_bodies, open_builder, wait_for_text

PANEL = [
    {"name": "Priya Patel", "email": "priya@example.com", "detail": "We talked about the lab."},
    {"name": "Tom Lee", "detail": "He asked about my dashboard for the food bank."},
    {"name": "Ines Duarte", "detail": "We discussed the night-shift rota tool."},
]


def test_clear_everything_can_be_undone(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, PANEL, **{"interview.format": "video"})
    wait_for_text(page, 2, "rota")
    page.get_by_test_id("note-body").nth(1).fill("Dear Tom, my own words.")
    bodies = note_bodies(page, 3)
    page.get_by_test_id("clear-all").click()
    expect(page.locator("[data-interviewer]")).to_have_count(1)
    expect(page.get_by_test_id("note")).to_have_count(0)
    undo = page.get_by_test_id("undo")
    expect(undo).to_contain_text("The form is cleared.")
    expect(undo.get_by_role("button", name="Undo")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("[data-interviewer]")).to_have_count(3)
    expect(page.locator("[name='interviewers.2.name']")).to_have_value("Ines Duarte")
    expect(page.locator("[name='interview.format']")).to_have_value("video")
    wait_for_text(page, 2, "rota")
    assert note_bodies(page, 3) == bodies
    expect(undo).to_have_count(0)


def test_removing_an_interviewer_can_be_undone_in_place(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, PANEL)
    wait_for_text(page, 2, "rota")
    page.get_by_test_id("note-body").nth(1).fill("Dear Tom, my own words.")
    first_wording = page.get_by_test_id("note-body").nth(2).input_value()
    page.get_by_test_id("another-wording").nth(2).click()
    expect(page.get_by_test_id("note-body").nth(2)).not_to_have_value(first_wording)
    bodies = note_bodies(page, 3)
    page.get_by_test_id("remove-interviewer").nth(1).click()
    expect(page.locator("[data-interviewer]")).to_have_count(2)
    undo = page.get_by_test_id("undo")
    expect(undo).to_have_text("Interviewer 2, Tom Lee, removed. Undo")
    # The offer stands where the interviewer was, between the first and the (new) second.
    assert page.evaluate(
        "() => document.querySelector('[data-testid=undo]').previousElementSibling.id"
    ) == "interviewer-0"
    expect(page.locator("[name='interviewers.1.name']")).to_have_value("Ines Duarte")
    undo.get_by_role("button", name="Undo").click()
    expect(page.locator("[name='interviewers.1.name']")).to_have_value("Tom Lee")
    expect(page.locator("[name='interviewers.1.name']")).to_be_focused()
    expect(page.locator("[name='interviewers.2.name']")).to_have_value("Ines Duarte")
    wait_for_text(page, 2, "rota")
    assert note_bodies(page, 3) == bodies


def test_the_offer_to_undo_ends_when_the_reader_types_on(page: Page, base_url: str):
    open_builder(page, base_url)
    fill_request(page, PANEL[:2])
    wait_for_text(page, 1, "food bank")
    page.get_by_test_id("remove-interviewer").nth(1).click()
    expect(page.get_by_test_id("undo")).to_be_visible()
    page.locator("[name=role]").fill("Senior Data Analyst")
    expect(page.get_by_test_id("undo")).to_have_count(0)
    expect(page.locator("[data-interviewer]")).to_have_count(1)
