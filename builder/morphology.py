"""Verb forms (the base, "-ing", the past, the third person) and the number of a noun phrase."""

from __future__ import annotations

from builder import lexicon

_VOWELS = frozenset("aeiou")


def is_past(word: str) -> bool:
    """Whether ``word`` is a past tense: a known irregular one, or a regular "-ed" form."""
    lowered = word.casefold()
    if lowered in lexicon.IRREGULAR_PAST:
        return True
    return (
        len(lowered) > 3 and lowered.endswith("ed") and not lowered.endswith("eed")
        and lowered not in lexicon.NOT_PAST
    )


def is_third_person(word: str) -> bool:
    """Whether ``word`` looks like a present tense after he, she or it ("runs", "has")."""
    lowered = word.casefold()
    if lowered in lexicon.THIRD_PERSON_IRREGULAR:
        return True
    return (
        (lowered.endswith("s") and lowered[:-1] in lexicon.VERB_BASES)
        or (lowered.endswith("es") and lowered[:-2] in lexicon.VERB_BASES)
        or (lowered.endswith("ies") and lowered[:-3] + "y" in lexicon.VERB_BASES)
    )


def base(word: str) -> str:
    """Return the base form of a past or third-person verb: "walked" -> "walk"."""
    lowered = word.casefold()
    if lowered in lexicon.IRREGULAR_PAST:
        return lexicon.IRREGULAR_PAST[lowered]
    if lowered in lexicon.THIRD_PERSON_IRREGULAR:
        return lexicon.THIRD_PERSON_IRREGULAR[lowered]
    if lowered.endswith("ied") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith("ed"):
        return _regular_stem(lowered[:-2])
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return lowered[:-2]
    if lowered.endswith("s") and not lowered.endswith("ss"):
        return lowered[:-1]
    return lowered


def base_of_gerund(word: str) -> str | None:
    """Return the base of a known verb's "-ing" form ("building" -> "build"), else None."""
    lowered = word.casefold()
    if not lowered.endswith("ing") or len(lowered) < 5:
        return None
    stem = _regular_stem(lowered[:-3])
    return stem if stem in lexicon.VERB_BASES else None


def bare(gerund_phrase: str) -> str:
    """Return a gerund phrase in its base form: "telling you about X" -> "tell you about X"."""
    first, _, rest = gerund_phrase.partition(" ")
    return f"{base_of_gerund(first) or first} {rest}".strip()


def _regular_stem(stem: str) -> str:
    """Undo the spelling changes of "-ed": "stopp" -> "stop", "siz" -> "size"."""
    if stem in lexicon.VERB_BASES:
        return stem
    if stem + "e" in lexicon.VERB_BASES:
        return stem + "e"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-2:] not in ("ll", "ss", "ff", "zz"):
        return stem[:-1]
    if _needs_e(stem):
        return stem + "e"
    return stem


def _needs_e(stem: str) -> bool:
    """Whether a regular stem lost a silent "e" ("shar" from "shared", "creat")."""
    if stem.endswith(lexicon.E_ENDINGS):
        return True
    if len(stem) < 3 or stem.endswith(lexicon.NO_E_ENDINGS):
        return False
    last, before, earlier = stem[-1], stem[-2], stem[-3]
    return last not in _VOWELS and last not in "wxy" and before in _VOWELS and (
        earlier not in _VOWELS
    )


def gerund(word: str) -> str:
    """Return the "-ing" form of a verb in any form: "showed" -> "showing"."""
    verb = base(word) if (is_past(word) or is_third_person(word)) else word.casefold()
    if verb in lexicon.GERUND_IRREGULAR:
        return lexicon.GERUND_IRREGULAR[verb]
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _doubles(verb: str) -> bool:
    """Whether a short verb doubles its last letter: "stop" -> "stopping"."""
    if verb in lexicon.DOUBLING:
        return True
    return (
        len(verb) == 3
        and verb[-1] not in _VOWELS
        and verb[-1] not in "wxy"
        and verb[-2] in _VOWELS
        and verb[0] not in _VOWELS
    )


def past(verb: str) -> str:
    """Return the past tense of a base verb: "leave" -> "left", "look" -> "looked"."""
    if verb in lexicon.PAST_OF:
        return lexicon.PAST_OF[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def third_person(verb: str) -> str:
    """Return the present tense after he, she or it: "look" -> "looks", "do" -> "does"."""
    if verb in lexicon.THIRD_OF:
        return lexicon.THIRD_OF[verb]
    if verb.endswith(("ch", "sh", "ss", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"



_PLURAL_COUNTS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "both",
    "few", "many", "these", "those",
})


def is_plural_phrase(noun_phrase: str) -> bool:
    """Whether a noun phrase takes "are": "the gold standards", "the culture and the food"."""
    words = noun_phrase.casefold().split()
    ends = next(
        (i for i, w in enumerate(words) if i and w in lexicon.PREPOSITIONS | {"that", "who"} | (
            lexicon.SUBJECT_PRONOUNS
        )),
        len(words),
    )
    # "and" joins two heads ("the culture and the food"), not two verbs after "to"
    if "and" in words[:ends] or (words and words[0] in _PLURAL_COUNTS):
        return True
    head = words[ends - 1] if ends else ""
    if head in {"people", "children", "men", "women"}:
        return True
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "\u2019s"))
