"""How a detail is told: which one a one-line note keeps, in words and frames that suit it."""

from __future__ import annotations

import re

from builder import lexicon, morphology, phrases, wording
from builder.logistics import names_terms
from builder.phrases import Phrase
from builder.understand import is_thin
from builder.vetting import is_shared_loss

MINE = re.compile(r"\b(?:I|my|I'[a-z]+|I\u2019[a-z]+)\b")  # the candidate's own story
_CHEERFUL = re.compile(
    r"enjoy|glad|pleas|great|good to|fun|liked|nice|surprise|useful|helpful|interest|"
    r"appreciated hearing",
    re.IGNORECASE,
)
_SOMBRE = re.compile(r"sobering|so open", re.IGNORECASE)


def _is_grave(phrase: Phrase) -> bool:
    """Whether a detail touches war, loss or punishment, which no note is glad about."""
    named = _NAMED_BODY.sub("", phrase.text)  # "the Pandemic Prevention Institute" is no pandemic
    words = set(re.findall(r"[\w-]+", _WAR_STORIES.sub("", named.casefold())))
    return bool(words & lexicon.GRAVE_WORDS) or bool(_LOSING.search(phrase.text)) or (
        is_shared_loss(phrase)
    )


_BODIES = "|".join(sorted(word.title() for word in lexicon.INSTITUTION_ENDINGS))
_NAMED_BODY = re.compile(rf"\b(?:[A-Z][\w-]*\s+)+(?:{_BODIES})\b")
_WAR_STORIES = re.compile(r"\bwar stor(?:y|ies)\b")  # "pen testing war stories" are no war


_LOSING = re.compile(
    r"\bbeing (?:cut|reduced|closed|scrapped|slashed)\b|\b(?:dropped|fell|declined) (?:to|by)\b",
    re.I,
)


def _tells_more(phrase: Phrase) -> bool:
    """Whether a detail says what happened, and stands without the topic typed before it."""
    last = phrase.text.rsplit(" ", 1)[-1].casefold()
    return phrase.kind != phrases.TOPIC and last not in lexicon.LEANING_WORDS


def chosen(details: list[Phrase], limit: int) -> list[Phrase]:
    """The details a note of ``limit`` detail lines tells, in order.

    With one line only, what happened beats a topic's bare name: "your plans to hire two
    more supervisors before November" rather than "peak season staffing". The writer's own
    story is told after another line only as what they told ("telling you about my MSc
    fieldwork"), and a fact about the reader's team ("the crew is tight knit") only when it
    is news, not the job's terms or place; both give way to the next stage when lines run out.
    """
    # After another line, what the writer explained is a stilted recap, a term of the job
    # ("the hybrid is 2 days in Cardiff") reads as a list of perks, and a second thing in
    # common as a list of coincidences; a question they asked is thanked for as a question
    # (``frames_for``).
    kept = [d for n, d in enumerate(details) if not n or (
        d.kind != phrases.MINE
        and not (d.kind == phrases.FACT and (names_terms(d.text) or _WHERE.search(d.text)))
        and not (d.kind == details[n - 1].kind == phrases.COMMON)
    )]
    for kind in (phrases.TOLD, phrases.FACT):  # the first to give way when lines run out
        while len(kept) > limit and (later := [d for d in kept[1:] if d.kind == kind]):
            kept.remove(later[-1])
    kept = kept[:limit]
    first = kept[0] if kept else None
    if limit == 1 and first and first.kind == phrases.TOPIC and (
        len(first.text.split()) <= lexicon.MAX_BARE_TOPIC_WORDS
    ):
        kept = [next((d for d in details if _tells_more(d)), first)]
    return kept


# Where the job is: "the branch is off Route 9", "the office is near the station".
_WHERE = re.compile(r"\b(?:is|are)\s+(?:off|near|in|on|by|next to|located)\b", re.I)


def wanted_work(phrase: Phrase) -> Phrase | None:
    """The work a wanted person would do, as a topic: "the person to rebuild the model".

    "rebuilding the model" was talked about; who is wanted for it is not told (see
    ``is_wanted_person``). None when the person is wanted for what they are.
    """
    found = _TO_DO.match(phrase.text) if is_wanted_person(phrase) else None
    if found is None or not {found[1], found[1].removeprefix("re")} & lexicon.VERB_BASES:
        return None
    return Phrase(phrases.TOPIC, (f"{morphology.gerund(found[1])} {found[2]}",))


def is_wanted_person(phrase: Phrase) -> bool:
    """Whether a detail only says whom the job needs: "someone who can write CAPAs that close".

    Told to someone who can still hire the writer, readers failed it in every frame: told
    back ("I appreciated knowing that you need ..."), hoped for ("I hope I can be ...") or
    as a spur ("Hearing that you need ... made me all the more keen").
    """
    return phrase.kind == phrases.NEED and bool(_TO_BE.match(phrase.text))


def frames_for(phrase: Phrase, *, later: bool = False) -> tuple[str, ...]:
    """The frames that can tell ``phrase``; ``later`` when another detail came before it.

    None is glad of a grave topic or calls it useful, only a grave one is sorry, and a
    clause or a "with" phrase is not followed by "with me".
    """
    frames = wording.DETAILS[phrase.kind]
    if later and phrase.kind == phrases.ASKED:  # not a recap: "I also appreciated your question"
        frames = wording.LATER_QUESTIONS
    if phrase.kind == phrases.TOPIC and _THEIR_STORY.match(phrase.text):
        frames = wording.STORIES  # "how you started as an LVN": heard, not discussed
    if is_thin(phrase):  # "It was good to discuss water." says nothing; a conversation does
        frames = wording.THIN_TOPICS
    grave = _is_grave(phrase)
    if phrase.kind == phrases.ASKED and (grave or phrase.text.startswith("a time ")):
        frames = wording.QUESTIONS_ABOUT
    if phrase.kind == phrases.TOPIC and grave and not is_thin(phrase):
        frames = wording.GRAVE_TOPICS
    if phrase.kind == phrases.TOLD and (grave or phrase.text.startswith("walking you")):
        frames = wording.GRAVE_TOLD  # not "I enjoyed walking you through the sepsis case"
    if phrase.kind == phrases.COMMON and grave:
        frames = wording.GRAVE_COMMON
    frames = tuple(f for f in frames if not (_CHEERFUL if grave else _SOMBRE).search(f))
    if _CLAUSE.search(phrase.text) or " with " in phrase.text:  # "... with a preceptor with me"
        frames = tuple(f for f in frames if not f.endswith(("with me.", "with you.")))
    if phrase.kind == phrases.EVENT and _TAKEN_ALONE.search(phrase.text):  # "the typing test"
        frames = wording.DETAILS["tests"]
    if len(phrase.text.split()) > _LONG_BEFORE_WITH:  # not "... the Indian market with you."
        frames = tuple(f for f in frames if not f.endswith(("with you.", "with me."))) or frames
    if "," in phrase.text:  # not "the mock call, where you played a CFO a useful exercise"
        frames = tuple(f for f in frames if f.endswith("{x}.")) or frames
    if phrase.kind == phrases.ASKED and _SEVERAL_ASKED.search(phrase.text):  # a reader failed
        # "your question about customer service and relocating to Atlanta" as two in one
        frames = tuple(f.replace("question about", "questions about") for f in frames)
    return frames


_TO_BE = re.compile(
    r"^(?:someone|the person|an? [a-z]+) (?:who(?:['\u2019]s| has| will| can| could)|to)\b"
)
_TO_DO = re.compile(r"^(?:someone|the person|an? [a-z]+) to ([a-z]+) (.+)$")
_THEIR_STORY = re.compile(r"how you (?:started|joined|came|moved|switched|went|got)\b")
_LONG_BEFORE_WITH = 6  # words a phrase may have before a trailing "with you"
_SEVERAL_ASKED = re.compile(  # "my sales numbers and how I coach", not "scoring and fairness"
    r"^(?!(?:how|what|why|whether|where|when|which|who)\b).*(?:,| and) "
    r"(?:my|the|a|an|your|how|what|whether|why|where|when|which|\w+ing)\b"
)
_TAKEN_ALONE = re.compile(r"\b(?:test|tests|quiz|assessment)\b")
_CLAUSE = re.compile(r"\b(?:what|how|whether|why|where|when)\b")


def first_mention(phrase: Phrase, company: str) -> Phrase:
    """The detail told just after the opener, which names the company, says it once.

    "been at X" is "been there"; "working at X" keeps the name ("what it's like working
    there" reads as somewhere else to a reader who works there); what is hard at X is hard
    in the job; elsewhere "at X" goes:
    "you started as an LVN at X in 1998" -> "you started as an LVN in 1998".
    """
    if not company:
        return phrase
    there = re.compile(rf"(\w+)?(\s*)\bat {re.escape(company)}(?![\w'\u2019])")

    def said_once(match: re.Match[str]) -> str:
        before = (match.group(1) or "").casefold()
        if before in _BEEN:
            return f"{match.group(1)}{match.group(2)}there"
        if before in _WORKING:
            return match.group(0)
        if before in _HARD:  # "what's hard at Google" -> "what's hard in the job"
            return f"{match.group(1)} in the job"
        return match.group(1) or ""

    parts = tuple(re.sub(r"\s{2,}", " ", there.sub(said_once, p)).strip() for p in phrase.parts)
    return Phrase(phrase.kind, parts, phrase.tail)


_BEEN = frozenset({"been", "was", "were", "is", "are", "stay", "stayed", "staying", "years"}) | (
    lexicon.MOTION
)
_WORKING = frozenset({"work", "works", "worked", "working", "job", "jobs", "career"})
_HARD = frozenset({"hard", "difficult", "tough", "challenging", "tricky"})
