"""Advice for the request as a whole: when to send, and about the fields every note shares.

Advice about one field names it in ``field``, as checks do.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING

from builder.dates import add_business_days, close_dates, long_date
from builder.hints import name_case
from builder.names import signature
from builder.occasions import OCCASIONS
from builder.spelling import spell

if TYPE_CHECKING:
    from builder.request import Request

Advice = dict[str, str]
FAR_DAYS = 60  # an interview date further than this from today is probably mistyped


def _far_date(request: Request) -> list[Advice]:
    day, today = request.interview_date, request.today
    if day is None or today is None or abs((today - day).days) <= FAR_DAYS:
        return []
    shown = long_date(day, today, request.english)
    gap = abs((today - day).days)
    when = f"{gap} days ago" if day < today else f"{gap} days from today"
    return [{
        "code": "date-far",
        "message": f"The interview date, {shown}, is {when}. Check the year and the month: "
        "the advice and the notes go by this date.",
        "field": "interview.date",
    }]


def _thank_you(request: Request) -> list[Advice]:
    day, today = request.interview_date, request.today
    if day is None or today is None:
        return [{"code": "send-by", "message": "Send it within 24 hours of the interview."}]
    if abs((today - day).days) > FAR_DAYS:
        return []
    due = day + dt.timedelta(days=1)
    date = partial(long_date, today=today, english=request.english)
    if today < day:
        message = (
            f"Your interview is on {date(day)}. Write these notes that evening, "
            f"while the details are fresh, and send them by {date(due)}."
        )
    elif today <= due:
        message = f"Send it by the end of {date(due)}, within a day of the interview."
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
        shown = long_date(earliest, today, request.english)
        if today is not None and today < earliest:
            message = (
                f"It is early to follow up. Wait until {shown}, "
                "five working days after the interview."
            )
        else:
            message = (
                f"From {shown}, five working days after the "
                "interview, a polite follow-up is reasonable."
            )
        advice.insert(0, {"code": "send-by", "message": message})
    return advice


def advise(request: Request) -> list[Advice]:
    """Advice on timing, delivery and shared fields, in the request's English."""
    advice = _far_date(request)
    if message := name_case(request.candidate_name, signature(request.candidate_name)):
        advice.append({"code": "name-case", "message": message, "field": "candidate.name"})
    for item in _timing(request):
        item["message"] = close_dates(spell(item["message"], request.english), request.english)
        advice.append(item)
    return advice


# When to send the notes whose timing does not follow from the interview's date.
_SEND_BY = {
    "after-rejection": "This note is optional. If you send it, do so within a few days of "
    "hearing the news, and keep it short.",
    "informational": "Send it within a few days, while you both remember the conversation. "
    "Nobody is waiting on a decision, but sooner is still better.",
    "accept-offer": "Send it the same day you say yes, even if you already accepted by "
    "phone: it confirms what you agreed.",
    "decline-offer": "Send it as soon as you have decided: the employer may have another "
    "candidate waiting. If you have talked often with the hiring manager, call first, then "
    "confirm in writing.",
    "withdraw": "Send it as soon as you decide, to your main contact, usually the recruiter.",
}


def _timing(request: Request) -> list[Advice]:
    """Advice on timing and delivery for the request as a whole."""
    if request.kind == "follow-up":
        advice = _follow_up(request)
    elif request.kind in _SEND_BY:
        advice = [{"code": "send-by", "message": _SEND_BY[request.kind]}]
    else:
        advice = _thank_you(request)
    if request.kind == "agency":
        advice.append({
            "code": "agency",
            "message": "With an agency, your thanks to the interviewers goes through your "
            "consultant. Don't write to the interviewers yourself unless the consultant says "
            "you may, and then copy the consultant in.",
        })
    if request.channel == "card" and OCCASIONS[request.kind].recent:
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
