"""Phones first: a way from the form to the notes and back, notes read whole with no
scroll box inside the page, nothing fixed over the fields, and targets big enough to tap."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.site.builder_page import fill_request, open_builder, wait_for_text

PERSON = {"name": "Priya Patel", "detail": "We talked about the move to a data warehouse."}
LONG = {
    "name": "Tom Lee",
    "detail": "We talked about the night-shift rota tool, the handover checklist, the way "
    "the team plans cover for holidays, and how the new hires learn the wards.",
}


def in_view(page: Page, selector: str) -> bool:
    """Whether the top of the first element matching ``selector`` is on screen, below the header."""
    return page.evaluate(
        """s => { const top = document.querySelector(s).getBoundingClientRect().top;
                  const header = document.querySelector('.md-header').getBoundingClientRect();
                  return top >= header.bottom - 1 && top < innerHeight; }""",
        selector,
    )


def test_the_form_leads_to_the_notes_and_back(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    expect(page.get_by_test_id("go-to-notes")).to_be_hidden()
    fill_request(page, [PERSON])
    wait_for_text(page, 0, "warehouse")
    see = page.get_by_test_id("see-note")
    expect(see).to_have_text("See the note to Priya Patel")
    expect(page.get_by_test_id("go-to-notes")).to_have_text("Go to your notes (1 ready)")
    see.click()
    page.wait_for_function("location.hash === '#note-0'")
    page.wait_for_timeout(300)
    assert in_view(page, "#note-0")
    page.get_by_test_id("back-to-form").click()
    page.wait_for_function("location.hash === '#interviewer-0'")
    page.wait_for_timeout(300)
    assert in_view(page, "#interviewer-0")
    page.get_by_test_id("go-to-notes").click()
    page.wait_for_timeout(300)
    assert in_view(page, "#builder-notes-heading")


def test_each_note_is_shown_whole_with_one_scroll_on_the_page(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, [LONG], promised="my portfolio", interest="the chance to fix rotas")
    wait_for_text(page, 0, "rota")
    body = page.get_by_test_id("note-body").first
    assert body.evaluate("b => b.scrollHeight <= b.clientHeight + 1"), "the note scrolls inside"
    assert body.evaluate("b => b.value.trim().endsWith('Ana Lima')")
    scrolling = page.evaluate(
        """() => [...document.querySelectorAll('.builder, .builder *')]
              .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowY)
                           && e.scrollHeight > e.clientHeight + 1)
              .map(e => e.className || e.tagName)"""
    )
    assert scrolling == []
    page.get_by_test_id("note-body").first.fill(body.input_value() + "\n\nP.S. One more line.")
    assert body.evaluate("b => b.scrollHeight <= b.clientHeight + 1")


def test_nothing_fixed_on_screen_covers_a_field(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, [PERSON])
    wait_for_text(page, 0, "warehouse")
    page.mouse.wheel(0, 3000)
    page.mouse.wheel(0, -400)  # Material shows "Back to top" when scrolling up
    page.wait_for_timeout(400)
    covered = page.evaluate(
        """() => [...document.querySelectorAll('.builder-form [name], #builder-notes-heading,'
                 + ' [data-testid=note-body]')]
              .filter(e => e.offsetParent !== null)
              .filter(e => {
                 e.scrollIntoView({block: 'center'});
                 const r = e.getBoundingClientRect();
                 const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                 return !(hit === e || e.contains(hit));
              })
              .map(e => e.name || e.id || e.dataset.testid)"""
    )
    assert covered == []
    expect(page.locator(".md-top")).to_be_hidden()


def test_every_control_is_big_enough_to_tap(device_page: Page, base_url: str):
    page = device_page
    open_builder(page, base_url)
    fill_request(page, [PERSON], promised="my portfolio")
    wait_for_text(page, 0, "warehouse")
    page.get_by_test_id("add-interviewer").click()
    small = page.evaluate(
        """() => [...document.querySelectorAll(
                 '.builder button, .builder input, .builder select, .builder a.md-button')]
              .filter(e => e.offsetParent !== null)
              .map(e => [e.name || e.textContent.trim(), e.getBoundingClientRect()])
              .filter(([, r]) => r.height < 44 || r.width < 44)
              .map(([what, r]) => `${what}: ${Math.round(r.width)}x${Math.round(r.height)}`)"""
    )
    assert small == []
