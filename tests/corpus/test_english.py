"""The corpus in each English: American notes spell and date as Americans do, British as Britons."""

from __future__ import annotations

import json
import re

import pytest

from builder.spelling import AMERICAN

from .test_corpus import corpus

MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
BRITISH_DATE = re.compile(rf"\b\d{{1,2}} (?:{MONTH})\b")
AMERICAN_DATE = re.compile(rf"\b(?:{MONTH}) \d{{1,2}}\b")
BRITISH = re.compile(r"\b(?:" + "|".join(map(re.escape, AMERICAN)) + r")\b", re.IGNORECASE)


def notes_in(english: str) -> list[tuple[str, str, str]]:
    """(case, what the reader typed, subject and body) for each note of one English."""
    found = []
    for case, request, response in corpus():
        if request.get("english", "uk") != english:
            continue
        typed = json.dumps(request, ensure_ascii=False).casefold()
        found += [
            (case, typed, f"{note['subject'] or ''}\n{note['body']}")
            for note in filter(None, response["notes"])
        ]
    return found


@pytest.mark.parametrize("english", ["us", "uk"])
def test_the_corpus_has_notes_in_each_english(english):
    assert len(notes_in(english)) >= 3


def test_american_notes_use_no_british_spelling_of_their_own():
    found = [
        f"{case}: {match.group(0)}"
        for case, typed, text in notes_in("us")
        for match in BRITISH.finditer(text)
        if match.group(0).casefold() not in typed
    ]
    assert found == []


@pytest.mark.parametrize(
    ("english", "wrong"), [("us", BRITISH_DATE), ("uk", AMERICAN_DATE)], ids=["us", "uk"]
)
def test_dates_are_in_the_order_of_the_notes_english(english, wrong):
    found = [f"{case}: {m.group(0)}" for case, _, text in notes_in(english)
             for m in wrong.finditer(text)]
    assert found == []
