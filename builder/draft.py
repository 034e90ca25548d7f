"""A note being written, and the writer that picks its frames across a panel."""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from builder.realise import capital, realise, similar, words_of

if TYPE_CHECKING:
    from builder.request import Request

Fits = Callable[[str], bool] | None
OPENING_WORDS = 6


@dataclass
class Line:
    """One sentence of a note and the slot it fills."""

    slot: str
    text: str


@dataclass
class Draft:
    """A note being written: its paragraphs, and what was left out of it."""

    subject: str | None
    paragraphs: list[list[Line]]
    signature: list[str]
    omitted: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The note as plain text: paragraphs, then the signature lines."""
        blocks = [" ".join(line.text for line in p) for p in self.paragraphs if p]
        blocks.append("\n".join(self.signature))
        return "\n\n".join(blocks)

    def drop(self, slot: str) -> bool:
        """Remove the sentence filling ``slot``; False when there is none."""
        for paragraph in self.paragraphs:
            for line in paragraph:
                if line.slot == slot:
                    paragraph.remove(line)
                    return True
        return False

    def has(self, slot: str) -> bool:
        """Whether a sentence fills ``slot``."""
        return any(line.slot == slot for p in self.paragraphs for line in p)


@dataclass
class Panel:
    """What the notes to one panel have said so far: no sentence may be said twice."""

    said: dict[int, list[list[str]]] = field(default_factory=dict)
    openings: set[tuple[str, ...]] = field(default_factory=set)

    def allows(self, sentence: str, *, opener: bool) -> bool:
        """Whether ``sentence`` differs from every sentence of the panel by two words or more."""
        words = words_of(sentence)
        if opener and tuple(words[:OPENING_WORDS]) in self.openings:
            return False
        nearby = (s for size in (len(words) - 1, len(words), len(words) + 1)
                  for s in self.said.get(size, ()))
        return not any(similar(words, said) for said in nearby)

    def add(self, sentence: str, *, opener: bool) -> None:
        """Record a sentence as said."""
        words = words_of(sentence)
        self.said.setdefault(len(words), []).append(words)
        if opener:
            self.openings.add(tuple(words[:OPENING_WORDS]))


def seed(request: Request) -> int:
    """A number that spreads frames across requests but is the same for the same request."""
    key = f"{request.company}|{request.role}|{request.candidate_name}".casefold()
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) + request.variant


@dataclass
class Writer:
    """Picks frames for one interviewer's note."""

    request: Request
    index: int
    panel: Panel
    values: dict[str, str]
    named: bool = False

    def render(self, frame: str, **extra: str) -> str:
        """Fill in a frame, in the request's tone."""
        return realise(frame, {**self.values, **extra}, formal=self.request.tone == "formal")

    def greet(self, frame: str) -> str:
        """Fill in a greeting, which ends with a comma, not a full stop."""
        return frame.format_map(self.values)

    def pick(
        self,
        frames: tuple[str, ...],
        slot: int,
        fits: Fits = None,
        *,
        take: bool = True,
        **extra: str,
    ) -> str | None:
        """Return the first frame, from this note's place in the rotation, the panel allows.

        When every frame is taken, one sentence per note may address the person by name
        instead; after that the sentence is left out. With ``take=False`` the sentence is
        only looked at, not claimed.
        """
        opener = slot == 0
        start = seed(self.request) + self.index + 5 * slot
        order = [frames[(start + k) % len(frames)] for k in range(len(frames))]
        if not self.values.get("a_role"):
            order = [f for f in order if "{a_role}" not in f]
        candidates = (self.render(f, **extra) for f in order)
        sentence = next((c for c in candidates if self._usable(c, fits, opener=opener)), None)
        named = False
        if sentence is None and not self.named and not self.values.get("group"):
            candidates = (self._named(self.render(f, **extra)) for f in order)
            sentence = next((c for c in candidates if self._usable(c, fits, opener=opener)), None)
            named = sentence is not None
        if sentence and take:
            self.panel.add(sentence, opener=opener)
            self.named = self.named or named
        return sentence

    def _usable(self, sentence: str, fits: Fits, *, opener: bool) -> bool:
        return (fits is None or fits(sentence)) and self.panel.allows(sentence, opener=opener)

    def _named(self, sentence: str) -> str:
        """Address the sentence to the person: "Ana, thank you for ..."."""
        head = sentence.split(" ", 1)[0]
        if not (head == "I" or head.startswith(("I'", "I’"))) and not head.isupper():
            sentence = sentence[:1].lower() + sentence[1:]
        return capital(f"{self.values['first']}, {sentence}")
