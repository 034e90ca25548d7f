"""Checks a note against what a careful reader of it would notice."""

from __future__ import annotations

import re

from builder.fragments import greeting_name
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


def count_words(text: str) -> int:
    """Words as a reader counts them."""
    return len(_WORD.findall(text))


def length_range(request: Request) -> tuple[int, int]:
    """The target length in words for the request's channel, kind and tone."""
    if request.channel == "card":
        return 30, 90
    if request.tone == "concise":
        return 40, 120
    if request.kind == "after-rejection":
        return 60, 200
    return 90, 200


def _check(code: str, level: str, message: str) -> Check:
    return {"code": code, "level": level, "message": message}


def _distance(a: str, b: str) -> int:
    """Levenshtein edit distance."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def _near(word: str, name: str) -> bool:
    """Whether ``word`` is probably ``name`` misspelt (wrong case, or one or two edits)."""
    if word == name:
        return False
    if word.casefold() == name.casefold():
        return True
    return len(name) >= 4 and abs(len(word) - len(name)) <= 2 and _distance(word, name) <= 2


def _names(text: str, person: Interviewer, others: list[Interviewer]) -> list[Check]:
    checks = []
    own_parts = set(person.name.split())
    words = set(_WORD.findall(text))
    missing = [part for part in person.name.split() if part not in text]
    if person.name not in text and greeting_name(person.name, formal=False) not in text:
        typos = sorted(w for w in words for part in own_parts if _near(w, part))
        if typos:
            checks.append(_check(
                "name-spelling", "warning",
                f"“{typos[0]}” looks like a misspelling of {person.name}’s name.",
            ))
        else:
            checks.append(_check(
                "name-missing", "warning", f"The note never uses {person.name}’s name."
            ))
    elif missing and len(missing) < len(own_parts):
        typos = sorted(w for w in words for part in missing if _near(w, part))
        if typos:
            checks.append(_check(
                "name-spelling", "warning",
                f"“{typos[0]}” looks like a misspelling of {person.name}’s name.",
            ))
    for other in others:
        first = greeting_name(other.name, formal=False)
        parts = {other.name} | ({first} if first not in own_parts and len(first) > 2 else set())
        found = [p for p in parts if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)]
        if found:
            checks.append(_check(
                "other-interviewer", "warning",
                f"This note to {person.name} mentions {other.name}; "
                "each person should get a note of their own.",
            ))
    return checks


def _style(text: str, request: Request) -> list[Check]:
    checks = []
    lowered = text.casefold().replace("’", "'")
    for phrase in CLICHES:
        if phrase in lowered:
            checks.append(_check(
                "cliche", "warning",
                f"“{phrase}” is a stock phrase; say it in your own words.",
            ))
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


def _length(text: str, request: Request) -> list[Check]:
    if request.channel == "linkedin":
        if len(text) > 300:
            return [_check(
                "length", "warning",
                f"LinkedIn allows 300 characters in a connection note; this has {len(text)}.",
            )]
        return []
    words = count_words(text)
    low, high = length_range(request)
    if words > high:
        return [_check(
            "length", "warning",
            f"At {words} words this runs past the {high}-word target for a "
            f"{request.channel}; shorten the longest detail or point.",
        )]
    if words < low:
        return [_check(
            "length", "info",
            f"At {words} words this is short; {low} to {high} words is usual for a "
            f"{request.channel}. A detail about the conversation would help.",
        )]
    return []


def review_note(text: str, request: Request, index: int) -> list[Check]:
    """Every check for a note addressed to ``request.interviewers[index]``."""
    if not text.strip():
        return [_check("empty", "warning", "The note is empty.")]
    person = request.interviewers[index]
    others = [p for i, p in enumerate(request.interviewers) if i != index]
    checks = _names(text, person, others) + _style(text, request) + _length(text, request)
    if request.kind != "after-rejection" and request.role.casefold() not in text.casefold():
        checks.append(
            _check("role-missing", "info", f"The note doesn’t name the role, {request.role}.")
        )
    return checks
