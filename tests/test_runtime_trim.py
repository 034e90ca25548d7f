"""The builder's trimmed runtime (sitegen.trim): bytecode only, few modules, same answers.

Builds it for real, with Node and Pyodide (about 10 s), then loads it in a fresh Pyodide
and compares every exercise answer with the engine's answer on this host's Python.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from sitegen import note_worker
from sitegen.exercise import calls
from sitegen.runtime import pyodide_package
from sitegen.trim import app_files, compile_runtime, empty_lock

ROOT = Path(__file__).resolve().parents[1]
PYODIDE = pyodide_package(ROOT)
CALLS = calls(ROOT / "examples")
# Loads Pyodide from the trimmed zip alone, answers every call as the worker does, and
# reports which of some modules outside the engine's needs can be imported.
ANSWER = """
import { readFileSync } from "node:fs";
const [pyodideDir, zip, lock, callsFile] = process.argv.slice(1);
const { loadPyodide } = await import(pyodideDir + "/pyodide.mjs");
const pyodide = await loadPyodide({ stdLibURL: zip, lockFileURL: lock, packages: [] });
const handle = pyodide.pyimport("note_worker").handle;
const answers = JSON.parse(readFileSync(callsFile, "utf8")).map(
  (call) => JSON.parse(handle(call.op, JSON.stringify(call))),
);
const importable = pyodide.runPython(`
import importlib.util
[n for n in ("email", "unittest", "sqlite3", "builder.cli") if importlib.util.find_spec(n)]
`).toJs();
console.log(JSON.stringify({ answers, importable }));
"""


@pytest.fixture(scope="module")
def runtime() -> bytes:
    if shutil.which("node") is None:
        pytest.fail("Node.js is needed: apt-get install nodejs")
    return compile_runtime(PYODIDE, app_files(ROOT), CALLS, empty_lock(PYODIDE))


def test_runtime_holds_only_bytecode(runtime: bytes) -> None:
    names = zipfile.ZipFile(io.BytesIO(runtime)).namelist()
    assert names
    assert all(name.endswith(".pyc") for name in names)
    for needed in ("note_worker.pyc", "builder/__init__.pyc", "builder/compose.pyc"):
        assert needed in names
    for needed in ("encodings/__init__.pyc", "_pyodide/__init__.pyc", "pyodide/__init__.pyc"):
        assert needed in names, "Pyodide's own start-up needs it"
    assert not any(name.startswith(("email/", "unittest/")) for name in names)
    assert len(runtime) < 0.6 * (PYODIDE / "python_stdlib.zip").stat().st_size


def test_trimmed_runtime_answers_as_the_engine_does(runtime: bytes, tmp_path: Path) -> None:
    (tmp_path / "builder.zip").write_bytes(runtime)
    (tmp_path / "lock.json").write_bytes(empty_lock(PYODIDE))
    (tmp_path / "calls.json").write_text(json.dumps(CALLS), encoding="utf-8")
    done = subprocess.run(
        ["node", "--input-type=module", "-e", ANSWER, str(PYODIDE), *(
            str(tmp_path / name) for name in ("builder.zip", "lock.json", "calls.json")
        )],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    expected = [json.loads(note_worker.handle(c["op"], json.dumps(c))) for c in CALLS]
    assert len(found["answers"]) == len(expected) > 100
    for call, answer, wanted in zip(CALLS, found["answers"], expected, strict=True):
        assert answer == wanted, call
    assert any(a.get("ok") is False for a in found["answers"] if isinstance(a, dict))
    assert found["importable"] == []


def test_build_fails_when_the_trimmed_runtime_answers_differently() -> None:
    # Bytecode without docstrings changes this answer: the build's own check must see it.
    source = 'def handle(op, payload):\n    """Docstring."""\n    return str(handle.__doc__)\n'
    app = {"note_worker.py": source.encode()}
    with pytest.raises(RuntimeError, match="mismatch"):
        compile_runtime(PYODIDE, app, CALLS[:3], empty_lock(PYODIDE))
