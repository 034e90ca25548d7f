"""``python -m sitegen prepare`` before a build, ``python -m sitegen finish SITE`` after."""

from __future__ import annotations

import argparse
from pathlib import Path

from sitegen.build import finish, prepare


def main(argv: list[str] | None = None) -> None:
    """Run one build step."""
    parser = argparse.ArgumentParser(prog="python -m sitegen", description=__doc__)
    steps = parser.add_subparsers(dest="step", required=True)
    steps.add_parser("prepare", help="write examples and the runtime, with the engine, into docs/")
    finish_parser = steps.add_parser("finish", help="post-process a built site")
    finish_parser.add_argument("site", type=Path, help="the built site's folder")
    args = parser.parse_args(argv)
    if args.step == "prepare":
        prepare()
    else:
        finish(args.site)


if __name__ == "__main__":
    main()
