"""``./dev`` finds the browser for the browser tests under its usual names, and says which."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ("dirname", "id")  # what ./dev runs before it looks for a browser


def stub(folder: Path, name: str, version: str | None) -> Path:
    """A program that answers ``--version`` with ``version``, or fails like a stand-in."""
    body = f'echo "{version}"' if version else 'echo "install the snap" >&2; exit 1'
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


def find_browser(
    tmp_path: Path, programs: dict[str, str | None], chrome_path: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``./dev browser`` with only ``programs`` (and ./dev's own tools) on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in TOOLS:
        (bin_dir / tool).symlink_to(shutil.which(tool))
    for name, version in programs.items():
        stub(bin_dir, name, version)
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)}
    if chrome_path is not None:
        env["CHROME_PATH"] = chrome_path
    return subprocess.run(
        [shutil.which("bash"), str(ROOT / "dev"), "browser"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=False,
    )


@pytest.mark.parametrize("name", ["chromium", "chromium-browser", "google-chrome"])
def test_finds_a_browser_under_each_usual_name(tmp_path: Path, name: str) -> None:
    done = find_browser(tmp_path, {name: "Browser 150.0"})
    assert done.returncode == 0, done.stderr
    assert f"Browser: {tmp_path / 'bin' / name} (Browser 150.0)" in done.stderr


def test_skips_a_stand_in_that_does_not_run(tmp_path: Path) -> None:
    done = find_browser(tmp_path, {"chromium-browser": None, "google-chrome": "Google Chrome 150"})
    assert done.returncode == 0, done.stderr
    assert f"Browser: {tmp_path / 'bin' / 'google-chrome'} (Google Chrome 150)" in done.stderr


def test_chrome_path_wins_as_a_path(tmp_path: Path) -> None:
    chrome = stub(tmp_path, "chrome", "Google Chrome 151")
    done = find_browser(tmp_path, {"chromium": "Chromium 150"}, chrome_path=str(chrome))
    assert done.returncode == 0, done.stderr
    assert f"Browser: {chrome} (Google Chrome 151)" in done.stderr


def test_chrome_path_wins_as_a_command(tmp_path: Path) -> None:
    programs = {"chromium": "Chromium 150", "google-chrome": "Google Chrome 151"}
    done = find_browser(tmp_path, programs, chrome_path="google-chrome")
    assert done.returncode == 0, done.stderr
    assert f"Browser: {tmp_path / 'bin' / 'google-chrome'} (Google Chrome 151)" in done.stderr


def test_a_chrome_path_that_is_not_a_program_stops_the_run(tmp_path: Path) -> None:
    done = find_browser(tmp_path, {"chromium": "Chromium 150"}, chrome_path="/no/such/chrome")
    assert done.returncode == 1
    assert "CHROME_PATH=/no/such/chrome is not a program" in done.stderr


def test_says_what_to_do_when_there_is_none(tmp_path: Path) -> None:
    done = find_browser(tmp_path, {})
    assert done.returncode == 1
    assert "A browser is needed" in done.stderr
    assert "CHROME_PATH" in done.stderr
