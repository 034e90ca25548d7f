"""Runs inside Pyodide, at build time: list the modules the engine needs and pack them.

``compile_runtime.mjs`` runs this in the same Python the browser runs, because bytecode
is only valid for the exact Python version that wrote it. ``record_compilations`` keeps
what each regular expression compiles to, and the bytecode of the methods each dataclass
generates from text, while the engine answers every exercise call. Then
``needed_modules`` adds what its modules import anywhere (also in functions and on paths
the calls did not reach), plus ``MARGIN``, and lists the files of everything loaded.
``pack`` writes them as bytecode into one zip, for ``stdLibURL``, with what was recorded
and ``sitecustomize``, which hands it to ``re`` and ``dataclasses`` at start-up.
"""

from __future__ import annotations

import _sre
import ast
import contextlib
import dataclasses
import importlib
import marshal
import sys
import zipfile
from array import array
from pathlib import Path
from re import _compiler
from types import CodeType

STDLIB = f"/lib/python{sys.version_info.major}{sys.version_info.minor}.zip/"
# Imported lazily, on paths an exercise may not reach: text encodings that decoding may
# look up by name, and what formatting an unexpected error's traceback needs.
MARGIN = (
    "encodings.ascii",
    "encodings.latin_1",
    "encodings.utf_8_sig",
    "encodings.utf_16",
    "encodings.utf_32",
    "encodings.unicode_escape",
    "encodings.raw_unicode_escape",
    "linecache",
    "tokenize",
    "traceback",
)
EPOCH = (1980, 1, 1, 0, 0, 0)
# A line-table entry (PEP 626, "no column" form) spans at most 8 code units.
LINE_ENTRY_UNITS = 8
NO_COLUMNS = 13
# What sitecustomize.py reads: PATTERNS, {(pattern, flags): the rest of _sre.compile's
# arguments}, and FUNCTIONS, {source dataclasses executes: its code object, marshalled}.
PRECOMPILED_MODULE = "precompiled"
SITECUSTOMIZE = "sitecustomize.py"
_patterns: dict[tuple[str | bytes, int], tuple] = {}
_functions: dict[str, bytes] = {}


class _Capture:
    """Stands in for ``_sre`` inside ``re._compiler``, keeping the last compile's arguments."""

    last: tuple | None = None

    def __getattr__(self, name: str) -> object:
        return getattr(_sre, name)

    def compile(self, *args: object) -> object:
        self.last = args
        return _sre.compile(*args)


def record_compilations() -> None:
    """From now on, keep what each regular expression and each dataclass compiles to."""
    _record_patterns()
    dataclasses.exec = _exec_and_record  # the one call dataclasses makes to compile


def _exec_and_record(source: str, globals_: dict, locals_: dict) -> None:
    code = compile(source, "<string>", "exec", dont_inherit=True)
    _functions[source] = marshal.dumps(code)
    exec(code, globals_, locals_)  # noqa: S102 - what dataclasses itself does


def _record_patterns() -> None:
    capture = _Capture()
    compile_source = _compiler.compile

    def compile_and_record(pattern: object, flags: int = 0) -> object:
        capture.last = None
        compiled = compile_source(pattern, flags)
        if isinstance(pattern, str | bytes) and capture.last is not None:
            _, final_flags, code, groups, groupindex, indexgroup = capture.last
            code_bytes = array("I", code).tobytes()
            entry = (final_flags, code_bytes, groups, dict(groupindex), indexgroup)
            _patterns[pattern, int(flags)] = entry
        return compiled

    _compiler._sre = capture  # noqa: SLF001 - the one way to see the compiled code
    _compiler.compile = compile_and_record


def _imported_names(path: Path, package: str) -> set[str]:
    """Every module ``path`` imports, at any depth, and every ``from X import Y`` as X.Y."""
    names = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0]
                base = f"{parent}.{base}" if base else parent
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _file(module: object) -> str | None:
    """The file a module was loaded from, or None (built in, frozen, or not a file)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    return origin if origin and origin.endswith(".py") else None


def needed_modules(app: str) -> dict[str, str]:
    """Import ``MARGIN`` and whatever the app's loaded modules import, until nothing is new.

    Returns ``{zip path: source path}`` for every module loaded from the standard
    library or from ``app``, and for ``app``'s ``sitecustomize``.
    """
    seen: set[str] = set()
    for name in MARGIN:
        importlib.import_module(name)
    while True:
        fresh = {
            name: Path(path)
            for name, module in list(sys.modules.items())
            if (path := _file(module)) and path.startswith(app) and name not in seen
        }
        if not fresh:
            break
        for name, path in fresh.items():
            seen.add(name)
            package = name if path.name == "__init__.py" else name.rpartition(".")[0]
            for imported in sorted(_imported_names(path, package)):
                with contextlib.suppress(ImportError):  # a name, not a module
                    importlib.import_module(imported)
    files = {}
    for module in list(sys.modules.values()):
        path = _file(module)
        if path and path.startswith(STDLIB):
            files[path.removeprefix(STDLIB)] = path
        elif path and path.startswith(app):
            files[str(Path(path).relative_to(app))] = path
    files[SITECUSTOMIZE] = app + SITECUSTOMIZE  # runs at start-up, before any import
    return files


def _function_lines(code: CodeType) -> CodeType:
    """``code`` with every instruction located on its function's first line, recursively.

    The full line table is a large share of the bytecode, and a traceback from the page
    needs no more than the function and the line it starts on.
    """
    units = len(code.co_code) // 2
    table = bytearray()
    while units > 0:
        span = min(units, LINE_ENTRY_UNITS)
        table += bytes((0x80 | NO_COLUMNS << 3 | span - 1, 0))  # line delta 0
        units -= span
    consts = tuple(
        _function_lines(const) if isinstance(const, CodeType) else const for const in code.co_consts
    )
    return code.replace(co_linetable=bytes(table), co_consts=consts)


def pack(files: dict[str, str], out: str, optimize: int) -> int:
    """Write ``files`` compiled to sourceless bytecode, with short line tables, into ``out``.

    Returns the zip's size.

    Each code object names its file as if the source were in the zip, so tracebacks and
    ``__file__`` name the same files as with the full library.
    """
    from importlib._bootstrap_external import _code_to_timestamp_pyc  # noqa: PLC0415

    precompiled = f"PATTERNS = {_patterns!r}\nFUNCTIONS = {_functions!r}\n"
    sources = {PRECOMPILED_MODULE + ".py": precompiled.encode()}
    with zipfile.ZipFile(STDLIB.rstrip("/")) as stdlib:
        for name, path in files.items():
            sources[name] = (
                stdlib.read(path.removeprefix(STDLIB))
                if path.startswith(STDLIB)
                else Path(path).read_bytes()
            )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name in sorted(sources):
            source = sources[name]
            code = _function_lines(
                compile(source, STDLIB + name, "exec", dont_inherit=True, optimize=optimize)
            )
            info = zipfile.ZipInfo(name.removesuffix(".py") + ".pyc", EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, bytes(_code_to_timestamp_pyc(code, 0, 0)), compresslevel=9)
    return Path(out).stat().st_size
