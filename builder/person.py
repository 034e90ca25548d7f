"""Speak to the reader: the interviewer's he, she and they become you, with verbs to match."""

# ruff: noqa: RUF001 - readers type curly apostrophes, so patterns match them

from __future__ import annotations

import re
from dataclasses import dataclass

from builder import lexicon, morphology

_NEGATIVES = {"isn't": "aren't", "wasn't": "weren't", "doesn't": "don't", "hasn't": "haven't"}
_SPLIT = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.DOTALL)
_CONTRACTED = re.compile(r"^(she|he|they|it)(['’])(s|re|ve|d|ll)$", re.IGNORECASE)


@dataclass
class _Word:
    """A word with the punctuation around it, kept apart so the word can change."""

    before: str
    core: str
    after: str

    @property
    def text(self) -> str:
        return f"{self.before}{self.core}{self.after}"

    @property
    def lower(self) -> str:
        return self.core.casefold()


def _words(text: str) -> list[_Word]:
    found = []
    for token in text.split():
        match = _SPLIT.match(token)
        before, core, after = match.groups() if match else ("", token, "")
        found.append(_Word(before, core, after))
    return found


def _agree(words: list[_Word], start: int) -> None:
    """Make the verb after a new "you" agree: "runs" -> "run", "was" -> "were"."""
    for word in words[start:]:
        if word.lower in lexicon.SHIFT_ADVERBS:
            continue
        if word.lower in {"is", "was"}:
            word.core = {"is": "are", "was": "were"}[word.lower]
        elif word.lower.replace("’", "'") in _NEGATIVES:
            word.core = _NEGATIVES[word.lower.replace("’", "'")]
        elif morphology.is_third_person(word.core) and not morphology.is_past(word.core):
            word.core = morphology.base(word.core)
        elif _looks_like_verb_s(word.lower):
            word.core = word.core[:-1]
        return


def _after_plural(words: list[_Word], index: int) -> bool:
    """Whether "they" more likely means a plural thing just named: "pipelines ... they"."""
    for word in words[max(0, index - lexicon.PLURAL_REACH) : index]:
        lower = word.lower
        if (
            len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
            and lower not in lexicon.NOT_PLURAL and not morphology.is_third_person(lower)
        ):
            return True
    return False


def _looks_like_verb_s(word: str) -> bool:
    """Whether an unknown word after "she" is a verb with its "s": "she precepts"."""
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ys"))
        and word.isalpha() and word not in lexicon.PREPOSITIONS
    )


def _possessive(following: _Word | None) -> bool:
    """Whether "her" before ``following`` owns it ("her team") rather than receives."""
    if following is None or following.before:
        return False
    return following.lower not in lexicon.PREPOSITIONS | lexicon.CONJUNCTIONS | {
        "that", "the", "a", "an", "how", "what", "why", "when", "if", "who", "again", "too",
        "back", "know", "feel", "to",
    }


def _shift_contraction(word: _Word, following: _Word | None) -> bool:
    match = _CONTRACTED.match(word.core)
    if not match or match.group(1).casefold() == "it":
        return False
    pronoun, mark, ending = match.groups()
    if ending.casefold() == "s":
        perfect = following is not None and (
            following.lower in lexicon.PARTICIPLES or morphology.is_past(following.core)
            or following.lower in lexicon.IRREGULAR_PAST
        )
        ending = "ve" if perfect else "re"
    word.core = ("You" if pronoun[0].isupper() else "you") + mark + ending
    return True


def to_reader(text: str, *, company: str, names: tuple[str, ...] = ()) -> str:
    """Rewrite ``text`` about the interviewer so that it speaks to them.

    ``names`` are the interviewer's own names ("Priya", "Priya Natarajan"): "Priya's
    team" becomes "your team", and "Priya" at the start of a clause becomes "you".
    """
    words = _words(text)
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        capital = word.core[:1].isupper() and index == 0
        lower = word.lower
        if _shift_contraction(word, following):
            continue
        if lower in {"they", "them", "their"} and _after_plural(words, index):
            continue
        if lower in {"she", "he", "they"} or (lower in {n.casefold() for n in names} and (
            index == 0 or words[index - 1].after.endswith((",", ".", ";"))
        ) and following is not None and _is_verbish(following)):
            word.core = "You" if capital else "you"
            if lower != "they":
                _agree(words, index + 1)
        elif lower in {"him", "them"}:
            word.core = "you"
        elif lower == "her":
            word.core = "your" if _possessive(following) and not word.after else "you"
        elif lower in {"his", "their"}:
            word.core = "Your" if capital else "your"
        elif lower in {"hers", "theirs"}:
            word.core = "yours"
        elif lower in {"himself", "herself", "themselves", "themself"}:
            word.core = "yourself"
        elif lower in {n.casefold() + "'s" for n in names} | {n.casefold() + "’s" for n in names}:
            word.core = "Your" if capital else "your"
        elif company and index and (
            lower == "here"
            or (lower == "there" and words[index - 1].lower in (
                lexicon.MOTION | {"been", "worked", "work", "works", "working", "started"}
            ))
            or (lower == "there" and (following is None or following.lower in _AFTER_PLACE))
        ):
            previous = words[index - 1].lower
            word.core = ("to " if previous in lexicon.MOTION else "at ") + company
    return " ".join(w.text for w in words)


# Words after a "there" that is a place, not "there is": "an LVN there in 1998".
_AFTER_PLACE = frozenset({"in", "for", "since", "now", "today", "before"})


def _is_verbish(word: _Word) -> bool:
    """Whether a word can be the verb after a name used as a subject."""
    return (
        morphology.is_past(word.core)
        or morphology.is_third_person(word.core)
        or word.lower in lexicon.SHIFT_ADVERBS
        or word.lower in {"'s", "is", "was", "has"}
    )
