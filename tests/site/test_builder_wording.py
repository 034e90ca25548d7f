"""Wording per note: "Another wording" changes only its note, "Previous wording" brings
the last one back, and an edited note asks before it is replaced."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.site.builder_page import fill_request, note_bodies, open_builder, wait_for_text

PANEL = [
    {"name": "Priya Patel", "detail": "We talked about the move to a data warehouse."},
    {"name": "Denise Okafor", "detail": "She showed me the lab."},
    {"name": "Tom Lee", "detail": "We discussed the night-shift rota tool."},
]


def open_panel(page: Page, base_url: str) -> list[str]:
    open_builder(page, base_url)
    fill_request(page, PANEL)
    wait_for_text(page, 2, "rota")
    return note_bodies(page, 3)


def test_another_wording_changes_only_its_note_and_can_be_taken_back(
    device_page: Page, base_url: str
):
    page = device_page
    first = open_panel(page, base_url)
    previous = page.get_by_test_id("previous-wording").nth(1)
    expect(previous).to_be_disabled()
    page.get_by_test_id("another-wording").nth(1).click()
    body = page.get_by_test_id("note-body").nth(1)
    expect(body).not_to_have_value(first[1])
    second = note_bodies(page, 3)
    assert [second[0], second[2]] == [first[0], first[2]]
    assert "lab" in second[1]
    page.get_by_test_id("another-wording").nth(1).click()
    expect(body).not_to_have_value(second[1])
    third = body.input_value()
    assert third != first[1]
    previous.click()
    expect(body).to_have_value(second[1])
    previous.click()
    expect(body).to_have_value(first[1])
    expect(previous).to_be_disabled()
    assert note_bodies(page, 3) == first


def test_a_wording_survives_a_reload(page: Page, base_url: str):
    first = open_panel(page, base_url)
    page.get_by_test_id("another-wording").first.click()
    body = page.get_by_test_id("note-body").first
    expect(body).not_to_have_value(first[0])
    chosen = body.input_value()
    page.reload()
    open_builder(page, base_url)
    wait_for_text(page, 2, "rota")
    expect(body).to_have_value(chosen)
    page.get_by_test_id("previous-wording").first.click()
    expect(body).to_have_value(first[0])


def test_an_edited_note_asks_before_another_wording_replaces_it(page: Page, base_url: str):
    first = open_panel(page, base_url)
    body = page.get_by_test_id("note-body").nth(2)
    body.fill("Dear Tom,\n\nMy own words.\n\nAna Lima")
    questions = []
    page.once("dialog", lambda d: (questions.append(d.message), d.dismiss()))
    page.get_by_test_id("another-wording").nth(2).click()
    page.wait_for_timeout(300)
    assert questions == ["Replace your edited note to Tom Lee? Your changes to it will be lost."]
    expect(body).to_have_value("Dear Tom,\n\nMy own words.\n\nAna Lima")
    page.once("dialog", lambda d: d.accept())
    page.get_by_test_id("another-wording").nth(2).click()
    expect(body).not_to_have_value("Dear Tom,\n\nMy own words.\n\nAna Lima")
    expect(body).not_to_have_value(first[2])
    expect(page.locator("[data-note-edited]").nth(2)).to_be_hidden()
