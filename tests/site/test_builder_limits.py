"""Limits said out loud: a count near each limit, a long paste kept whole with a message,
and plain hints for lower-case names, far dates and promised attachments."""

from __future__ import annotations

import datetime as dt

from playwright.sync_api import Page, expect

from tests.site.builder_page import fill_request, open_builder, wait_for_text

PERSON = {"name": "Priya Patel", "detail": "We talked about the move to a data warehouse."}


def paste(page: Page, name: str, text: str) -> None:
    """Put ``text`` in a field at once, as a paste does."""
    page.locator(f"[name='{name}']").evaluate(
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); }", text
    )


def beside(page: Page, name: str):
    return page.locator(f"[name='{name}']").locator("xpath=..")


def test_every_field_with_a_limit_counts_from_a_little_before_it(page: Page, base_url: str):
    open_builder(page, base_url)
    limited = page.locator(".builder-form [data-limit]")
    assert limited.count() >= 14
    assert page.locator(".builder-form [maxlength]").count() == 0
    for control in limited.all():
        limit = int(control.get_attribute("data-limit"))
        name = control.get_attribute("name")
        paste(page, name, "a" * (int(limit * 0.8) - 1))
        expect(beside(page, name).get_by_test_id("counter")).to_have_count(0)
        paste(page, name, "a" * int(limit * 0.8))
        expect(beside(page, name).get_by_test_id("counter")).to_have_text(
            f"{int(limit * 0.8):,} of {limit:,} characters"
        )
        paste(page, name, "")


def test_a_long_paste_is_kept_whole_with_a_message(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, [PERSON, {"name": "Tom Lee", "detail": "He asked about my dashboard."}])
    wait_for_text(page, 1, "dashboard")
    long_text = ("We talked about the rota. " * 80)[:2000]
    paste(page, "interviewers.0.detail", long_text)
    expect(page.locator("[name='interviewers.0.detail']")).to_have_value(long_text)
    counter = beside(page, "interviewers.0.detail").get_by_test_id("counter")
    expect(counter).to_have_text(
        "2,000 of 500 characters: 1,500 too many. Your text is kept; shorten it to use it in "
        "the note."
    )
    expect(page.get_by_test_id("note-waiting")).to_contain_text("shorten the what you talked about")
    expect(page.get_by_test_id("note")).to_have_count(1)
    expect(page.locator("[data-errors]")).to_contain_text(
        "Interviewer 1: what you talked about must be at most 500 characters (it has 2000)."
    )
    paste(page, "interviewers.0.detail", long_text[:480])
    expect(page.get_by_test_id("note")).to_have_count(2)


def test_a_lower_case_name_says_how_the_note_writes_it(page: Page, base_url: str):
    open_builder(page, base_url)
    fill_request(page, [{**PERSON, "name": "denise de la cruz"}], **{"candidate.name": "ana lima"})
    wait_for_text(page, 0, "Dear Denise,")
    expect(beside(page, "interviewers.0.name").get_by_test_id("field-hint")).to_contain_text(
        "written “Denise de la Cruz”"
    )
    expect(beside(page, "candidate.name").get_by_test_id("field-hint")).to_contain_text(
        "written “Ana Lima”"
    )


def test_a_date_far_away_asks_for_the_year_instead_of_send_it_today(page: Page, base_url: str):
    open_builder(page, base_url)
    long_ago = (dt.date.today() - dt.timedelta(days=547)).isoformat()  # noqa: DTZ011
    fill_request(page, [PERSON], **{"interview.date": long_ago})
    wait_for_text(page, 0, "warehouse")
    expect(beside(page, "interview.date").get_by_test_id("field-hint")).to_contain_text(
        "547 days ago. Check the year"
    )
    expect(page.locator("[data-advice]")).not_to_contain_text("Send it today")


def test_a_promised_attachment_is_a_reminder_beside_the_mail_button(
    device_page: Page, base_url: str
):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, [PERSON], promised="my portfolio")
    wait_for_text(page, 0, "portfolio")  # "my portfolio" or "My portfolio is attached"
    reminder = page.get_by_test_id("attach-reminder")
    expect(reminder).to_contain_text("“my portfolio”")
    expect(reminder).to_contain_text("attach it yourself")
    # Both boxes are measured in one frame, so that a note still settling cannot move one
    # between the two measurements.
    gap = page.evaluate(
        """() => {
            const mail = document.querySelector('[data-testid=mailto]').getBoundingClientRect();
            const note = document.querySelector('[data-testid=attach-reminder]');
            return note.getBoundingClientRect().top - mail.bottom;
        }"""
    )
    assert 0 <= gap < 60, gap
    expect(beside(page, "promised").get_by_test_id("field-hint")).to_contain_text("attach it")
    page.locator("[name=promised]").fill("https://example.org/portfolio")
    expect(reminder).to_be_hidden()
