"""The practical terms of a job a reader went over, when a detail names nothing else.

"HR. benefits, hybrid 3 days" and "scheduling, 12s, every 3rd weekend" are notes of what
was covered, too terse and too close to pay and hours to repeat; a note thanks the reader
for going over "the benefits and the working arrangements" or "the schedule" instead.
"""

from __future__ import annotations

import re

from builder import phrases
from builder.phrases import Phrase

# Each term of the job, by the words that name it, in the order a note lists them.
_TERMS = tuple((re.compile(pattern, re.I), term) for pattern, term in (
    (r"\b(?:contract|assignment)\b", "the contract"),
    (r"\bmission length\b", "the mission length"),
    (r"\bfunding\b", "the funding"),
    (r"\bstart-?up package\b", "the startup package"),
    (r"\blab space\b", "the lab space"),
    (r"\bschedul\w*|\bshifts?\b|\brota\b|\b12s\b|\brotating\b|\bweekends?\b", "the schedule"),
    (r"\bbenefits?\b|\bPTO\b|\b401k\b", "the benefits"),
    (r"\bhybrid\b|\bremote\b|\bWFH\b|\bin[- ]office\b", "the working arrangements"),
    (r"\btravel\b", "the travel"),
    (r"\brelocat\w*", "the relocation"),
    (r"\bvisas?\b|\bsponsorship\b|\bBlue Card\b", "the visa sponsorship"),
    (r"\bstart date\b", "the start date"),
    (r"\btimeline\b|\bnext steps?\b|\brounds? left\b", "the next steps"),
))
# A contract with its length and place, which tell it from any other.
_CONTRACT = re.compile(
    r"(?:\b(?P<length>\d+-(?:week|month|year)) )?\b(?P<noun>contract|assignment)\b"
    r"(?: (?P<place>in [A-Z][\w.-]+(?: [A-Z][\w.-]+)?))?"
)
# A question put to the writer, or a term they turned down, is not a term gone over.
_NOT_GONE_OVER = re.compile(r"^\W*(?:(?:he|she|they)\s+)?asked\b|\bnot\b|n['\u2019]t\b", re.I)
MAX_TERMS = 2
# Terms a reader explains, which a note thanks them for going over, never "enjoyed".
_EXPLAINED = re.compile(r"\bvisas?\b|\bsponsorship\b|\brelocat\w*|\blogistics\b", re.I)
MAX_TERM_WORDS = 4  # "the relocation to Normal" is a term; "relocation to the new Seattle
# office" is more


def read_logistics(text: str) -> Phrase | None:
    """Thanks for going over the terms a detail names, or None when it names none."""
    if _NOT_GONE_OVER.search(text):
        return None
    found = sorted(
        (match.start(), term) for pattern, term in _TERMS if (match := pattern.search(text))
    )
    terms = [term for _, term in found][:MAX_TERMS]
    if not terms:
        return None
    if contract := _CONTRACT.search(text):  # "the 13-week contract in Phoenix", not any contract
        terms[terms.index("the contract")] = " ".join(
            w for w in ("the", contract["length"], contract["noun"], contract["place"]) if w
        )
    return Phrase(phrases.ACT, (f"going over {' and '.join(terms)} with me",))


def names_terms(text: str) -> bool:
    """Whether text names a term of the job: "the hybrid is 2 days in Cardiff"."""
    return any(pattern.search(text) for pattern, _ in _TERMS)


def is_term(phrase: Phrase) -> bool:
    """Whether a topic only names a term a reader explains: "visa sponsorship", "logistics".

    Readers failed "I enjoyed our exchange about visa sponsorship" and "... about summer
    program logistics"; they were gone over.
    """
    pieces = phrase.text.split(" and ")  # "logistics and the relocation to Normal"
    return phrase.kind == phrases.TOPIC and all(
        len(piece.split()) <= MAX_TERM_WORDS and _EXPLAINED.search(piece) for piece in pieces
    )


def gone_over(topic: Phrase) -> Phrase:
    """Thanks for going over a term a topic names: "going over the summer program logistics"."""
    text = topic.text if topic.text.startswith("the ") else f"the {topic.text}"
    return Phrase(phrases.ACT, (f"going over {text} with me",))
