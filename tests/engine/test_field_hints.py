"""Plain hints, beside their field, for what the engine would otherwise guess silently."""

from __future__ import annotations

import pytest

from builder import compose

from .support import FULL, with_


def checks_of(request: dict, code: str) -> list[dict]:
    response = compose(request)
    assert response["ok"] is True, response
    return [c for note in response["notes"] for c in note["checks"] if c["code"] == code]


def advice_of(request: dict, code: str) -> list[dict]:
    return [a for a in compose(request)["advice"] if a["code"] == code]


def test_an_interviewer_name_in_lower_case_says_how_the_note_writes_it():
    request = with_(FULL)
    request["interviewers"][0]["name"] = "denise de la cruz"
    (check,) = checks_of(request, "name-case")
    assert check["field"] == "interviewers[0].name"
    assert "“Denise de la Cruz”" in check["message"]
    assert checks_of(FULL, "name-case") == []


def test_a_candidate_name_in_lower_case_gets_a_hint_once():
    request = with_(FULL, candidate={"name": "alex rivera"})
    (advice,) = advice_of(request, "name-case")
    assert advice["field"] == "candidate.name"
    assert "“Alex Rivera”" in advice["message"]
    assert advice_of(FULL, "name-case") == []


@pytest.mark.parametrize(
    ("today", "words"), [("2027-09-10", "549 days ago"), ("2026-06-01", "83 days ago")]
)
def test_an_interview_long_ago_asks_for_the_year_instead_of_send_it_today(today, words):
    request = with_(FULL, today=today)
    (advice,) = advice_of(request, "date-far")
    assert advice["field"] == "interview.date"
    assert words in advice["message"]
    assert "Send it today" not in str(compose(request)["advice"])


def test_an_interview_far_ahead_asks_for_the_year():
    (advice,) = advice_of(with_(FULL, today="2025-03-10"), "date-far")
    assert "365 days from today" in advice["message"]


@pytest.mark.parametrize("today", ["2026-03-09", "2026-03-11", "2026-04-20"])
def test_a_date_within_two_months_gets_the_usual_advice(today):
    request = with_(FULL, today=today)
    assert advice_of(request, "date-far") == []
    assert advice_of(request, "send-by")


@pytest.mark.parametrize("variant", range(4))
def test_an_email_that_says_it_sends_something_reminds_to_attach_it(variant):
    request = with_(FULL, variant=variant)
    (check,) = checks_of(request, "attach")
    assert check["field"] == "promised"
    assert FULL["promised"] in check["message"]
    assert "slides from my pipeline talk" in compose(request)["notes"][0]["body"]


@pytest.mark.parametrize(
    "change",
    [
        {"promised": ""},
        {"promised": "https://example.org/slides"},
        {"promised": "my portfolio by Friday"},
        {"channel": "card"},
        {"kind": "after-rejection"},
    ],
)
def test_no_reminder_when_nothing_comes_with_the_email(change):
    request = with_(FULL, **change)
    assert checks_of(request, "attach") == []


def test_a_first_name_and_the_same_name_in_full_may_be_one_person(panel_request):
    people = [{"name": "Jenna"}, {"name": "Priya Natarajan"}, {"name": "Jenna Moss"}]
    notes = compose(with_(panel_request, interviewers=people))["notes"]
    codes = [{check["code"] for check in note["checks"]} for note in notes]
    assert "same-person" in codes[0]
    assert not [c for c in codes[1:] if "same-person" in c]
    (check,) = [c for c in notes[0]["checks"] if c["code"] == "same-person"]
    assert check["field"] == "interviewers[0].name"
    assert "Jenna Moss" in check["message"]
