"""The occasions in Chromium: each shows the fields it uses, and hides the rest unsent."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.site.builder_page import (
    fill_request,
    note_bodies,
    open_builder,
    set_field,
    wait_for_text,
)

PERSON = {"name": "Priya Patel", "detail": "We talked about the move to a data warehouse."}
HIGHLIGHT = "I built the food bank's volunteer dashboard"


def test_an_offer_hides_what_it_does_not_use_and_keeps_it(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, [PERSON], **{"highlights.0": HIGHLIGHT})
    wait_for_text(page, 0, "food bank")
    set_field(page, "channel", "linkedin")
    expect(page.get_by_test_id("note-subject")).to_be_hidden()
    set_field(page, "kind", "accept-offer")
    expect(page.locator("[name='highlights.0']")).to_be_hidden()
    expect(page.locator("[name=channel]")).to_be_hidden()
    expect(page.locator("[name=reason]")).to_be_hidden()
    set_field(page, "start_date", "2026-12-07")
    wait_for_text(page, 0, "December")
    body = note_bodies(page, 1)[0]
    assert "accept" in body
    assert "food bank" not in body
    expect(page.get_by_test_id("note-subject")).to_contain_text("offer")
    set_field(page, "kind", "thank-you")
    expect(page.locator("[name='highlights.0']")).to_have_value(HIGHLIGHT)
    expect(page.locator("[name=channel]")).to_have_value("linkedin")
    set_field(page, "channel", "email")
    wait_for_text(page, 0, "food bank")


def test_a_later_round_thanks_someone_met_before_again(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    expect(page.locator("[name='interviewers.0.met_before']")).to_be_hidden()
    people = [{**PERSON, "met_before": "yes"}, {"name": "Tom O'Brien"}]
    fill_request(page, people, kind="later-round", **{"interview.round": "final"})
    wait_for_text(page, 0, "final round")
    wait_for_text(page, 1, "final round")
    first, second = (body.split("\n\n")[1] for body in note_bodies(page, 2))
    assert "again" in first
    assert "again" not in second


def test_an_informational_interview_needs_no_role(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, [PERSON], role="")
    set_field(page, "kind", "informational")
    expect(page.locator("[name=role]")).to_be_hidden()
    expect(page.locator("[name=interest]")).to_be_hidden()
    expect(page.locator("[name=promised]")).to_be_visible()
    wait_for_text(page, 0, "Northwind")
    expect(page.get_by_test_id("note-subject")).to_be_visible()


def test_an_occasion_for_fewer_people_says_how_many_it_takes(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    people = [{"name": name} for name in ("Ana Silva", "Ben Okafor", "Chen Wei", "Dev Rao")]
    fill_request(page, people, kind="accept-offer")
    expect(page.locator("[data-waiting]")).to_contain_text(
        "The interviewers (must list 1 to 3 people for accepting an offer)"
    )
    page.get_by_test_id("remove-interviewer").nth(3).click()
    expect(page.get_by_test_id("note")).to_have_count(3)
