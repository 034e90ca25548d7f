"""The engine's two entry points: compose notes, and review an edited one."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from builder.advice import advise
from builder.checks import Check, count_words, review_note
from builder.draft import Panel
from builder.hints import attachment, hints, left_out
from builder.note import write_note
from builder.request import read_request

if TYPE_CHECKING:
    from builder.request import Request

_PERSON = re.compile(r"interviewers\[(\d+)\]")


def _held_back(errors: list[dict[str, str]], count: int) -> set[int]:
    """The interviewers who get no note: those with an error, or all when a shared field has one."""
    held: set[int] = set()
    for error in errors:
        person = _PERSON.match(error["field"])
        if person is None:
            return set(range(count))
        held.add(int(person.group(1)))
    return held


def _note(request: Request, index: int, panel: Panel) -> dict[str, Any]:
    draft, content = write_note(request, index, panel)
    body = draft.body
    said = [(line.text, line.slot == "opener") for p in draft.paragraphs[1:] for line in p]
    checks = hints(request, index, content)
    checks += review_note(body, request, index)
    checks += left_out(draft.omitted, request)
    checks += attachment(draft, content, request)
    return {
        "to": request.interviewers[index].name,
        "email": request.interviewers[index].email or None,
        "subject": draft.subject,
        "body": body,
        "words": count_words(body),
        "characters": len(body),
        "checks": checks,
        "said": said,
    }


def _write(request: Request, held: set[int]) -> dict[int, dict[str, Any]]:
    """Write the panel's notes in order, then write again each note given its own variant.

    A held-back interviewer who has a name is written too, but not returned, so that the
    others' notes stay as they were while one is half typed. A note given a new wording is
    written against every other note as it stands, so that no other note changes.
    """
    plain = replace(request, interviewers=tuple(
        replace(person, variant=0) for person in request.interviewers
    ))
    people = [
        i for i, person in enumerate(request.interviewers) if i not in held or person.name
    ]
    panel = Panel()
    drafted = {index: _note(plain, index, panel) for index in people}
    reworded = sorted(
        (i for i in people if i not in held and request.interviewers[i].variant),
        key=lambda i: (request.interviewers[i].variant, i),
    )
    for index in reworded:
        others = Panel()
        for other, note in drafted.items():
            for sentence, opener in note["said"] if other != index else ():
                others.add(sentence, opener=opener)
        drafted[index] = _note(request, index, others)
    return {index: note for index, note in drafted.items() if index not in held}


def compose(request: Any) -> dict[str, Any]:  # noqa: ANN401 - any decoded JSON value
    """Write one note per interviewer whose fields are valid, and list every problem.

    ``notes`` has one entry per interviewer, in their order: their note, or None when a
    field of theirs, or one every note needs, has an error. A note given its own
    ``variant`` is written again against the others as they stand, so that a new wording
    for one note leaves the rest as they were.
    """
    parsed, errors = read_request(request)
    if parsed is None:
        return {"ok": False, "errors": errors, "notes": [], "advice": []}
    held = _held_back(errors, len(parsed.interviewers))
    everyone = len(held) == len(parsed.interviewers)
    written = {} if everyone else _write(parsed, held)
    for note in written.values():
        del note["said"]
    notes = [written.get(index) for index in range(len(parsed.interviewers))]
    advice = advise(parsed) if written else []
    if errors:
        return {"ok": False, "errors": errors, "notes": notes, "advice": advice}
    return {"ok": True, "notes": notes, "advice": advice}


def _invalid(message: str) -> list[Check]:
    return [{"code": "invalid", "level": "warning", "message": message}]


def review(text: Any, request: Any) -> list[Check]:  # noqa: ANN401 - any decoded JSON value
    """Check a note the reader edited by hand.

    ``request`` is the compose request; its optional ``interviewer`` key (default 0)
    says whose note ``text`` is. Errors in the fields of other interviewers do not matter.
    """
    if not isinstance(text, str):
        return _invalid("The note must be text.")
    parsed, errors = read_request(request)
    if parsed is None:
        return _invalid(f"The form has a problem (request {errors[0]['message']}).")
    index = request.get("interviewer")
    index = 0 if index is None else index
    if isinstance(index, bool) or not isinstance(index, int) or not (
        0 <= index < len(parsed.interviewers)
    ):
        return _invalid("interviewer must be the number of one of the listed interviewers.")
    for error in errors:
        person = _PERSON.match(error["field"])
        if person is None or int(person.group(1)) == index:
            return _invalid(f"The form has a problem ({error['field']} {error['message']}).")
    return review_note(text.strip(), parsed, index)
