"""Lighthouse (mobile preset) on three kinds of page: accessibility, best practices, SEO."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.site.conftest import CHROMIUM_ARGS, ROOT, browser_path

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
MINIMUM = {"accessibility": 1.0, "best-practices": 0.95, "seo": 0.95}


def lighthouse(url: str, categories: list[str]) -> dict:
    """Run Lighthouse on ``url`` in the tests' browser; return its JSON report."""
    completed = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            "--only-categories=" + ",".join(categories),
            "--chrome-flags=" + " ".join(CHROMIUM_ARGS),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "CHROME_PATH": browser_path() or "chromium"},
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    return json.loads(completed.stdout)


@pytest.mark.parametrize("path", ["", "reasons/", "builder/"])
def test_lighthouse_scores(base_url: str, path: str) -> None:
    report = lighthouse(base_url + path, list(MINIMUM))
    scores = {name: report["categories"][name]["score"] for name in MINIMUM}
    failing = [
        f"{audit['id']}: {audit['title']}"
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") == "binary"
    ]
    for name, minimum in MINIMUM.items():
        assert scores[name] >= minimum, (name, scores, failing)
