"""American spelling of the words the engine writes itself, which it writes in British.

A few British words go too: "keen on the role" is "excited about the role".

Only the engine's own wording passes through here (frames, sign-offs, advice), never what
the reader typed: "Harbour Energy" stays as its owners spell it. The change goes one way
only: American to British is not a word swap ("practice" is a British noun as well).
"""

from __future__ import annotations

import re

# British and American spellings of the same word, where the spelling is the only
# difference. Each stem takes the endings listed with it.
_STEMS = (
    ("apologis", "apologiz", ("e", "ed", "es", "ing")),
    ("organis", "organiz", ("e", "ed", "es", "ing", "er", "ers", "ation", "ations")),
    ("realis", "realiz", ("e", "ed", "es", "ing")),
    ("recognis", "recogniz", ("e", "ed", "es", "ing")),
    ("emphasis", "emphasiz", ("e", "ed", "es", "ing")),
    ("summaris", "summariz", ("e", "ed", "es", "ing")),
    ("prioritis", "prioritiz", ("e", "ed", "es", "ing")),
    ("specialis", "specializ", ("e", "ed", "es", "ing")),
    ("personalis", "personaliz", ("e", "ed", "es", "ing")),
    ("analys", "analyz", ("e", "ed", "es", "ing")),
    ("candour", "candor", ("",)),
    ("colour", "color", ("", "s", "ful")),
    ("favour", "favor", ("", "s", "ite", "able")),
    ("honour", "honor", ("", "s", "ed")),
    ("behaviour", "behavior", ("", "s", "al")),
    ("endeavour", "endeavor", ("", "s")),
    ("humour", "humor", ("",)),
    ("labour", "labor", ("",)),
    ("neighbour", "neighbor", ("", "s", "hood")),
    ("centre", "center", ("", "s", "d")),
    ("theatre", "theater", ("", "s")),
    ("programme", "program", ("", "s")),
    ("catalogue", "catalog", ("", "s")),
    ("travell", "travel", ("ed", "ing", "er", "ers")),
    ("cancell", "cancel", ("ed", "ing")),
    ("modell", "model", ("ed", "ing")),
    ("judgement", "judgment", ("", "s")),
    ("licence", "license", ("",)),
    ("practise", "practice", ("",)),
    ("yours sincerely", "sincerely", ("",)),
    # Words, not spellings: American readers hear "keen" as British.
    ("very keen on", "very interested in", ("",)),  # not "very excited": readers found it gushing
    ("keen on", "excited about", ("",)),
    ("keen to", "eager to", ("",)),
)
AMERICAN = {
    british + ending: american + ending
    for british, american, endings in _STEMS
    for ending in endings
}
_BRITISH_WORD = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted(AMERICAN, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _same_case(typed: str, word: str) -> str:
    """``word`` with the capitals of ``typed``: all capitals, a first capital, or none."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def spell(text: str, english: str) -> str:
    """The engine's ``text`` in ``"uk"`` or ``"us"`` spelling, keeping each word's capitals."""
    if english != "us":
        return text
    return _BRITISH_WORD.sub(lambda m: _same_case(m.group(0), AMERICAN[m.group(0).lower()]), text)
