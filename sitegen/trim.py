"""The builder's trimmed Python runtime: the engine and the few standard modules it needs.

Pyodide's full standard library is Python source, 2.5 MB, compiled module by module at
every start-up. The builder instead loads one zip, built by ``compile_runtime.mjs``
inside Pyodide itself, holding bytecode for the modules that start-up and the engine
import, and checked to answer every exercise call as the full library does. Building it
takes seconds, so it is cached under ``.cache/runtime``, keyed by a hash of its inputs.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from sitegen.exercise import calls
from sitegen.files import write_if_changed
from sitegen.runtime import pyodide_package

HERE = Path(__file__).resolve().parent
RUNTIME_ZIP = "builder.zip"
RUNTIME_LOCK = "builder-lock.json"
OPTIMIZE = 2  # bytecode without docstrings or asserts; the answers check covers it
TIMEOUT_S = 300
BUILD_INPUTS = ("compile_runtime.mjs", "pack_runtime.py", "trim.py")


def empty_lock(pyodide: Path) -> bytes:
    """Pyodide's lock file without its 357 packages: the builder loads none."""
    info = json.loads((pyodide / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    return json.dumps({"info": info, "packages": {}}, sort_keys=True).encode()


def app_files(root: Path) -> dict[str, bytes]:
    """The worker's entry module, the engine's package, and the runtime's sitecustomize."""
    package = root / "builder"
    files = {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(package.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }
    for name in ("note_worker.py", "sitecustomize.py"):
        files[name] = (HERE / name).read_bytes()
    return files


def compile_runtime(
    pyodide: Path, app: dict[str, bytes], exercise: list[dict[str, Any]], lock: bytes
) -> bytes:
    """Run ``compile_runtime.mjs`` on staged inputs; return the checked zip.

    Raises RuntimeError when it fails, including when the trimmed runtime answers any
    exercise call differently from the full one.
    """
    node = shutil.which("node")
    if node is None:
        msg = "Node.js 20+ is needed to build the builder's runtime (apt-get install nodejs)"
        raise FileNotFoundError(msg)
    with tempfile.TemporaryDirectory() as scratch:
        stage = Path(scratch)
        for name, data in app.items():
            (stage / "app" / name).parent.mkdir(parents=True, exist_ok=True)
            (stage / "app" / name).write_bytes(data)
        (stage / "calls.json").write_text(json.dumps(exercise), encoding="utf-8")
        (stage / "lock.json").write_bytes(lock)
        out = stage / "out" / RUNTIME_ZIP
        out.parent.mkdir()
        options = {
            "pyodide": pyodide,
            "app": stage / "app",
            "calls": stage / "calls.json",
            "lock": stage / "lock.json",
            "out": out,
            "optimize": OPTIMIZE,
        }
        command = [node, str(HERE / "compile_runtime.mjs")]
        for name, value in options.items():
            command += [f"--{name}", str(value)]
        done = subprocess.run(  # noqa: S603 - our own script, no shell
            command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
        if done.returncode != 0:
            msg = f"building the trimmed runtime failed:\n{done.stdout}{done.stderr}"
            raise RuntimeError(msg)
        return out.read_bytes()


def _key(parts: list[bytes]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:20]


def build_runtime(root: Path, target: Path) -> Path:
    """Write ``target/builder.zip`` and its lock file; rebuild only when an input changed."""
    pyodide = pyodide_package(root)
    app = app_files(root)
    exercise = calls(root / "examples")
    lock = empty_lock(pyodide)
    inputs = [(pyodide / "python_stdlib.zip").read_bytes(), lock, str(OPTIMIZE).encode()]
    inputs += [json.dumps(exercise).encode()]
    inputs += [(HERE / name).read_bytes() for name in BUILD_INPUTS]
    inputs += [name.encode() + b"\0" + data for name, data in sorted(app.items())]
    cache = root / ".cache" / "runtime"
    cached = cache / f"{_key(inputs)}.zip"
    if not cached.exists():
        data = compile_runtime(pyodide, app, exercise, lock)
        for stale in cache.glob("*.zip"):
            stale.unlink()
        write_if_changed(cached, data)
    write_if_changed(target / RUNTIME_LOCK, lock)
    path = target / RUNTIME_ZIP
    write_if_changed(path, cached.read_bytes())
    return path
