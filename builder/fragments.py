"""Turn what the reader typed into pieces that fit inside a sentence."""

# ruff: noqa: RUF001 - readers type curly apostrophes, so patterns match them

from __future__ import annotations

import re
from dataclasses import dataclass

from builder import lexicon

_TRAILING = re.compile(r"[\s.,;:!?]+$")
_SUBJECT = r"(?:(?:she|he|they|you)\s+)?"
_TALKED = re.compile(
    r"^(?:we|you and i|i|she|he|they|you)?\s*(?:talked|spoke|chatted)\s+(?:about|of)\s+|"
    r"^(?:we|you and i|i|she|he|they|you)?\s*(?:discussed|covered)\s+|"
    r"^(?:she|he|they|you|i)?\s*mentioned\s+(?!that\b)|"
    r"^i\s+(?:told|showed)\s+(?:you|her|him|them)\s+(?:about\s+)?",
    re.IGNORECASE,
)
_I_SAID = re.compile(
    r"^i\s+(?:mentioned|said|explained|told\s+(?:you|her|him|them))\s+that\s+", re.IGNORECASE
)
_I_ASKED = re.compile(r"^i\s+asked\s+(?:(?:you|her|him|them)\s+)?(?:about\s+)?", re.IGNORECASE)
_ASKED_TO = re.compile(rf"^{_SUBJECT}asked\s+me\s+to\s+", re.IGNORECASE)
_ASKED = re.compile(
    rf"^{_SUBJECT}asked(?:\s+me)?(?:\s+(?:a lot|lots|many questions|several questions|"
    r"questions|a question|a great deal))?\s+(?:about\s+|on\s+)?",
    re.IGNORECASE,
)
_SAID = re.compile(
    rf"^{_SUBJECT}(?:mentioned|said|explained|told\s+me|noted|pointed\s+out)\s+that\s+",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(she|he|they)\s+(\S+)(.*)$", re.IGNORECASE | re.DOTALL)
_PRONOUN_BE = re.compile(r"^(she|he|they)(['’](?:s|re))\s+(.*)$", re.IGNORECASE | re.DOTALL)
_WE = re.compile(r"^we\s+(\S+)(?:\s+(.*))?$", re.IGNORECASE | re.DOTALL)
_OWNER = re.compile(r"^(her|his|their)\s+", re.IGNORECASE)
_CLAUSE_START = re.compile(r"^(i|i'm|i've|i'd|i'll|i’m|i’ve|i’d|i’ll)\s", re.IGNORECASE)
_HER = re.compile(r"\b(her|his|him|she|he)\b(\s+\S+)?")


@dataclass(frozen=True)
class Detail:
    """A reader's note about one interviewer, classified for phrasing.

    ``kind`` is ``topic`` (a subject you talked about), ``asked`` (something they
    asked you about), ``act`` (something they did, as "telling me about ..."), ``fact``
    (a clause, as "you run the London office") or ``mine`` (something the reader told
    them, as "I spent a year in Japan").
    """

    kind: str
    text: str


def greeting_name(name: str, *, formal: bool) -> str:
    """Return the name to greet someone by: the full name if formal or titled, else the first."""
    parts = name.split()
    if len(parts) > 2 and parts[0].casefold() in lexicon.HONORIFICS:
        return f"{parts[0]} {parts[-1]}"
    if formal or len(parts) < 2 or parts[0].casefold() in lexicon.HONORIFICS:
        return name
    return parts[0]


def clip(text: str) -> str:
    """Drop trailing punctuation so the text can sit inside a sentence."""
    return _TRAILING.sub("", text)


def inline(text: str) -> str:
    """Lower-case the first letter when the first word is an ordinary word, not a name."""
    text = clip(text)
    first = text.split(" ", 1)[0]
    if first.casefold() in lexicon.LOWERABLE and first != "I" and not first.startswith(
        ("I'", "I’")
    ):
        return first[0].lower() + text[1:]
    return text


def capital(text: str) -> str:
    """Upper-case the first letter of a sentence."""
    return text[:1].upper() + text[1:]


def _second_person(verb: str) -> str:
    """Return the verb as it goes after "you": runs -> run, has -> have, worked -> worked."""
    lowered = verb.casefold()
    if lowered in lexicon.IRREGULAR:
        return lexicon.IRREGULAR[lowered]
    if lowered.endswith("ies") and len(lowered) > 4:
        return verb[:-3] + "y"
    if lowered.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    if lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 2:
        return verb[:-1]
    return verb


def _yours(text: str) -> str:
    """Speak to the interviewer: "her team" -> "your team", "told him" -> "told you"."""

    def swap(match: re.Match[str]) -> str:
        word, following = match.group(1), match.group(2) or ""
        nxt = following.strip().casefold()
        if word in {"she", "he"}:
            return "you" + following
        if word == "his" or (word == "her" and nxt and nxt not in lexicon.FUNCTION_WORDS):
            return "your" + following
        return "you" + following

    return _HER.sub(swap, text)


def _act(verb: str, rest: str) -> Detail | None:
    """Something the interviewer did, as a phrase after "Thank you for"."""
    gerund = lexicon.GERUNDS.get(verb.casefold())
    if gerund is None or not rest:
        return None
    if verb.casefold() in lexicon.NEEDS_ME and not rest.casefold().startswith(lexicon.ME):
        return None
    return Detail("act", f"{gerund} {_yours(rest)}")


def _clause(text: str) -> Detail | None:
    """Read a clause about the interviewer ("She runs ..."), in the second person."""
    be = _PRONOUN_BE.match(text)
    if be:
        return Detail("fact", f"you're {_yours(be.group(3))}")
    third = _PRONOUN.match(text)
    if third:
        verb, rest = third.group(2), third.group(3)
        if act := _act(verb, rest.strip()):
            return act
        if third.group(1).casefold() != "they":
            verb = _second_person(verb)
        return _state(verb, rest.strip()) or Detail("fact", f"you {verb}{_yours(rest)}")
    we = _WE.match(text)
    if we:
        gerund = lexicon.GERUNDS.get(we.group(1).casefold())
        if gerund and we.group(2) and we.group(1).casefold() in lexicon.TOGETHER:
            rest = re.sub(r"\s+together$", "", we.group(2))
            return Detail("act", f"{gerund} {rest} with me")
        return Detail("fact", "we " + text[3:])
    return None


def _state(verb: str, rest: str) -> Detail | None:
    """Read "was very kind" as "being very kind"; other uses of "be" stay facts."""
    if verb.casefold() not in {"is", "was", "are", "were"} or not rest:
        return None
    first = rest.split(" ", 1)[0].casefold()
    if first in lexicon.MANNER:
        return Detail("act", f"being {_yours(rest)}")
    return None


def _bare_verb(text: str) -> Detail | None:
    """Read a detail written without a subject: "Runs the London office", "Told me ..."."""
    words = text.split(" ")
    adverb = ""
    if len(words) > 2 and words[0].casefold() in lexicon.ADVERBS:
        adverb, words = words[0].casefold() + " ", words[1:]
    verb, rest = words[0], " ".join(words[1:])
    if not rest:
        return None
    if not adverb and (act := _act(verb, rest)):
        return act
    if state := _state(verb, rest):
        return state
    if verb.casefold() in lexicon.VERBS or _past_tense(verb, rest):
        return Detail("fact", f"you {adverb}{_second_person(verb.casefold())} {_yours(rest)}")
    if not adverb and verb.casefold() in lexicon.ADJECTIVES:
        return Detail("fact", f"you're {verb.casefold()} {_yours(rest)}")
    return None


def _past_tense(verb: str, rest: str) -> bool:
    """Whether an unknown first word is a verb in the past tense ("Coached my team")."""
    following = rest.split(" ", 1)[0]
    return (
        len(verb) > 4
        and verb.casefold().endswith("ed")
        and following[:1].islower()
        and following not in lexicon.FINITE
        and following not in lexicon.GERUNDS
    )


def _phrase(text: str) -> Detail:
    """Read a noun phrase as a topic, and a phrase with a verb in it as a fact."""
    owner = _OWNER.match(text)
    if owner:
        text = "your " + text[owner.end() :]
    words = [w.casefold() for w in text.split()]
    finite = any(w in lexicon.FINITE or w in lexicon.GERUNDS for w in words[1:6])
    if text.casefold().startswith("you ") or finite:
        return Detail("fact", _yours(inline(text)))
    return Detail("topic", inline(text))


def read_detail(text: str) -> Detail | None:
    """Classify one sentence of a detail; None when there is nothing to use."""
    text = clip(text)
    if not text or all(w.casefold() in lexicon.EMPTY for w in text.split()):
        return None
    patterns = ((_SAID, "fact"), (_I_SAID, "mine"), (_TALKED, "topic"), (_I_ASKED, "topic"))
    for pattern, kind in patterns:
        match = pattern.match(text)
        if match:
            rest = text[match.end() :]
            return Detail(kind, _yours(inline(rest))) if rest else None
    asked_to = _ASKED_TO.match(text)
    if asked_to and asked_to.end() < len(text):
        return Detail("act", "asking me to " + _yours(text[asked_to.end() :]))
    asked = _ASKED.match(text)
    if asked:
        rest = text[asked.end() :]
        return Detail("asked", _yours(inline(rest))) if rest else None
    if _CLAUSE_START.match(text + " "):
        return Detail("mine", _yours(text))
    return _clause(text) or _bare_verb(text) or _phrase(text)


def split_details(text: str) -> list[str]:
    """Split a detail into sentences; a full stop after an abbreviation does not end one."""
    parts: list[str] = []
    for piece in re.split(r"(?<=[.!?;])\s+", text):
        if parts and lexicon.ABBREVIATION.search(parts[-1]):
            parts[-1] += " " + piece
        else:
            parts.append(piece)
    return parts


def usable_details(text: str) -> list[Detail]:
    """Return every sentence of a detail that can be worked into a note."""
    return [d for d in map(read_detail, split_details(text)) if d is not None]


def is_clause(text: str) -> bool:
    """Whether the reader wrote a clause ("I led ...", "the mission matters") or a phrase."""
    if _CLAUSE_START.match(text + " "):
        return True
    words = [w.casefold() for w in text.split()[:5]]
    return any(
        w in lexicon.STATEMENT and words[i - 1] not in lexicon.RELATIVE
        for i, w in enumerate(words)
        if i
    )


def first_person(text: str) -> str:
    """Add the "I" a reader left out: "Led the move" -> "I led the move"."""
    first = text.split(" ", 1)[0]
    if " " in text and first.casefold() in lexicon.OWN_VERBS:
        return "I " + first.casefold() + text[len(first) :]
    return text


def promised_thing(text: str) -> str:
    """Return what the reader promised to send, without a leading "send"."""
    text = inline(text)
    return re.sub(r"^(?:i(?:'ll| will)\s+)?(?:to\s+)?send(?:\s+you)?\s+", "", text, flags=re.I)
