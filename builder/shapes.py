"""The shape of a piece of typed text: its ends, its first word, whether it is a clause."""

# ruff: noqa: RUF001 - typed text holds curly apostrophes

from __future__ import annotations

from builder import lexicon
from builder.cleaning import is_proper_noun
from builder.understand import clause_verb


def clip(text: str) -> str:
    """Typed text without the spaces and punctuation around it."""
    return text.strip().rstrip(" .,;:!?").strip()


def is_clause(words: list[str]) -> bool:
    """Whether words make a clause: a subject pronoun first, or a verb after the start."""
    if not words:
        return False
    if words[0].casefold() in lexicon.SUBJECT_PRONOUNS | {"i'm", "i’m", "i've", "i’ve"}:
        return True
    return clause_verb(words) is not None or any(
        w.casefold() in lexicon.STATEMENT_VERBS for w in words[1:]
    )


def lower_first(text: str) -> str:
    """Lower-case an ordinary first word: "Strong communicator" -> "strong communicator"."""
    words = text.split(" ")
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    if first[:1].isupper() and first[1:].islower() and first.casefold() not in (
        lexicon.MONTHS | lexicon.DAYS | set(lexicon.PROPER_FORMS)
    ) and first != "I" and not second[:1].isupper() and not is_proper_noun(first):
        return first.lower() + text[len(first) :]
    return text


def lower_pronoun(clause: str) -> str:
    """Lower-case a clause's first word unless it is "I" or a name."""
    first = clause.split(" ", 1)[0]
    if first.casefold() in lexicon.SUBJECT_PRONOUNS - {"i"} | lexicon.DETERMINERS | (
        lexicon.EVERYONE
    ):
        return first.lower() + clause[len(first) :]
    return clause
