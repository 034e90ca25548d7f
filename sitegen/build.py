"""The two build steps, around whatever static site generator runs in between."""

from __future__ import annotations

from pathlib import Path

from sitegen.csp import add_policy
from sitegen.examples import write_examples
from sitegen.offline import write_service_worker
from sitegen.revision import revision
from sitegen.runtime import copy_pyodide, pack_wasm
from sitegen.trim import build_runtime

ROOT = Path(__file__).resolve().parent.parent
BUILDER_PAGE = Path("builder") / "index.html"


def prepare(root: Path = ROOT) -> None:
    """Write the generated parts of ``docs/``: examples, Pyodide, the builder's runtime."""
    docs = root / "docs"
    write_examples(root / "examples", docs / "examples" / "generated")
    copy_pyodide(root, docs / "runtime" / "pyodide")
    pack_wasm(root, docs / "runtime")
    build_runtime(root, docs / "runtime")


def finish(site: Path) -> None:
    """Finish the built site: revisioned names, the builder page's policy, the service worker.

    The service worker comes last, as its version is a hash of every other file.
    """
    revision(site)
    page = site / BUILDER_PAGE
    page.write_text(add_policy(page.read_text(encoding="utf-8")), encoding="utf-8")
    write_service_worker(site)
