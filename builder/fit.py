"""Fit a note to its channel: long enough, short enough, and within LinkedIn's limit."""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder import wording
from builder.checks import count_words
from builder.draft import Draft, Fits, Line, Writer
from builder.names import signature
from builder.phrases import Phrase
from builder.realise import capital

if TYPE_CHECKING:
    from builder.plan import Content

MAX_VIEWS = 1

# Sentences that may be dropped to shorten a note, first to go first, and what the
# reader is told was left out (None: nothing the reader typed).
_DROP_ORDER = (
    ("view", None),
    ("interest", "why you want the job"),
    ("detail-3", "part of your detail about this person"),
    ("detail-2", "part of your detail about this person"),
    ("feeling", None),
    ("highlight", "your point about what you would bring"),
)
_CLAUSE_BREAK = re.compile(r",\s+(?:which|who|where|because|since|so|and|but)\b|,\s|\s[-–—]\s")


def lengthen(writer: Writer, draft: Draft, low: int) -> None:
    """Add a sentence of the candidate's own view to a short warm or formal email."""
    for number in range(MAX_VIEWS):
        if count_words(draft.body) >= low or len(draft.paragraphs) < 3:
            return
        sentence = writer.pick(wording.VIEWS, 8 + number)
        if sentence:
            draft.paragraphs[2].append(Line("view", sentence))


def shorten(draft: Draft, high: int) -> None:
    """Drop the least important sentences until the note fits ``high`` words, if it can."""
    for slot, what in _DROP_ORDER:
        while count_words(draft.body) > high and draft.drop(slot):
            if what and what not in draft.omitted:
                draft.omitted.append(what)


def shorter_forms(phrase: Phrase) -> list[str]:
    """The phrase, then shorter forms of it: fewer parts, then cut at a clause boundary."""
    forms = [phrase.keep(count) for count in range(len(phrase.parts), 0, -1)]
    first = phrase.parts[0] if phrase.parts else ""
    for match in _CLAUSE_BREAK.finditer(first):
        head = first[: match.start()].strip()
        if len(head.split()) >= 3:
            forms.append(head)
    return list(dict.fromkeys(sorted(forms, key=len, reverse=True)))


def linkedin(writer: Writer, content: Content, limit: int) -> Draft:
    """Fit the most important sentences into LinkedIn's ``limit`` characters, never more.

    In order: thanks with the role and company, the detail (shortened, never dropped when it
    fits at all), the strongest highlight, the closing line.
    """
    request = writer.request
    greeting = writer.greet(wording.LINKEDIN_GREETINGS[request.tone])
    sign = signature(request.candidate_name)
    chosen: list[Line] = []
    omitted: list[str] = []

    def fits(text: str) -> bool:
        body = " ".join([*(line.text for line in chosen), text])
        return len(f"{greeting}\n\n{body}\n\n{sign}") <= limit

    opener = writer.pick(wording.LINKEDIN_OPENERS[request.kind], 0, fits)
    if opener:
        chosen.append(Line("opener", opener))
    else:
        omitted.append("the role and company")
    if request.kind == "after-rejection":
        _add(chosen, "closing", writer.pick(wording.LINKEDIN_CLOSINGS[request.kind], 7, fits))
    if content.details and request.kind != "after-rejection":
        detail = _fitted_detail(writer, content.details[0], fits)
        if detail:
            chosen.append(Line("detail-1", detail))
        else:
            omitted.append("your detail about this person")
    if content.highlight and request.kind != "after-rejection":
        phrase = content.highlight
        frames = wording.HIGHLIGHTS[phrase.kind]
        sentence = writer.pick(frames, 3, fits, x=phrase.text, X=capital(phrase.text))
        _add(chosen, "highlight", sentence) or omitted.append(
            "your point about what you would bring"
        )
    if request.kind != "after-rejection":
        _add(chosen, "closing", writer.pick(wording.LINKEDIN_CLOSINGS[request.kind], 6, fits))
    return Draft(None, [[Line("greeting", greeting)], chosen], [sign], omitted)


def _add(chosen: list[Line], slot: str, sentence: str | None) -> bool:
    if sentence:
        chosen.append(Line(slot, sentence))
    return bool(sentence)


def _fitted_detail(writer: Writer, phrase: Phrase, fits: Fits) -> str | None:
    """The detail in the longest form and a frame that fit, or None when none does."""
    frames = wording.DETAILS[phrase.kind]
    for form in shorter_forms(phrase):
        sentence = writer.pick(frames, 1, fits, x=form, X=capital(form))
        if sentence:
            return sentence
    return None
