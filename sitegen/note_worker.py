"""The Python side of the builder's Web Worker, shipped in the trimmed runtime.

The worker calls ``handle`` with each message from the page, as JSON text, and posts
back the JSON text it returns: the engine's contract, unchanged.
"""

from __future__ import annotations

import json

import builder


def handle(op: str, payload: str) -> str:
    """Compose notes, or review an edited one, for one message from the page."""
    message = json.loads(payload)
    if op == "compose":
        result = builder.compose(message["request"])
    else:
        result = builder.review(message["text"], message["request"])
    return json.dumps(result, ensure_ascii=False)
