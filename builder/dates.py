"""Dates in words, relative to the reader's day when it is known."""

from __future__ import annotations

import datetime as dt

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: dt.date, today: dt.date | None = None) -> str:
    """Write a date as "Tuesday 3 March", with the year when it is not this year's."""
    text = f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    if today is not None and today.year != day.year:
        text += f" {day.year}"
    return text


def when(day: dt.date | None, today: dt.date | None, *, relative: bool = True) -> str:
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
    return f" on {long_date(day, today)}"


def add_business_days(day: dt.date, count: int) -> dt.date:
    """Return the date ``count`` working days (Monday to Friday) after ``day``."""
    while count > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day
