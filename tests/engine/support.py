"""Helpers the engine tests share: reading notes back as sentences and words."""

# ruff: noqa: RUF001 - readers type curly apostrophes, so the tests do too

from __future__ import annotations

import copy
import itertools
import re
from typing import Any

from builder import compose

KINDS = ("thank-you", "follow-up", "after-rejection")
CHANNELS = ("email", "card", "linkedin")
TONES = ("warm", "formal", "concise")
FORMATS = ("in-person", "phone", "video")
STYLES = list(itertools.product(KINDS, CHANNELS, TONES))

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

FULL = {
    "candidate": {"name": "Alex Rivera", "email": "alex@example.com", "phone": "+1 555 0100"},
    "company": "Northwind Labs",
    "role": "Data Engineer",
    "interview": {"date": "2026-03-10", "format": "video"},
    "interviewers": [
        {
            "name": "Priya Natarajan",
            "title": "Head of Data",
            "email": "priya@northwind.example",
            "detail": "We talked about migrating the nightly batch jobs to streaming.",
        },
    ],
    "highlights": [
        "I led the move from cron scripts to Airflow at my last job",
        "five years of SQL performance tuning",
    ],
    "interest": "the chance to build a data platform from the ground up",
    "promised": "the slides from my pipeline talk",
    "kind": "thank-you",
    "channel": "email",
    "tone": "warm",
    "variant": 0,
    "today": "2026-03-11",
}

PANEL = [
    {"name": "Priya Natarajan", "detail": "We talked about migrating batch jobs to streaming."},
    {"name": "Tom O'Brien", "detail": "He asked about my experience with dbt testing."},
    {"name": "José Álvarez", "detail": "She mentors new engineers in a weekly pairing session."},
    {"name": "李雷", "detail": "Told me about the Shanghai team's on-call rotation."},
]

MINIMAL = {
    "candidate": {"name": "Sam Lee"},
    "company": "Acme",
    "role": "Analyst",
    "interviewers": [{"name": "Jordan Blake"}],
}


def full() -> dict[str, Any]:
    """Return a fresh copy of the full request, for tests that cannot take fixtures."""
    return copy.deepcopy(FULL)


def with_(request: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """Return a deep copy of ``request`` with top-level keys changed."""
    changed = copy.deepcopy(request)
    changed.update(changes)
    return changed


def letter(body: str) -> str:
    """Return a note without its signature block (the sign-off, name and contact lines)."""
    return body.rsplit("\n\n", 1)[0]


def paragraphs(body: str) -> list[str]:
    """Return the paragraphs of a note before its signature block."""
    return letter(body).split("\n\n")


def only_note(request: dict[str, Any]) -> dict[str, Any]:
    """The one note a valid request for one interviewer gets."""
    response = compose(request)
    assert response["ok"] is True, response
    (note,) = response["notes"]
    return note


def note_about(request: dict[str, Any], detail: str, **changes: Any) -> dict[str, Any]:
    """The note to one interviewer, Priya Patel, of whom ``detail`` was typed."""
    person = {"name": "Priya Patel", "detail": detail}
    return only_note(with_(request, interviewers=[person], **changes))


def sentences(body: str) -> list[str]:
    """Return the greeting and every sentence of a note, signature aside."""
    found: list[str] = []
    for paragraph in paragraphs(body):
        found += [s for s in _SENTENCE_END.split(paragraph) if s]
    return found


def words(text: str) -> list[str]:
    """Return the words of a text as a reader counts them."""
    return re.findall(r"\w[\w'’-]*", text)


def codes(checks: list[dict[str, str]]) -> list[str]:
    """Return the codes of a list of checks."""
    return [check["code"] for check in checks]


def assert_check_shape(check: dict[str, str]) -> None:
    """Fail unless ``check`` is a check object as the contract defines it."""
    assert {"code", "level", "message"} <= set(check) <= {"code", "level", "message", "field"}
    assert isinstance(check.get("field", ""), str)
    assert check["level"] in {"info", "warning"}
    assert isinstance(check["code"], str)
    assert check["code"]
    assert isinstance(check["message"], str)
    assert check["message"].strip()


def prose(max_chars: int) -> Any:
    """Return a Hypothesis strategy for plain words of text, at most ``max_chars`` long."""
    from hypothesis import strategies as st  # noqa: PLC0415 - only the property tests need it

    def join(chosen: list[str]) -> str:
        text = chosen[0]
        for word in chosen[1:]:
            if len(text) + 1 + len(word) > max_chars:
                break
            text += " " + word
        return text

    return st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=max_chars // 3).map(join)


VOCABULARY = (
    "the", "team", "platform", "data", "migration", "roadmap", "budget", "hiring", "plan",
    "design", "review", "testing", "streaming", "Kafka", "Postgres", "London", "Berlin",
    "Lyon", "Zürich", "São", "façade", "北京", "القاهرة", "café", "résumé", "on-call",
    "incident", "customers", "mentoring", "accessibility", "a", "an", "of", "to", "with",
    "and", "for", "in", "our", "your", "quarterly", "weekly", "new", "old", "first", "last",
    "big", "small", "very", "careful", "open", "honest", "ML", "AI", "API",
)
