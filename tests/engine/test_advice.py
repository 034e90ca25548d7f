"""Advice: when and how to send, from the interview date and the reader's today."""

from __future__ import annotations

import datetime as dt

import pytest

from builder import compose

from .support import KINDS, with_

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def advice(request: dict) -> dict[str, str]:
    response = compose(request)
    assert response["ok"] is True
    for item in response["advice"]:
        assert set(item) == {"code", "message"}
        assert item["message"].strip()
    return {a["code"]: a["message"] for a in response["advice"]}


def spoken(day: dt.date) -> str:
    return f"{DAYS[day.weekday()]} {day.day}"


def test_thank_you_without_dates_says_within_a_day(minimal_request):
    assert "24 hours" in advice(minimal_request)["send-by"]


def test_thank_you_on_the_day_names_the_next_day(minimal_request):
    request = with_(minimal_request, interview={"date": "2026-03-10"}, today="2026-03-10")
    assert spoken(dt.date(2026, 3, 11)) in advice(request)["send-by"]


def test_thank_you_before_the_interview_says_write_that_evening(minimal_request):
    request = with_(minimal_request, interview={"date": "2026-03-10"}, today="2026-03-02")
    message = advice(request)["send-by"]
    assert spoken(dt.date(2026, 3, 10)) in message
    assert "evening" in message


def test_late_thank_you_says_send_it_today_without_apology(minimal_request):
    request = with_(minimal_request, interview={"date": "2026-03-01"}, today="2026-03-10")
    message = advice(request)["send-by"]
    assert "9 days" in message
    assert "today" in message


def test_year_is_named_when_it_differs(minimal_request):
    request = with_(minimal_request, interview={"date": "2025-12-31"}, today="2025-12-20")
    assert "2025" not in advice(request)["send-by"]
    request = with_(minimal_request, interview={"date": "2026-01-02"}, today="2025-12-31")
    assert "2026" in advice(request)["send-by"]


def five_working_days_after(day: dt.date) -> dt.date:
    count = 0
    while count < 5:
        day += dt.timedelta(days=1)
        count += day.weekday() < 5
    return day


@pytest.mark.parametrize("interview", ["2026-03-09", "2026-03-12", "2026-03-13", "2026-03-14"])
def test_early_follow_up_says_wait_five_working_days(minimal_request, interview):
    day = dt.date.fromisoformat(interview)
    request = with_(
        minimal_request, kind="follow-up", interview={"date": interview}, today=interview
    )
    message = advice(request)["send-by"]
    assert "Wait until" in message
    assert spoken(five_working_days_after(day)) in message


def test_follow_up_after_a_week_is_reasonable(minimal_request):
    request = with_(
        minimal_request, kind="follow-up", interview={"date": "2026-03-02"}, today="2026-03-16"
    )
    assert "reasonable" in advice(request)["send-by"]


@pytest.mark.parametrize("dated", [True, False])
def test_follow_up_always_carries_the_limit(minimal_request, dated):
    request = with_(minimal_request, kind="follow-up")
    if dated:
        request["interview"] = {"date": "2026-03-02"}
    assert "twice" in advice(request)["follow-up-limit"]


def test_after_rejection_note_is_optional(minimal_request):
    assert "optional" in advice(with_(minimal_request, kind="after-rejection"))["send-by"]


def test_posted_card_is_warned_about(minimal_request):
    assert "card-timing" in advice(with_(minimal_request, channel="card"))
    assert "card-timing" not in advice(with_(minimal_request, channel="email"))
    assert "card-timing" not in advice(with_(minimal_request, channel="card", kind="follow-up"))


@pytest.mark.parametrize("kind", KINDS)
def test_a_panel_is_told_to_send_separate_notes(panel_request, minimal_request, kind):
    assert "panel" in advice(with_(panel_request, kind=kind))
    assert "panel" not in advice(with_(minimal_request, kind=kind))


def test_advice_does_not_depend_on_channel_text(full_request):
    email = advice(full_request)
    linkedin = advice(with_(full_request, channel="linkedin"))
    assert email == linkedin
