"""What the examples page says about its notes holds for the notes the engine writes.

Each test first checks that the page still makes the claim, then checks the claim against
the notes ``builder.compose`` writes from the request files the page includes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from builder import compose, wording
from builder.occasions import OCCASIONS
from builder.realise import similar, words_of

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
PAGE = " ".join((ROOT / "docs" / "examples.md").read_text(encoding="utf-8").split())
RELATIVE_DAYS = re.compile(
    r"\b(?:yesterday|today|tomorrow|this week|last week|on (?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)[.,;])",
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Words too common to show that a note picked up what the writer noted.
COMMON = {"about", "after", "asked", "before", "discussed", "from", "talked", "that",
          "their", "they", "this", "with", "what", "when", "where", "which", "your"}
PICKED_UP = 0.6  # share of a detail's telling words that its note must carry


def _pattern(frame: str) -> re.Pattern[str]:
    """A frame as a pattern that matches any sentence realised from it."""
    text = re.escape(frame[:1].upper() + frame[1:].rstrip("."))
    for swaps in wording.SWAPS.values():  # "the role" may be written "the job"
        for old, new in swaps:
            text = text.replace(re.escape(old), f"(?:{re.escape(old)}|{re.escape(new)})")
    return re.compile(re.sub(r"\\\{[A-Za-z_]+\\\}", ".+", text), re.IGNORECASE)


def _patterns(frames: object) -> list[re.Pattern[str]]:
    if isinstance(frames, dict):
        return [p for bank in frames.values() for p in _patterns(bank)]
    return [_pattern(frame) for frame in frames]


WANTS_THE_JOB = (
    _patterns(wording.INTERESTS)
    + _patterns(wording.FOLLOW_UP_INTERESTS)
    + _patterns(wording.NO_INTEREST)
    + _patterns(wording.LOOKING_FOR)
)
ASKS_FOR_NEWS = [
    p
    for p in _patterns(wording.CLOSINGS["follow-up"])
    if re.search(r"news|update|timeline|stand|process|timing", p.pattern)
]
FEEDBACK = _patterns(wording.FEEDBACK)
FUTURE_ROLES = _patterns(wording.FUTURE_ROLES)


def contracted(text: str) -> str:
    """A formal note with the warm tone's contractions, to compare it with the frames."""
    for short, long in wording.CONTRACTIONS.items():
        text = text.replace(long, short)
    return text


def sentences(body: str) -> list[str]:
    return [s.rstrip(".") for s in SENTENCE_END.split(contracted(body))]


def says(body: str, patterns: list[re.Pattern[str]]) -> bool:
    return any(p.fullmatch(s) for s in sentences(body) for p in patterns)


def notes(path: Path) -> tuple[dict, list[dict]]:
    request = json.loads(path.read_text(encoding="utf-8"))
    return request, compose(request)["notes"]


def example(stem: str) -> tuple[dict, list[dict]]:
    return notes(ROOT / "examples" / f"{stem}.json")


def telling_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3} - COMMON


def picks_up(body: str, detail: str) -> bool:
    """Whether the note carries most of the telling words of what the writer noted."""
    wanted = telling_words(detail)
    return len(wanted & telling_words(body)) >= PICKED_UP * len(wanted)


def _kind(request: dict) -> str:
    return request.get("kind", "thank-you")


def _channel(request: dict) -> str:
    return request.get("channel", "email")


def _wants_the_job(path: Path) -> bool:
    """Whether the page claims the note says the writer wants the job: thank-you and
    follow-up notes, after any round, sent by email or card."""
    request = json.loads(path.read_text(encoding="utf-8"))
    uses = OCCASIONS[_kind(request)].uses
    return "interest" in uses and _channel(request) in {"email", "card"}


def test_the_page_includes_every_example() -> None:
    included = re.findall(r'--8<-- "examples/generated/([\w-]+)\.md"', PAGE)
    assert sorted(included) == [p.stem for p in EXAMPLES]


def opening(body: str) -> str:
    """The note's first sentence, after the greeting."""
    return SENTENCE_END.split(body.split("\n\n", 1)[1])[0]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_each_note_opens_with_role_and_company_and_picks_up_the_conversation(
    path: Path,
) -> None:
    assert "Each one opens by naming the role and the company, and picks up one thing" in PAGE
    request, written = notes(path)
    assert len(written) == len(request["interviewers"])
    for note, person in zip(written, request["interviewers"], strict=True):
        assert note["to"] == person["name"]
        first = opening(note["body"]).lower()
        assert request["role"].lower() in first, note["body"]
        assert request["company"].lower() in first, note["body"]
        assert picks_up(note["body"], person["detail"]), (person["detail"], note["body"])


@pytest.mark.parametrize("path", [p for p in EXAMPLES if _wants_the_job(p)], ids=lambda p: p.stem)
def test_each_thank_you_and_follow_up_by_email_or_card_says_the_writer_wants_the_job(
    path: Path,
) -> None:
    assert "Each thank-you and follow-up sent by email or card also says" in PAGE
    _, written = notes(path)
    for note in written:
        assert says(note["body"], WANTS_THE_JOB), note["body"]


def claimed_of(stem: str, claim: str) -> list[str]:
    """The bodies of an example's notes, once the page is seen to make ``claim`` of them."""
    assert claim in PAGE
    return [note["body"] for note in example(stem)[1]]


def test_the_linkedin_note_has_no_room_for_why() -> None:
    for body in claimed_of("linkedin", "the LinkedIn note has no room for that"):
        assert not says(body, WANTS_THE_JOB), body


def test_no_sentence_appears_in_two_of_the_panels_notes() -> None:
    assert "no sentence appears in more than one of them" in PAGE
    _, written = example("panel-of-three")
    assert len(written) == 3
    seen: list[list[str]] = []
    for note in written:
        body = note["body"].split("\n\n", 1)[1]  # after the greeting
        for sentence in SENTENCE_END.split(body):
            words = words_of(sentence)
            if len(words) > 3:
                assert not any(similar(words, other) for other in seen), sentence
        seen += [words_of(s) for s in SENTENCE_END.split(note["body"])]


def test_each_panel_note_is_built_on_that_persons_conversation() -> None:
    assert "built on what that person talked about" in PAGE
    request, written = example("panel-of-three")
    details = [person["detail"] for person in request["interviewers"]]
    for index, note in enumerate(written):
        others = details[:index] + details[index + 1 :]
        assert picks_up(note["body"], details[index]), note["body"]
        assert not any(picks_up(note["body"], other) for other in others), note["body"]


def test_the_panels_reason_is_told_in_one_note_only() -> None:
    assert "His reason for wanting the job is told in one note only" in PAGE
    request, written = example("panel-of-three")
    carrying = [note for note in written if request["interest"] in note["body"]]
    assert len(carrying) == 1, [note["body"] for note in written]


def test_each_point_of_fit_is_told_once_across_the_panel() -> None:
    assert "Each of his three points about what he would bring is told once, too" in PAGE
    request, written = example("panel-of-three")
    for point in request["highlights"]:
        words = point.split()[-3:]  # a deed's end is told as typed: "... twelve minutes"
        assert sum(" ".join(words) in note["body"] for note in written) == 1, point
    assert all(note["words"] >= 80 for note in written)  # none of the notes left thin


def test_a_card_is_shorter_than_an_email_and_has_no_subject() -> None:
    assert "A card is shorter than a warm or formal thank-you email and has no subject line" in PAGE
    emails = [
        note["words"]
        for path in EXAMPLES
        if _channel(notes(path)[0]) == "email" and notes(path)[0].get("tone", "warm") != "concise"
        and _kind(notes(path)[0]) in {"thank-you", "later-round"}  # the page says thank-you
        for note in notes(path)[1]
    ]
    assert emails
    _, written = example("card")
    for note in written:
        assert not note["subject"]
        assert note["words"] < min(emails)


def test_a_card_names_the_day_instead_of_yesterday() -> None:
    assert 'it names the day of the interview rather than saying "yesterday"' in PAGE
    request, written = example("card")
    day = dt.date.fromisoformat(request["interview"]["date"]).strftime("%A")
    for note in written:
        assert not RELATIVE_DAYS.search(note["body"]), note["body"]
        assert day in note["body"], note["body"]


def test_the_linkedin_example_keeps_to_a_free_connection_note() -> None:
    assert "A connection note from a free LinkedIn account allows 200 characters" in PAGE
    request, written = example("linkedin")
    for note, person in zip(written, request["interviewers"], strict=True):
        assert note["characters"] <= 200
        assert request["role"] in note["body"]
        assert request["company"] in note["body"]
        assert picks_up(note["body"], person["detail"]), note["body"]


def test_the_follow_up_comes_after_a_week_of_silence_and_asks_for_news() -> None:
    assert "Jordan heard nothing for over a week after the interview" in PAGE
    request, _ = example("follow-up")
    waited = dt.date.fromisoformat(request["today"]) - dt.date.fromisoformat(
        request["interview"]["date"]
    )
    assert waited.days > 7
    assert all(says(body, ASKS_FOR_NEWS) for body in claimed_of("follow-up", "asks for news"))


def test_the_reply_to_a_rejection_asks_for_feedback_and_keeps_the_door_open() -> None:
    for body in claimed_of("after-rejection", "asks for feedback and keeps the door open"):
        assert says(body, FEEDBACK), body
        assert says(body, FUTURE_ROLES), body


def test_a_detail_the_note_leaves_out_is_caught() -> None:
    """The pick-up check can fail: a note without the detail is reported."""
    detail = "He showed me the new patient check-in kiosk he designed."
    assert picks_up("Thank you for showing me the patient check-in kiosk you designed.", detail)
    assert not picks_up("Thank you for meeting with me on Tuesday.", detail)


def test_the_final_round_says_again_only_to_the_person_met_before() -> None:
    assert "Hannah's note thanks her for picking up the conversation again" in PAGE
    assert "Both name the round" in PAGE
    request, written = example("later-round")
    again = re.compile(r"\b(?:again|once more)\b")
    for note, person in zip(written, request["interviewers"], strict=True):
        first = opening(note["body"])
        assert "final round" in first, first
        assert bool(again.search(first)) == person.get("met_before", False), first


def test_the_acceptance_says_yes_first_and_confirms_the_start_date() -> None:
    claim = "says yes in its first sentence, confirms the start date they agreed"
    (body,) = claimed_of("accept-offer", claim)
    assert re.search(r"\baccept", opening(body)), body
    assert "Monday 2 November" in body
