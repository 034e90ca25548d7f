"""Checks a note against what a careful reader of it would notice."""

# ruff: noqa: RUF001 - messages use typographic quotes and apostrophes on purpose

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from builder import lexicon, phrases, wording
from builder.cleaning import role_in_sentence, role_name
from builder.content import to_students
from builder.names import read_name
from builder.occasions import OCCASIONS
from builder.points import carries_promise, read_promise
from builder.request import LINKEDIN_LIMITS
from builder.understand import Context

if TYPE_CHECKING:
    from builder.request import Interviewer, Request

Check = dict[str, str]

CLICHES = (
    "above and beyond", "at the end of the day", "best of both worlds", "circle back",
    "do not hesitate", "don't hesitate", "dream job", "game changer", "game-changer",
    "go-getter", "hit the ground running", "low-hanging fruit", "move the needle",
    "perfect fit", "reach out", "results-driven", "rockstar", "self-starter", "synergy",
    "synergies", "team player", "think outside the box", "touch base", "value-add",
    "wear many hats", "win-win", "passionate about", "i am writing to express",
)
_PLACEHOLDER = re.compile(
    r"\[[^\]\n]{0,40}\]|\{[^}\n]{0,40}\}|<[^<>\n]{1,30}>|\bX{2,}\b|\bTBD\b|\bTODO\b"
)
_EMOTICON = re.compile(
    r"(?:^|\s)(?:[:;=8][\-o^']?[)(DPp/|3]|<3|\^_\^|xD)(?=\s|$|[.,!?])"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]"
)
_EXCLAIM = re.compile(r"[!?]*![!?]+|[!?]+!")
_DECISION = re.compile(
    r"when will you (?:decide|make a decision|let me know)|have you (?:made|reached) a "
    r"decision|any (?:news|update)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w[\w'’-]*")
_THIRD_PERSON = re.compile(r"\b(?:he|she|his|him|himself|herself)\b(?:\s+\w+)?", re.I)
_PASTED_QUESTION = re.compile(
    r"\b(?:that|about|on|of)\s+(?:what|how|why|when|where|who)\s+"
    r"(?:does|do|did|is|are|was|were|can|could|would|should|will)\b",
    re.I,
)
_GREETING = re.compile(r"^(?:Dear|Hi|Hello)\s+([^,]+),")


@functools.cache
def _template_words() -> frozenset[str]:
    """Every word the engine itself writes: none of them is a misspelt name.

    Worked out on the first review, not at import: the first note comes sooner.
    """
    texts = wording.all_templates()
    return frozenset(w.casefold() for w in _WORD.findall(" ".join(texts)))


def count_words(text: str) -> int:
    """Words as a reader counts them."""
    return len(_WORD.findall(text))


def length_range(request: Request) -> tuple[int, int]:
    """Return the target length in words for the request's channel, kind and tone."""
    if request.channel == "card":
        return 30, 90
    words = OCCASIONS[request.kind].words
    if request.tone == "concise":
        return min(40, words[0]), min(120, words[1])
    return words


def _check(code: str, level: str, message: str) -> Check:
    return {"code": code, "level": level, "message": message}


def _distance(a: str, b: str) -> int:
    """Return the edit distance, counting a swap of neighbouring letters as one edit."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, previous = previous, current
    return previous[-1]


def _joins(char: str) -> bool:
    """Whether a letter next to a name makes it part of a longer word.

    Scripts without capitals, such as Chinese, write names without spaces around them.
    """
    return char.isdigit() or (char.isalpha() and char.lower() != char.upper())


def _has(text: str, name: str) -> bool:
    """Whether ``name`` appears in ``text`` as whole words."""
    at = text.find(name)
    while at >= 0 and name:
        end = at + len(name)
        if not (at and _joins(text[at - 1])) and not (end < len(text) and _joins(text[end])):
            return True
        at = text.find(name, at + 1)
    return False


def _near(word: str, name: str) -> bool:
    """Whether ``word`` is probably ``name`` misspelt (wrong case, or one or two edits).

    Only a capitalised word that is not part of the engine's own wording counts, and a
    name shorter than seven letters allows one edit, not two.
    """
    if word == name:
        return False
    if word.casefold() == name.casefold():
        return True
    if not word[:1].isupper() or word.casefold() in _template_words() or len(name) < 4:
        return False
    allowed = 1 if len(name) < 7 else 2
    return abs(len(word) - len(name)) <= allowed and _distance(word, name) <= allowed


def _typos(text: str, parts: list[str], *, beside: set[str] | None = None) -> list[str]:
    """Words of ``text`` that look like misspellings of ``parts``, in reading order.

    With ``beside``, only words next to one of those words count ("Dana Cohne").
    """
    words = _WORD.findall(text)
    suspects = {w for w in set(words) if any(_near(w, part) for part in parts)}
    found: list[str] = []
    for i, word in enumerate(words):
        if word not in suspects or word in found:
            continue
        if beside is None or {words[i - 1] if i else "", words[(i + 1) % len(words)]} & beside:
            found.append(word)
    return found


def _names(text: str, person: Interviewer, others: list[Interviewer]) -> list[Check]:
    checks = []
    name = read_name(person.name)
    own_parts = name.shown.split()
    missing = [part for part in own_parts if not _has(text, part)]
    typos: list[str] = []
    forms = {person.name, name.shown, name.warm, name.formal}
    if not any(_has(text, form) for form in forms):
        typos = _typos(text, own_parts)
        if not typos:
            checks.append(_check(
                "name-missing", "warning", f"The note never uses {name.shown}’s name."
            ))
    elif missing and len(missing) < len(own_parts):
        present = {part for part in own_parts if part not in missing}
        typos = _typos(text, missing, beside=present)
    if typos:
        checks.append(_check(
            "name-spelling", "warning",
            f"“{typos[0]}” looks like a misspelling of {name.shown}’s name.",
        ))
    for other in others:
        their = read_name(other.name)
        first = their.warm
        parts = {their.shown} | ({first} if first not in own_parts and len(first) > 2 else set())
        if any(_has(text, part) for part in parts):
            checks.append(_check(
                "other-interviewer", "warning",
                f"This note to {name.shown} mentions {their.shown}; "
                "each person should get a note of their own.",
            ))
    return checks


def _grammar(text: str, person: Interviewer) -> list[Check]:
    """Slips a careful reader would see: the reader as "she", a pasted question."""
    checks = []
    name = read_name(person.name).warm
    if match := _THIRD_PERSON.search(text):
        checks.append(_check(
            "third-person", "warning",
            f"“{match.group(0)}” speaks of someone as he or she; if you mean {name}, "
            "write “you” and “your”.",
        ))
    if match := _PASTED_QUESTION.search(text):
        checks.append(_check(
            "pasted-question", "warning",
            f"“{match.group(0)} …” reads like a question pasted into a sentence; "
            "rephrase it as what you talked about.",
        ))
    greeting = text.split("\n", 1)[0]
    match = _GREETING.match(greeting)
    words = match.group(1).casefold().split() if match else []
    if match and match.group(1)[:1].islower() and not (
        words[0] in lexicon.PARTICLES or set(words) & lexicon.TEAM_WORDS
        or words == [lexicon.EVERYONE_GREETED]
    ):
        checks.append(_check(
            "lower-case-name", "warning",
            f"“{match.group(1)}” in the greeting needs a capital letter.",
        ))
    return checks


def _promise(text: str, request: Request, index: int) -> list[Check]:
    """Whether a note keeps the candidate's promise to send something, if made to its reader."""
    promised = request.promised
    invitation = request.channel == "linkedin" and LINKEDIN_LIMITS[request.linkedin] is not None
    if not promised or invitation or "promised" not in OCCASIONS[request.kind].uses or (
        not carries_promise(request, index)
    ):
        return []
    lowered = text.casefold()
    read = read_promise(promised, Context(request.company))
    thing = read.phrases[0].listed if read.phrases else promised
    words = sorted(_WORD.findall(thing.casefold()), key=len, reverse=True)
    link = bool(read.phrases) and read.phrases[0].kind in phrases.LINKS
    by_email = link and request.channel == "card" and "link" in lowered
    if not words or words[0] in lowered or by_email:
        return []
    return [_check(
        "promise-missing", "warning",
        f"You promised to send “{promised}”, and this note doesn’t mention it.",
    )]


def _style(text: str, request: Request) -> list[Check]:
    lowered = text.casefold().replace("’", "'")
    checks = [
        _check("cliche", "warning", f"“{phrase}” is a stock phrase; say it in your own words.")
        for phrase in CLICHES
        if phrase in lowered
    ]
    if match := _PLACEHOLDER.search(text):
        checks.append(_check(
            "placeholder", "warning",
            f"“{match.group(0)}” looks like a placeholder left in the note.",
        ))
    if _EMOTICON.search(text):
        checks.append(_check(
            "emoticon", "warning", "Leave emoticons and emoji out of a note to an interviewer."
        ))
    if _EXCLAIM.search(text) or text.count("!") > 1:
        checks.append(_check(
            "exclamation", "warning", "Use one exclamation mark at most, and never a run of them."
        ))
    if request.kind == "thank-you" and _DECISION.search(text):
        checks.append(_check(
            "decision-question", "warning",
            "A thank-you note is not the place to ask about the decision; "
            "send a follow-up later if you hear nothing.",
        ))
    return checks


def _channel(request: Request) -> str:
    return {"email": "an email", "card": "a card"}.get(request.channel, "a LinkedIn note")


def _length(text: str, request: Request) -> list[Check]:
    if request.channel == "linkedin":
        limit = LINKEDIN_LIMITS[request.linkedin]
        if limit is not None and len(text) > limit:
            return [_check(
                "length", "warning",
                f"LinkedIn allows {limit} characters in a connection note; "
                f"this has {len(text)}.",
            )]
        return []
    words = count_words(text)
    low, high = length_range(request)
    if words > high:
        return [_check(
            "length", "warning",
            f"At {words} words this runs past the {high}-word target for "
            f"{_channel(request)}; shorten the longest detail or point.",
        )]
    if words < low:
        return [_check(
            "length", "info",
            f"At {words} words this is short; {low} to {high} words is usual for "
            f"{_channel(request)}. A detail about the conversation would help.",
        )]
    return []


def review_note(text: str, request: Request, index: int) -> list[Check]:
    """Every check for a note addressed to ``request.interviewers[index]``."""
    if not text.strip():
        return [_check("empty", "warning", "The note is empty.")]
    person = request.interviewers[index]
    others = [p for i, p in enumerate(request.interviewers) if i != index and p.name]
    checks = _names(text, person, others) + _grammar(text, person) + _style(text, request)
    checks += _length(text, request) + _promise(text, request, index)
    role = role_in_sentence(role_name(request.role))
    named = OCCASIONS[request.kind].role_required and request.kind != "after-rejection" and (
        not to_students(request, index)  # students are thanked for meeting, not for the role
    )
    if named and role.casefold() not in text.casefold():
        checks.append(
            _check("role-missing", "info", f"The note doesn’t name the role, {request.role}.")
        )
    return checks
