"""Revisioned names (sitegen.revision): a file's name follows its content and what it loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitegen.revision import revision

HEAD = '<html><head><meta charset="utf-8">'
SITE = {
    "index.html": HEAD + '<link href="stylesheets/site.css"><script src="javascripts/app.mjs">',
    "guide/index.html": HEAD + '<script src="../javascripts/app.mjs?x=1"><a href="../">',
    "404.html": HEAD + '<script src="/base/javascripts/app.mjs"><img src="/base/logo.svg">',
    "logo.svg": "<svg/>",
    "stylesheets/site.css": "body { color: teal }",
    "javascripts/app.mjs": (
        'import { dep } from "./dep.mjs";\n'
        'const worker = new URL("worker.mjs", import.meta.url);\n'
        'const label = "app.mjs is not a path here";\n'
    ),
    "javascripts/dep.mjs": "export const dep = 1;\n",
    "javascripts/worker.mjs": (
        'import { load } from "../runtime/pyodide/pyodide.mjs";\n'
        'load({ indexURL: "../runtime/pyodide/", data: "../runtime/data.zip" });\n'
        'const wasm = "../runtime/pyodide/pyodide.asm.wasm";\n'
    ),
    "runtime/data.zip": "zip one",
    "runtime/pyodide/pyodide.mjs": "export function load() {}",
    "runtime/pyodide/pyodide.asm.mjs": "asm",
}
HASHED = r"[0-9a-f]{12}"


def build(root: Path, changes: dict[str, str] | None = None) -> Path:
    for name, text in {**SITE, **(changes or {})}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    revision(root)
    return root


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def named(site: Path, pattern: str) -> str:
    """The one file whose name matches ``pattern`` (HASHED stands for the hash)."""
    regex = re.compile(pattern.replace(".", r"\.").replace("HASH", HASHED))
    found = [name for name in files(site) if regex.fullmatch(name)]
    assert len(found) == 1, (pattern, sorted(files(site)))
    return found[0]


def test_own_files_are_renamed_and_every_reference_follows(tmp_path: Path) -> None:
    site = build(tmp_path)
    app = named(site, "javascripts/app.HASH.mjs")
    dep = named(site, "javascripts/dep.HASH.mjs")
    worker = named(site, "javascripts/worker.HASH.mjs")
    pyodide = named(site, "runtime/pyodide.HASH/pyodide.mjs").rsplit("/", 1)[0]
    data = named(site, "runtime/data.HASH.zip")
    css = named(site, "stylesheets/site.HASH.css")
    assert named(site, "runtime/pyodide.HASH/pyodide.asm.mjs").startswith(pyodide + "/")
    assert "logo.svg" in files(site)
    script = (site / app).read_text()
    assert f'from "./{dep.split("/")[1]}"' in script
    assert f'new URL("{worker.split("/")[1]}", import.meta.url)' in script
    assert '"app.mjs is not a path here"' in script
    worker_text = (site / worker).read_text()
    assert f'"../{pyodide}/pyodide.mjs"' in worker_text
    assert f'indexURL: "../{pyodide}/"' in worker_text
    assert f'"../{pyodide}/pyodide.asm.wasm"' in worker_text
    assert f'"../{data}"' in worker_text
    assert f'href="{css}"' in (site / "index.html").read_text()
    assert f'src="../{app}?x=1"' in (site / "guide/index.html").read_text()
    page_404 = (site / "404.html").read_text()
    assert f'src="/base/{app}"' in page_404
    assert 'src="/base/logo.svg"' in page_404


def test_a_change_renames_the_file_and_all_that_load_it(tmp_path: Path) -> None:
    one = build(tmp_path / "one")
    two = build(tmp_path / "two", {"runtime/data.zip": "zip two"})
    changed = files(one) ^ files(two)
    renamed = {re.sub(rf"\.{HASHED}", "", name) for name in changed}
    assert renamed == {"runtime/data.zip", "javascripts/worker.mjs", "javascripts/app.mjs"}
    release = re.compile(r'<meta name="release" content="([0-9a-f]+)">')
    one_release = release.findall((one / "index.html").read_text())
    two_release = release.findall((two / "index.html").read_text())
    assert len(one_release) == len(two_release) == 1
    assert one_release != two_release
    assert release.findall((two / "404.html").read_text()) == two_release


def test_same_content_same_names_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    one = build(tmp_path / "one")
    two = build(tmp_path / "two")
    assert files(one) == files(two)
    before = {name: (two / name).read_bytes() for name in files(two)}
    revision(two)
    assert {name: (two / name).read_bytes() for name in files(two)} == before


def test_files_that_load_each_other_are_refused(tmp_path: Path) -> None:
    loop = {"javascripts/dep.mjs": 'import "./app.mjs";\n'}
    with pytest.raises(ValueError, match="load each other"):
        build(tmp_path, loop)
