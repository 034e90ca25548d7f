"""The portable build path: ``sitegen prepare``, ``zensical build``, ``sitegen finish``.

Zensical reads mkdocs.yml but runs no MkDocs hooks, so the site's generated parts come
only from ``python -m sitegen``. The build runs in a scratch copy of the repository, so
nothing is written into the working tree.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.site.conftest import example_mismatches, nav_pages
from tests.site.scratch import copy_repo
from tests.site.server import SUB_PATH, SiteServer

pytestmark = pytest.mark.browser

ZENSICAL = Path(sys.executable).with_name("zensical")
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S
)
CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> None:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.fail(
            f"`{' '.join(args[1:] if args[0] == sys.executable else args)}` failed "
            f"({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )


@pytest.fixture(scope="module")
def zensical_server(tmp_path_factory: pytest.TempPathFactory):
    """The Zensical build of a scratch copy of the repository, served under the sub-path."""
    if not ZENSICAL.exists():
        pytest.fail(f"{ZENSICAL} is missing: pip install -e '.[dev]'")
    scratch = tmp_path_factory.mktemp("zensical")
    repo = copy_repo(scratch / "repo")
    with SiteServer(scratch / "served") as server:
        env = {**os.environ, "SITE_URL": server.base_url, "PYTHONDONTWRITEBYTECODE": "1"}
        _run([sys.executable, "-m", "sitegen", "prepare"], repo, env)
        _run([str(ZENSICAL), "build", "--clean", "--strict"], repo, env)
        _run([sys.executable, "-m", "sitegen", "finish", str(repo / "site")], repo, env)
        shutil.move(repo / "site", server.root / SUB_PATH.strip("/"))
        yield server


@pytest.fixture(scope="module")
def zensical_site(zensical_server: SiteServer) -> Path:
    return zensical_server.root / SUB_PATH.strip("/")


def test_every_nav_page_is_built(zensical_site: Path) -> None:
    missing = [
        url or "home"
        for _, url in nav_pages()
        if not (zensical_site / url / "index.html").is_file()
    ]
    assert missing == []
    assert "zensical" in (zensical_site / "index.html").read_text(encoding="utf-8")


def test_examples_page_matches_the_engine(page: Page, zensical_server: SiteServer) -> None:
    page.goto(zensical_server.base_url + "examples/")
    assert page.locator(".md-content .example-note").count() >= 6
    assert example_mismatches(page) == []


def test_builder_page_has_its_form_policy_and_scripts(zensical_site: Path) -> None:
    html = (zensical_site / "builder" / "index.html").read_text(encoding="utf-8")
    assert '<form class="builder-form"' in html
    for name in ("candidate.name", "company", "role", "interviewers.0.name", "channel", "tone"):
        assert f'name="{name}"' in html, name
    policies = CSP.findall(html)
    assert len(policies) == 1, "the builder page needs exactly one Content-Security-Policy"
    assert html.index("Content-Security-Policy") < html.index("<script")
    policy = policies[0]
    assert "default-src 'self'" in policy
    assert "script-src 'self' 'wasm-unsafe-eval'" in policy
    for script in INLINE_SCRIPT.findall(html):
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy, "an inline script is not in the policy"
    builder_script = r'<script src="[^"]*javascripts/builder\.[0-9a-f]{12}\.mjs" type="module">'
    assert re.search(builder_script, html)
    for pattern in (
        "javascripts/builder.*.mjs",
        "javascripts/builder-worker.*.mjs",
        "runtime/pyodide.*/pyodide.mjs",
        "runtime/pyodide.asm.wasm.*.gz",
        "runtime/builder.*.zip",
        "runtime/builder-lock.*.json",
    ):
        assert len(list(zensical_site.glob(pattern))) == 1, pattern


def test_builder_starts_under_its_policy(page: Page, zensical_server: SiteServer, recorder) -> None:
    page.goto(zensical_server.base_url + "builder/")
    expect(page.get_by_test_id("builder-status")).to_have_attribute(
        "data-state", "ready", timeout=60_000
    )
    assert recorder.off_origin(zensical_server.origin) == []
    assert recorder.errors == []
