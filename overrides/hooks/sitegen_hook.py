"""MkDocs hook: run the site's portable build steps (see ``sitegen``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sitegen import prepare  # noqa: E402
from sitegen.csp import add_policy  # noqa: E402


def on_pre_build(config: object) -> None:
    prepare()


def on_post_page(output: str, page: object, config: object) -> str:
    if page.file.src_uri == "builder.md":
        return add_policy(output)
    return output
