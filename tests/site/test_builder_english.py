"""English of the reader's choosing: American or British spelling and date order, chosen
in the form and first taken from the browser's language."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.site.builder_page import fill_request, open_builder, wait_for_text
from tests.site.conftest import Recorder, watch

PERSON = {"name": "Priya Patel", "detail": "We talked about the move to a data warehouse."}
DATE = {"interview.date": "2025-11-27", "tone": "formal"}


@pytest.mark.parametrize(
    ("locale", "english", "date"),
    [
        ("en-US", "us", "Thursday, November 27, 2025"),
        ("en-GB", "uk", "Thursday 27 November 2025"),
        ("en-AU", "uk", "Thursday 27 November 2025"),
    ],
)
def test_the_english_starts_from_the_browsers_language(
    browser: Browser, base_url: str, locale: str, english: str, date: str
):
    context = browser.new_context(locale=locale)
    page = watch(context.new_page(), Recorder())
    open_builder(page, base_url)
    expect(page.locator("[name=english]")).to_have_value(english)
    fill_request(page, [PERSON], channel="card", **DATE)
    wait_for_text(page, 0, date)
    context.close()


def test_the_reader_chooses_the_english_and_it_is_kept(page: Page, base_url: str):
    open_builder(page, base_url)
    fill_request(page, [PERSON], **{**DATE, "english": "uk"}, kind="follow-up")
    wait_for_text(page, 0, "27 November")
    page.locator("[name=english]").select_option("us")
    wait_for_text(page, 0, "November 27")
    expect(page.locator("[data-advice]")).to_contain_text("December 4, 2025")
    page.reload()
    open_builder(page, base_url)
    expect(page.locator("[name=english]")).to_have_value("us")
    wait_for_text(page, 0, "November 27")
