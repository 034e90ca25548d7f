"""Notes for what is complete: a half-typed interviewer leaves the others their notes, and
an error shows, in the label's words and with its place, once its field has been left."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.site.builder_page import fill_request, note_bodies, open_builder, wait_for_text

PANEL = [
    {"name": "Priya Patel", "detail": "We talked about the move to a data warehouse."},
    {"name": "Denise Okafor", "detail": "She showed me the lab."},
    {"name": "Tom Lee", "detail": "We discussed the night-shift rota tool."},
]


def test_before_anything_is_typed_nothing_is_called_an_error(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    waiting = page.locator("[data-waiting]")
    expect(waiting).to_contain_text("Your name, Company, Role, an interviewer’s name")  # noqa: RUF001
    assert "candidate" not in waiting.inner_text()
    for control in page.locator(".builder-form [name]").all()[:6]:
        control.focus()  # visiting a field is not filling it in wrongly
    page.locator("[name='candidate.name']").focus()
    expect(page.locator("[aria-invalid]")).to_have_count(0)
    expect(page.get_by_test_id("field-error")).to_have_count(0)
    expect(page.locator("[data-errors] li")).to_have_count(0)


def test_a_half_typed_interviewer_leaves_the_others_their_notes(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, PANEL)
    wait_for_text(page, 2, "rota")
    before = note_bodies(page, 3)
    email = page.locator("[name='interviewers.1.email']")
    email.fill("denise@")
    waiting = page.get_by_test_id("note-waiting")
    expect(waiting).to_have_count(1)
    expect(waiting).to_contain_text("interviewer 2")
    assert note_bodies(page, 2) == [before[0], before[2]]
    # Still typing: not yet called an error.
    expect(email).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator("[data-errors] li")).to_have_count(0)
    email.blur()
    expect(email).to_have_attribute("aria-invalid", "true")
    beside = email.locator("xpath=..").get_by_test_id("field-error")
    expect(beside).to_have_text("Email must be an email address such as name@example.com.")
    expect(page.locator("[data-errors] li")).to_have_text(
        ["Interviewer 2: email must be an email address such as name@example.com."]
    )
    email.fill("denise@example.com")
    expect(page.get_by_test_id("note")).to_have_count(3)
    expect(page.locator("[aria-invalid]")).to_have_count(0)


def test_clearing_a_name_to_retype_it_keeps_the_other_notes(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, PANEL[:2])
    wait_for_text(page, 1, "lab")
    name = page.locator("[name='interviewers.0.name']")
    name.fill("")
    expect(page.get_by_test_id("note")).to_have_count(1)
    expect(page.get_by_test_id("note-waiting")).to_contain_text("fill in the name")
    name.blur()
    expect(page.locator("[data-errors] li")).to_have_text(["Interviewer 1: name is required."])
    name.fill("Priya Patel")
    wait_for_text(page, 0, "data warehouse")


def test_twelve_interviewers_with_blank_names_wait_without_errors(page: Page, base_url: str):
    open_builder(page, base_url)
    fill_request(page, [PANEL[0]])
    wait_for_text(page, 0, "warehouse")
    for _ in range(11):
        page.get_by_test_id("add-interviewer").click()
    expect(page.get_by_test_id("note")).to_have_count(1)
    waiting = page.get_by_test_id("note-waiting")
    expect(waiting).to_have_count(11)
    expect(waiting.nth(10)).to_have_text(
        "The note to interviewer 12 is written once you fill in the name."
    )
    # Added and passed over, not typed in: nothing is called an error.
    expect(page.locator("[data-errors] li")).to_have_count(0)
    expect(page.locator("[aria-invalid]")).to_have_count(0)
    expect(page.locator("[data-waiting]")).to_be_hidden()
