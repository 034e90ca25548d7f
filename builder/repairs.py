"""Small repairs to a typed clause, the words notes leave out: "for", "by", "a"."""

from __future__ import annotations

import re

from builder import lexicon

_MISSING_FOR = re.compile(r"(?<=[a-z] )(?=\d+\+?\s+(?:years|months|weeks)\b(?!\s+ago\b))")
_MISSING_BY = re.compile(
    r"\b(" + "|".join(lexicon.CHANGE_VERBS) + r")\b((?:\s+[\w-]+){1,3}?)\s+(?=\d+(?:\.\d+)?%)",
    re.IGNORECASE,
)
_BARE_MEASURE = re.compile(
    r"\b(" + "|".join(lexicon.CHANGE_VERBS) + r")\s+(?!the\b|my\b|our\b|a\b|an\b|their\b)"
    r"(?=[a-z]+\s+(?:rate|time|cost|costs|score|turnover)\b)",
    re.IGNORECASE,
)
_BARE_AMOUNT = re.compile(r"^(I\s+[a-z]+\s+)(?=\$\d[\w.,]*\s+\S)")


def with_for(text: str) -> str:
    """Add the "for" of a length of time: "doing hospice 22 years" -> "... for 22 years"."""
    match = _MISSING_FOR.search(text)
    if not match:
        return text
    before = text[: match.start()].split()
    if before and before[-1].casefold() in lexicon.PREPOSITIONS | {"last", "past", "next"}:
        return text
    return text[: match.start()] + "for " + text[match.start() :]


def with_by(text: str) -> str:
    """Add the "by" of a change, and "the" before what changed.

    "cut complaint rate 30%" -> "cut the complaint rate by 30%".
    """
    text = _BARE_MEASURE.sub(r"\1 the ", text)
    return _MISSING_BY.sub(
        lambda m: m.group(0) if re.search(r"\b(?:by|from|to)$", m.group(2)) else m.group(0) + "by ",
        text,
    )


def with_article(text: str) -> str:
    """Add "a" before an amount that names a thing: "I managed $3M portfolio" -> "a $3M"."""
    return _BARE_AMOUNT.sub(r"\1a ", text)
