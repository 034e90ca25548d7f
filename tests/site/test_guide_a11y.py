"""axe-core finds no WCAG 2.1 A or AA violation on any page, in the light or dark palette."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.site.conftest import axe_violations, nav_params, set_palette

pytestmark = pytest.mark.browser

PAGES = [*nav_params(), pytest.param("no/such/page/", id="404")]


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("url", PAGES)
def test_page_has_no_axe_violations(page: Page, base_url: str, url: str, scheme: str) -> None:
    page.emulate_media(color_scheme="dark" if scheme == "slate" else "light")
    page.goto(base_url + url)
    set_palette(page, scheme)
    expect(page.locator(".md-content h1")).to_be_visible()
    if page.locator("[data-builder]").count():  # audit the builder as it is once started
        expect(page.locator("[data-builder]")).to_be_visible()
        expect(page.get_by_test_id("builder-status")).not_to_have_attribute(
            "data-state", "loading", timeout=60_000
        )
    assert axe_violations(page) == []


def test_axe_reports_a_violation_when_there_is_one(page: Page, base_url: str) -> None:
    """The audit is live: an unlabelled control and faint text on the page are found."""
    page.goto(base_url + "reasons/")
    page.evaluate(
        """() => {
            const p = document.querySelector('.md-content p');
            p.style.color = '#ddd';
            p.insertAdjacentHTML('afterend', '<input type="text">');
        }"""
    )
    found = {v["id"] for v in axe_violations(page)}
    assert {"color-contrast", "label"} <= found
