"""The in-Pyodide run: the engine's whole test suite, inside Pyodide (WebAssembly) in Node.

The site runs the engine in the browser under Pyodide, so the same tests must pass there.
This builds the project's wheel, fetches pure-Python wheels of pytest and Hypothesis for
Pyodide's Python (cached in ``.cache/pyodide-wheels``, so later runs need no network),
and runs ``tests/engine`` with ``tests/pyodide/run_engine_tests.mjs``.
Deselect it with ``-k "not pyodide"``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PYODIDE = REPO / "node_modules" / "pyodide"
RUNNER = REPO / "tests" / "pyodide" / "run_engine_tests.mjs"
WHEEL_CACHE = REPO / ".cache" / "pyodide-wheels"
TEST_DEPENDENCIES = ("pytest", "hypothesis")
RUN_TIMEOUT = 600

pytestmark = pytest.mark.skipif(
    sys.platform == "emscripten", reason="this is the run that starts Pyodide"
)


def pyodide_python() -> str:
    """Return the version of Python that the installed Pyodide runs, such as "3.14.2"."""
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))
    return lock["info"]["python"]


def run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a command from the repository root, failing the test with its output if it fails."""
    result = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        output = result.stdout + result.stderr
        pytest.fail(f"{' '.join(command)} exited {result.returncode}:\n{output}")
    return result


def build_project_wheel(out: Path) -> Path:
    """Build this project's wheel into ``out``, without network when hatchling is at hand."""
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-isolation"]
    run([sys.executable, "-m", "build", "--wheel", *isolation, "--outdir", str(out), "."], 300)
    (wheel,) = out.glob("*.whl")
    return wheel


def dependency_wheels(python: str) -> list[Path]:
    """Return pure-Python wheels of pytest, Hypothesis and their dependencies for ``python``.

    The first run downloads them with pip; a list of what it fetched makes later runs offline.
    """
    minor = ".".join(python.split(".")[:2])
    folder = WHEEL_CACHE / minor
    listing = folder / "wheels.json"
    wanted = {"python": minor, "requirements": list(TEST_DEPENDENCIES)}
    if listing.exists():
        saved = json.loads(listing.read_text(encoding="utf-8"))
        wheels = [folder / name for name in saved.get("wheels", [])]
        if saved.get("for") == wanted and wheels and all(w.exists() for w in wheels):
            return wheels
    folder.mkdir(parents=True, exist_ok=True)
    run(
        [
            sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
            "--only-binary=:all:", "--python-version", minor, "--platform", "any",
            "--implementation", "py", "-d", str(folder), *TEST_DEPENDENCIES,
        ],
        300,
    )
    wheels = sorted(folder.glob("*.whl"))
    names = [w.name for w in wheels]
    listing.write_text(json.dumps({"for": wanted, "wheels": names}, indent=1), encoding="utf-8")
    return wheels


def test_engine_suite_passes_inside_pyodide(tmp_path, capsys, record_property):
    # Missing tools fail rather than skip: a skipped run would hide the WebAssembly checks.
    assert shutil.which("node"), "the in-Pyodide run needs Node.js 20+ (./dev test checks)"
    assert (PYODIDE / "pyodide.mjs").exists(), "npm package pyodide is missing: run npm ci"
    python = pyodide_python()
    project = build_project_wheel(tmp_path / "dist")
    wheels = dependency_wheels(python)
    command = [
        "node", str(RUNNER), "--tests", str(REPO / "tests" / "engine"), "--load-timeout", "180",
        str(project), *map(str, wheels), "--", "-q", "-ra",
    ]
    try:
        result = subprocess.run(
            command, cwd=REPO, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"the in-Pyodide run took more than {RUN_TIMEOUT} s:\n{error.stdout or ''}")
    output = result.stdout + result.stderr
    seen = re.search(r"^Python (\S+) \(emscripten\) in Pyodide", output, re.MULTILINE)
    summary = re.findall(r"^=*\s*(\d+ passed.*?) in [\d.]+s", output, re.MULTILINE)
    version = seen.group(1) if seen else "?"
    with capsys.disabled():  # show the result even when the test passes
        sys.stdout.write(
            f"\nin-Pyodide run: Python {version}, {summary[-1] if summary else 'no summary'}\n"
        )
    record_property("pyodide_python", version)
    record_property("pyodide_summary", summary[-1] if summary else "")
    assert result.returncode == 0, f"the in-Pyodide run exited {result.returncode}:\n{output}"
    assert seen, output
    assert seen.group(1) == python
    assert summary, output
    assert int(summary[-1].split()[0]) > 100
