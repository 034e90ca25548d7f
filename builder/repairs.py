"""Small repairs to a typed clause, the words notes leave out: "for", "by", "a"."""

from __future__ import annotations

import re

from builder import lexicon

_MISSING_FOR = re.compile(r"(?<=[a-z] )(?=\d+\+?\s+(?:years|months|weeks)\b(?!\s+ago\b))")
_MISSING_BY = re.compile(
    r"\b(" + "|".join(lexicon.CHANGE_VERBS) + r")\b((?:\s+[\w-]+){1,4}?)\s+"
    r"(?=\d+(?:\.\d+)?(?:%|\s+(?:points|pts)\b))",
    re.IGNORECASE,
)
_BARE_MEASURE = re.compile(
    r"\b(" + "|".join(lexicon.CHANGE_VERBS) + r")\s+(?!the\b|my\b|our\b|a\b|an\b|their\b)"
    r"(?=(?:[a-z]+\s+){1,2}(?:rate|time|cost|costs|score|turnover)\b)",
    re.IGNORECASE,
)
_POINTS = re.compile(r"(?<=\d )pts\b")
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
    if _MISSING_BY.search(text):  # "raised ... 22 pts": points of a change, not patients
        text = _POINTS.sub("points", text)
    return _MISSING_BY.sub(
        lambda m: m.group(0) if re.search(r"\b(?:by|from|to)$", m.group(2)) else m.group(0) + "by ",
        text,
    )


def with_article(text: str) -> str:
    """Add "a" before an amount that names a thing: "I managed $3M portfolio" -> "a $3M"."""
    return _BARE_AMOUNT.sub(r"\1a ", text)


_BARE_ROLE = re.compile(
    r"\b(toward|towards|into|to become|to be)\s+(?!a\b|an\b|the\b|my\b)"
    r"((?:[a-z]+\s+){0,2}(?:" + "|".join(sorted(lexicon.HEAD_ROLES)) + r"))\b(?!\s+\w)",
    re.IGNORECASE,
)


def with_role_article(text: str) -> str:
    """Add "a" and "role" to a job grown toward.

    "grow toward hotel manager" -> "grow toward a hotel manager role".
    """
    def said(match: re.Match[str]) -> str:
        role = match.group(2)
        if match.group(1).casefold() in {"toward", "towards", "into"}:
            return f"{match.group(1)} a {role} role"
        return f"{match.group(1)} a {role}"
    return _BARE_ROLE.sub(said, text)
