"""Shipped in the builder's trimmed runtime only: its regular expressions, ready-made.

Python runs ``sitecustomize`` at start-up. Compiling a regular expression runs the
pure-Python compiler in ``re._compiler``, which in the browser costs about a third of
importing the engine. ``precompiled_patterns`` holds what that compiler produced for
each pattern the engine compiled at build time (``sitegen/pack_runtime.py``), in this
same Python; a pattern found there is handed straight to the regular-expression engine,
and any other is compiled as usual.
"""

from __future__ import annotations

import _sre
from re import _compiler

from precompiled_patterns import PATTERNS

_compile_source = _compiler.compile


def _compile(pattern: object, flags: int = 0) -> object:
    known = PATTERNS.get((pattern, flags)) if isinstance(pattern, str | bytes) else None
    if known is None:
        return _compile_source(pattern, flags)
    final_flags, code, groups, groupindex, indexgroup = known
    return _sre.compile(
        pattern, final_flags, memoryview(code).cast("I").tolist(), groups, groupindex, indexgroup
    )


_compiler.compile = _compile
