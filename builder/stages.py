"""The next stage of the process, as the writer noted what the reader said of it.

"next step is a panel with the VP", "Next step: meet the district manager", "psych
screening next" and "the HM interview is next week on Thursday" each name a stage the
note can look ahead to; one typed with its day is set, the others only hoped for.
"""

from __future__ import annotations

import re

from builder import lexicon, phrases
from builder.phrases import Phrase

_STAGE = (
    r"(?:(?!(?:the|an?|is|said|told|next)\b)[\w-]+ ){0,3}"  # "final round", not "said the"
    r"(?:interview|round|panel|screening|screen|assessment|test|call|presentation|onsite|"
    r"on-site|visit|meeting|shift|case)"
)
_DAYS = "|".join(sorted(lexicon.DAYS))
_WHEN = (
    rf"(?:next week|this week|tomorrow|(?:on |next )?(?:{_DAYS}))"
    rf"(?: next week| on (?:{_DAYS}))?"
)
_NEXT_IS = re.compile(
    r"^(?:the )?next (?:step|stage|round) (?:is|will be|would be) (?P<stage>(?:an?|the) .+)$",
    re.I,
)
_STAGE_NEXT = re.compile(rf"^(?:(?P<det>the|an?) )?(?P<stage>{_STAGE})(?: is)? next$", re.I)
_STAGE_WHEN = re.compile(
    rf"^(?:(?P<det>the|an?) )?(?P<stage>{_STAGE}) (?:is|will be) (?P<when>{_WHEN})$", re.I
)
# A stage typed as what the writer will do: "meet the district manager".
_DOING = {
    "meet": "a meeting with", "interview": "an interview with", "present": "a presentation to",
    "talk": "a conversation with",
}
_DOING_WITH = re.compile(r"^(?P<verb>\w+)(?: (?:with|to))? (?P<whom>(?:the|an?|my|your) .+)$", re.I)
# Shorthand in a stage's name: "psych screening", "the HM interview".
_STAGE_WORDS = (
    (re.compile(r"\bpsych\b", re.I), "psychological"),
    (re.compile(r"\btech\b", re.I), "technical"),
    (re.compile(r"\bHM (interview|round|call)\b"), r"\1 with the hiring manager"),
)
NEXT_LABELS = frozenset({"next step", "next steps", "next stage", "next round", "next"})


def _named(stage: str, determiner: str | None) -> str:
    """The stage with its shorthand written out and an article: "the psychological screening"."""
    for shorthand, written in _STAGE_WORDS:
        stage = shorthand.sub(written, stage)
    return f"{(determiner or 'the').casefold()} {stage}"


_SAID = re.compile(r"^(?:(?:he|she|they) )?(?:said|mentioned|told me)(?: that)? ", re.I)
_WEEK_DAY = re.compile(rf"^next week on ({_DAYS})$", re.I)


def read_next_stage(text: str) -> Phrase | None:
    """The next stage a sentence of a detail names, or None."""
    text = _SAID.sub("", text.strip().rstrip(".!"))
    if found := _NEXT_IS.match(text):
        return Phrase(phrases.NEXT, (found["stage"],))
    if found := _STAGE_NEXT.match(text):
        return Phrase(phrases.NEXT, (_named(found["stage"], found["det"]),))
    if found := _STAGE_WHEN.match(text):
        when = _WEEK_DAY.sub(r"on \1 next week", found["when"])
        return Phrase(phrases.SET, (f"{_named(found['stage'], found['det'])} {when}",))
    return None


def labelled_stage(body: str) -> Phrase | None:
    """The stage under a "Next step:" label: a thing, or a meeting to be had."""
    body = body.strip().rstrip(".!")
    if stage := read_next_stage(body):
        return stage
    words = body.split()
    if words and words[0].casefold() in {"a", "an", "the"}:
        return Phrase(phrases.NEXT, (body,))
    doing = _DOING_WITH.match(body)
    if doing and doing["verb"].casefold() in _DOING:
        return Phrase(phrases.NEXT, (f"{_DOING[doing['verb'].casefold()]} {doing['whom']}",))
    if re.fullmatch(_STAGE, body, re.I):
        return Phrase(phrases.NEXT, (_named(body, None),))
    return None
