"""The engine's two entry points: compose notes, and review an edited one."""



from __future__ import annotations

from typing import Any

from builder.advice import advise
from builder.checks import Check, count_words, review_note
from builder.draft import Panel
from builder.hints import hints, left_out
from builder.note import write_note
from builder.request import RequestError, parse_request


def compose(request: Any) -> dict[str, Any]:  # noqa: ANN401 - any decoded JSON value
    """Write one note per interviewer, or list every problem with the request."""
    try:
        parsed = parse_request(request)
    except RequestError as error:
        return {"ok": False, "errors": error.errors}
    panel = Panel()
    notes = []
    for index, person in enumerate(parsed.interviewers):
        draft, content = write_note(parsed, index, panel)
        body = draft.body
        checks = hints(parsed, index, content)
        checks += review_note(body, parsed, index)
        checks += left_out(draft.omitted, parsed)
        notes.append({
            "to": person.name,
            "email": person.email or None,
            "subject": draft.subject,
            "body": body,
            "words": count_words(body),
            "characters": len(body),
            "checks": checks,
        })
    return {"ok": True, "notes": notes, "advice": advise(parsed)}


def review(text: Any, request: Any) -> list[Check]:  # noqa: ANN401 - any decoded JSON value
    """Check a note the reader edited by hand.

    ``request`` is the compose request; its optional ``interviewer`` key (default 0)
    says whose note ``text`` is.
    """
    if not isinstance(text, str):
        return [{"code": "invalid", "level": "warning", "message": "The note must be text."}]
    try:
        parsed = parse_request(request)
    except RequestError as error:
        first = error.errors[0]
        return [{
            "code": "invalid",
            "level": "warning",
            "message": f"The form has a problem ({first['field']} {first['message']}).",
        }]
    index = request.get("interviewer")
    index = 0 if index is None else index
    if isinstance(index, bool) or not isinstance(index, int) or not (
        0 <= index < len(parsed.interviewers)
    ):
        return [{
            "code": "invalid",
            "level": "warning",
            "message": "interviewer must be the number of one of the listed interviewers.",
        }]
    return review_note(text.strip(), parsed, index)
