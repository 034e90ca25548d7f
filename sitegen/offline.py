"""Write the service worker that lets the builder work offline after one visit."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sitegen.revision import REVISIONED

SERVICE_WORKER = "sw.js"
TEMPLATE = Path(__file__).with_name("service-worker.js")
RUNTIME_DIR = "runtime"
SHELL_SUFFIXES = (".css", ".js", ".mjs", ".svg")
SHELL_PAGES = ("", "builder/", "404.html", "sitemap.xml", "search/search_index.json")


def site_files(site: Path) -> list[str]:
    """Every file of the built site, as a path relative to its root, in a stable order."""
    return sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if p.is_file() and p.name != SERVICE_WORKER
    )


def release_hash(site: Path, files: list[str]) -> str:
    """A short hash of every file's name and content: it changes with any deploy."""
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (site / name).read_bytes())
    return digest.hexdigest()[:16]


def write_service_worker(site: Path) -> str:
    """Write ``sw.js`` at the site's root; return the release hash it carries."""
    files = site_files(site)
    version = release_hash(site, files)
    runtime = [f for f in files if f.startswith(RUNTIME_DIR + "/")]
    assets = [f for f in files if f.endswith(SHELL_SUFFIXES) and f not in runtime]
    lists = {
        "__RELEASE__": [*SHELL_PAGES] + [f for f in assets if not REVISIONED.search(f)],
        "__SHELL__": [f for f in assets if REVISIONED.search(f)],
        "__RUNTIME__": runtime,
        "__REVISIONED__": REVISIONED.pattern,
    }
    script = TEMPLATE.read_text(encoding="utf-8").replace("__VERSION__", version)
    for marker, value in lists.items():
        script = script.replace(marker, json.dumps(value))
    (site / SERVICE_WORKER).write_text(script, encoding="utf-8")
    return version
