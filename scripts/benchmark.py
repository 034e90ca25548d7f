"""Benchmark the note builder against bare Pyodide, in Chromium, side by side.

    .venv/bin/python scripts/benchmark.py [--pairs 5]

Builds the site, serves it under its sub-path next to a control page (the same Pyodide
files, ``loadPyodide()`` and one line of Python), then measures in alternation, cold
(a fresh browser context) and on a revisit (a persistent profile, disk cache warm):
control ready time versus builder time to the first note of a pre-filled form. Then
bytes per page (as served, and gzip-compressed as a static host would send them),
keystroke-to-updated-note latency, and three guide pages' weight.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.site.conftest import CHROMIUM_ARGS, browser_path, build_site  # noqa: E402
from tests.site.server import SUB_PATH, SiteServer  # noqa: E402
from tests.site.test_lighthouse import lighthouse  # noqa: E402

CONTROL_HTML = """<!doctype html><meta charset="utf-8"><title>control</title>
<script type="module">
import { loadPyodide } from "./pyodide/pyodide.mjs";
const pyodide = await loadPyodide({ indexURL: "./pyodide/" });
pyodide.runPython("1 + 1");
window.__ready = performance.now();
</script>"""

SAVED_FORM = {
    "values": {
        "candidate.name": "Ana Lima",
        "company": "Northwind",
        "role": "Data Analyst",
        "interview.format": "video",
        "interviewers.0.name": "Priya Patel",
        "interviewers.0.detail": "We talked about the move to a data warehouse.",
        "kind": "thank-you",
        "channel": "email",
        "tone": "warm",
    },
    "count": 1,
    "variant": 0,
    "edits": {},
}
FIRST_NOTE = """() => new Promise(resolve => {
  const check = () => {
    const body = document.querySelector("[data-testid=note-body]");
    if (body && body.value.includes("Priya")) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  check();
})"""
KEYSTROKE = """async (i) => {
  const field = document.querySelector("[name='interviewers.0.detail']");
  const body = document.querySelector("[data-testid=note-body]");
  const marker = `warehouse${i}`;
  const start = performance.now();
  field.value = `We talked about the move to a data ${marker}.`;
  field.dispatchEvent(new Event("input", { bubbles: true }));
  while (!body.value.includes(marker)) await new Promise(r => setTimeout(r, 0));
  return performance.now() - start;
}"""
GUIDE_PAGES = ("", "reasons/", "guide/panels/")


def fill_storage(context: BrowserContext) -> None:
    """Pre-fill the builder's saved form, as a returning reader would have it."""
    context.add_init_script(
        f"localStorage.setItem('thank-you-notes:form', {json.dumps(json.dumps(SAVED_FORM))})"
    )


class Transfer:
    """Bytes a page load fetched from the network (not from any cache)."""

    def __init__(self, page: Page) -> None:
        self.files: dict[str, int] = {}
        page.on("requestfinished", self._finished)

    def _finished(self, request: object) -> None:
        response = request.response()
        if response is None or response.from_service_worker:
            return
        sizes = request.sizes()
        if sizes["responseBodySize"] > 0 or sizes["responseHeadersSize"] > 0:
            self.files[request.url] = max(0, sizes["responseBodySize"])

    @property
    def total(self) -> int:
        return sum(self.files.values())


def measure(page: Page, url: str, kind: str) -> tuple[float, int]:
    """Milliseconds from navigation start to ready (control) or first note (builder)."""
    transfer = Transfer(page)
    page.goto(url)
    if kind == "control":
        page.wait_for_function("window.__ready !== undefined", timeout=60_000)
        ms = page.evaluate("window.__ready")
    else:
        ms = page.evaluate(FIRST_NOTE)
    page.wait_for_timeout(200)
    return ms, transfer.total


def cold(browser: Browser, url: str, kind: str) -> tuple[float, int]:
    context = browser.new_context()
    fill_storage(context)
    try:
        return measure(context.new_page(), url, kind)
    finally:
        context.close()


def revisit(playwright: object, url: str, kind: str) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=browser_path(), args=CHROMIUM_ARGS
        )
        fill_storage(context)
        page = context.new_page()
        measure(page, url, kind)
        page.goto("about:blank")
        result = measure(page, url, kind)
        context.close()
        return result


def summary(label: str, values: list[float]) -> str:
    return (
        f"{label:<28} median {statistics.median(values):7.0f}   "
        f"min {min(values):7.0f}   max {max(values):7.0f}"
    )


def gzip_sizes(root: Path, urls: dict[str, int]) -> tuple[int, int]:
    raw = packed = 0
    for url in urls:
        path = root / urlsplit(url).path.lstrip("/")
        if path.is_dir() or url.endswith("/"):
            path /= "index.html"
        if path.is_file():
            data = path.read_bytes()
            raw += len(data)
            packed += len(gzip.compress(data, 6))
    return raw, packed


def run_pairs(browser: Browser, playwright: object, urls: dict[str, str], pairs: int) -> None:
    for mode in ("cold", "revisit"):
        times: dict[str, list[float]] = {"control": [], "builder": []}
        transferred: dict[str, list[int]] = {"control": [], "builder": []}
        ratios = []
        for _ in range(pairs):
            pair = {}
            for kind in ("control", "builder"):
                if mode == "cold":
                    ms, size = cold(browser, urls[kind], kind)
                else:
                    ms, size = revisit(playwright, urls[kind], kind)
                times[kind].append(ms)
                transferred[kind].append(size)
                pair[kind] = ms
            ratios.append(pair["builder"] / pair["control"])
        print(f"\n== {mode} (ms from navigation start; {pairs} pairs, alternating)")
        print(summary("control: Python ready", times["control"]))
        print(summary("builder: first note", times["builder"]))
        print(
            f"{'ratio builder/control':<28} median {statistics.median(ratios):7.2f}   "
            f"min {min(ratios):7.2f}   max {max(ratios):7.2f}   "
            f"per pair: {', '.join(f'{r:.2f}' for r in ratios)}"
        )
        print(
            f"{'bytes from the network':<28} control "
            f"{statistics.median(transferred['control']) / 1e6:.2f} MB, builder "
            f"{statistics.median(transferred['builder']) / 1e6:.2f} MB (medians)"
        )


def page_bytes(browser: Browser, url: str, kind: str, root: Path) -> None:
    context = browser.new_context()
    fill_storage(context)
    page = context.new_page()
    transfer = Transfer(page)
    if kind in ("control", "builder"):
        measure(page, url, kind)
    else:
        page.goto(url, wait_until="networkidle")
    raw, packed = gzip_sizes(root, transfer.files)
    runtime = [u for u in transfer.files if "/runtime/" in u or "/pyodide/" in u]
    print(
        f"{kind:<28} {transfer.total / 1e6:6.2f} MB transferred   {len(transfer.files):3d} files"
        f"   gzip {packed / 1e6:5.2f} MB (of {raw / 1e6:5.2f} MB)   runtime files: {len(runtime)}"
    )
    context.close()


def keystrokes(browser: Browser, url: str, count: int = 100) -> None:
    context = browser.new_context()
    fill_storage(context)
    page = context.new_page()
    page.goto(url)
    page.evaluate(FIRST_NOTE)
    latencies = sorted(page.evaluate(KEYSTROKE, i) for i in range(count))
    p50 = latencies[len(latencies) // 2]
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"\n== keystroke to updated note ({count} edits): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    context.close()


def lighthouse_performance(url: str) -> None:
    report = lighthouse(url, ["performance"])
    audits = report["audits"]
    metrics = ", ".join(
        f"{name} {audits[key]['displayValue']}"
        for name, key in (
            ("FCP", "first-contentful-paint"),
            ("LCP", "largest-contentful-paint"),
            ("TBT", "total-blocking-time"),
            ("CLS", "cumulative-layout-shift"),
        )
    )
    score = report["categories"]["performance"]["score"] * 100
    print(f"{url.split('/thank-you-notes')[1]:<28} performance {score:3.0f}   {metrics}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=5, help="control/builder pairs per mode")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root_name:
        root = Path(root_name)
        shutil.copytree(ROOT / "node_modules" / "pyodide", root / "control" / "pyodide")
        (root / "control" / "index.html").write_text(CONTROL_HTML, encoding="utf-8")
        with SiteServer(root) as server:
            build_site(root / SUB_PATH.strip("/"), server.base_url)
            urls = {"control": server.origin + "/control/", "builder": server.base_url + "builder/"}
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=browser_path(), args=CHROMIUM_ARGS
                )
                run_pairs(browser, playwright, urls, args.pairs)
                print("\n== bytes per page (cold)")
                for kind in ("control", "builder"):
                    page_bytes(browser, urls[kind], kind, root)
                for path in GUIDE_PAGES:
                    page_bytes(browser, server.base_url + path, f"guide /{path}", root)
                keystrokes(browser, urls["builder"])
                browser.close()
            print("\n== Lighthouse, mobile preset (guide pages)")
            for path in GUIDE_PAGES:
                lighthouse_performance(server.base_url + path)


if __name__ == "__main__":
    main()
