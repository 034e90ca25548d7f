"""The note builder in Chromium: notes for one person and for a panel, every option."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.site.builder_page import (
    fill_request,
    note_bodies,
    open_builder,
    wait_for_text,
    wait_ready,
)

PANEL = [
    {"name": "Priya Patel", "detail": "We talked about the move to a data warehouse."},
    {"name": "Tom O'Brien", "detail": "He asked about my dashboard for the food bank."},
    {"name": "José Ramos", "detail": "She is rebuilding the patient survey."},
    {"name": "李雷", "detail": "We discussed the night-shift rota tool."},
]


def test_direct_visit_writes_a_note(page: Page, base_url: str, recorder) -> None:
    open_builder(page, base_url)
    fill_request(page, PANEL[:1], **{"interview.format": "phone"})
    wait_for_text(page, 0, "data warehouse")
    body = page.get_by_test_id("note-body").first.input_value()
    assert "Priya" in body
    assert "Northwind" in body
    assert "Data Analyst" in body
    assert "Ana Lima" in body
    assert "phone" in body or "call" in body
    expect(page.get_by_test_id("note-subject")).to_contain_text("Data Analyst")
    assert recorder.errors == []


def test_instant_navigation_starts_the_builder(page: Page, base_url: str, recorder) -> None:
    page.goto(base_url)
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-nav__link", has_text="Note builder").first.click()
    page.wait_for_url("**/builder/")
    wait_ready(page)
    assert page.evaluate("window.__sameDocument") is True, "navigation reloaded the page"
    fill_request(page, PANEL[:1])
    wait_for_text(page, 0, "Priya")
    assert recorder.errors == []


def test_panel_of_four_gets_four_different_notes(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, PANEL)
    for index, person in enumerate(PANEL):
        wait_for_text(page, index, person["name"].split()[0])
    bodies = note_bodies(page, 4)
    for index, body in enumerate(bodies):
        others = [p["name"] for i, p in enumerate(PANEL) if i != index]
        assert not any(name in body for name in others)
    first_lines = {body.split("\n\n")[1] for body in bodies}
    assert len(first_lines) == 4


def test_adding_and_removing_moves_focus(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    page.get_by_test_id("add-interviewer").click()
    expect(page.locator("[name='interviewers.1.name']")).to_be_focused()
    page.locator("[name='interviewers.1.name']").fill("Second Person")
    page.get_by_test_id("add-interviewer").click()
    page.locator("[name='interviewers.2.name']").fill("Third Person")
    page.get_by_test_id("remove-interviewer").nth(1).click()
    expect(page.locator("[data-interviewer]")).to_have_count(2)
    expect(page.locator("[name='interviewers.1.name']")).to_have_value("Third Person")
    expect(page.locator("[name='interviewers.1.name']")).to_be_focused()
    expect(page.locator("[data-interviewer] legend").nth(1)).to_have_text("Interviewer 2")


def test_twelve_interviewers_at_most(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    for _ in range(11):
        page.get_by_test_id("add-interviewer").click()
    expect(page.locator("[data-interviewer]")).to_have_count(12)
    expect(page.get_by_test_id("add-interviewer")).to_be_disabled()


def test_every_kind_and_channel(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, PANEL[:2], **{"interview.date": "2026-11-20"})
    wait_for_text(page, 1, "Tom")
    seen = set()
    for kind in ("thank-you", "follow-up", "after-rejection"):
        for channel in ("email", "card", "linkedin"):
            page.locator("[name=kind]").select_option(kind)
            page.locator("[name=channel]").select_option(channel)
            page.wait_for_timeout(300)
            subject = page.get_by_test_id("note-subject").first
            if channel == "email":
                expect(subject).to_be_visible()
            else:
                expect(subject).to_be_hidden()
            bodies = note_bodies(page, 2)
            for body, person in zip(bodies, PANEL, strict=False):
                assert person["name"].split()[0] in body, (kind, channel, body)
                assert "Ana Lima" in body
                if channel == "linkedin":
                    assert len(body) <= 300
            seen.add((subject.text_content(), bodies[0]))
    assert len(seen) == 9


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_every_tone(page: Page, base_url: str, tone: str) -> None:
    open_builder(page, base_url)
    fill_request(page, PANEL[:1])
    wait_for_text(page, 0, "data warehouse")
    before = page.get_by_test_id("note-body").first.input_value()
    page.locator("[name=tone]").select_option(tone)
    if tone != "warm":
        expect(page.get_by_test_id("note-body").first).not_to_have_value(before)
    page.wait_for_timeout(200)
    body = page.get_by_test_id("note-body").first.input_value()
    assert "Priya" in body
    if tone == "formal":
        assert "I'm" not in body
    if tone == "concise":
        assert len(body.split()) <= 120


def test_another_wording(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, PANEL[:1])
    wait_for_text(page, 0, "data warehouse")
    before = page.get_by_test_id("note-body").first.input_value()
    page.get_by_test_id("another-wording").first.click()
    expect(page.get_by_test_id("note-body").first).not_to_have_value(before)
    assert "data warehouse" in page.get_by_test_id("note-body").first.input_value()


def test_send_by_advice_uses_the_readers_date(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    local_date = (
        "days => { const d = new Date(); d.setDate(d.getDate() - days);"
        " const p = n => String(n).padStart(2, '0');"
        " return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`; }"
    )
    fill_request(page, PANEL[:1], **{"interview.date": page.evaluate(local_date, 0)})
    advice = page.locator("[data-advice]")
    expect(advice).not_to_be_empty()
    recent = advice.inner_text()
    page.locator("[name='interview.date']").fill(page.evaluate(local_date, 9))
    expect(advice).not_to_have_text(recent)
    assert "9" in advice.inner_text()
