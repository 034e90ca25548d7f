"""Run the command line with ``python -m builder REQUEST.json``."""

from __future__ import annotations

from builder.cli import main

raise SystemExit(main())
