"""The site's build step: service worker versioning and the builder page's policy."""

from __future__ import annotations

from pathlib import Path

from sitegen.csp import add_policy
from sitegen.offline import SERVICE_WORKER, write_service_worker
from tests.site.worker_cache import worker_list


def make_site(root: Path) -> Path:
    for name, text in {
        "index.html": "<h1>Home</h1>",
        "builder/index.html": "<h1>Builder</h1>",
        "assets/site.css": "body {}",
        "runtime/builder.whl": "wheel",
        "runtime/pyodide/pyodide.mjs": "export {}",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_service_worker_version_follows_content(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    first = write_service_worker(site)
    assert write_service_worker(site) == first
    (site / "assets" / "site.css").write_text("body { color: red }")
    second = write_service_worker(site)
    assert second != first
    script = (site / SERVICE_WORKER).read_text()
    assert second in script
    assert '"runtime/builder.whl"' in script
    assert "__" not in script.replace("__VERSION__", "")


def test_worker_sorts_files_by_whether_their_name_holds_their_content(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    (site / "assets" / "bundle.0123abcd.min.js").write_text("bundle")
    write_service_worker(site)
    script = (site / SERVICE_WORKER).read_text()
    assert worker_list(script, "SHELL") == ["assets/bundle.0123abcd.min.js"]
    assert "assets/site.css" in worker_list(script, "RELEASE")
    assert "builder/" in worker_list(script, "RELEASE")
    assert worker_list(script, "RUNTIME") == ["runtime/builder.whl", "runtime/pyodide/pyodide.mjs"]


def test_policy_hashes_inline_scripts_and_is_idempotent() -> None:
    html = '<head><meta charset="utf-8"><script>var a = 1;</script><script src="x.js"></script>'
    once = add_policy(html)
    assert add_policy(once) == once
    assert "'sha256-" in once
    assert once.count("'sha256-") == 1
    assert once.index("Content-Security-Policy") < once.index("<script>")
