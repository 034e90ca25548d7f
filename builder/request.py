"""Validate a JSON request and turn it into typed, trimmed values."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from builder.occasions import CHANNELS, KINDS, OCCASIONS, REASONS, ROUNDS, Occasion

FORMATS = ("in-person", "phone", "video")
TONES = ("warm", "formal", "concise")
# LinkedIn: a connection note from a free account, one from Premium, or a message.
LINKEDIN_NOTES = ("invitation", "premium-invitation", "message")
LINKEDIN_LIMITS = {"invitation": 200, "premium-invitation": 300, "message": None}
# The English a note is written in: British (the default, as every note before this field
# was) or American spelling and date order.
ENGLISHES = ("uk", "us")

MAX_HIGHLIGHTS = 3
MAX_VARIANT = 1_000_000

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9 ().\-]{5,40}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Interviewer:
    """One person the candidate met."""

    name: str
    title: str = ""
    email: str = ""
    detail: str = ""
    variant: int = 0
    met_before: bool = False  # in a later round: met in an earlier one


@dataclass(frozen=True)
class Request:
    """A validated request: every string trimmed, every option resolved."""

    candidate_name: str
    company: str
    role: str
    interviewers: tuple[Interviewer, ...]
    candidate_email: str = ""
    candidate_phone: str = ""
    interview_date: dt.date | None = None
    interview_format: str = "in-person"
    highlights: tuple[str, ...] = ()
    interest: str = ""
    promised: str = ""
    kind: str = "thank-you"
    round: str = "second"  # which round a later-round note follows
    start_date: dt.date | None = None  # the start date agreed, when accepting an offer
    reason: str = "none"  # why an offer is declined or an application withdrawn
    channel: str = "email"
    tone: str = "warm"
    linkedin: str = "invitation"
    english: str = "uk"
    variant: int = 0
    today: dt.date | None = None


@dataclass
class _Reader:
    """Reads fields one by one and collects an error for each bad one."""

    errors: list[dict[str, str]] = field(default_factory=list)

    def fail(self, path: str, message: str) -> None:
        self.errors.append({"field": path, "message": message})

    def text(
        self, source: dict[str, Any], key: str, path: str, limit: int, *, required: bool = False
    ) -> str:
        value = source.get(key)
        if value is None:
            if required:
                self.fail(path, "is required")
            return ""
        if not isinstance(value, str):
            self.fail(path, f"must be text of at most {limit} characters")
            return ""
        if len(value) > 4 * limit + 1000:
            self.fail(path, f"must be at most {limit} characters")
            return ""
        value = _SPACE.sub(" ", value).strip()
        if required and not value:
            self.fail(path, "is required")
        elif len(value) > limit:
            self.fail(path, f"must be at most {limit} characters (it has {len(value)})")
        return value

    def choice(self, source: dict[str, Any], key: str, path: str, allowed: tuple[str, ...]) -> str:
        value = source.get(key)
        if value is None:
            return allowed[0]
        if value not in allowed or not isinstance(value, str):
            self.fail(path, "must be one of " + ", ".join(f'"{a}"' for a in allowed))
            return allowed[0]
        return value

    def date(self, source: dict[str, Any], key: str, path: str) -> dt.date | None:
        value = source.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(path, "must be a date written YYYY-MM-DD, such as 2026-03-14")
        return None

    def email(self, source: dict[str, Any], key: str, path: str) -> str:
        value = self.text(source, key, path, 254)
        if value and not _EMAIL.fullmatch(value):
            self.fail(path, "must be an email address such as name@example.com")
        return value

    def phone(self, source: dict[str, Any], key: str, path: str) -> str:
        value = self.text(source, key, path, 40)
        if value and not _PHONE.fullmatch(value):
            self.fail(path, "must be a phone number: digits, spaces, + ( ) . and -")
        return value

    def flag(self, source: dict[str, Any], key: str, path: str) -> bool:
        value = source.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(path, "must be true or false")
            return False
        return value

    def object(self, source: dict[str, Any], key: str, path: str, *, required: bool) -> dict:
        value = source.get(key)
        if value is None:
            if required:
                self.fail(path, "is required")
            return {}
        if not isinstance(value, dict):
            self.fail(path, "must be an object")
            return {}
        return value

    def variant(self, source: dict[str, Any], path: str) -> int:
        value = source.get("variant")
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or not (
            0 <= value <= MAX_VARIANT
        ):
            self.fail(path, f"must be a whole number from 0 to {MAX_VARIANT}")
            return 0
        return value


def _interviewers(
    reader: _Reader, source: dict[str, Any], occasion: Occasion
) -> tuple[Interviewer, ...]:
    value = source.get("interviewers")
    most = occasion.people
    if not isinstance(value, list) or not 1 <= len(value) <= most:
        reader.fail("interviewers", f"must list 1 to {most} people for {occasion.label}")
        return ()
    people: list[Interviewer] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(value):
        path = f"interviewers[{index}]"
        if not isinstance(item, dict):
            reader.fail(path, "must be an object with at least a name")
            people.append(Interviewer(name=""))  # keeps the places of those after it
            continue
        person = Interviewer(
            name=reader.text(item, "name", f"{path}.name", 100, required=True),
            title=reader.text(item, "title", f"{path}.title", 120),
            email=reader.email(item, "email", f"{path}.email"),
            detail=reader.text(item, "detail", f"{path}.detail", 500),
            variant=reader.variant(item, f"{path}.variant"),
            met_before=reader.flag(item, "met_before", f"{path}.met_before"),
        )
        key = person.name.casefold()
        if key and key in seen:
            reader.fail(
                f"{path}.name",
                f"repeats interviewers[{seen[key]}].name: list each person once",
            )
        seen.setdefault(key, index)
        people.append(person)
    return tuple(people)


def _highlights(reader: _Reader, source: dict[str, Any]) -> tuple[str, ...]:
    value = source.get("highlights")
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > MAX_HIGHLIGHTS:
        reader.fail("highlights", f"must list at most {MAX_HIGHLIGHTS} points")
        return ()
    points = [reader.text({"h": v}, "h", f"highlights[{i}]", 300) for i, v in enumerate(value)]
    return tuple(p for p in points if p)


def _channel(reader: _Reader, source: dict[str, Any], kind: str) -> str:
    """The channel, which must be one the occasion can be sent by."""
    channel = reader.choice(source, "channel", "channel", CHANNELS)
    allowed = OCCASIONS[kind].channels
    if channel not in allowed:
        reader.fail("channel", f'must be "{allowed[0]}" for {OCCASIONS[kind].label}')
        return allowed[0]
    return channel


def read_request(source: Any) -> tuple[Request | None, list[dict[str, str]]]:  # noqa: ANN401
    """Read a decoded JSON request as far as it goes: the request, and every bad field.

    The request is None only when ``source`` is not an object. Otherwise each field holds
    what was read, so that a part which is valid can be used while another is not;
    interviewers keep their places, even one that is not an object.
    """
    if not isinstance(source, dict):
        return None, [{"field": "request", "message": "must be a JSON object"}]
    reader = _Reader()
    kind = reader.choice(source, "kind", "kind", KINDS)
    occasion = OCCASIONS[kind]
    candidate = reader.object(source, "candidate", "candidate", required=True)
    interview = reader.object(source, "interview", "interview", required=False)
    request = Request(
        candidate_name=reader.text(candidate, "name", "candidate.name", 100, required=True),
        candidate_email=reader.email(candidate, "email", "candidate.email"),
        candidate_phone=reader.phone(candidate, "phone", "candidate.phone"),
        company=reader.text(source, "company", "company", 120, required=True),
        role=reader.text(source, "role", "role", 120, required=occasion.role_required),
        interview_date=reader.date(interview, "date", "interview.date"),
        interview_format=reader.choice(interview, "format", "interview.format", FORMATS),
        interviewers=_interviewers(reader, source, occasion),
        highlights=_highlights(reader, source),
        interest=reader.text(source, "interest", "interest", 500),
        promised=reader.text(source, "promised", "promised", 300),
        kind=kind,
        round=reader.choice(interview, "round", "interview.round", ROUNDS),
        start_date=reader.date(source, "start_date", "start_date"),
        reason=reader.choice(source, "reason", "reason", REASONS),
        channel=_channel(reader, source, kind),
        tone=reader.choice(source, "tone", "tone", TONES),
        linkedin=reader.choice(source, "linkedin", "linkedin", LINKEDIN_NOTES),
        english=reader.choice(source, "english", "english", ENGLISHES),
        variant=reader.variant(source, "variant"),
        today=reader.date(source, "today", "today"),
    )
    return request, reader.errors

