"""The builder's trimmed runtime (sitegen.trim): bytecode only, few modules, same answers.

Builds it for real, with Node and Pyodide (about 10 s), then loads it in a fresh Pyodide
and compares every exercise answer with the engine's answer on this host's Python.
"""

from __future__ import annotations

import io
import json
import re
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
# reports which of some modules outside the engine's needs can be imported, and which
# regular expressions and dataclass methods were compiled from their text rather than
# taken ready-made.
ANSWER = """
import { readFileSync } from "node:fs";
const [pyodideDir, zip, lock, callsFile] = process.argv.slice(1);
const { loadPyodide } = await import(pyodideDir + "/pyodide.mjs");
const pyodide = await loadPyodide({ stdLibURL: zip, lockFileURL: lock, packages: [] });
pyodide.runPython(`
import sitecustomize
compiled_here = []
def _counting(pattern, flags=0, _compile=sitecustomize._compile_source):
    compiled_here.append(pattern)
    return _compile(pattern, flags)
sitecustomize._compile_source = _counting
def _counting_exec(source, globals_, locals_, _exec=sitecustomize._exec_source):
    if isinstance(source, str):
        compiled_here.append(source[:60])
    _exec(source, globals_, locals_)
sitecustomize._exec_source = _counting_exec
`);
const handle = pyodide.pyimport("note_worker").handle;
const answers = JSON.parse(readFileSync(callsFile, "utf8")).map(
  (call) => JSON.parse(handle(call.op, JSON.stringify(call))),
);
const compiledHere = pyodide.runPython("compiled_here").toJs();
const precompiled = pyodide.runPython(
  "[len(sitecustomize.PATTERNS), len(sitecustomize.FUNCTIONS)]",
).toJs();
const importable = pyodide.runPython(`
import importlib.util
[n for n in ("email", "unittest", "sqlite3", "builder.cli") if importlib.util.find_spec(n)]
`).toJs();
const traceback = pyodide.runPython(`
import json, traceback
try:
    json.loads("{")
except ValueError:
    shown = traceback.format_exc()
shown
`);
console.log(JSON.stringify({ answers, importable, traceback, compiledHere, precompiled }));
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
    assert {"sitecustomize.pyc", "precompiled.pyc"} <= set(names)
    assert not any(name.startswith(("email/", "unittest/")) for name in names)
    assert len(runtime) < 0.6 * (PYODIDE / "python_stdlib.zip").stat().st_size


@pytest.fixture(scope="module")
def loaded(runtime: bytes, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """What a fresh Pyodide, loaded from the trimmed zip alone, answered."""
    folder = tmp_path_factory.mktemp("runtime")
    (folder / "builder.zip").write_bytes(runtime)
    (folder / "lock.json").write_bytes(empty_lock(PYODIDE))
    (folder / "calls.json").write_text(json.dumps(CALLS), encoding="utf-8")
    done = subprocess.run(
        ["node", "--input-type=module", "-e", ANSWER, str(PYODIDE), *(
            str(folder / name) for name in ("builder.zip", "lock.json", "calls.json")
        )],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_trimmed_runtime_answers_as_the_engine_does(loaded: dict) -> None:
    expected = [json.loads(note_worker.handle(c["op"], json.dumps(c))) for c in CALLS]
    assert len(loaded["answers"]) == len(expected) > 100
    for call, answer, wanted in zip(CALLS, loaded["answers"], expected, strict=True):
        assert answer == wanted, call
    assert any(a.get("ok") is False for a in loaded["answers"] if isinstance(a, dict))
    assert loaded["importable"] == []


def test_the_engine_compiles_nothing_from_text_at_start_up(loaded: dict) -> None:
    # sitecustomize hands re the compiled form of every pattern the build saw compiled,
    # and dataclasses the bytecode of every method they generate.
    patterns, functions = loaded["precompiled"]
    assert patterns > 100
    assert functions >= 10
    assert loaded["compiledHere"] == []


def test_a_traceback_names_each_function_and_the_line_it_starts_on(loaded: dict) -> None:
    # The runtime keeps one line per function, not per instruction, to save bytes.
    shown = loaded["traceback"]
    assert re.search(r'json/decoder\.py", line \d+, in raw_decode\n', shown), shown
    assert shown.rstrip().endswith("line 1 column 2 (char 1)"), shown


def test_build_fails_when_the_trimmed_runtime_answers_differently() -> None:
    # Bytecode without docstrings changes this answer: the build's own check must see it.
    source = 'def handle(op, payload):\n    """Docstring."""\n    return str(handle.__doc__)\n'
    app = {**app_files(ROOT), "note_worker.py": source.encode()}
    with pytest.raises(RuntimeError, match="mismatch"):
        compile_runtime(PYODIDE, app, CALLS[:3], empty_lock(PYODIDE))
