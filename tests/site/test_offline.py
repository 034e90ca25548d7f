"""After one visit the builder works with the network off, from the service worker's cache."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from tests.site.builder_page import fill_request, open_builder, wait_for_text
from tests.site.conftest import Recorder, watch
from tests.site.worker_cache import wait_until_cached


def test_builder_works_offline_after_one_visit(
    browser: Browser, base_url: str, site_dir: Path
) -> None:
    context = browser.new_context()
    recorder = Recorder()
    page = watch(context.new_page(), recorder)
    open_builder(page, base_url)
    wait_until_cached(page, base_url, site_dir)
    context.set_offline(True)
    page.reload()
    open_builder(page, base_url)
    fill_request(page, [{"name": "Priya Patel", "detail": "We talked about offline maps."}])
    wait_for_text(page, 0, "offline maps")
    page.goto(base_url)
    assert page.locator("h1").count() == 1
    assert recorder.errors == []
    context.close()


def test_service_worker_is_scoped_to_the_sub_path(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url)
    scope = page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
    assert scope == base_url
    context.close()
