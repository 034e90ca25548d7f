"""Two releases at one address: across a deploy, no page runs the files of both.

Release 2 changes the builder page's script (its ready message), the protocol between
the page and the note writer's worker (the type of the worker's first message), and the
Python side of that worker (so the runtime too). A page that ran any script, style or
runtime file of release 1 with those of release 2 would never write a note, or would
show release 1's ready message.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.site.builder_page import fill_request, open_builder, wait_for_text
from tests.site.conftest import Recorder, build_site, watch
from tests.site.scratch import copy_repo
from tests.site.server import SUB_PATH, SiteServer
from tests.site.worker_cache import wait_until_cached, worker_version

pytestmark = pytest.mark.browser

READY_1 = "Ready. Your notes update as you type."
READY_2 = "Ready, release 2. Your notes update as you type."
RELEASE_2 = {  # file: (text of release 1, text of release 2)
    "docs/javascripts/builder.mjs": (READY_1, READY_2),
    "docs/javascripts/builder-client.mjs": ('data.type === "ready"', 'data.type === "started"'),
    "docs/javascripts/builder-worker.mjs": ('{ type: "ready", ms }', '{ type: "started", ms }'),
    "sitegen/note_worker.py": ('"""The Python side', '# Release 2.\n"""The Python side'),
}


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory):
    """A server, and two releases built from a scratch copy of the repository for it."""
    scratch = tmp_path_factory.mktemp("releases")
    repo = copy_repo(scratch / "repo")
    with SiteServer(scratch / "served") as server:
        build_site(scratch / "one", server.base_url, repo)
        for name, (old, new) in RELEASE_2.items():
            text = (repo / name).read_text(encoding="utf-8")
            assert text.count(old) == 1, f"release 2 cannot change {name}: {old!r}"
            (repo / name).write_text(text.replace(old, new), encoding="utf-8")
        build_site(scratch / "two", server.base_url, repo)
        yield server, scratch / "one", scratch / "two"


def deploy(server: SiteServer, release: Path) -> None:
    """Replace the served site with ``release``, every file as new as a real deploy's."""
    served = server.root / SUB_PATH.strip("/")
    shutil.rmtree(served, ignore_errors=True)
    shutil.copytree(release, served, copy_function=shutil.copy)


def write_a_note(page: Page, ready: str, detail: str) -> None:
    """On the open builder page: check which release's script runs, and write a note."""
    expect(page.get_by_test_id("builder-status")).to_contain_text(ready)
    fill_request(page, [{"name": "Priya Patel", "detail": f"We talked about {detail}."}])
    wait_for_text(page, 0, detail)


def test_the_first_visit_after_a_deploy_and_an_offline_one_write_notes(
    browser: Browser, releases: tuple[SiteServer, Path, Path]
) -> None:
    server, one, two = releases
    base_url = server.base_url
    assert worker_version(one) != worker_version(two)
    deploy(server, one)
    context = browser.new_context()
    recorder = Recorder()
    page = watch(context.new_page(), recorder)
    open_builder(page, base_url)
    write_a_note(page, READY_1, "release one")
    wait_until_cached(page, base_url, one)

    deploy(server, two)
    open_builder(page, base_url)
    write_a_note(page, READY_2, "the first visit")
    wait_until_cached(page, base_url, two, stale=worker_version(one))

    context.set_offline(True)
    page.reload()
    open_builder(page, base_url)
    write_a_note(page, READY_2, "an offline visit")
    assert recorder.errors == []
    context.close()


def test_instant_navigation_into_a_new_release_reloads_the_page(
    browser: Browser, releases: tuple[SiteServer, Path, Path]
) -> None:
    server, one, two = releases
    deploy(server, one)
    context = browser.new_context()
    page = watch(context.new_page(), Recorder())
    page.goto(server.base_url)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)
    builder_url = server.base_url + "builder/"
    builder_requests: list[str] = []
    page.on("request", lambda r: r.url == builder_url and builder_requests.append(r.resource_type))

    deploy(server, two)
    page.locator(".md-nav--primary a[href$='/builder/']").first.click()
    expect(page.get_by_test_id("builder-status")).to_have_attribute(
        "data-state", "ready", timeout=60_000
    )
    write_a_note(page, READY_2, "instant navigation")
    assert builder_requests[0] in {"fetch", "xhr"}, "Material did not navigate instantly"
    assert "document" in builder_requests, "the page was not reloaded"
    context.close()
