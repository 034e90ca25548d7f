"""Sending: the subject and the body copied each with its own button, and Download and
Print disabled, saying why, while there is no note."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.site.builder_page import fill_request, open_builder, wait_for_text

PERSON = {"name": "Priya Patel", "detail": "We talked about the move to a data warehouse."}


def test_subject_and_note_are_copied_each_by_its_button(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, [PERSON])
    wait_for_text(page, 0, "warehouse")
    subject = page.get_by_test_id("note-subject").first.inner_text().removeprefix("Subject: ")
    page.get_by_test_id("copy-subject").first.click()
    expect(page.get_by_test_id("copy-subject").first).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == subject
    page.get_by_test_id("copy-note").first.click()
    expect(page.get_by_test_id("copy-note").first).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == (
        page.get_by_test_id("note-body").first.input_value()
    )
    page.locator("[name=channel]").select_option("card")
    expect(page.get_by_test_id("copy-subject").first).to_be_hidden()


def test_download_and_print_wait_for_a_note_and_say_so(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    why = page.locator("[data-actions-why]")
    for action in ("download", "print"):
        button = page.locator(f"[data-action={action}]")
        expect(button).to_be_disabled()
        described = button.get_attribute("aria-describedby")
        expect(page.locator(f"#{described}")).to_have_text(
            "There are no notes to download or print yet."
        )
    expect(why).to_be_visible()
    fill_request(page, [PERSON])
    wait_for_text(page, 0, "warehouse")
    expect(page.locator("[data-action=download]")).to_be_enabled()
    expect(page.locator("[data-action=print]")).to_be_enabled()
    expect(why).to_be_hidden()
    page.locator("[name=company]").fill("")
    expect(page.locator("[data-action=download]")).to_be_disabled()
