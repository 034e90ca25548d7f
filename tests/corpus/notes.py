"""Write the corpus notes as readable text: ``python -m tests.corpus.notes`` regenerates them.

Each request in ``requests/`` gets a file of the same name in ``notes/``, holding every
note the engine writes from it, with the codes of its checks. The files are committed, so
every change to the wording is reviewed as a diff of real notes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from builder import compose

HERE = Path(__file__).parent
REQUESTS = HERE / "requests"
NOTES = HERE / "notes"


def requests() -> list[Path]:
    """Every request file of the corpus, in name order."""
    return sorted(REQUESTS.glob("*.json"))


def load(path: Path) -> dict:
    """One request of the corpus."""
    return json.loads(path.read_text(encoding="utf-8"))


def render(request: dict) -> str:
    """The notes for one request as text: subject, body and check codes of each note."""
    response = compose(request)
    style = " / ".join(
        request.get(key, default)
        for key, default in (("kind", "thank-you"), ("channel", "email"), ("tone", "warm"))
    )
    blocks = [f"# {style}"]
    if not response["ok"]:
        blocks.insert(0, "ERRORS\n" + json.dumps(response["errors"], indent=2))
    for person, note in zip(request.get("interviewers", []), response["notes"], strict=False):
        if note is None:
            blocks.append(f"## To {person.get('name', '')}\n\n(no note until the error is fixed)")
            continue
        lines = [f"## To {note['to']}"]
        if note["subject"]:
            lines.append(f"Subject: {note['subject']}")
        lines += ["", note["body"], ""]
        codes = [c["code"] for c in note["checks"]]
        lines.append(f"[{note['words']} words, {note['characters']} characters; checks: "
                     f"{', '.join(codes) or 'none'}]")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def expected(path: Path) -> Path:
    """Where the committed notes for a request file live."""
    return NOTES / (path.stem + ".txt")


def main() -> int:
    """Regenerate every notes file; remove those whose request is gone."""
    NOTES.mkdir(exist_ok=True)
    names = set()
    for path in requests():
        target = expected(path)
        target.write_text(render(load(path)), encoding="utf-8")
        names.add(target.name)
    for stale in NOTES.glob("*.txt"):
        if stale.name not in names:
            stale.unlink()
    sys.stdout.write(f"Wrote the notes for {len(names)} requests to {NOTES}.\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
