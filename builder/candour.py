"""Candour the writer noted in a detail, which a note thanks the reader for: its topic.

"busy season hours, honestly", "told me honestly about the hours around budget time",
"tasting - my halibut was overcooked, he was honest about it": each is thanks for being
candid about a topic, even one a note otherwise leaves out (hours, a dish that went wrong).
"""

from __future__ import annotations

import re

from builder.cleaning import tidy
from builder.person import to_reader
from builder.vetting import candid_topic

_HONESTLY = r"(?:honestly|frankly|candidly|openly|plainly|straight)"
_HONEST = r"(?:honest|candid|frank|open|upfront|straight)"
_DEGREE = r"(?:(?:very|really|pretty|super|so|quite)\s+)?"
_PATTERNS = (
    # "told me honestly about the hours around budget time"
    re.compile(
        rf"\b(?:told me|talked|spoke)\s+{_DEGREE}{_HONESTLY}\s+about\s+(?P<topic>[^.;!?]+)", re.I
    ),
    # "busy season hours, honestly."
    re.compile(
        rf"(?:^|[.;!?]\s+)(?P<topic>[^.;!?,]+),\s*{_DEGREE}{_HONESTLY}\s*(?:[.;!?]|$)", re.I
    ),
    # "he was honest that Q4 is brutal": candid about the subject of what they said
    re.compile(
        rf"\b(?:was|were)\s+{_DEGREE}{_HONEST}\s+(?:with me\s+)?that\s+"
        rf"(?P<topic>[\w' -]+?)\s+(?:is|are|was|were|gets|get|can be)\b",
        re.I,
    ),
    # "tasting - my halibut was overcooked, he was honest about it"
    re.compile(
        rf"(?:^|[.;!?]\s+)(?P<label>[^\W\d][\w ]{{1,24}}?)\s+[-\u2013\u2014:]\s+[^.;!?]*?"
        rf"\b(?:he|she|they)\s+(?:was|were)\s+{_DEGREE}{_HONEST}\s+(?:with me\s+)?about\s+it\b",
        re.I,
    ),
)


# Hard news about the reader's own people or place, which they told plainly: its topic.
# "her nurses are burned out" -> "burnout among your nurses"; "their store is short 2
# techs" -> "staffing at your store". Readers failed notes that left such news out.
_OWNER = r"(?P<owner>her|his|their|the)"
_HARD_NEWS = (
    (re.compile(
        rf"\b{_OWNER} (?P<who>[a-z]+(?: [a-z]+)?) (?:are|were) {_DEGREE}(?:burned|burnt) out\b",
        re.I,
    ), "burnout among {owner} {who}"),
    (re.compile(
        rf"\b{_OWNER} (?P<who>store|unit|team|branch|clinic|ward|department|office|shop) "
        r"(?:is|was) (?:short|understaffed|short-staffed)\b", re.I,
    ), "staffing at {owner} {who}"),
)


def candid_topic_of(text: str, *, company: str, names: tuple[str, ...]) -> str | None:
    """What the reader was candid about, as a noun phrase, or None when the detail names none."""
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        found = match.groupdict()
        typed = found.get("topic") or f"the {found['label'].strip().casefold()}"
        if topic := candid_topic(to_reader(tidy(typed), company=company, names=names)):
            return topic
    for pattern, template in _HARD_NEWS:
        if match := pattern.search(text):
            found = match.groupdict()
            typed = template.format_map({**found, "owner": (found.get("owner") or "").casefold()})
            if topic := candid_topic(to_reader(typed, company=company, names=names)):
                return topic
    return None
