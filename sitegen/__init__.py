"""The site's build step: everything MkDocs or Zensical needs beyond the Markdown.

``prepare`` runs before a build (example notes, the Python runtime with the engine);
``finish`` runs after it (names that follow the content of the site's own files, the
builder page's Content-Security-Policy, the service worker). Both are plain functions:
the MkDocs hook calls them, and ``python -m sitegen`` does for any other tool.
"""

from __future__ import annotations

from sitegen.build import finish, prepare

__all__ = ["finish", "prepare"]
