"""A note being written, and the writer that picks its frames across a panel."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from builder import lexicon, wording
from builder.dates import close_dates
from builder.names import HONORIFIC_ENDINGS
from builder.realise import realise, similar, words_of
from builder.spelling import spell

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
    frames: set[str] = field(default_factory=set)  # the frames the panel's notes have used
    runs: set[tuple[str, ...]] = field(default_factory=set)  # the words in a row they say

    def allows(self, sentence: str, *, opener: bool) -> bool:
        """Whether ``sentence`` differs from every sentence of the panel by two words or more."""
        words = words_of(sentence)
        if opener and tuple(words[:OPENING_WORDS]) in self.openings:
            return False
        nearby = (s for size in (len(words) - 1, len(words), len(words) + 1)
                  for s in self.said.get(size, ()))
        return not any(similar(words, said) for said in nearby)

    def use(self, frame: str) -> None:
        """Record a frame as used, and the runs of words it says in its own words."""
        self.frames.add(frame)
        self.runs |= _runs(frame)

    def echoes(self, frame: str) -> bool:
        """Whether a frame says ``ECHO_WORDS`` words in a row that a used frame said.

        "Having X, I'd welcome the chance to do similar work at Y" and "X, and I'd welcome
        the chance to do similar work here" differ by more than a word, yet readers failed
        the second note to the same panel as a repeat.
        """
        return bool(_runs(frame) & self.runs)

    def add(self, sentence: str, *, opener: bool) -> None:
        """Record a sentence as said."""
        words = words_of(sentence)
        self.said.setdefault(len(words), []).append(words)
        if opener:
            self.openings.add(tuple(words[:OPENING_WORDS]))


ECHO_WORDS = 6
_SLOT = re.compile(r"\{[^}]*\}")


def _runs(frame: str) -> set[tuple[str, ...]]:
    """Every run of ``ECHO_WORDS`` words in a row a frame says between its slots."""
    found: set[tuple[str, ...]] = set()
    for piece in _SLOT.split(frame):
        words = words_of(piece)
        found |= {tuple(words[i : i + ECHO_WORDS]) for i in range(len(words) - ECHO_WORDS + 1)}
    return found


_HERE = re.compile(r" here\b")
_ROLE_NOUN = re.compile(r"\{role\} (?:role|position|opening)\b")
_CASUAL = re.compile(r"\b(?:" + "|".join(map(re.escape, wording.CASUAL)) + r")\b")
_LONGEST_FIRST = sorted(wording.REPEATABLE_KEYS, key=len, reverse=True)  # "timeline", "time"
_KEY = re.compile(r"\b(?:" + "|".join(map(re.escape, _LONGEST_FIRST)) + ")")


def _keys(sentence: str) -> set[str]:
    """The key words of a sentence that a note should not say twice."""
    return {wording.SAME_KEYS.get(key, key) for key in _KEY.findall(sentence.casefold())}


def _swapped(frame: str, said: set[str]) -> str:
    """The frame with another word for one the sentence before it said: "role" -> "job"."""
    for word, swaps in wording.SWAPS.items():
        if word in said:
            for old, new in swaps:
                frame = frame.replace(old, new)
    return frame


@lru_cache(maxsize=8)
def _working_at(company: str) -> re.Pattern[str]:
    """The words "working at X", compiled once per company, not on every keystroke."""
    return re.compile(rf"\b(work|working|worked) at {re.escape(company)}\b")


def _here(at_company: re.Match[str]) -> str:
    """The company, once named, as "here"; but one joins "you", not "you here".

    Nor "the team here", which a reader failed as odd from one who is not there yet.
    """
    if at_company.group(1):
        return " you"
    return "" if at_company.string[: at_company.start()].endswith("the team") else " here"


def _repeats_itself(sentence: str) -> bool:
    """Whether one sentence says a key word twice: "I want this job because I want ..."."""
    found = _KEY.findall(sentence.casefold())
    return len(found) > len(set(found))


def opening_of(sentence: str) -> str:
    """How a sentence begins, for telling two in a row apart: "i would", "one", "if"."""
    first, _, rest = sentence.partition(" ")
    words = [*wording.CONTRACTIONS.get(first, first).split(), *rest.split()[:1]]
    return " ".join(words[:2] if words[0] == "I" else words[:1]).casefold()


def _start(sentence: str) -> tuple[str, ...]:
    """A sentence's first three words, contractions spelled out: "I'm glad" is "i am glad"."""
    return tuple(words_of(sentence)[:3])


def seed(request: Request, index: int) -> int:
    """A number that spreads frames across requests but is the same for the same request.

    The request's variant moves it for every note; an interviewer's own, for theirs.
    """
    key = f"{request.company}|{request.role}|{request.candidate_name}".casefold()
    own = request.interviewers[index].variant
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) + request.variant + own


# What is left where a sentence named the company ("join you at ."), or said "here".
_WHERE_COMPANY_WAS = re.compile(r"\s(?:at|to|with)?\s*(?:here\b|(?=[.,?]))")
_AT_COMPANY = re.compile(r"( you)? (?:at|to) \{company\}(?=[.,])")
_AT_COMPANY_END = re.compile(r" (?:at|to) \{company\}(?=\.)")  # "more of at X.", not "to X,"
_NAMED_AT_MOST = 2  # a third "at Médecins Sans Frontières" in one note reads as a tic


@dataclass
class Writer:
    """Picks frames for one interviewer's note."""

    request: Request
    index: int
    panel: Panel
    values: dict[str, str]
    keys: set[str] = field(default_factory=set)
    last: str = ""  # the sentence last taken
    opening: str = ""  # how it begins, which the next should not
    starts: set[tuple[str, ...]] = field(default_factory=set)  # every sentence's first words
    last_keys: set[str] = field(default_factory=set)  # the key words of that sentence
    named: int = 0  # how many sentences so far name the company

    def render(self, frame: str, **extra: str) -> str:
        """Fill in a frame, in the request's tone and English."""
        english = self.request.english
        if self.values.get("programme"):
            frame = _ROLE_NOUN.sub("{role}", frame)
        text = realise(
            spell(frame, english), {**self.values, **extra}, formal=self.request.tone == "formal"
        )
        return close_dates(text, english)

    def greet(self, frame: str) -> str:
        """Fill in a greeting, which ends with a comma; "Hello," when there is no name.

        A job title alone is no name either: readers failed "Dear HR Director,". Nor is a
        team on LinkedIn, where a message reaches one person: "Hi HR Team," failed too. A
        group elsewhere is "Dear", in any tone: readers failed "Hi Apprenticeship Committee,".
        """
        team_on_linkedin = self.values.get("group") and self.request.channel == "linkedin"
        if not self.values["first"] or self.values.get("title") or team_on_linkedin:
            return "Hello,"
        if self.values["first"].endswith(HONORIFIC_ENDINGS):  # "佐藤様," not "Dear 佐藤様,"
            return f"{self.values['first']},"
        if self.values.get("group") and self.values["first"] != "all":  # students stay "Hi all,"
            frame = "Dear {first},"
        return frame.format_map(self.values)

    def pick(
        self,
        frames: tuple[str, ...],
        slot: int,
        fits: Fits = None,
        *,
        take: bool = True,
        distinct: bool = False,
        **extra: str,
    ) -> str | None:
        """Return the first frame, from this note's place in the rotation, the panel allows.

        A frame that says a key word ("hope", "next steps") twice, or that the note has
        already used, comes later, the more of them the later. When the panel has said
        every frame, or, if ``distinct``, every frame left opens as the sentence before, the
        sentence is left out. With ``take=False`` the sentence is only looked at, not
        claimed.
        """
        opener = slot == 0
        start = seed(self.request, self.index) + self.index + 5 * slot
        order = [frames[(start + k) % len(frames)] for k in range(len(frames))]
        if not self.values.get("a_role"):
            order = [f for f in order if "{a_role}" not in f]
        if self.request.tone == "formal":
            order = [f for f in order if not _CASUAL.search(f)] or order
        if self.values.get("teamless"):
            order = [f for f in order if "team" not in f] or order
        if self.values.get("group"):  # a reader failed "I'd very much like to work with you"
            order = [f for f in order if "work with you" not in f] or order  # to recruiters
        company = self.values.get("company", "")
        short = self.values.get("short_company", "") if "{company}" in self.keys else ""
        if short:  # said once, then "the district": "... would like to join the district"
            extra = {**extra, "company": short}
        if company and "{company}" in self.last_keys and self.request.kind != "agency":
            # typed "working there", just said in full: readers failed the company named in
            # two sentences in a row, "working here" from one who is not there, and
            # "working there" to one who is
            working_at = _working_at(company)
            extra = {k: working_at.sub(r"\1 on the team", v) for k, v in extra.items()}
        # A long name, once said, is best not said again: "Elm Grove Unified School District".
        words = [w for w in company.split() if w.isalpha()]
        long_name = len(words) >= lexicon.LONG_NAME_WORDS and "{company}" in self.keys
        # A frame that needed another word ("job" for "role") still counts the repeat, and
        # the company named in the sentence before is "here": "that kind of work here";
        # but not to an agency's consultant, whose client the company is.
        swapped = {f: _swapped(f, self.last_keys) for f in order}
        if ("{company}" in self.last_keys or short) and self.request.kind != "agency":
            swapped = {f: _AT_COMPANY.sub(_here, s) for f, s in swapped.items()}
        elif "{company}" in self.last_keys or short or self.named >= _NAMED_AT_MOST:
            # to the consultant, named once is enough
            swapped = {f: _AT_COMPANY_END.sub("", s) for f, s in swapped.items()}
        if self.request.kind == "agency":  # the consultant's client is never "here"
            swapped = {f: _HERE.sub("", s) for f, s in swapped.items()}
        frame_of = {self.render(swapped[f], **extra): f for f in order}
        rendered = {candidate: swapped[f] != f for candidate, f in frame_of.items()}
        keyed = {candidate: self._keys(candidate) for candidate in rendered}  # in order
        named = {c: bool(company) and (short or company) in c for c in keyed}
        ranked = sorted(keyed, key=lambda c: (
            bool(keyed[c] & self.keys & wording.ONCE_KEYS),  # never asked twice
            named[c] and (
                self.named >= _NAMED_AT_MOST or long_name or "{company}" in self.last_keys
            ),
            bool(keyed[c] & self.keys & wording.TIC_KEYS),
            _repeats_itself(c),
            opening_of(c) == self.opening,
            self.panel.echoes(frame_of[c]),
            _start(c) in self.starts,  # "I am glad I had ... I am glad we had"
            len(keyed[c] & self.last_keys) + rendered[c],  # "… the role. … this role." reads worst
            frame_of[c] in self.panel.frames,  # "With my X, I'm confident ..." to two of a panel
            len(keyed[c] & self.keys),
        ))
        sentence = next((c for c in ranked if self._usable(c, fits, opener=opener) and not (
            distinct and opening_of(c) == self.opening
        )), None)
        if sentence and take:
            self.claim(sentence, opener=opener)
            self.panel.use(frame_of[sentence])
        return sentence

    def claim(self, sentence: str, *, opener: bool = False) -> None:
        """Take ``sentence`` into the note: the panel, and the next sentence's choice, know it."""
        self.panel.add(self._compared(sentence), opener=opener)
        self.last_keys = self._keys(sentence)
        company = self.values.get("company", "")
        self.named += "{company}" in self.last_keys or (bool(company) and company in sentence)
        self.keys |= self.last_keys
        self.last = sentence
        self.opening = opening_of(sentence)
        self.starts.add(_start(sentence))

    def reserve(self, text: str) -> None:
        """Count the key words of ``text``, typed for a later sentence, as already said."""
        self.keys |= _keys(text)

    def _keys(self, sentence: str) -> set[str]:
        """The key words of a sentence, and the company's name, which a note says once."""
        company = self.values.get("company", "")
        return _keys(sentence) | ({"{company}"} if company and company in sentence else set())

    def _usable(self, sentence: str, fits: Fits, *, opener: bool) -> bool:
        return (fits is None or fits(sentence)) and self.panel.allows(
            self._compared(sentence), opener=opener
        )

    def _compared(self, sentence: str) -> str:
        """A sentence as the panel compares it: without the company, named or "here".

        "I hope to have the chance to work with you at Rivian." repeats "... to work with you."
        """
        company = self.values.get("company", "")
        plain = sentence.replace(company, "") if company else sentence
        return _WHERE_COMPANY_WAS.sub("", plain)
