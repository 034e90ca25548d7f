"""MkDocs hook: run the site's portable build steps (see ``sitegen``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sitegen import finish, prepare


def on_pre_build(config: object) -> None:
    prepare()


def on_post_build(config: dict) -> None:
    finish(Path(config["site_dir"]))
