"""American or British English: spelling and date order, chosen in the request."""

# ruff: noqa: RUF001 - notes use typographic apostrophes and dashes

from __future__ import annotations

import datetime as dt

import pytest

from builder import compose
from builder.dates import close_dates, long_date
from builder.spelling import AMERICAN, spell

from .support import FULL, with_


def notes(request: dict) -> list[dict]:
    response = compose(request)
    assert response["ok"] is True, response
    return response["notes"]


def test_a_request_without_english_is_british_as_before():
    assert notes(FULL) == notes(with_(FULL, english="uk"))
    assert "Tuesday 10 March" in notes(with_(FULL, today="2026-03-20"))[0]["body"]


@pytest.mark.parametrize("value", ["en-US", "american", "", 1, None, ["us"]])
def test_english_must_be_us_or_uk(value):
    response = compose(with_(FULL, english=value))
    if value is None:
        assert response["ok"] is True
        return
    assert response["errors"] == [{"field": "english", "message": 'must be one of "uk", "us"'}]


@pytest.mark.parametrize(
    ("english", "date"),
    [("uk", "on Tuesday 10 March "), ("us", "on Tuesday, March 10, ")],
)
def test_the_date_in_a_note_follows_its_english(english, date):
    request = with_(FULL, english=english, today="2026-03-20", channel="card")
    request["interviewers"][0]["detail"] = ""
    body = notes(request)[0]["body"]
    assert date in body.replace("over video ", "")


def test_american_dates_take_the_year_and_the_commas_that_set_them_off():
    day, today = dt.date(2025, 11, 27), dt.date(2026, 1, 5)
    assert long_date(day, today, "us") == "Thursday, November 27, 2025"
    assert long_date(day, today, "uk") == "Thursday 27 November 2025"
    assert close_dates("met on Thursday, November 27, 2025 about it", "us") == (
        "met on Thursday, November 27, 2025, about it"
    )
    assert close_dates("met on Thursday, November 27.", "us") == "met on Thursday, November 27."
    assert close_dates("Thursday, November 27 – checking in", "us") == (
        "Thursday, November 27 – checking in"
    )


def test_advice_follows_the_english_of_the_request():
    request = with_(FULL, kind="follow-up", today="2026-03-11")
    uk = [a["message"] for a in compose(request)["advice"]]
    us = [a["message"] for a in compose(with_(request, english="us"))["advice"]]
    assert any("Tuesday 17 March" in m for m in uk)
    assert any("Tuesday, March 17," in m for m in us)


@pytest.mark.parametrize(("typed", "uk", "us"), [
    ("Mr Rhys Jenkins", "Dear Mr Jenkins,", "Dear Mr. Jenkins,"),
    ("Dr Lena Ward", "Dear Dr Ward,", "Dear Dr. Ward,"),
    ("Dr. Lena Ward", "Dear Dr. Ward,", "Dear Dr. Ward,"),
])
def test_a_title_typed_without_a_full_stop_keeps_it_so_in_british_english(typed, uk, us):
    # A reader failed "Dear Mr. Jenkins," in a British note where "Mr Rhys Jenkins" was typed.
    person = {"name": typed}
    for english, greeting in (("uk", uk), ("us", us)):
        request = with_(FULL, interviewers=[person], tone="formal", english=english)
        (note,) = notes(request)
        assert note["body"].startswith(greeting), note["body"]


def test_the_american_sign_off_is_sincerely():
    request = with_(FULL, tone="formal", english="us")
    sign_offs = {
        notes(with_(request, variant=v))[0]["body"].split("\n\n")[-1].split("\n")[0]
        for v in range(6)
    }
    assert "Sincerely," in sign_offs
    assert "Yours sincerely," not in sign_offs


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("I apologise.", "I apologize."),
        ("Realise it", "Realize it"),
        ("THE ORGANISER", "THE ORGANIZER"),
        ("the organisers’ room", "the organizers’ room"),
        ("your candour", "your candor"),
        ("Yours sincerely,", "Sincerely,"),
    ],
)
def test_spelling_keeps_capitals_and_punctuation(british, american):
    assert spell(british, "us") == american
    assert spell(british, "uk") == british


def test_spelling_changes_whole_words_only():
    assert spell("practised practise disorganised-ish colourful colours", "us") == (
        "practised practice disorganised-ish colorful colors"
    )


def test_what_the_reader_typed_keeps_its_spelling():
    request = with_(FULL, english="us", company="Harbour Colour Labs")
    request["interviewers"][0]["detail"] = "We talked about how the team prioritises behaviour."
    body = notes(request)[0]["body"]
    assert "Harbour Colour Labs" in body
    assert "prioritis" in body or "behaviour" in body


def test_every_word_in_the_table_is_a_british_spelling_with_an_american_one():
    assert all(british != american for british, american in AMERICAN.items())
    assert all(british == british.casefold() for british in AMERICAN)


@pytest.mark.parametrize(("english", "said", "unsaid"), [
    ("uk", "very keen on the role", "very interested in the role"),
    # Readers of US notes heard "keen" as British, and "very excited" as gushing.
    ("us", "very interested in the role", "keen"),
])
def test_the_line_that_says_the_writer_wants_the_job_is_in_their_english(
    full_request, english, said, unsaid
):
    request = {**full_request, "english": english, "interest": "", "highlights": []}
    bodies = " ".join(
        compose({**request, "variant": variant})["notes"][0]["body"] for variant in range(12)
    )
    assert said in bodies
    assert unsaid not in bodies
    assert "very excited" not in bodies
