"""Turn what the reader typed into pieces that fit inside a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HONORIFICS = frozenset(
    "dr dr. prof prof. professor mr mr. mrs mrs. ms ms. mx mx. sir dame".split()
)
_LOWERABLE = frozenset(
    """a an the our your their his her its my this that these those how why what when where
    whether which who we she he they you i talked discussed asked mentioned told showed
    explained spoke chatted walked gave shared loved enjoyed described is was are were has had
    have some all both much many more most one two three several lots plenty any""".split()
)
_TRAILING = re.compile(r"[\s.,;:!?]+$")
_TALKED = re.compile(
    r"^(?:we|you and i|i)?\s*(?:talked|spoke|chatted)\s+(?:about|of)\s+|"
    r"^(?:we|you and i|i)?\s*discussed\s+",
    re.IGNORECASE,
)
_ASKED = re.compile(r"^(?:she|he|they|you)?\s*asked(?:\s+me)?\s+(?:about\s+)?", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"^(she|he|they)\s+(\S+)(.*)$", re.IGNORECASE | re.DOTALL)
_OWNER = re.compile(r"^(her|his|their)\s+", re.IGNORECASE)
_CLAUSE_START = re.compile(r"^(i|i'm|i've|i'd|i'll|i’m|i’ve|i’d|i’ll)\s", re.IGNORECASE)
_VERBS = frozenset(
    """loves likes enjoys leads manages runs has is was works worked joined started built
    moved spent grew founded wrote writes plays played spends studied studies mentors
    mentored heads headed oversees oversaw used uses""".split()
)
_FINITE = frozenset("are were have had came went said told made took gave showed".split())
_IRREGULAR = {
    "is": "are", "was": "were", "has": "have", "does": "do", "goes": "go",
    "'s": "'re", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
    "doesn't": "don't",
}


@dataclass(frozen=True)
class Detail:
    """A reader's note about one interviewer, classified for phrasing.

    ``kind`` is ``topic`` (a subject you talked about), ``asked`` (something they
    asked you about) or ``fact`` (a clause about them, turned to the second person).
    """

    kind: str
    text: str


def greeting_name(name: str, *, formal: bool) -> str:
    """The name to greet someone by: the full name if formal or titled, else the first."""
    parts = name.split()
    if len(parts) > 2 and parts[0].casefold() in _HONORIFICS:
        return f"{parts[0]} {parts[-1]}"
    if formal or len(parts) < 2 or parts[0].casefold() in _HONORIFICS:
        return name
    return parts[0]


def clip(text: str) -> str:
    """Drop trailing punctuation so the text can sit inside a sentence."""
    return _TRAILING.sub("", text)


def inline(text: str) -> str:
    """Lower-case the first letter when the first word is an ordinary word, not a name."""
    text = clip(text)
    first = text.split(" ", 1)[0]
    if first.casefold() in _LOWERABLE and first != "I" and not first.startswith(("I'", "I’")):
        return first[0].lower() + text[1:]
    return text


def capital(text: str) -> str:
    """Upper-case the first letter of a sentence."""
    return text[:1].upper() + text[1:]


def _second_person(verb: str) -> str:
    lowered = verb.casefold()
    if lowered in _IRREGULAR:
        return _IRREGULAR[lowered]
    if lowered.endswith("ies") and len(lowered) > 4:
        return verb[:-3] + "y"
    if lowered.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    if lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 2:
        return verb[:-1]
    return verb


def read_detail(text: str) -> Detail | None:
    """Classify a detail; None when there is nothing to use."""
    text = clip(text)
    if not text:
        return None
    talked = _TALKED.match(text)
    if talked and talked.end() < len(text):
        return Detail("topic", inline(text[talked.end() :]))
    asked = _ASKED.match(text)
    if asked and asked.end() < len(text):
        return Detail("asked", inline(text[asked.end() :]))
    third = _THIRD_PERSON.match(text)
    if third:
        verb = third.group(2)
        if third.group(1).casefold() == "they" or verb.casefold() in {"'s", "’s"}:
            verb = _IRREGULAR.get(verb.casefold(), verb)
        else:
            verb = _second_person(verb)
        return Detail("fact", f"you {verb}{third.group(3)}")
    verb, _, rest = text.partition(" ")
    if rest and verb.casefold() in _VERBS:
        return Detail("fact", f"you {_second_person(verb.casefold())} {rest}")
    owner = _OWNER.match(text)
    if owner:
        yours = "your " + text[owner.end() :]
        clause = any(w.casefold() in _VERBS | _FINITE for w in yours.split()[2:])
        return Detail("fact" if clause else "topic", yours)
    if text.casefold().startswith("you "):
        return Detail("fact", inline(text))
    return Detail("topic", inline(text))


def is_clause(text: str) -> bool:
    """Whether the reader wrote a first-person clause ("I led ...") rather than a phrase."""
    return bool(_CLAUSE_START.match(text + " "))


def promised_thing(text: str) -> str:
    """What the reader promised to send, without a leading "send"."""
    text = inline(text)
    return re.sub(r"^(?:i(?:'ll| will)\s+)?(?:to\s+)?send(?:\s+you)?\s+", "", text, flags=re.I)
