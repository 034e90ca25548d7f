"""Self-host the Python runtime (Pyodide) under ``docs/runtime``.

``runtime/pyodide/`` holds the two JavaScript files of the pinned npm package that the
builder's worker loads. In place of the rest of the distribution it loads smaller
stand-ins, written here and by ``sitegen.trim``: the WebAssembly module gzip-compressed
(3.5 MB instead of 9.6 MB, whatever the host compresses), an empty package lock and a
trimmed standard library.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

from sitegen.files import copy_if_changed, write_if_changed

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs")
WASM = "pyodide.asm.wasm"
PACKED_WASM = WASM + ".gz"


def pyodide_package(root: Path) -> Path:
    """The pinned npm package's folder; it must have been installed."""
    package = root / "node_modules" / "pyodide"
    if not (package / "pyodide.mjs").exists():
        msg = f"{package} is missing: run `npm ci` (./dev serve does it for you)"
        raise FileNotFoundError(msg)
    return package


def copy_pyodide(root: Path, target: Path) -> None:
    """Copy the JavaScript half of Pyodide from the pinned npm package."""
    package = pyodide_package(root)
    for name in PYODIDE_FILES:
        copy_if_changed(package / name, target / name)


def pack_wasm(root: Path, target: Path) -> Path:
    """Write ``target/pyodide.asm.wasm.gz``; compress only when the module changed.

    The worker decompresses it as it downloads, so that compiling starts at once.
    """
    module = (pyodide_package(root) / WASM).read_bytes()
    cache = root / ".cache" / "runtime"
    cached = cache / f"{hashlib.sha256(module).hexdigest()[:20]}.wasm.gz"
    if not cached.exists():
        for stale in cache.glob("*.wasm.gz"):
            stale.unlink()
        write_if_changed(cached, gzip.compress(module, compresslevel=9, mtime=0))
    path = target / PACKED_WASM
    write_if_changed(path, cached.read_bytes())
    return path
