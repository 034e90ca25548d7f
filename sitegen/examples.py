"""Render the example notes on the guide from request files, with the real engine."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from builder import compose
from sitegen.files import write_if_changed

CHANNEL_LABELS = {"email": "Email", "card": "Handwritten card", "linkedin": "LinkedIn message"}


def _paragraphs(body: str) -> str:
    blocks = [escape(block).replace("\n", "<br>\n") for block in body.split("\n\n")]
    return "\n".join(f"<p>{block}</p>" for block in blocks)


def render_note(note: dict, channel: str) -> str:
    """One note as an HTML block that Markdown passes through untouched."""
    meta = [f"<strong>{CHANNEL_LABELS[channel]} to</strong> {escape(note['to'])}"]
    if note["subject"]:
        meta.append(f"<strong>Subject:</strong> {escape(note['subject'])}")
    return (
        '<div class="example-note">\n'
        f'<p class="example-note__meta">{" · ".join(meta)}</p>\n'
        f'<div class="example-note__body">\n{_paragraphs(note["body"])}\n</div>\n'
        "</div>\n"
    )


def render_example(request: dict) -> str:
    """Every note the engine writes for ``request``, one block after another."""
    response = compose(request)
    if not response["ok"]:
        problems = "; ".join(f"{e['field']}: {e['message']}" for e in response["errors"])
        msg = f"example request is invalid: {problems}"
        raise ValueError(msg)
    channel = request.get("channel", "email")
    return "\n".join(render_note(note, channel) for note in response["notes"])


def write_examples(source: Path, target: Path) -> list[Path]:
    """Render every ``source/*.json`` request to ``target/<name>.md``."""
    written = []
    for path in sorted(source.glob("*.json")):
        request = json.loads(path.read_text(encoding="utf-8"))
        out = target / f"{path.stem}.md"
        write_if_changed(out, render_example(request).encode())
        written.append(out)
    return written
