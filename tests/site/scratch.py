"""A scratch copy of the repository, for builds that must write nothing into the work tree."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.site.conftest import ROOT

# Not copied: tools, caches, outputs, and what `sitegen prepare` must write itself.
SKIP_NAMES = {
    ".git",
    ".venv",
    "node_modules",
    "site",
    "dist",
    ".cache",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    "tests",
}
SKIP_PATHS = {ROOT / "docs" / "runtime", ROOT / "docs" / "examples" / "generated"}


def _skip(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in SKIP_NAMES or Path(folder) / n in SKIP_PATHS}


def copy_repo(target: Path) -> Path:
    """Copy the repository's sources to ``target``, with the installed npm packages."""
    shutil.copytree(ROOT, target, ignore=_skip, symlinks=True)
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    return target
