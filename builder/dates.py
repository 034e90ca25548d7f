"""Dates in words, in British or American order, relative to the reader's day when known."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# An American date after its weekday ("Tuesday, March 3" or "Tuesday, March 3, 2026")
# followed by more of the sentence, which a comma sets off.
_OPEN_AMERICAN_DATE = re.compile(
    rf"\b(?:{'|'.join(_DAYS)}), (?:{'|'.join(_MONTHS)}) \d{{1,2}}(?:, \d{{4}})?(?= \w)"
)


def long_date(day: dt.date, today: dt.date | None = None, english: str = "uk") -> str:
    """Write a date as "Tuesday 3 March" ("Tuesday, March 3" in American English).

    The year follows when it is not this year's.
    """
    weekday, month = _DAYS[day.weekday()], _MONTHS[day.month - 1]
    other_year = today is not None and today.year != day.year
    if english == "us":
        return f"{weekday}, {month} {day.day}" + (f", {day.year}" if other_year else "")
    return f"{weekday} {day.day} {month}" + (f" {day.year}" if other_year else "")


def close_dates(text: str, english: str) -> str:
    """Set off an American date inside a sentence with a comma after it, as after its weekday."""
    if english != "us":
        return text
    return _OPEN_AMERICAN_DATE.sub(lambda m: m.group(0) + ",", text)


def when(
    day: dt.date | None, today: dt.date | None, *, relative: bool = True, english: str = "uk"
) -> str:
    """Words that place the interview in time, with a leading space, or nothing."""
    if day is None:
        return ""
    if relative and today is not None:
        gap = (today - day).days
        if gap == 0:
            return " today"
        if gap == 1:
            return " yesterday"
        if 1 < gap < 7:
            return f" on {_DAYS[day.weekday()]}"
    return f" on {long_date(day, today, english)}"


def add_business_days(day: dt.date, count: int) -> dt.date:
    """Return the date ``count`` working days (Monday to Friday) after ``day``."""
    while count > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day
