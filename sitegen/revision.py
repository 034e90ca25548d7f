"""Name the site's own scripts, styles and runtime files after a hash of their content.

The browser's cache and the service worker keep files by URL. When a file's name changes
with its content, a page can only load the files of its own release: a newer page asks
for names an older release never had, and an older page's names are gone from a newer
site rather than holding other content. Files are renamed leaves first, and every
reference to them (in pages, and as string literals in scripts) is rewritten, so a change
anywhere renames each file that loads it, up to the pages. Pyodide finds its own files
by name in one folder, so ``runtime/pyodide/`` is renamed as a whole.

Each page then names its release in a meta tag: the hash of the names of every file
renamed here. A page that Material's instant navigation fills with a page of another
release reloads (``javascripts/same-release.mjs``).
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from pathlib import Path

OWN_FILES = ("javascripts/", "stylesheets/", "runtime/", "assets/stylesheets/overrides.css")
FOLDERS = ("runtime/pyodide/",)
HASH_LENGTH = 12
# A name that carries a content hash: ours (12 hex digits) or Material's (8).
REVISIONED = re.compile(r"\.[0-9a-f]{8,}[./]")
TEXT_SUFFIXES = (".mjs", ".js", ".css")
RELEASE_META = "release"

_LITERAL = re.compile(r"""(["'])([^"'\\\n]+)\1""")
_ATTRIBUTE = re.compile(r"""\b(src|href)="([^"]+)\"""")
_QUERY = re.compile(r"([^?#]*)(.*)", re.S)
_META = re.compile(rf'<meta name="{RELEASE_META}" content="[^"]*">')
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:HASH_LENGTH]


def units(site: Path) -> dict[str, list[str]]:
    """What gets renamed, each with its files: a file, or a whole folder (ends with /)."""
    found: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*")):
        name = path.relative_to(site).as_posix()
        if not path.is_file() or not name.startswith(OWN_FILES) or REVISIONED.search(name):
            continue
        unit = next((f for f in FOLDERS if name.startswith(f)), name)
        found.setdefault(unit, []).append(name)
    return found


def _target(path: str, names: dict[str, str]) -> tuple[str, str] | None:
    """``(unit, rest)`` when the site path ``path`` is a unit or lies in a folder unit."""
    if path in names:
        return path, ""
    for unit in names:
        if unit.endswith("/") and path.startswith(unit):
            return unit, path[len(unit) :]
    return None


def _leaf(unit: str) -> str:
    """A unit's own last part: ``builder.mjs``, or ``pyodide/`` for a folder."""
    return posixpath.basename(unit.rstrip("/")) + ("/" if unit.endswith("/") else "")


def _candidates(path: str, base: str) -> list[str]:
    """The site paths a URL path may mean, written in a file in folder ``base``.

    A relative path is resolved from ``base``; an absolute one (the 404 page's) may
    start with any base path, so each of its trailing parts is a candidate.
    """
    if path.startswith("/"):
        parts = path.lstrip("/").split("/")
        return ["/".join(parts[i:]) for i in range(len(parts))]
    resolved = posixpath.normpath(posixpath.join(base, path))
    return [resolved + "/" if path.endswith("/") else resolved]


def rewrite(value: str, base: str, names: dict[str, str]) -> str:
    """``value``, a URL written in a file in folder ``base``, pointing at renamed units."""
    path, query = _QUERY.match(value).groups()
    if not path or "://" in path or path.startswith(("data:", "mailto:", "//")):
        return value
    for candidate in _candidates(path, base):
        hit = _target(candidate, names)
        if hit is None:
            continue
        unit, rest = hit
        old, new = _leaf(unit) + rest, _leaf(names[unit]) + rest
        if not path.endswith(old):
            msg = f"cannot point {value!r} (written in {base or '.'}/) at {names[unit]}"
            raise ValueError(msg)
        return path[: len(path) - len(old)] + new + query
    return value


def _references(site: Path, files: list[str], names: dict[str, str]) -> set[str]:
    """The units that string literals in these scripts name."""
    found = set()
    for name in files:
        if not name.endswith(TEXT_SUFFIXES):
            continue
        base = posixpath.dirname(name)
        for match in _LITERAL.finditer((site / name).read_text(encoding="utf-8")):
            for candidate in _candidates(match.group(2), base):
                hit = _target(candidate, names)
                if hit:
                    found.add(hit[0])
    return found


def _renamed(unit: str, digest: str) -> str:
    if unit.endswith("/"):
        return f"{unit.rstrip('/')}.{digest}/"
    stem, suffix = posixpath.splitext(unit)
    return f"{stem}.{digest}{suffix}"


def _revision_unit(site: Path, unit: str, files: list[str], names: dict[str, str]) -> str:
    """Rewrite one unit's references, rename it after its content; return its new name."""
    contents = {}
    for name in files:
        data = (site / name).read_bytes()
        if name.endswith(TEXT_SUFFIXES):
            base = posixpath.dirname(name)
            text = _LITERAL.sub(
                lambda m, base=base: m.group(1) + rewrite(m.group(2), base, names) + m.group(1),
                data.decode("utf-8"),
            )
            data = text.encode("utf-8")
        contents[name] = data
    digest = hashlib.sha256()
    for name, data in sorted(contents.items()):
        digest.update(name[len(unit) :].encode() + b"\0" + hashlib.sha256(data).digest())
    new_unit = _renamed(unit, digest.hexdigest()[:HASH_LENGTH])
    for name, data in contents.items():
        target = site / (new_unit + name[len(unit) :] if unit.endswith("/") else new_unit)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        (site / name).unlink()
    if unit.endswith("/"):
        (site / unit).rmdir()
    return new_unit


def revision_files(site: Path) -> dict[str, str]:
    """Rename the site's own scripts, styles and runtime; return ``{old: new}`` names."""
    todo = units(site)
    everything = dict.fromkeys(todo, "")
    pending = {unit: _references(site, files, everything) - {unit} for unit, files in todo.items()}
    names: dict[str, str] = {}
    while pending:
        ready = sorted(u for u, needs in pending.items() if needs <= names.keys())
        if not ready:
            msg = f"these files load each other, so none can be named first: {sorted(pending)}"
            raise ValueError(msg)
        for unit in ready:
            names[unit] = _revision_unit(site, unit, todo[unit], names)
            del pending[unit]
    return names


def release_id(site: Path) -> str:
    """A hash of the names of the site's own revisioned files: it changes with any of them."""
    names = sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if p.is_file() and p.relative_to(site).as_posix().startswith(OWN_FILES)
    )
    return _digest("\n".join(names).encode())


def revision_pages(site: Path, names: dict[str, str]) -> None:
    """Point every page at the renamed files and name its release in a meta tag."""
    tag = f'<meta name="{RELEASE_META}" content="{release_id(site)}">'
    for page in site.rglob("*.html"):
        base = posixpath.dirname(page.relative_to(site).as_posix())
        html = _ATTRIBUTE.sub(
            lambda m, base=base: f'{m.group(1)}="{rewrite(m.group(2), base, names)}"',
            page.read_text(encoding="utf-8"),
        )
        html = _META.sub("", html)
        html = _CHARSET.sub(lambda m: m.group(0) + tag, html, count=1)
        page.write_text(html, encoding="utf-8")


def revision(site: Path) -> None:
    """Give the built site's own files revisioned names, and its pages their release."""
    revision_pages(site, revision_files(site))
