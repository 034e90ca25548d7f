"""Calls that exercise the engine as the builder page does, valid and invalid alike.

The runtime trimmer runs them to learn which modules the engine imports, then runs them
again on the trimmed runtime and expects the very same answers.
"""

from __future__ import annotations

import copy
import json
from itertools import product
from pathlib import Path
from typing import Any

STYLES = list(
    product(
        ("thank-you", "follow-up", "after-rejection"),
        ("email", "card", "linkedin"),
        ("warm", "formal", "concise"),
    )
)
BROKEN: list[Any] = [
    None,
    [],
    "a note",
    42,
    {},
    {"candidate": "Sam", "company": 3, "role": None, "interviewers": "Jo"},
    {"candidate": {"name": " "}, "company": "x" * 5000, "role": "r", "interviewers": []},
    {
        "candidate": {"name": "Sam", "email": "not-an-email", "phone": "call me"},
        "company": "Acme",
        "role": "Analyst",
        "interview": {"date": "2026-02-30", "format": "hologram"},
        "interviewers": [{"name": "Jo"}, {"name": "jo"}, 7, {"name": "Al", "email": "a@b"}],
        "highlights": ["one", "two", "three", "four"],
        "kind": "apology",
        "channel": "fax",
        "tone": True,
        "variant": -1,
        "today": "tomorrow",
    },
    {
        "candidate": {"name": "Sam"},
        "company": "Acme",
        "role": "Analyst",
        "interviewers": [{"name": f"Person {i}"} for i in range(13)],
        "variant": 1.5,
        "highlights": "many",
    },
]
EDITS = (
    "",
    "   ",
    "Thank you.",
    "Dear {name},\n\nThank you for your time today. I enjoyed it.\n\nBest,\nSam",
    "Hi {name}! Thanks!!! I really really want this job, please hire me ASAP :) " * 8,
    "Dear Sir or Madam, to whom it may concern: I am writing to follow up.",
)


def _variations(example: dict[str, Any]) -> list[dict[str, Any]]:
    """The example in every style, in other variants, and with parts left out."""
    found = [{**example, "kind": k, "channel": c, "tone": t} for k, c, t in STYLES]
    found += [{**example, "variant": variant} for variant in (1, 2, 7, 999_999)]
    bare = copy.deepcopy(example)
    for key in ("highlights", "interest", "promised", "interview", "today"):
        bare.pop(key, None)
    for person in bare["interviewers"]:
        person.pop("detail", None)
    found.append(bare)
    return found


def _reviews(request: dict[str, Any]) -> list[dict[str, Any]]:
    name = request["interviewers"][0]["name"]
    calls = [{"op": "review", "text": text.format(name=name), "request": request} for text in EDITS]
    calls += [
        {"op": "review", "text": 12, "request": request},
        {"op": "review", "text": "Thank you.", "request": {**request, "interviewer": 99}},
        {"op": "review", "text": "Thank you.", "request": {**request, "interviewer": True}},
        {"op": "review", "text": "Thank you.", "request": {"company": "Acme"}},
    ]
    return calls


def calls(examples: Path) -> list[dict[str, Any]]:
    """Page-to-worker messages (without ``id``) for every example request and more."""
    requests = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(examples.glob("*.json"))]
    found: list[dict[str, Any]] = []
    for index, request in enumerate(requests):
        variants = _variations(request) if index < 2 else [request]
        found += [{"op": "compose", "request": r} for r in variants]
        found += _reviews(request)
    found += [{"op": "compose", "request": r} for r in BROKEN]
    return found
