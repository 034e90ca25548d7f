"""A note being written, and the picker that chooses its wordings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from builder import wording

if TYPE_CHECKING:
    from builder.request import Request

_CONTRACTION = re.compile("|".join(re.escape(k) for k in wording.CONTRACTIONS))
_DOUBLED_STOP = re.compile(r"(?<=[.!?])\.$")
Fits = Callable[[str], bool] | None


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


@dataclass
class Writer:
    """Picks wordings for one interviewer, never repeating a sentence of the panel."""

    request: Request
    index: int
    used: set[str]
    values: dict[str, str]
    named: bool = False

    def render(self, template: str, **extra: str) -> str:
        """Fill in a template, in the request's tone."""
        if self.request.tone == "formal":
            template = _CONTRACTION.sub(lambda m: wording.CONTRACTIONS[m.group(0)], template)
        text = template.format_map({**self.values, **extra})
        return _DOUBLED_STOP.sub("", text)

    def pick(
        self,
        templates: tuple[str, ...],
        slot: int,
        fits: Fits = None,
        *,
        take: bool = True,
        **extra: str,
    ) -> str | None:
        """Return the first wording, from this note's start, not yet used in the panel.

        When every wording is taken (a large panel with identical notes), one sentence per
        note may address the person by name instead; after that the sentence is left out.
        With ``take=False`` the wording is only looked at, not claimed.
        """
        start = self.request.variant + self.index + slot
        order = [templates[(start + k) % len(templates)] for k in range(len(templates))]
        candidates = [self.render(t, **extra) for t in order]
        free = [c for c in candidates if c not in self.used]
        if not self.named:
            free += [self._named(c) for c in candidates if self._named(c) not in self.used]
        sentence = next((c for c in free if fits is None or fits(c)), None)
        if sentence and take:
            self.used.add(sentence)
            self.named = self.named or sentence not in candidates
        return sentence

    def _named(self, sentence: str) -> str:
        """Address the sentence to the person: "Ana, thank you for ..."."""
        head = sentence.split(" ", 1)[0]
        if not (head == "I" or head.startswith("I'")):
            sentence = sentence[:1].lower() + sentence[1:]
        return f"{self.values['first']}, {sentence}"
