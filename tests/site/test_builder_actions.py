"""What a reader does with the notes: edit and review, copy, email, keep, clear."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from playwright.sync_api import BrowserContext, Page, expect

from tests.site.builder_page import fill_request, note_bodies, open_builder, wait_for_text

PERSON = {
    "name": "Priya Patel",
    "email": "priya.patel@example.com",
    "detail": "We talked about the move to a data warehouse.",
}
STORAGE_KEY = "thank-you-notes:form"


def test_edited_note_is_reviewed_and_kept(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, [PERSON])
    wait_for_text(page, 0, "warehouse")
    body = page.get_by_test_id("note-body").first
    body.fill("Dear Pryia,\n\nThanks for the chat about [Company]!! Don't hesitate to reach out.")
    checks = page.locator("[data-note-checks]").first
    expect(checks).to_contain_text("Pryia")
    expect(checks).to_contain_text("[Company]")
    expect(checks).to_contain_text("stock phrase")
    expect(page.locator("[data-note-edited]").first).to_be_visible()
    page.locator("[name=role]").fill("Senior Data Analyst")
    page.wait_for_timeout(500)
    assert body.input_value().startswith("Dear Pryia")
    expect(checks).to_contain_text("Pryia")
    expect(checks).not_to_contain_text("interviewer must be")
    page.locator("[data-action=discard-edit]").first.click()
    wait_for_text(page, 0, "Senior Data Analyst")
    expect(page.locator("[data-note-edited]").first).to_be_hidden()


def test_copy_puts_the_note_on_the_clipboard(
    context: BrowserContext, page: Page, base_url: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_builder(page, base_url)
    fill_request(page, [PERSON])
    wait_for_text(page, 0, "warehouse")
    page.get_by_test_id("copy-note").first.click()
    expect(page.get_by_test_id("copy-note").first).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.get_by_test_id("note-body").first.input_value()


def test_mailto_carries_recipient_subject_and_body(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(
        page,
        [{**PERSON, "detail": "We talked about R&D budgets & hiring."}],
        company="Northwind R&D 50%? #1",
    )
    wait_for_text(page, 0, "R&D budgets and hiring")
    href = page.get_by_test_id("mailto").first.get_attribute("href")
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == PERSON["email"]
    query = parse_qs(parts.query)
    assert query["subject"] == [
        page.get_by_test_id("note-subject").first.inner_text().removeprefix("Subject: ")
    ]
    body = page.get_by_test_id("note-body").first.input_value()
    assert query["body"] == [body.replace("\n", "\r\n")]


def test_reload_restores_the_form_and_edits(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, [PERSON, {"name": "Tom O'Brien"}], **{"interview.format": "video"})
    page.locator("[name=tone]").select_option("formal")
    formal_sign_off = re.compile(r"\n(?:Kind regards|Yours sincerely|With best regards),\n")
    expect(page.get_by_test_id("note-body").nth(1)).to_have_value(formal_sign_off, timeout=10_000)
    page.get_by_test_id("note-body").nth(1).fill("Dear Tom, my own words.")
    page.wait_for_timeout(300)
    page.reload()
    open_builder(page, base_url)
    expect(page.locator("[name='interviewers.1.name']")).to_have_value("Tom O'Brien")
    expect(page.locator("[name='interview.format']")).to_have_value("video")
    expect(page.locator("[name=tone]")).to_have_value("formal")
    expect(page.get_by_test_id("note-body").nth(1)).to_have_value("Dear Tom, my own words.")
    wait_for_text(page, 0, "warehouse")


def test_clear_everything_erases_the_form(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, [PERSON, {"name": "Tom O'Brien"}])
    wait_for_text(page, 1, "Tom")
    page.get_by_test_id("clear-all").click()
    expect(page.locator("[data-interviewer]")).to_have_count(1)
    for control in page.locator(".builder-form [name]").all():
        if control.evaluate("c => c.tagName") != "SELECT":
            expect(control).to_have_value("")
    expect(page.get_by_test_id("note")).to_have_count(0)
    saved = page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')")
    assert saved is None or "Priya" not in saved
    page.reload()
    open_builder(page, base_url)
    expect(page.locator("[name='candidate.name']")).to_have_value("")


def test_download_contains_every_note(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, [PERSON, {"name": "Tom O'Brien"}])
    wait_for_text(page, 1, "Tom")
    bodies = note_bodies(page, 2)
    with page.expect_download() as info:
        page.locator("[data-action=download]").click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    for body in bodies:
        assert body in text
    assert "To: Priya Patel <priya.patel@example.com>" in text


def test_printing_shows_the_notes_without_the_form(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, [PERSON, {"name": "Tom O'Brien"}])
    wait_for_text(page, 1, "Tom")
    page.emulate_media(media="print")
    expect(page.locator(".builder-form")).to_be_hidden()
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.get_by_test_id("copy-note").first).to_be_hidden()
    expect(page.get_by_test_id("note-body")).to_have_count(2)
    for body in page.get_by_test_id("note-body").all():
        expect(body).to_be_visible()
