"""Checks from reading the request: what a field could say better, and what was left out.

Each check that concerns one field names it in ``field`` (a contract path such as
``interviewers[1].detail``), so that the page can show it beside that field.
"""

# ruff: noqa: RUF001 - messages use typographic quotes and apostrophes on purpose

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder import phrases
from builder.checks import Check, length_range
from builder.content import to_students
from builder.names import HONORIFIC_ENDINGS, read_name
from builder.request import LINKEDIN_LIMITS, MAX_HIGHLIGHTS

if TYPE_CHECKING:
    from builder.content import Content
    from builder.draft import Draft
    from builder.request import Request

# A name with none of these letters is in another script: "王芳", "محمد".
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_MESSAGES = {
    "note-to-self": "Part of this reads as a note to yourself (“follow-up: …”), so the note "
    "leaves it out. Put anything you promised to send in the promise field.",
    "question-kept": "A question here is quoted as you typed it. For a smoother note, say "
    "what you talked about instead, such as “what a typical week looks like”.",
    "detail-shape": "Part of this couldn’t be turned into a sentence that reads well, so the "
    "note leaves it out. Write it as a topic (“the Q3 roadmap”) or as what happened "
    "(“she showed me the lab”).",
    "detail-theirs": "This tells the interviewer about their own job, career or needs, which they "
    "know well, so the note leaves it out. Say what you talked about (“how new teachers "
    "are brought into the weekly planning”) or what they showed you.",
    "detail-other-person": "Part of this seems to be about someone else (“he” where the rest "
    "says “she”, or the other way round), so the note leaves it out. If it is about the "
    "person you are writing to, call them the same way throughout.",
    "detail-thin": "One word such as “teaching” says little, so the note only names it as "
    "what you talked about, or leaves it out beside the rest. Say what about it you talked "
    "about (“how the intro course is taught to 400 students”).",
    "highlight-shape": "This point couldn’t be turned into a sentence that reads well, so the "
    "note leaves it out. Write it as what you did (“I led a team of six”) or as a thing "
    "you bring (“five years of B2B sales”).",
    "highlight-honour": "An award or honour on its own reads as a boast in a thank-you "
    "note, so the note leaves it out. Say what you did to earn it (“I argued the "
    "semifinal of the Vis Moot”), or leave it to your CV.",
    "highlight-cliche": "Words such as “team player” or “hard worker” are what every "
    "candidate says, so the note leaves them out. Name something you did that shows it "
    "(“I trained six new hires in my first year”).",
    "interest-shape": "This couldn’t be turned into a sentence that reads well, so the note "
    "leaves it out. Say what draws you as a thing (“the mentoring culture”) or as what you "
    "want to do (“to teach adults again”).",
    "interest-vague": "One word such as “growth” or “impact” is what every candidate could "
    "say, so the note leaves it out. Say what about this job draws you (“to lead a team for "
    "the first time”, “the new grad residency”).",
    "link-unnamed": "Each note in a panel carries this link, so say what it is before the "
    "address (“my case study: …”) and the notes can name it.",
    "private-interest": "Pay and benefits are fair reasons to want a job, but a thank-you "
    "note leaves them out. Say what draws you to the work itself.",
}


def _hint(code: str, field: str) -> Check:
    return {"code": code, "level": "info", "message": _MESSAGES[code], "field": field}


def name_case(typed: str, written: str) -> str | None:
    """A hint when a name typed all in lower case is given capitals the note guessed."""
    if not typed.islower() or typed == written:
        return None
    return (
        f"Typed in lower case, this name is written “{written}” in the note. If it is "
        "spelled another way (“de la Cruz”, “McDonald”), type it exactly that way."
    )


def attachment(draft: Draft, content: Content, request: Request) -> list[Check]:
    """A reminder, for an email that says something comes with it, to attach it."""
    promise = content.promise
    sent_now = promise is not None and promise.kind == phrases.THING
    if request.channel == "card" or not sent_now or not draft.has("promise"):
        return []
    where = "email program" if request.channel == "email" else "LinkedIn message"
    return [{
        "code": "attach",
        "level": "info",
        "message": f"This note says “{request.promised}” comes with it: attach it yourself "
        f"before you send, as your {where} opens without it.",
        "field": "promised",
    }]


def hints(request: Request, index: int, content: Content) -> list[Check]:
    """Checks about how the fields for this note were read."""
    checks: list[Check] = []
    person = request.interviewers[index].name
    name = read_name(person)
    if message := name_case(person, name.shown):
        checks.append({
            "code": "name-case", "level": "info", "message": message,
            "field": f"interviewers[{index}].name",
        })
    if request.tone == "formal" and not (name.group or name.honorific) and (
        " " in name.shown and name.formal in {name.warm, name.shown}
        and not name.formal.endswith(HONORIFIC_ENDINGS)  # "박지훈님" needs no title
    ):
        checks.append({
            "code": "formal-name", "level": "info",
            "message": f"A formal note greets by title and surname. If you know "
            f"{name.shown}’s title (Ms., Mr., Mx., Dr.), add it to the name; until then "
            f"the note greets them as “{name.formal}”.",
            "field": f"interviewers[{index}].name",
        })
    if person.strip() and not _LATIN.search(person) and any(c.isalpha() for c in person):
        checks.append({
            "code": "name-script", "level": "info",
            "message": f"“{person.strip()}” is not written in the Latin alphabet, and the note "
            "is in English, so it greets them in that script. If you know how they write "
            "their name in English (their email signature or LinkedIn shows it), type it "
            "that way here.",
            "field": f"interviewers[{index}].name",
        })
    if name.title or (name.group and not name.warm):
        greeted = "opens “Hello,”"
        checks.append({
            "code": "name-unknown", "level": "info",
            "message": f"“{name.shown}” is not a name, so the note {greeted}. If you can find "
            "their name (in the invitation email, on the company’s site or on LinkedIn), type "
            "it here: a note to a named person reads far better.",
            "field": f"interviewers[{index}].name",
        })
    checks += _same_person(request, index)
    if not content.details:
        name = read_name(request.interviewers[index].name).shown
        checks.append({
            "code": "no-detail",
            "level": "warning",
            "message": f"Add something specific you discussed with {name}; "
            "it is the line they will remember.",
            "field": f"interviewers[{index}].detail",
        })
    for field, codes in content.notes.items():
        checks += [_hint(code, field) for code in dict.fromkeys(codes) if code in _MESSAGES]
    return checks + _shared_out(request, index, content)


def _shared_out(request: Request, index: int, content: Content) -> list[Check]:
    """A note of a panel left with no point of fit, since each is told in one note only."""
    typed = len(request.highlights)
    if not content.highlights or content.highlight is not None or typed >= MAX_HIGHLIGHTS or (
        to_students(request, index)  # students hear no point: they do not hire
    ):
        return []
    return [{
        "code": "points-shared",
        "level": "info",
        "message": "Each point about what you would bring goes in one note of the panel, so "
        "that no two notes repeat it, and the other notes have these. Add another point to "
        "give this note one of its own.",
        "field": f"highlights[{typed}]",
    }]


def _same_person(request: Request, index: int) -> list[Check]:
    """A first name typed alone when a later entry has it with a surname: "Jenna", "Jenna Moss".

    Listed twice, one person would get two notes; the page says so beside the first entry.
    """
    shown = read_name(request.interviewers[index].name).shown
    if " " in shown:
        return []
    fuller = next((
        read_name(other.name).shown for other in request.interviewers[index + 1 :]
        if read_name(other.name).shown.casefold().startswith(shown.casefold() + " ")
    ), None)
    if fuller is None:
        return []
    return [{
        "code": "same-person",
        "level": "warning",
        "message": f"“{shown}” and “{fuller}” may be the same person, who would then get "
        "two notes. If so, remove one and put both details in the other.",
        "field": f"interviewers[{index}].name",
    }]


def left_out(omitted: list[str], request: Request) -> list[Check]:
    """One check per kind of thing left out to keep the note within its length."""
    limit = f"about {length_range(request)[1]} words"
    if request.channel == "linkedin" and LINKEDIN_LIMITS[request.linkedin] is not None:
        limit = f"LinkedIn’s {LINKEDIN_LIMITS[request.linkedin]} characters"
    return [
        {
            "code": "left-out",
            "level": "info",
            "message": f"To stay within {limit}, this note leaves out {what}.",
        }
        for what in dict.fromkeys(omitted)
    ]
