"""A Content-Security-Policy for the builder page, with hashes of its inline scripts."""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S
)
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
MARKER = 'http-equiv="Content-Security-Policy"'


def policy(html: str) -> str:
    """The policy: same-origin everything, WebAssembly compilation, hashed inline scripts."""
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(m.encode()).digest()).decode() + "'"
            for m in _INLINE_SCRIPT.findall(html)
        }
    )
    return "; ".join(
        [
            "default-src 'self'",
            " ".join(["script-src 'self' 'wasm-unsafe-eval'", *hashes]),
            "worker-src 'self'",
            "connect-src 'self'",
            "img-src 'self' data:",
            "style-src 'self' 'unsafe-inline'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
        ]
    )


def add_policy(html: str) -> str:
    """Insert the policy as the first thing after ``<meta charset>``; idempotent."""
    if MARKER in html:
        return html
    tag = f'<meta {MARKER} content="{policy(html)}">'
    return _CHARSET.sub(lambda m: m.group(0) + tag, html, count=1)
