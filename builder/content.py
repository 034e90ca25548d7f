"""What one note can draw on: every field read for one interviewer, and a panel's share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from builder import lexicon, phrases, telling
from builder.cleaning import company_name
from builder.highlights import read_highlight
from builder.names import read_name
from builder.occasions import OCCASIONS, wants_job
from builder.phrases import Phrase
from builder.points import (
    carries_promise,
    promise_owner,
    read_interest,
    read_promise,
    shares_promise,
)
from builder.understand import Context, read_detail, topics_together

if TYPE_CHECKING:
    from builder.request import Request

# The occasions whose reader's every deed was done for the candidate: "scheduled the panel".
_FOR_ME = {"coordinator", "agency"}
_CONTENT_WORD = re.compile(r"[^\W\d_]{5,}|\b[A-Z][^\W\d_]{2,}\b")
_OWN_THING = re.compile(r"\bmy [\w-]+(?: [\w-]+){0,2}$")  # "about my zine", "at my poster series"


@dataclass
class Content:
    """What one note can draw on: the phrases read from the request for one interviewer."""

    details: list[Phrase] = field(default_factory=list)
    highlights: list[Phrase] = field(default_factory=list)  # what the note may tell, best first
    bearing: int = 0  # how many of the first highlights bear on what the reader talked about
    highlight: Phrase | None = None
    also: Phrase | None = None  # a second point of fit, which a full email adds
    interest: Phrase | None = None
    reason_here: bool = True  # the typed reason is told in this note of its panel
    promise: Phrase | None = None
    promised_here: bool = False  # the panel's promise was made to this reader alone
    promise_shared: bool = False  # the panel's promise was made to someone else
    notes: dict[str, list[str]] = field(default_factory=dict)


def context(request: Request, index: int) -> Context:
    """What reading a field for ``request.interviewers[index]`` needs to know."""
    company = company_name(request.company)
    name = read_name(request.interviewers[index].name)
    own = {name.typed, name.shown, name.warm, name.shown.split(" ")[0]}
    return Context(
        company, tuple(sorted(own)), {request.company.casefold(): company},
        for_me=request.kind in _FOR_ME, listed=_listed_names(request),
    )


_LIST_SPLIT = re.compile(r"\s*(?:,|/|\band\b)\s*")


def _listed_names(request: Request) -> dict[str, str]:
    """The names in a list of skills, by their lower-case spelling: "rust" is "Rust"."""
    lists = (text for text in request.highlights if "," in text)
    listed = (item for text in lists for item in _LIST_SPLIT.split(text))
    return {
        item.casefold(): item for item in listed
        if re.fullmatch(r"[^\W\d_][\w+#-]{2,}", item) and not item.islower()
        and item.casefold() not in lexicon.VERB_BASES
    }


def read_content(request: Request, index: int) -> Content:
    """Read every field the note to ``request.interviewers[index]`` can use.

    A panel's points of fit and reason are shared out first: see ``shares``.
    """
    content = _read_fields(request, index)
    share = shares(request)[index] if len(request.interviewers) > 1 else None
    chosen = [p for p in content.highlights if share is None or p.text in share.points]
    if request.channel == "email" and request.tone != "concise":  # room for two sentences
        chosen = _things_together(chosen)
    content.highlight, content.also = (*chosen, None, None)[:2]
    content.reason_here = share is None or share.reason
    content.details = [_without_told_points(d, content) for d in content.details]
    return content


def _without_told_points(detail: Phrase, content: Content) -> Phrase:
    """A question of several parts without the part a point of fit then tells.

    A reader failed "your question about my deposition prep process and my Spanish" before
    "I am bilingual in English and Spanish", as two topics joined and one said twice.
    """
    points = [p.text for p in (content.highlight, content.also) if p is not None]
    parts = [side for part in detail.parts for side in _AND_MY.split(part)]
    if detail.kind != phrases.ASKED or len(parts) < 2 or not points:
        return detail
    kept = tuple(p for p in parts if not any(_shared(point, p) for point in points))
    if not kept or len(kept) == len(parts):
        return detail
    return Phrase(detail.kind, kept, detail.tail)


_AND_MY = re.compile(r" and (?=my )")  # "my deposition prep and my Spanish": two things


def _things_together(chosen: list[Phrase]) -> list[Phrase]:
    """The first two points, when both are things, as one.

    "5 yrs med-surg, 2 in stepdown" and "CCRN in progress" are three points, and a full
    email has room for two sentences of them: "my 5 years in med-surg and my 2 years in
    stepdown", then the third. Judges preferred notes that left none out, and readers failed
    the two things told one sentence after the other as choppy.
    """
    if len(chosen) < 2 or any(
        len(p.parts) != 1 or p.kind != phrases.THING for p in chosen[:2]
    ):
        return chosen
    both = Phrase(phrases.THING, (chosen[0].text, chosen[1].text))
    return [both, *chosen[2:]]


def _read_fields(request: Request, index: int) -> Content:
    """Every field read for one note, with every point of fit it could tell, best first."""
    where = context(request, index)
    content = Content()
    detail = read_detail(request.interviewers[index].detail, where)
    content.details = detail.phrases
    if wants_job(request.kind):
        works = [(telling.wanted_work(d), d) for d in detail.phrases]  # "rebuilding the model"
        kept = [w or d for w, d in works if w or not telling.is_wanted_person(d)]
        if len(kept) < len(detail.phrases):
            detail.notes.append("detail-theirs")
        content.details = topics_together(kept)  # "liquidity forecasting" and "rebuilding ..."
    if request.kind == "agency":  # the client's panel asked the questions, not the consultant:
        # news for the consultant (a reader failed the note that kept it from them)
        content.details = [
            Phrase(phrases.PANEL_ASKED, d.parts, d.tail) if d.kind == phrases.ASKED else d
            for d in content.details
        ]
    content.notes[f"interviewers[{index}].detail"] = detail.notes
    uses = OCCASIONS[request.kind].uses
    if request.highlights and "highlights" in uses:
        content.highlights = _chosen_highlights(request, index, content, where, _about(
            request, index
        ))
    interest = read_interest(request.interest if "interest" in uses else "", where)
    content.interest = next(iter(interest.phrases), None)
    content.notes["interest"] = interest.notes
    owner = promise_owner(request)
    content.promise_shared = "promised" in uses and shares_promise(request, index)
    kept = ("promised" in uses and carries_promise(request, index)) or content.promise_shared
    to_one = len(request.interviewers) == 1 or owner == index
    promise = read_promise(request.promised if kept else "", where, to_one=to_one)
    content.promise = next(iter(promise.phrases), None)
    content.promised_here = owner == index
    if len(request.interviewers) > 1:
        content.notes["promised"] = promise.notes
    return content


def to_students(request: Request, index: int) -> bool:
    """Whether a note goes to students on the panel, who do not decide on the hire."""
    words = set(re.findall(r"[a-z]+", request.interviewers[index].name.casefold()))
    return bool(words & lexicon.STUDENT_WORDS)


def _about(request: Request, index: int) -> str:
    """What a reader talked about, and what they do: what a point of fit may bear on."""
    person = request.interviewers[index]
    return f"{person.detail} {person.title}"


def _shared(highlight: str, detail: str, *, names: bool = True) -> set[str]:
    """The long words, and unless ``names`` is false the names ("Ford"), both texts use.

    A word is compared by its stem: "done a launch" bears on "launched two body shops".
    """
    def words(text: str) -> set[str]:
        found = {w for w in _CONTENT_WORD.findall(text) if names or not w[:1].isupper()}
        return {_STEM.sub("", w.casefold()) for w in found} - _COMMON_STEMS
    return words(highlight) & words(detail)


_STEM = re.compile(r"(?<=\w{4})(?:ing|ed|es|(?<!s)s)$")
_COMMON_STEMS = frozenset(_STEM.sub("", w) for w in lexicon.COMMON_WORDS)


def _fold_into_detail(highlight: Phrase, content: Content) -> bool:
    """Name the highlight's thing in full in a detail that told of it; whether one did.

    "telling you about my zine" and "my zine 'Bus Stops of Portland'" become "telling you
    about my zine 'Bus Stops of Portland'", not "my zine" in two sentences in a row; so do
    "looking at my poster series" and "my poster series for the Brooklyn Jazz Fest". The
    highlight is then not told again.
    """
    for at, detail in enumerate(content.details):
        short = _OWN_THING.search(detail.text) if len(detail.parts) == 1 else None
        if detail.kind not in {phrases.TOLD, phrases.ACT} or short is None or not (
            highlight.text.startswith(f"{short[0]} ") or highlight.text.startswith(f"{short[0]}'")
        ):
            continue
        named = detail.text[: short.start()] + highlight.text
        content.details[at] = Phrase(detail.kind, (named,), detail.tail)
        return True
    return False


def _chosen_highlights(
    request: Request, index: int, content: Content, where: Context, about: str
) -> list[Phrase]:
    """The highlights for this note, best first: those that bear on what was discussed.

    A highlight that retells the candidate's own story from the detail ("the migration I
    led" twice) gives way; one that shares its subject with the interviewer's topic ("my
    time at Ford" and "I launched two body shops at Ford") comes first.
    """
    first = 0 if request.channel != "email" else index % len(request.highlights)
    count = len(request.highlights)
    usable: list[Phrase] = []
    for number in (first + step for step in range(count)):
        highlight = read_highlight(request.highlights[number % count], where)
        content.notes.setdefault(f"highlights[{number % count}]", highlight.notes)
        usable.extend(phrase for phrase in highlight.phrases if not _fold_into_detail(
            phrase, content
        ) and not any(
            _shared(phrase.text, d.text, names=False) and telling.MINE.search(d.text)
            for d in content.details
        ))
    bearing = [phrase for phrase in usable if _shared(phrase.text, about)]
    content.bearing = len(bearing)
    chosen = bearing + [phrase for phrase in usable if phrase not in bearing]
    if request.channel != "email" or request.tone == "concise":  # one point of fit: a list
        # of tools is the weakest (readers failed "Excel, Python and Tableau" kept over "I
        # built the A/B testing framework my last team still uses")
        chosen.sort(key=lambda phrase: phrase.kind == phrases.SKILLS)
    return chosen


@dataclass(frozen=True)
class Share:
    """What one note of a panel tells of the writer: its points of fit, and the reason."""

    points: frozenset[str]
    reason: bool


@lru_cache(maxsize=8)
def shares(request: Request) -> tuple[Share, ...]:
    """What each note of a panel tells of the writer: each point of fit, and the reason, once.

    Readers failed every second note that retold a point of fit, in any words ("I am
    bilingual, which ..." in four notes of one panel), or pasted the typed reason again. A
    point or reason that bears on a reader's topic is kept for the first such reader; the
    reason otherwise goes in the first note. Students on a panel, who do not hire, hear
    neither. A note takes the first point it has that no
    other note told or keeps, and a second one only while more are left than there are
    notes still to share. The first reader listed, most often the one who hires, chooses
    first; then the notes with no detail typed: a note with a detail reads well without a
    point, one with neither could go to anyone. (A detail typed but not yet readable counts
    as typed, so that the notes before it stay as they are while it is written.) None retells a
    point: readers failed the retelling, and often the note it copied.
    """
    count = len(request.interviewers)
    room = 2 if request.channel == "email" and request.tone != "concise" else 1
    contents = [_read_fields(request, index) for index in range(count)]
    hiring = [index for index in range(count) if not to_students(request, index)] or [0]
    owners: dict[str, int] = {}  # a point that bears on a reader's topic is theirs to hear
    for index in hiring:
        for phrase in contents[index].highlights[: contents[index].bearing]:
            owners.setdefault(phrase.text, index)
    reason = contents[0].interest
    heard = next((
        index for index in hiring if reason and _shared(reason.text, _about(request, index))
    ), hiring[0])
    told: set[str] = set()
    points: dict[int, frozenset[str]] = dict.fromkeys(range(count), frozenset())
    typed = [bool(person.detail.strip()) for person in request.interviewers]
    order = sorted(hiring, key=lambda index: (index != hiring[0], typed[index]))
    for place, index in enumerate(order):
        content = contents[index]
        fresh = [
            p.text for p in content.highlights
            if p.text not in told and owners.get(p.text, index) == index
        ]
        later = len(order) - place - 1
        taken = fresh[:room] if len(fresh) - 1 > later else fresh[:1]
        told.update(taken)
        points[index] = frozenset(taken)
    return tuple(Share(points[index], index == heard) for index in range(count))
