"""Fit a note to its channel: long enough, short enough, and within LinkedIn's limit."""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from builder import telling, wording
from builder.checks import count_words
from builder.draft import Draft, Fits, Line, Writer
from builder.names import signature
from builder.occasions import kind_frames
from builder.phrases import Phrase
from builder.realise import capital

if TYPE_CHECKING:
    from builder.content import Content

# Sentences that may be dropped to shorten a note, first to go first, and what the
# reader is told was left out (None: nothing the reader typed).
_DROP_ORDER = (
    ("detail-3", "part of your detail about this person"),
    ("also", "your second point about what you would bring"),
    ("feeling", None),
    ("detail-2", "part of your detail about this person"),
    ("keen", None),
    ("extra", None),
    ("interest", "your reason for wanting the job"),
    ("highlight", "your point about what you would bring"),
)
_CLAUSE_BREAK = re.compile(r",\s+(?:which|who|where|because|since|so|and|but)\b|,\s|\s[-–—]\s")
_PHRASE_BREAK = re.compile(
    r"\s(?:to|on|in|for|with|from|at|using|built|via|across|into|because|so|and|which)\s"
)
MIN_CUT_WORDS = 4


def shorten(draft: Draft, high: int) -> None:
    """Drop the least important sentences until the note fits ``high`` words, if it can."""
    for slot, what in _DROP_ORDER:
        while count_words(draft.body) > high and draft.drop(slot):
            if what and what not in draft.omitted:
                draft.omitted.append(what)


def shorter_forms(phrase: Phrase) -> list[str]:
    """The phrase, then shorter forms of it: fewer parts, then cut at a clause or phrase.

    A cut keeps at least four words, and only ever drops what follows a comma, a clause
    word or a preposition, so what is left is still a phrase of the same type.
    """
    forms = [phrase.keep(count) for count in range(len(phrase.parts), 0, -1)]
    first = phrase.parts[0] if phrase.parts else ""
    for pattern in (_CLAUSE_BREAK, _PHRASE_BREAK):
        for match in pattern.finditer(first):
            head = first[: match.start()].strip(" ,")
            if len(head.split()) >= MIN_CUT_WORDS:
                forms.append(head)
    return list(dict.fromkeys(sorted(forms, key=len, reverse=True)))


def _signed(greeting: str, sign: str, limit: int) -> tuple[str, str]:
    """Greeting and signature, shortened to first names when they leave no room."""
    if len(greeting) + len(sign) <= limit // 2:
        return greeting, sign
    first = sign.split(" ", 1)[0][: limit // 4]
    return wording.LINKEDIN_GREETINGS["warm"].format(first="there"), first


def linkedin(writer: Writer, content: Content, limit: int) -> Draft:
    """Fit the most important sentences into LinkedIn's ``limit`` characters, never more.

    In order: thanks with the role and company, the detail (shortened, and never dropped
    for the role and company when it is the note's only personal line), the strongest
    highlight, the closing line. After a rejection and in a follow-up, the closing line
    comes first.
    """
    request = writer.request
    greeting, sign = _signed(
        writer.greet(wording.LINKEDIN_GREETINGS[request.tone]),
        signature(request.candidate_name), limit,
    )
    chosen: list[Line] = []
    omitted: list[str] = []

    def fits(text: str) -> bool:
        body = " ".join([*(line.text for line in chosen), text])
        return len(f"{greeting}\n\n{body}\n\n{sign}") <= limit

    detail = next(iter(telling.chosen(content.details, 1)), None)
    if detail:
        detail = telling.first_mention(detail, writer.values.get("company", ""))
    closings = kind_frames(wording.LINKEDIN_CLOSINGS, request.kind)
    last = wording.LINKEDIN_LAST_CLOSINGS.get(request.kind, ())

    def closing(fit: Fits, *, take: bool = True) -> str | None:
        return writer.pick(closings, 6, fit, take=take) or (
            writer.pick(last, 6, fit, take=take) if last else None
        )

    def with_closing(text: str) -> bool:  # the detail, shortened to leave room for the ask
        return fits(text) and closing(lambda s: fits(f"{text} {s}"), take=False) is not None

    opener = None
    for (closing_needed, detail_needed), (frames, left_out) in itertools.product(
        _PASSES.get(request.kind, _PASSES["thank-you"]), _opener_banks(request.kind)
    ):
        opener = writer.pick(frames, 0, fits, take=False)
        room = with_closing if closing_needed else fits
        said = _fitted_detail(writer, detail, room, after=opener, take=False) if (
            opener and detail and detail_needed
        ) else ""
        if opener and detail and detail_needed and not said:
            opener = None
        if opener and closing_needed and not closing(
            lambda s, first=f"{opener} {said}": fits(f"{first} {s}"), take=False
        ):
            opener = None
        if opener:
            writer.claim(opener, opener=True)
            chosen.append(Line("opener", opener))
            omitted += left_out
            detail = detail if detail_needed else None
            if content.details and not detail_needed:
                omitted.append("your detail about this person")
            if closing_needed:  # the detail first: the closing was checked to fit after it
                _add_detail(chosen, omitted, writer, detail, with_closing)
                detail = None
                _add(chosen, "closing", closing(fits))
            break
    if not opener:
        omitted.append("the role and company")
        shortest = kind_frames(wording.LINKEDIN_SHORT_OPENERS, request.kind)
        _add(chosen, "opener", writer.pick(shortest, 0, fits))
    _add_detail(chosen, omitted, writer, detail, fits)
    if content.highlight and request.kind != "after-rejection":
        phrase = content.highlight
        frames = wording.HIGHLIGHTS[phrase.kind]
        sentence = writer.pick(frames, 3, fits, x=phrase.text, X=capital(phrase.text))
        _add(chosen, "highlight", sentence) or omitted.append(
            "your point about what you would bring"
        )
    if not any(line.slot == "closing" for line in chosen):
        _add(chosen, "closing", closing(fits))
    order = ("opener", "detail-1", "highlight", "closing")
    chosen.sort(key=lambda line: order.index(line.slot))
    return Draft(None, [[Line("greeting", greeting)], chosen], [sign], omitted)


# What a LinkedIn note tries to keep, in order: (the closing line, the detail). After a
# rejection the closing line is the point of the note; in a follow-up, its question is.
_PASSES = {
    "thank-you": ((False, True),),
    "after-rejection": ((True, True), (False, True)),
    "follow-up": ((True, True), (True, False), (False, True)),
}


def _opener_banks(kind: str) -> list[tuple[tuple[str, ...], list[str]]]:
    """LinkedIn openers from fullest to shortest, and what each leaves out."""
    full = kind_frames(wording.LINKEDIN_OPENERS, kind)
    without_company = tuple(f.replace(" at {company}", "") for f in full)
    short = kind_frames(wording.LINKEDIN_SHORT_OPENERS, kind)
    return [(full, []), (without_company, ["the company"]), (short, ["the role and company"])]


def _add_detail(
    chosen: list[Line], omitted: list[str], writer: Writer, detail: Phrase | None, fits: Fits
) -> None:
    """The detail's line, shortened to fit, or a word that it was left out."""
    if detail and not _add(chosen, "detail-1", _fitted_detail(writer, detail, fits)):
        omitted.append("your detail about this person")


def _add(chosen: list[Line], slot: str, sentence: str | None) -> bool:
    if sentence:
        chosen.append(Line(slot, sentence))
    return bool(sentence)


def _fitted_detail(
    writer: Writer, phrase: Phrase, fits: Fits, *, after: str = "", take: bool = True
) -> str | None:
    """The detail in the longest form and a frame that fit (after ``after``), or None."""
    frames = telling.frames_for(phrase)
    room = (lambda s: fits(f"{after} {s}")) if after and fits else fits
    for form in shorter_forms(phrase):
        sentence = writer.pick(frames, 1, room, take=take, x=form, X=capital(form))
        if sentence:
            return sentence
    return None
