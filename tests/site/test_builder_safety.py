"""Nothing leaked, nothing executed, nothing lost: the builder under hostile conditions."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.site.builder_page import fill_request, note_bodies, open_builder, wait_for_text
from tests.site.conftest import Recorder, watch

HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=1</script>",
    '" onmouseover="window.__pwned=1" x="',
    "javascript:window.__pwned=1",
    'O\'Brien \\ "quoted" `tick` ${x} {{y}} &amp; &lt; end',
]


def test_hostile_input_is_shown_verbatim_and_never_runs(
    page: Page, base_url: str, recorder: Recorder
) -> None:
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_builder(page, base_url)
    fill_request(
        page,
        [
            {
                "name": "Priya " + HOSTILE[4][:40],
                "title": HOSTILE[2],
                "detail": HOSTILE[0] + " " + HOSTILE[1],
            }
        ],
        **{
            "candidate.name": HOSTILE[1][:60],
            "company": HOSTILE[0],
            "role": HOSTILE[2],
            "interest": HOSTILE[3],
            "promised": HOSTILE[4],
            "highlights.0": HOSTILE[1],
        },
    )
    wait_for_text(page, 0, "Priya")
    body = page.get_by_test_id("note-body").first.input_value()
    # Shown as text: a name typed in lower case gets its capitals, nothing else changes.
    for text in (HOSTILE[0], HOSTILE[1], HOSTILE[2], "{{y}} &amp; &lt; end"):
        assert text.casefold() in body.casefold(), (text, body)
    expect(page.locator("[data-testid=note] h3")).to_have_text("Note to Priya " + HOSTILE[4][:40])
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x], [onmouseover]").count() == 0
    assert page.evaluate("[...document.scripts].some(s => s.text.includes('__pwned'))") is False
    assert dialogs == []
    assert not [e for e in recorder.errors if "Content Security Policy" not in e]


def test_javascript_url_in_email_fields_is_rejected(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(
        page,
        [{"name": "Priya Patel", "email": "javascript:alert(1)"}],
        **{"candidate.email": "javascript:alert(1)"},
    )
    page.locator("[name='interviewers.0.email']").blur()
    expect(page.locator("[data-errors]")).to_contain_text("email address")
    expect(page.locator("[name='interviewers.0.email']")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_test_id("note")).to_have_count(0)
    assert page.locator("a[href^='javascript:']").count() == 0


def test_ten_thousand_characters_get_a_clear_message(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    fill_request(page, [{"name": "Priya Patel"}])
    wait_for_text(page, 0, "Priya")
    long_text = "x" * 10_000
    page.locator("[name='interviewers.0.detail']").evaluate(
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); }",
        long_text,
    )
    expect(page.locator("[data-errors]")).to_contain_text("at most 500 characters")
    expect(page.locator("[name='interviewers.0.detail']")).to_have_value(long_text)


def test_builder_page_has_a_strict_content_security_policy(
    page: Page, base_url: str, recorder: Recorder
) -> None:
    open_builder(page, base_url)
    policy = page.locator("meta[http-equiv=Content-Security-Policy]").get_attribute("content")
    assert "'wasm-unsafe-eval'" in policy
    assert "'unsafe-eval'" not in policy.replace("'wasm-unsafe-eval'", "")
    assert "http" not in policy
    assert "script-src 'self'" in policy
    fill_request(page, [{"name": "Priya Patel"}])
    wait_for_text(page, 0, "Priya")
    assert recorder.errors == []


def test_no_request_leaves_the_origin(
    page: Page, base_url: str, server, recorder: Recorder
) -> None:
    open_builder(page, base_url)
    fill_request(page, [{"name": "Priya Patel"}], promised="https://example.org/x")
    wait_for_text(page, 0, "https://example.org/x")
    assert recorder.requests
    assert recorder.off_origin(server.origin) == []


def test_blocked_runtime_shows_an_error_and_keeps_the_form(page: Page, base_url: str) -> None:
    page.route("**/runtime/pyodide.*/**", lambda route: route.abort())
    page.goto(base_url + "builder/")
    fill_request(page, [{"name": "Priya Patel"}])
    status = page.get_by_test_id("builder-status")
    expect(status).to_have_attribute("data-state", "error", timeout=45_000)
    expect(status).to_contain_text("Everything you typed is kept")
    expect(page.locator("[name='interviewers.0.name']")).to_have_value("Priya Patel")
    page.unroute("**/runtime/pyodide.*/**")
    page.locator("[data-action=retry]").click()
    expect(status).to_have_attribute("data-state", "ready", timeout=60_000)
    wait_for_text(page, 0, "Priya")


@pytest.mark.parametrize(
    "answer",
    [
        {"status": 404, "body": "Not found"},
        {"status": 200, "body": b"\0asm", "content_type": "text/plain"},
    ],
    ids=["missing", "damaged"],
)
def test_a_missing_or_damaged_runtime_is_said_within_seconds(
    page: Page, base_url: str, answer: dict
) -> None:
    page.route("**/pyodide.asm.wasm.*.gz", lambda route: route.fulfill(**answer))
    page.goto(base_url + "builder/")
    status = page.get_by_test_id("builder-status")
    expect(status).to_have_attribute("data-state", "error", timeout=10_000)
    expect(status).to_contain_text("its main file")
    expect(status).not_to_contain_text("took too long")


def test_stalled_runtime_times_out(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    page = watch(context.new_page(), Recorder())
    page.route("**/pyodide.asm.wasm.*.gz", lambda _route: None)  # never answered
    page.clock.install()
    page.goto(base_url + "builder/")
    fill_request(page, [{"name": "Priya Patel"}])
    status = page.get_by_test_id("builder-status")
    page.wait_for_timeout(5_000)
    expect(status).to_have_attribute("data-state", "loading")
    page.clock.run_for(31_000)
    expect(status).to_have_attribute("data-state", "error", timeout=10_000)
    expect(status).to_contain_text("took too long")
    expect(page.locator("[name='interviewers.0.name']")).to_have_value("Priya Patel")
    context.close()


def test_without_javascript_the_page_explains(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "builder/")
    expect(page.locator(".builder-noscript")).to_contain_text("needs JavaScript")
    expect(page.locator("[data-builder]")).to_be_hidden()
    href = page.locator(".builder-noscript a").first.get_attribute("href")
    assert page.request.get(page.url + href).ok
    context.close()


def test_panel_notes_share_no_sentence(page: Page, base_url: str) -> None:
    open_builder(page, base_url)
    people = [
        {"name": f"Person{i} Example", "detail": "We talked about the roadmap."} for i in range(4)
    ]
    fill_request(page, people)
    wait_for_text(page, 3, "Person3")
    bodies = note_bodies(page, 4)
    sentences = [set(b.split("\n\n")[1].split(". ")) for b in bodies]
    for i, mine in enumerate(sentences):
        for j, theirs in enumerate(sentences):
            if i != j:
                assert not mine & theirs
