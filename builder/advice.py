"""When to send: advice from the interview date and the reader's today."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from builder.dates import add_business_days, long_date

if TYPE_CHECKING:
    from builder.request import Request

Advice = dict[str, str]


def _thank_you(request: Request) -> list[Advice]:
    day, today = request.interview_date, request.today
    if day is None or today is None:
        return [{"code": "send-by", "message": "Send it within 24 hours of the interview."}]
    due = day + dt.timedelta(days=1)
    if today < day:
        message = (
            f"Your interview is on {long_date(day, today)}. Write these notes that evening, "
            f"while the details are fresh, and send them by {long_date(due, today)}."
        )
    elif today <= due:
        message = f"Send it by the end of {long_date(due, today)}, within a day of the interview."
    else:
        late = (today - day).days
        message = (
            f"The interview was {late} days ago. Send it today: a note that arrives late is "
            "still better than none, and there is no need to apologise for the delay."
        )
    return [{"code": "send-by", "message": message}]


def _follow_up(request: Request) -> list[Advice]:
    advice = [{
        "code": "follow-up-limit",
        "message": "Follow up twice at most, about a week apart. If they named a date for "
        "their decision, wait a day or two past it before writing.",
    }]
    day, today = request.interview_date, request.today
    if day is not None:
        earliest = add_business_days(day, 5)
        if today is not None and today < earliest:
            message = (
                f"It is early to follow up. Wait until {long_date(earliest, today)}, "
                "five working days after the interview."
            )
        else:
            message = (
                f"From {long_date(earliest, today)}, five working days after the "
                "interview, a polite follow-up is reasonable."
            )
        advice.insert(0, {"code": "send-by", "message": message})
    return advice


def advise(request: Request) -> list[Advice]:
    """Advice on timing and delivery for the request as a whole."""
    if request.kind == "follow-up":
        advice = _follow_up(request)
    elif request.kind == "after-rejection":
        advice = [{
            "code": "send-by",
            "message": "This note is optional. If you send it, do so within a few days of "
            "hearing the news, and keep it short.",
        }]
    else:
        advice = _thank_you(request)
    if request.channel == "card" and request.kind == "thank-you":
        advice.append({
            "code": "card-timing",
            "message": "A posted card can take days to arrive. If a decision is due within "
            "the week, send a short email today and let the card follow.",
        })
    if len(request.interviewers) > 1:
        advice.append({
            "code": "panel",
            "message": "Send each person their own note, never one email to the whole panel: "
            "interviewers often compare notes. Without their addresses, ask the organiser to "
            "pass your thanks on.",
        })
    return advice
