"""Shipped in the builder's trimmed runtime only: what the engine compiles, ready-made.

Python runs ``sitecustomize`` at start-up. In the browser, compiling costs about half of
importing the engine: each regular expression goes through the pure-Python compiler in
``re._compiler``, and each dataclass compiles the source of the methods it generates.
``precompiled`` holds what both produced at build time (``sitegen/pack_runtime.py``), in
this same Python: a pattern or a method's source found there is used as it is, and any
other is compiled as usual.
"""

from __future__ import annotations

import _sre
import dataclasses
import marshal
from re import _compiler

from precompiled import FUNCTIONS, PATTERNS

_compile_source = _compiler.compile
_exec_source = exec


def _compile(pattern: object, flags: int = 0) -> object:
    known = PATTERNS.get((pattern, flags)) if isinstance(pattern, str | bytes) else None
    if known is None:
        return _compile_source(pattern, flags)
    final_flags, code, groups, groupindex, indexgroup = known
    return _sre.compile(
        pattern, final_flags, memoryview(code).cast("I").tolist(), groups, groupindex, indexgroup
    )


def _exec(source: str, globals_: dict, locals_: dict) -> None:
    known = FUNCTIONS.get(source)
    if known is None:
        _exec_source(source, globals_, locals_)
    else:
        _exec_source(marshal.loads(known), globals_, locals_)  # noqa: S302 - our own build's


_compiler.compile = _compile
dataclasses.exec = _exec
