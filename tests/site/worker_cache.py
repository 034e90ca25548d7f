"""The service worker as the tests see it: the file lists in ``sw.js``, and its caches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page

# What is missing: a cache of `version`, the deletion of the caches of `stale`, any URL.
MISSING = """async ({ urls, version, stale }) => {
  const names = await caches.keys();
  const missing = [];
  if (!names.some((name) => name.endsWith(version))) missing.push(`a cache of ${version}`);
  if (stale && names.some((name) => name.endsWith(stale))) missing.push(`no cache of ${stale}`);
  for (const url of urls) if (!(await caches.match(url))) missing.push(url);
  return missing;
}"""


def worker_list(script: str, name: str) -> list[str]:
    """One of the file lists that ``sw.js`` carries, e.g. ``RUNTIME``."""
    return json.loads(script.split(f"const {name} = ", 1)[1].split(";", 1)[0])


def worker_version(site: Path) -> str:
    """The release hash in the site's ``sw.js``."""
    script = (site / "sw.js").read_text(encoding="utf-8")
    return re.search(r'const VERSION = "([0-9a-f]+)"', script).group(1)


def wait_until_cached(page: Page, base_url: str, site: Path, stale: str | None = None) -> None:
    """Wait until the worker of the release in ``site`` is in charge and holds its runtime.

    With ``stale``, a release hash, also until that release's caches are gone: the new
    worker deletes them when it takes over.
    """
    script = (site / "sw.js").read_text(encoding="utf-8")
    arg = {
        "urls": [base_url + path for path in worker_list(script, "RUNTIME")],
        "version": worker_version(site),
        "stale": stale,
    }
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)
    missing = page.evaluate(MISSING, arg)
    for _ in range(60):
        if not missing:
            return
        page.wait_for_timeout(500)
        missing = page.evaluate(MISSING, arg)
    pytest.fail(f"the service worker never got to: {missing}")
