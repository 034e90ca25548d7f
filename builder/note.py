"""Write one note for one interviewer from a validated request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder import wording
from builder.checks import length_range
from builder.dates import when
from builder.draft import Draft, Line, Writer
from builder.fit import lengthen, linkedin, shorten
from builder.fragments import (
    capital,
    first_person,
    greeting_name,
    inline,
    is_clause,
    promised_thing,
    usable_details,
)

if TYPE_CHECKING:
    from builder.request import Request


def _values(request: Request, first: str) -> dict[str, str]:
    relative = request.kind == "thank-you"
    words = wording.FORMAT_WORDS[request.interview_format]
    return {
        "first": first,
        "role": request.role,
        "company": request.company,
        "when": when(request.interview_date, request.today, relative=relative),
        "Meeting": capital(words["meeting"]),
        **words,
    }


def _details(writer: Writer, limit: int) -> list[Line]:
    person = writer.request.interviewers[writer.index]
    lines = []
    for number, detail in enumerate(usable_details(person.detail)[:limit], start=1):
        sentence = writer.pick(wording.DETAILS[detail.kind], number, d=detail.text)
        if sentence:
            lines.append(Line(f"detail-{number}", sentence))
    if not lines:
        sentence = writer.pick(wording.NO_DETAIL, 1)
        lines = [Line("detail-1", sentence)] if sentence else []
    return lines


def _highlight(writer: Writer) -> str | None:
    points = writer.request.highlights
    if not points:
        return writer.pick(wording.NO_HIGHLIGHT, 3)
    point = first_person(points[writer.index % len(points)])
    if is_clause(point):
        return writer.pick(wording.HIGHLIGHT_CLAUSES, 3, h=inline(point))
    text = inline(point)
    return writer.pick(wording.HIGHLIGHT_PHRASES, 3, h=text)


def _interest(writer: Writer) -> str | None:
    interest = first_person(writer.request.interest)
    if not interest:
        return writer.pick(wording.NO_INTEREST[writer.request.kind], 4)
    if interest.casefold().startswith("because "):
        interest = interest[len("because ") :]
    if interest.casefold().startswith("to "):
        interest = "the chance " + interest[:1].lower() + interest[1:]
    if is_clause(interest):
        return writer.pick(wording.INTEREST_CLAUSES, 4, i=inline(interest))
    text = inline(interest)
    return writer.pick(wording.INTEREST_PHRASES, 4, i=text)


def _promise(writer: Writer) -> str | None:
    promised = writer.request.promised
    if not promised or writer.request.channel == "linkedin":
        return None
    thing = promised_thing(promised)
    return writer.pick(wording.PROMISES[writer.request.channel], 5, p=thing, P=capital(thing))


def _paragraphs(writer: Writer) -> list[list[Line]]:
    """Write the paragraphs of a note, longest version, by kind and channel."""
    request = writer.request
    limit = {"email": 3 if request.tone != "concise" else 2}.get(request.channel, 1)
    opener = ("opener", writer.pick(wording.OPENERS[request.kind], 0))
    details = _details(writer, 1 if request.kind == "after-rejection" else limit)
    if request.kind == "after-rejection":
        return _lines(
            [opener, ("feeling", writer.pick(wording.FEELINGS, 4))],
            [(d.slot, d.text) for d in details],
            [("closing", writer.pick(wording.FEEDBACK, 6)),
             ("farewell", writer.pick(wording.FAREWELLS, 7))],
        )
    interest, promise = ("interest", _interest(writer)), ("promise", _promise(writer))
    closing = ("closing", writer.pick(wording.CLOSINGS[request.kind], 6))
    first = [opener, *((d.slot, d.text) for d in details)]
    if request.channel != "email" or request.tone == "concise":
        return _lines(first, [interest, promise, closing])
    return _lines(first, [("highlight", _highlight(writer)), interest], [promise, closing])


def _lines(*paragraphs: list[tuple[str, str | None]]) -> list[list[Line]]:
    return [[Line(slot, text) for slot, text in p if text] for p in paragraphs]


def _greeting_name(request: Request, index: int) -> str:
    """Return the name to greet by; the full name when two of the panel share it."""
    formal = request.tone == "formal"
    name = greeting_name(request.interviewers[index].name, formal=formal)
    others = [
        greeting_name(p.name, formal=formal).casefold()
        for i, p in enumerate(request.interviewers)
        if i != index
    ]
    return request.interviewers[index].name if name.casefold() in others else name


def _signature(request: Request, index: int) -> list[str]:
    sign_offs = wording.SIGN_OFFS[request.tone]
    lines = [sign_offs[(request.variant + index) % len(sign_offs)], request.candidate_name]
    if request.channel == "email":
        lines += [x for x in (request.candidate_email, request.candidate_phone) if x]
    return lines


def write_note(request: Request, index: int, used: set[str]) -> Draft:
    """Write the note for ``request.interviewers[index]``; ``used`` holds the panel's sentences."""
    writer = Writer(request, index, used, _values(request, _greeting_name(request, index)))
    paragraphs = _paragraphs(writer)
    if request.channel == "linkedin":
        return linkedin(writer, paragraphs)
    greeting = Line("greeting", writer.render(wording.GREETINGS[request.tone]))
    subject = None
    if request.channel == "email":
        subjects = wording.SUBJECTS[request.kind]
        subject = writer.render(subjects[request.variant % len(subjects)])
    draft = Draft(subject, [[greeting], *paragraphs], _signature(request, index))
    low, high = length_range(request)
    if request.channel == "email" and request.tone != "concise" and request.kind != (
        "after-rejection"
    ):
        lengthen(writer, draft, low)
    shorten(draft, high)
    return draft
