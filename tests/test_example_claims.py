"""What the examples page says about its notes holds for the notes the engine writes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builder import compose, wording
from builder.realise import similar, words_of

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
PAGE = (ROOT / "docs" / "examples.md").read_text(encoding="utf-8")
RELATIVE_DAYS = re.compile(
    r"\b(?:yesterday|today|tomorrow|this week|last week|on (?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)[.,;])",
)


def _pattern(frame: str) -> re.Pattern[str]:
    """A frame as a pattern that matches any sentence realised from it."""
    text = re.escape(frame[:1].upper() + frame[1:].rstrip("."))
    return re.compile(re.sub(r"\\\{[A-Za-z_]+\\\}", ".+", text), re.IGNORECASE)


WANTS_THE_JOB = [
    _pattern(frame)
    for frame in [
        *(f for bank in wording.INTERESTS.values() for f in bank),
        *(f for bank in wording.NO_INTEREST.values() for f in bank),
    ]
]


def contracted(text: str) -> str:
    """A formal note with the warm tone's contractions, to compare it with the frames."""
    for short, long in wording.CONTRACTIONS.items():
        text = text.replace(long, short)
    return text


def notes(path: Path) -> tuple[dict, list[dict]]:
    request = json.loads(path.read_text(encoding="utf-8"))
    return request, compose(request)["notes"]


def _wants_the_job(path: Path) -> bool:
    """Whether the page claims the note says the writer wants the job.

    It claims it of thank-you and follow-up emails and cards.
    """
    request = json.loads(path.read_text(encoding="utf-8"))
    return request.get("kind", "thank-you") != "after-rejection" and request.get(
        "channel"
    ) != "linkedin"


@pytest.mark.parametrize(
    "path", [p for p in EXAMPLES if _wants_the_job(p)], ids=lambda p: p.stem
)
def test_each_thank_you_and_follow_up_says_the_writer_wants_the_job(path):
    _, written = notes(path)
    for note in written:
        sentences = re.split(r"(?<=[.!?])\s+", contracted(note["body"]))
        assert any(p.fullmatch(s.rstrip(".")) for s in sentences for p in WANTS_THE_JOB), (
            note["body"]
        )


def test_the_page_says_no_sentence_repeats_across_the_panel_and_none_does():
    assert "no sentence repeats" in PAGE
    _, written = notes(ROOT / "examples" / "panel-of-three.json")
    assert len(written) == 3
    seen: list[list[str]] = []
    for note in written:
        for sentence in re.split(r"(?<=[.!?])\s+", note["body"].split("\n\n", 1)[1]):
            words = words_of(sentence)
            if len(words) > 3:
                assert not any(similar(words, other) for other in seen), sentence
        seen += [words_of(s) for s in re.split(r"(?<=[.!?])\s+", note["body"])]


def test_a_card_is_written_to_be_read_days_later():
    assert "card" in PAGE
    _, written = notes(ROOT / "examples" / "card.json")
    for note in written:
        assert not RELATIVE_DAYS.search(note["body"]), note["body"]


def test_the_linkedin_example_keeps_within_a_free_connection_note():
    assert "200 characters" in PAGE
    _, written = notes(ROOT / "examples" / "linkedin.json")
    assert all(note["characters"] <= 200 for note in written)
