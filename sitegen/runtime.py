"""Self-host the Python runtime and the engine's wheel under ``docs/runtime``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sitegen.files import copy_if_changed, write_if_changed

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
WHEEL_NAME = "builder.whl"


def copy_pyodide(root: Path, target: Path) -> None:
    """Copy Pyodide's core files from the pinned npm package."""
    package = root / "node_modules" / "pyodide"
    if not (package / "pyodide.mjs").exists():
        msg = f"{package} is missing: run `npm ci` (./dev serve does it for you)"
        raise FileNotFoundError(msg)
    for name in PYODIDE_FILES:
        copy_if_changed(package / name, target / name)


def build_wheel(root: Path, target: Path) -> Path:
    """Build the engine's pure-Python wheel (PEP 517, hatchling) as ``target/builder.whl``."""
    from hatchling.build import build_wheel as hatch_build  # noqa: PLC0415 - build-time only

    with tempfile.TemporaryDirectory() as scratch:
        previous = Path.cwd()
        os.chdir(root)
        try:
            name = hatch_build(scratch)
        finally:
            os.chdir(previous)
        path = target / WHEEL_NAME
        write_if_changed(path, (Path(scratch) / name).read_bytes())
    return path
