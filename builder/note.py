"""Write one note for one interviewer from a validated request."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from builder import wording
from builder.dates import when
from builder.fragments import (
    capital,
    clip,
    greeting_name,
    inline,
    is_clause,
    promised_thing,
    read_detail,
)
from builder.request import Interviewer, Request

LINKEDIN_LIMIT = 300
_PARTS = re.compile(r"(?<=[.!?;])\s+")
_CONTRACTION = re.compile("|".join(re.escape(k) for k in wording.CONTRACTIONS))


@dataclass
class Draft:
    """A note being written: its paragraphs, and what was left out of it."""

    subject: str | None
    paragraphs: list[list[str]]
    signature: list[str]
    omitted: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The note as plain text: paragraphs, then the signature lines."""
        blocks = [" ".join(p) for p in self.paragraphs if p]
        blocks.append("\n".join(self.signature))
        return "\n\n".join(blocks)


@dataclass
class _Writer:
    """Picks wordings for one interviewer, never repeating a sentence of the panel."""

    request: Request
    person: Interviewer
    index: int
    used: set[str]
    values: dict[str, str] = field(default_factory=dict)

    def render(self, template: str, **extra: str) -> str:
        text = template.format_map({**self.values, **extra})
        if self.request.tone == "formal":
            text = _CONTRACTION.sub(lambda m: wording.CONTRACTIONS[m.group(0)], text)
        return text

    def pick(self, templates: tuple[str, ...], slot: int, **extra: str) -> str | None:
        """The first wording, from this note's starting point, not yet used in the panel."""
        start = self.request.variant + self.index + slot
        order = [templates[(start + k) % len(templates)] for k in range(len(templates))]
        first = self.values["first"]
        candidates = [self.render(t, **extra) for t in order]
        candidates += [f"{first}, {c[0].lower()}{c[1:]}" for c in candidates if c[:2] != "I "]
        for sentence in candidates:
            if sentence not in self.used:
                self.used.add(sentence)
                return sentence
        return None


def _values(request: Request, person: Interviewer) -> dict[str, str]:
    relative = request.kind == "thank-you"
    return {
        "first": greeting_name(person.name, formal=request.tone == "formal"),
        "role": request.role,
        "company": request.company,
        "when": when(request.interview_date, request.today, relative=relative),
        **wording.FORMAT_WORDS[request.interview_format],
    }


def _detail_sentences(writer: _Writer, limit: int) -> list[str]:
    details = [read_detail(part) for part in _PARTS.split(writer.person.detail)]
    usable = [d for d in details if d is not None][:limit]
    sentences = []
    for slot, detail in enumerate(usable, start=1):
        sentence = writer.pick(wording.DETAILS[detail.kind], slot, d=detail.text)
        if sentence:
            sentences.append(sentence)
    return sentences


def _highlight(writer: _Writer) -> str | None:
    points = writer.request.highlights
    if not points:
        return writer.pick(wording.NO_HIGHLIGHT, 3)
    point = points[writer.index % len(points)]
    if is_clause(point):
        return writer.pick(wording.HIGHLIGHT_CLAUSES, 3, h=clip(point))
    text = inline(point)
    return writer.pick(wording.HIGHLIGHT_PHRASES, 3, h=text, H=capital(text))


def _interest(writer: _Writer) -> str | None:
    interest = writer.request.interest
    if not interest:
        return writer.pick(wording.NO_INTEREST[writer.request.kind], 4)
    lowered = interest.casefold()
    if lowered.startswith("because "):
        return writer.pick(("I want this job {i}.",), 4, i=inline(interest))
    if is_clause(interest):
        return writer.pick(wording.INTEREST_CLAUSES, 4, i=clip(interest))
    text = inline(interest)
    return writer.pick(wording.INTEREST_PHRASES, 4, i=text, I=capital(text))


def _promise(writer: _Writer) -> str | None:
    promised = writer.request.promised
    if not promised or writer.request.channel == "linkedin":
        return None
    bank = wording.PROMISES[writer.request.channel]
    return writer.pick(bank, 5, p=promised_thing(promised))


def _signature(request: Request, writer: _Writer) -> list[str]:
    sign_offs = wording.SIGN_OFFS[request.tone]
    lines = [sign_offs[(request.variant + writer.index) % len(sign_offs)], request.candidate_name]
    if request.channel == "email":
        lines += [x for x in (request.candidate_email, request.candidate_phone) if x]
    return lines


def _sentences(writer: _Writer) -> list[list[str | None]]:
    """The paragraphs of a note, longest version, by kind and channel."""
    request = writer.request
    kind = request.kind
    opener = writer.pick(wording.OPENERS[kind], 0)
    details = _detail_sentences(writer, 1 if request.channel != "email" else 3)
    if not details:
        details = [writer.pick(wording.NO_DETAIL[kind], 1)]
    closing = writer.pick(wording.CLOSINGS[kind], 6)
    if kind == "after-rejection":
        door = writer.pick(wording.CLOSINGS[kind], 7)
        feeling = writer.pick(wording.NO_INTEREST[kind], 4)
        return [[opener, feeling], details, [closing, door]]
    interest, promise = _interest(writer), _promise(writer)
    if request.channel != "email":
        return [[opener, *details], [interest, promise, closing]]
    highlight = _highlight(writer)
    if request.tone == "concise":
        return [[opener, *details], [interest, promise, closing]]
    return [[opener, *details], [highlight, interest], [promise, closing]]


def _linkedin(writer: _Writer, paragraphs: list[list[str | None]]) -> Draft:
    """Fit the most important sentences into LinkedIn's 300 characters."""
    greeting = writer.render(wording.LINKEDIN_GREETING)
    sign = writer.request.candidate_name
    opener, *rest = [s for p in paragraphs for s in p if s]
    short_opener = writer.render("Thank you for {talking}{when}.")
    omitted = []
    chosen: list[str] = []
    for option in (opener, short_opener, "Thank you for your time."):
        if len(f"{greeting}\n\n{option}\n\n{sign}") <= LINKEDIN_LIMIT:
            chosen.append(option)
            break
    if chosen and chosen[0] != opener:
        omitted.append("the role and company")
    for sentence in rest:
        trial = [*chosen, sentence]
        if len(f"{greeting}\n\n{' '.join(trial)}\n\n{sign}") <= LINKEDIN_LIMIT:
            chosen = trial
        else:
            omitted.append("a sentence")
    if writer.person.detail and not any(d in chosen for d in paragraphs[0][1:] if d):
        omitted.append("your detail about this person")
    return Draft(None, [chosen], [sign], omitted)


def write_note(request: Request, index: int, used: set[str]) -> Draft:
    """Write the note for ``request.interviewers[index]``; ``used`` holds the panel's sentences."""
    person = request.interviewers[index]
    writer = _Writer(request, person, index, used, _values(request, person))
    paragraphs = _sentences(writer)
    if request.channel == "linkedin":
        return _linkedin(writer, paragraphs)
    greeting = writer.render(wording.GREETINGS[request.tone])
    body = [[greeting], *([s for s in p if s] for p in paragraphs)]
    subject = None
    if request.channel == "email":
        subjects = wording.SUBJECTS[request.kind]
        subject = writer.render(subjects[request.variant % len(subjects)])
    return Draft(subject, body, _signature(request, writer))

