"""Vet a typed phrase before a note uses it: keep what reads well, drop what would not.

A note with one broken sentence is worse than a note without the detail, so a phrase
that is shorthand, a note to self, a stage of the interview or bad news is left out,
and the reader is told why (see ``builder.hints``).
"""

# ruff: noqa: RUF001 - typed text holds curly apostrophes

from __future__ import annotations

import itertools
import re

from builder import lexicon, morphology, phrases, repairs
from builder.cleaning import title_case
from builder.logistics import names_terms
from builder.phrases import Phrase

_SHORTHAND_NUMBER = re.compile(
    r"^(?:~?\d+(?:x|am|pm|k|yo|hr|hrs|pts|ish|min|mins)|\d{1,2}s|~\d+)$", re.I
)
_SHOUTED = re.compile(r"\b[A-Z]{4,}\s+[A-Z]{2,}\s+[A-Z]{4,}\b")
_COUNTED_SHORTHAND = re.compile(
    r"\b(?:\d+|two|three|four|five|six)\s+(?:more\s+)?([A-Z]{2,4})s\b|"
    r"\b(?:\d+|two|three|four|five|six)\s+more\s+(?:in|at|by|for|before|this|next)\b"
)
_DANGLING = frozenset({"it", "that", "this", "them"})
_THEN_CLAUSE = re.compile(
    r",?\s+(?:and|but)\s+(?:we|i|you|they|he|she|it)\b.*$|\s+but\s+(?!not\b).*$", re.I
)  # "... but not at the cost of recess" is the point, and stays
_TEST_SCORES = re.compile(r"\btest scores?\b", re.I)  # not the interview's test
_APPOSITION = re.compile(r"\b([a-z]+)\s+(?=(?:the|a)\s)")
_BARE_SUBJECT = re.compile(r"^([a-z]+)\s+(?=(?:is|was|has)\s)")
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.I)
_CONTRAST = re.compile(r"not\b", re.I)
# "how you sit with families, not just the patient": one topic, with its point.
_CONTRAST_TAIL = re.compile(r"^(?:how|what|why)\b[^,]*, not (?:just|only) [^,]+$", re.I)
_LEADING = re.compile(r"^(?:about|re|on|with|of)\s+", re.I)
_WORD_BREAK = re.compile(r"\s+|(?<=[^\W\d])/(?=[^\W\d])")
_HEDGE = re.compile(r"^(?:" + "|".join(sorted(lexicon.TOPIC_HEDGES)) + r")\s+(?=\w)", re.I)
_DURATION = re.compile(
    r"\s+for\s+(?:about\s+|around\s+)?\d+\s*(?:min|mins|minutes|hours?|hrs?)\b\.?", re.I
)
_DURATION_NOUN = re.compile(r"^(\d+)[ -](week|month|year|day|hour)s? (?=[a-z])", re.I)
_TIME_TAKEN = re.compile(r"\b\d+\s*(?:minutes|mins?|hours|hrs?)\b", re.I)
_TRAILING_ADVERB = re.compile(r"\s+(?:again|too|also|as well|eventually|someday|one day)$", re.I)
_RANGE = re.compile(r"\b\d+\s*[-–]\s*\d+\b")
_SO_THEN = re.compile(r"\bso (\w+)")
_SPLICE = re.compile(r",\s+(?:you|we|i|they|it|she|he|the|that|which)\b", re.I)


def _words(text: str) -> list[str]:
    return [w.strip(".,;:!?()\"'“”").casefold() for w in _WORD_BREAK.split(text) if w]


def _reads_clean(text: str) -> bool:
    """No shorthand, slang, self-notes, stray numbers, doubled words or question marks."""
    words = _words(text)
    if any(w in lexicon.SLANG for w in words) or _DOUBLED.search(text) or "?" in text:
        return False
    for counted in _COUNTED_SHORTHAND.finditer(text):  # "6 QEs", "hiring 3 more in Krakow"
        if not counted[1] or counted[1].casefold() not in lexicon.ACRONYMS:
            return False
    if _SHOUTED.search(text):
        return False
    return not any(_SHORTHAND_NUMBER.match(t.strip(".,;:()")) for t in text.split())


def _capitalised_list(items: tuple[str, ...]) -> tuple[str, ...]:
    """In a list of names, a one-word item typed in lower case is a name too: "sidekiq"."""
    if len(items) == 1:
        listed = _short_list(items[0])
        if listed and len(listed) > 1 and _capitalised_list(listed) != listed:
            word = next(a for a, b in zip(listed, _capitalised_list(listed), strict=True) if a != b)
            return (re.sub(rf"\b{re.escape(word)}\b", word[:1].upper() + word[1:], items[0]),)
        return items
    names = [i for i in items if i[:1].isupper() and " " not in i and not i.isupper()]
    if len(names) != len(items) - 1:
        return items
    return tuple(
        i[:1].upper() + i[1:] if i.isalpha() and i.islower() and not i.endswith(
            ("s", "ing", "tion", "ment")
        ) else i
        for i in items
    )


def _short_list(text: str) -> tuple[str, ...] | None:
    """The items of a short typed list ("k8s, terraform"), or None for prose or a place."""
    items = tuple(i.strip() for i in re.split(r",\s*|\s+and\s+", text) if i.strip())
    if len(items) > lexicon.MAX_LIST_ITEMS or any(len(i.split()) > 3 for i in items):
        return None
    if re.fullmatch(r"[A-Z]{2}", items[-1]):
        return None
    return items


# What the reader liked of the writer's work: "he liked my lamb neck", thanked as encouragement.
_LIKED_MINE = re.compile(
    r"^you (?:really |also )?(?:liked|loved|enjoyed|praised|complimented) my "
    r"(?!.*\bbut\b)(?P<work>[^,;]+)$"
)
# A team typed without its article: "team in chicago" -> "the team in Chicago".
_BARE_TEAM = re.compile(r"^(team|crew|department|unit) (?=(?:in|at|on|for)\b)", re.I)
# What the reader's team is up against, typed as a fact about them: the topic is the thing.
_PRIORITY = re.compile(
    r"^(?P<topic>(?!(?:it|this|that|there|what)\b)[\w' -]+?) (?:is|are) (?:your|the) "
    r"(?:(?:big|biggest|main|top|current|number one) )?"
    r"(?:problem|challenge|priority|focus|pain point|headache)s?"
    r"(?: (?:right now|at the moment|this year|now))?$", re.I,
)


# The reader's time on the writer's work, a kindness whatever they said of it after.
_LOOKED_AT_MINE = re.compile(
    r"^you (?:had |have )?(?P<verb>looked|went|read|studied|reviewed)(?P<particle> at| over| "
    r"through)? (?P<work>my [\w' -]+?)(?= for | without | then | and |,|$)"
)


def seen_mine(text: str) -> Phrase | None:
    """The reader's time on the writer's work, as thanks: "looking at my poster series".

    "you looked at my poster series for 10 min", "you had read my master's thesis".
    """
    looked = _LOOKED_AT_MINE.match(text)
    if looked is None or (looked["verb"] in {"looked", "went"} and not looked["particle"]):
        return None
    gerund = morphology.gerund(morphology.base(looked["verb"]))
    return Phrase(phrases.ACT, (f"{gerund}{looked['particle'] or ''} {looked['work']}",))


def _fact_of_another_kind(text: str) -> Phrase | None:
    """A fact that tells something else: a topic or a kindness, or None.

    "weld line uptime is your big problem right now" names a topic; "you liked my lamb
    neck" is praise to thank for.
    """
    if priority := _PRIORITY.match(text):
        return Phrase(phrases.TOPIC, (priority["topic"],))
    if liked := _LIKED_MINE.match(text):
        return praise_of(liked["work"])
    return seen_mine(text)  # "you looked at my poster series for 10 min"


def praise_of(work: str) -> Phrase:
    """Thanks for the reader's praise of the writer's work: "my sectioning", "my lamb neck"."""
    return Phrase(phrases.ACT, (f"praising my {work}",))


def _topic(phrase: Phrase) -> Phrase | None:
    """A topic as a noun phrase a frame can hold: the typed list, or else its first good item.

    An item that only qualifies the one before it goes: "year round events, not just seasonal".
    """
    parts = tuple(
        _BARE_TEAM.sub(r"the \1 ", _DURATION.sub("", _HEDGE.sub("", part)))
        for n, part in enumerate(phrase.parts) if not (n and _CONTRAST.match(part))
    )
    if len(parts) == 1 and len(parts[0].split()) <= lexicon.MAX_BARE_TOPIC_WORDS:
        parts = (_TRAILING_ADVERB.sub("", parts[0]),)  # "robots again" -> "robots"
    if len(parts) == 1 and "," in parts[0] and not _CONTRAST_TAIL.search(parts[0]):
        items = [_HEDGE.sub("", item.strip()) for item in parts[0].split(",") if item.strip()]
        items = [item for n, item in enumerate(items) if not (n and _CONTRAST.match(item))]
        choices = [_short_list(parts[0]), *((item,) for item in items)]
    else:
        choices = [parts, *((part,) for part in parts)]
    for choice in choices:
        if not choice or (choice != parts and len(choice) == 1 and (
            len(choice[0].split()) < lexicon.MIN_TOPIC_CUT and not _is_mass(choice[0])
        )):
            continue
        topic = _topic_parts(Phrase(phrase.kind, _capitalised_list(choice), phrase.tail))
        if topic is not None:
            return _with_what_was_shown(topic, [p for p in parts if p not in choice])
    return None


# A thing the reader told of: "the climate justice campaign you described".
_TOLD_OF = re.compile(
    r"^(?P<thing>(?:the|your) .+?) you (?:described|mentioned|explained|outlined|told me about)$"
)


def _told_of(topic: Phrase | None) -> Phrase | None:
    """A thing the reader told of, as heard: "I enjoyed hearing about the campaign".

    A reader failed "It was great to talk about the climate justice campaign you described".
    """
    told = _TOLD_OF.match(topic.text) if topic is not None and len(topic.parts) == 1 else None
    if told is None:
        return topic
    return Phrase(phrases.HEARD, (told["thing"],), topic.tail)


def _with_what_was_shown(topic: Phrase, rest: list[str]) -> Phrase:
    """A tour with the places typed beside it, which it showed.

    "studio tour, the prototyping shop" -> "giving me the studio tour, including the
    prototyping shop".
    """
    read = [_topic_parts(Phrase(phrases.TOPIC, (part,))) for part in rest]
    shown = [t.text for t in read if t is not None and t.kind == phrases.TOPIC]
    if topic.kind != phrases.ACT or not _TOUR.search(topic.text) or len(shown) != len(rest) or (
        not shown
    ):
        return topic
    places = ", ".join(shown[:-1]) + " and " * (len(shown) > 1) + shown[-1]
    return Phrase(topic.kind, (f"{topic.text}, including {places}",), topic.tail)


_TOUR = re.compile(r"\btour\b")


def candid_topic(text: str) -> str | None:
    """What a reader was candid about, as a noun phrase, or None; it may be hard news."""
    text = text.strip().rstrip(" .,;:!?")
    topic = _topic(Phrase(phrases.TOPIC, (text,))) if text and _reads_clean(text) else None
    if topic is None or topic.kind != phrases.TOPIC or len(topic.parts) != 1:
        return None
    return topic.text


def _topic_parts(phrase: Phrase) -> Phrase | None:
    typed_parts = phrase.parts
    single = len(typed_parts) == 1
    parts = []
    for typed in typed_parts:
        part = _why(_LEADING.sub("", typed))
        if not part:
            return None
        if single and part.casefold() in lexicon.OWN_WORK:
            part = "my " + part.casefold()
        elif single and re.fullmatch(r"(\w+) statement", part) and (
            part.split()[0].casefold() in lexicon.OWN_STATEMENTS
        ):
            part = "my " + part
        part = _DURATION_NOUN.sub(lambda m: f"the {m.group(1)}-{m.group(2)} ", part)
        words = _words(part)
        event = _event(part, words) if single else None
        if event is not None:
            return event
        # Questions are worked through, not discussed: "regression questions".
        worked = len(words) <= lexicon.MAX_QUESTION_TOPIC_WORDS and words[-1] == "questions"
        if single and worked and not set(words) & lexicon.ROUTINE_WORDS:
            return Phrase(phrases.SHARED, (f"working through the {part.removeprefix('the ')}",))
        if single and words[0] in {"the", "a", "an"} and set(words[2:]) & lexicon.CLAUSE_VERBS:
            return _fact(Phrase(phrases.FACT, (part,)))
        if not _reads_as_topic(part, words, single=single):
            return None
        parts.append(_institution(with_article(part)))
    return Phrase(phrase.kind, tuple(parts), phrase.tail)


def _institution(part: str) -> str:
    """A named body typed in lower case: "the pandemic prevention institute" -> "the P... I..."."""
    words = part.split()
    if len(words) < 4 or words[0] != "the" or not part.islower() or (
        words[-1] not in lexicon.INSTITUTION_ENDINGS
    ) or set(words) & lexicon.GENERIC_MODIFIERS:
        return part
    return "the " + title_case(" ".join(words[1:]))


_AND_WHY = re.compile(r"^(.+?) and (why \S.*)$", re.IGNORECASE)


def _why(part: str) -> str:
    """An interview question typed as "why" and a name or a field, asked of the candidate.

    "why public defense" -> "why I'm drawn to public defense"; "why gs" -> "" (unclear).
    A "why" with a clause of its own ("why it's slow") is kept as typed. After another
    topic, a "why" without one goes: "the scenario and why Highfield" -> "the scenario".
    """
    if (after := _AND_WHY.match(part)) and _why(after.group(2)) != after.group(2):
        return after.group(1)
    words = part.split()
    if len(words) < 2 or words[0].casefold() != "why":
        return part
    rest = words[1:]
    if len(rest) == 1 and not rest[0][:1].isupper():
        return ""
    if _has_clause([w.casefold() for w in rest]) or any(_is_verb(w.casefold()) for w in rest):
        return part
    return "why I'm drawn to " + " ".join(rest)


def _event(part: str, words: list[str]) -> Phrase | None:
    """A part of the interview named as a thing, or None.

    "shop tour" -> "giving me the shop tour"; "SQL round" -> "the SQL round".
    """
    if len(words) > 1 and words[0] in {"a", "an", "the"} and " " in part:  # not "A/a"
        part, words = part.split(" ", 1)[1], words[1:]
    sides = part.split(" and ")  # "panel interview and unit tour": the interview itself goes
    kept = [side for side in sides if not set(_words(side)) & {"interview", "interviews"}]
    if len(sides) > 1 and len(kept) == 1:
        part, words = kept[0], _words(kept[0])
    if words and words[0] in lexicon.DETERMINERS:
        return None
    head_at = next((i for i, w in enumerate(words) if i and w in lexicon.PREPOSITIONS), len(words))
    head = words[head_at - 1] if head_at else ""
    if not 1 < len(words) <= lexicon.MAX_EVENT_WORDS or _has_clause(words) or any(
        not re.fullmatch(r"[\w'’&/-]+", w) for w in words
    ):
        return None
    if head in lexicon.GIVEN_EVENTS and head_at == len(words):
        return Phrase(phrases.ACT, (f"giving me the {part}",))
    exercise = head in lexicon.EXERCISE_WORDS or words[0] == "mock"  # "mock arraignment"
    if exercise and not set(words) & lexicon.LEFTOVERS:
        return Phrase(phrases.EVENT, (f"the {part}",))
    return None


_CONTRACTED_CLAUSE = re.compile(
    r"\b(?:everyone|everybody|someone|nobody|it|that|there|he|she|who|what)['\u2019]s \w+ing\b",
    re.I,
)


def _reads_as_topic(part: str, words: list[str], *, single: bool) -> bool:
    """Whether a typed piece is a noun phrase a conversation could be about."""
    if not words:
        return False
    long_ok = words[0] in lexicon.WH_WORDS | lexicon.DETERMINERS or words[0].endswith("ing")
    limit = lexicon.MAX_CLAUSE_TOPIC_WORDS if long_ok else lexicon.MAX_TOPIC_WORDS
    people = lexicon.ROLE_NOUNS | lexicon.GROUP_WORDS | lexicon.ROLE_WORDS
    splits = lexicon.PREPOSITIONS | lexicon.PARTICLES
    head_at = next((i for i, w in enumerate(words) if i and w in splits), len(words))
    role = words[0] in people and words[head_at - 1] in people
    faults = (
        len(words) > limit,
        "," in part and words[0] not in lexicon.WH_WORDS,
        words[0] in lexicon.PREPOSITIONS,
        "offer" in words[:2],  # the offer is the occasion, not a topic of it
        _has_clause(words) or _has_verb_phrase(words),
        words[-1] in lexicon.LEFTOVERS or words[0] in lexicon.LEFTOVERS,
        bool(set(words) & lexicon.EVENT_WORDS),
        role and len(words) <= lexicon.MAX_ROLE_WORDS,
        words[-1].isdigit() and (len(words) < 2 or words[-2] not in lexicon.NUMBERED_LABELS),
        bool(re.match(r"^\d", part)) or bool(_RANGE.search(part)),
        ":" in part,
        bool(re.fullmatch(r"[a-z]+ versus [a-z]+", part)) or bool(re.search(r"\d\.\d", part)),
        bool(re.search(r"\b\d+\s+and\s+\d+\b", part)),
        bool(_CONTRACTED_CLAUSE.search(part)),  # "everyone's rethinking floorplates"
        words[0] not in lexicon.WH_WORDS and bool(set(words) & lexicon.CLAUSE_MARKERS),
        single and len(words) == 1 and not part[:1].isupper() and not words[0].endswith(
            ("s", "ing")
        ) and not _is_mass(words[0]) and words[0] not in lexicon.COUNT_HEADS,
    )
    return not any(faults)


def _is_mass(word: str) -> bool:
    """Whether a one-word topic is a field or a mass noun that reads without "the"."""
    lowered = word.casefold()
    return lowered in lexicon.MASS_NOUNS or lowered.endswith(lexicon.MASS_ENDINGS)


def with_article(part: str, *, sure: bool = False) -> str:
    """Give a bare singular thing "the": "DEI statement" -> "the DEI statement".

    A surname typed in lower case with its particle is a name: "le guin" -> "Le Guin".

    Only a noun phrase of two words or more, typed in lower case or led by an acronym,
    whose head is a countable singular noun: "liquidity forecasting", "remote work",
    "spaced repetition" and "Kubernetes migration" stay as typed. Each side of a pair
    ("rooftop + the new spa") takes one only for a head known to count (``sure``).
    """
    words = part.split()
    lowered = [w.casefold() for w in words]
    if len(words) == 2 and lowered[0] in lexicon.PARTICLES and part.islower():
        return title_case(part)
    if lowered[0] in lexicon.DETERMINERS or lowered[0] in lexicon.WH_WORDS or lowered[0] == "one":
        return part
    head_at = next(
        (i for i, w in enumerate(lowered) if i and w in lexicon.PREPOSITIONS), len(words)
    )
    pair = part.split(" and ")
    if "and" in lowered[:head_at]:  # "rooftop + the new spa"
        if len(pair) != 2 or "," in part or not all(pair):
            return part
        return " and ".join(with_article(side, sure=True) for side in pair)
    head = lowered[head_at - 1]
    if head.isdigit():  # a numbered name: "ISO 13485", "Level 2"
        return part
    counted = head in lexicon.COUNT_HEADS and part.islower()
    if not counted and (len(words) < 2 or set(lowered[:head_at]) & {"vs", "versus", "&", "or"}
                        or lowered[0].endswith(("ing", "ly"))):
        return part
    if not (words[0].islower() or words[0].isupper()):
        return part
    planned = lowered[head_at:head_at + 1] in (["for"], ["to"]) and head.endswith(("tion", "sion"))
    mass = head in lexicon.MASS_NOUNS or head.endswith(lexicon.MASS_ENDINGS)
    if counted or planned or (len(words) > 2 and head == "service"):
        mass = False
    elif sure:  # one side of a pair takes "the" only for a head known to count
        return part
    if mass or (head.endswith("s") and not head.endswith("ss")) or part[:1].isdigit():
        return part
    return "the " + part


def _has_verb_phrase(words: list[str]) -> bool:
    """Whether a topic holds a past-tense verb with its object: "observed my demo lesson".

    Or it is one, with no subject: "had to pick out 3 priorities", "rang me the night before".
    """
    return any(
        morphology.is_past(word)
        and (following in lexicon.DETERMINERS or (not n and following in _AFTER_A_VERB))
        for n, (word, following) in enumerate(itertools.pairwise(words))
    )


_AFTER_A_VERB = frozenset({"me", "us", "him", "them", "to"})


def _has_clause(words: list[str]) -> bool:
    """Whether a topic hides a clause ("you're rebuilding the flow") outside a wh-phrase."""
    if words[0] in lexicon.WH_WORDS or words[0] in lexicon.DETERMINERS:
        return False
    subjects = lexicon.SUBJECT_PRONOUNS | {
        "you're", "i'm", "i've", "we're", "they're", "he's", "she's", "it's"
    }
    return any(w in subjects for w in words)


def _before_bad_news(phrase: Phrase) -> Phrase | None:
    """The first clause of a phrase whose later clause is bad news.

    "X goes live in October and jury week is chaos" -> "X goes live in October"; and a
    list of topics without its bad news: "CAPA, ISO 13485, the FDA warning letter" -> "CAPA,
    ISO 13485".
    """
    items = [item.strip() for item in phrase.text.split(",")]
    kept = [item for item in items if not set(_words(item)) & lexicon.BAD_NEWS]
    terms = any(names_terms(item) for item in items)  # "startup package": gone over instead
    if phrase.kind == phrases.TOPIC and len(items) > 1 and 0 < len(kept) < len(items) and not (
        terms
    ):
        return Phrase(phrase.kind, (", ".join(kept),), phrase.tail)
    head = re.split(r",?\s+and\s+", phrase.text, maxsplit=1)[0]
    if head == phrase.text or set(_words(head)) & lexicon.BAD_NEWS:
        return None
    return Phrase(phrase.kind, (head,)) if len(head.split()) >= lexicon.MIN_CUT else None


# What the reader does in their own job, which a note tells as a topic, not as news.
_OWN_WORK = frozenset({"run", "lead", "manage", "head", "oversee", "supervise", "coordinate"})
# What the reader needs in the job: "you want someone who can own it end to end".
_NEED = re.compile(
    r"^you (?:want|need|are looking for|['\u2019]re looking for|are after) "
    r"(someone|an? [a-z]+) ((?:who['\u2019]s|who|to|with|that) .+)$"
)
_WHO = lexicon.ROLE_NOUNS | {"person", "candidate", "hire", "leader", "lead"}
_INSISTING = re.compile(r"\s+(?:actually|really)\b")


def _common_ground(phrase: Phrase) -> Phrase | None:
    """What the two share: "you do nights too", "you grew up in Leeds like me" -> "we both ...".

    Told as "that you do nights too", it tells the reader about their own shift.
    """
    text, words = phrase.text, _words(phrase.text)
    shared = _SHARED_TAIL.search(text)
    if words[0] == "you" and shared and len(phrase.parts) == 1:  # not "that you do nights too"
        return Phrase(phrases.COMMON, (f"we both {text[4 : shared.start()]}",))
    if also := _ALSO.match(text):  # "you are also from San Jose" -> "we are both from ..."
        verb = "are both" if also.group(1) else "both"
        return Phrase(phrases.COMMON, (f"we {verb} {also.group(2)}",))
    if words[-1] in {"too", "also"} or words[:2] == ["we", "both"]:
        return Phrase(phrases.COMMON, phrase.parts)
    return None


_ALSO = re.compile(r"^you (are )?also (.+)$")
_SHARED_TAIL = re.compile(r"\s+(?:too|also|like me)$")


_DOES_A_NAME = re.compile(r"^you (?:do|does) [A-Z]")  # "you do Blue Card": does what with it?


# The writer's impression, not news: "they seemed happy" is no "good to learn that you ...".
_SEEMED = re.compile(r"^(?:you|the \w+|they) (?:seemed|seem|looked|look|sounded|sound)\b", re.I)


# The writer's judgement of the reader's ways, which readers failed told back as news ("I
# appreciated hearing that your standards for arrival experience are exacting").
_JUDGED = re.compile(
    r"^your (?:[\w-]+ ){1,5}(?:is|are) (?:very |so |really |quite |pretty |super )?([a-z-]+)$"
)


# A thing typed bare at a fact's end: "the FD cares about month end timetable" -> "the".
_BARE_OBJECT = re.compile(r"\b(about|on) ([a-z][a-z-]*(?: [a-z][a-z-]*){1,2})$")


def object_with_article(clause: str) -> str:
    """A clause whose last thing, typed bare after "about" or "on", takes "the"."""
    return _BARE_OBJECT.sub(lambda m: f"{m[1]} {with_article(m[2])}", clause)


def _fact(phrase: Phrase) -> Phrase | None:
    known = re.sub(r"^you knew\b", "you know", phrase.text)  # "you knew my PI": they still do
    text = re.split(r",(?!\s+(?:and|but|which|who|so)\b)", known, maxsplit=1)[0]
    if text != known and len(text.split()) < lexicon.MIN_CUT:
        return None
    text = object_with_article(re.sub(r"(?<=\w) but not\b", ", but not", text))
    phrase = Phrase(phrase.kind, (text,))
    words = _words(text)
    process = set(_words(_TEST_SCORES.sub("", text))) & lexicon.PROCESS_WORDS  # pupils' scores
    if set(words) & lexicon.BAD_NEWS or process or _SPLICE.search(phrase.text):
        return None
    unread_verb = words[0] == "you" and len(words) > 1 and not _is_verb(words[1])
    judged = _JUDGED.match(text)
    judgement = judged is not None and morphology.base_of_gerund(judged[1]) is None  # not "growing"
    if unread_verb or judgement or _DOES_A_NAME.match(text) or _SEEMED.match(text):
        return None
    if words[0] == "my" or (words[0] == "you" and len(words) > 1 and words[1] in (
        lexicon.ROLE_PLAY_VERBS
    )):
        return None
    if words[0] in {"it", "it's", "this", "that", "there", "these", "those"}:
        return None
    if common := _common_ground(phrase):
        return common
    need = _NEED.match(text)
    if need and need.group(1) != "someone" and need.group(1).split()[-1] not in _WHO:
        need = None  # "you want a team that ships" is not whom the job needs
    if need:  # "someone to rebuild the model" is "the person to rebuild the model"
        who = "the person" if need.group(1) == "someone" and need.group(2)[:3] == "to " else (
            need.group(1)
        )
        return Phrase(phrases.NEED, (_INSISTING.sub("", f"{who} {need.group(2)}"),))
    if len(words) > 2 and words[0] == "you" and words[1] in _OWN_WORK and words[2] in {
        "the", "a", "an", "your"
    }:  # "you run the academy" -> "your work running the academy", not news to them
        gerund = morphology.gerund(words[1])
        return Phrase(phrases.TOPIC, (f"your work {gerund} {text.split(' ', 2)[2]}",))
    if "being" in words and not set(words) & _FINITE_BE:  # "the practical budget being cut"
        return Phrase(phrases.TOPIC, (text,))
    if topic := _own_work_as_topic(text):
        return topic
    if words[0] == "you":
        return Phrase(phrases.YOURS, phrase.parts)
    return phrase


# What the reader did, holds or wants, said as theirs: "you have done 6 missions" -> "your 6
# missions", "you came from GM" -> "your move from GM".
_OWN_TOPICS = tuple((re.compile(pattern, re.I), topic) for pattern, topic in (
    (r"^(?:have|has) (?:done|led|run|completed) (\d.+)$", "{owner} {0}"),
    (r"^(?:have|has) (?:a lot of|lots of|so many|many) (.+)$", "{owner} {0}"),
    (r"^(?:have|has) been (?:doing|working in) (.+?) for (\d+\+? years?)$", "{owner} {1} in {0}"),
    (r"^(?:have|has) been ((?:at|in|with) .+?) for (\d+\+? years?)$", "{owner} {1} {0}"),
    (r"^(?:worked|lived|served) ((?:at|in|with) .+?) for (\d+\+? years?)$", "{owner} {1} {0}"),
    (r"^(?:came|moved|switched|transferred)\b.*?\bfrom (.+)$", "{owner} move from {0}"),
    (r"^(?:want|need) ((?:more|less|fewer) .+)$", "{owner} plans for {0}"),
))


# Verbs of arranging too colloquial for a note, with the word a careful writer uses.
_PLAIN_VERBS = {"sort": "arrange"}
_FINITE_BE = frozenset({"is", "are", "was", "were", "has", "have", "had", "'s", "'re"})


def _own_work_as_topic(text: str) -> Phrase | None:
    """What the reader or their team does or plans, as a topic and not news told back.

    "you are building out the red team" -> "your plans to build out the red team";
    "you want more bilingual storytimes" -> "your plans for more bilingual storytimes";
    "the team runs a book club on Fridays" -> "how the team runs a book club on Fridays";
    and what they arranged for the writer is a kindness: "sorting the reschedule".
    """
    typed = text.split()
    words = _words(text)
    if "like me" in text.casefold():  # "you grew up in Leeds like me" is shared, not theirs
        return None
    if words[0] == "you":
        subject, owner, size = "you", "your", 1
    elif words[0] in lexicon.TEAM_WORDS:
        subject, owner, size = f"the {words[0]}", f"the {words[0]}'s", 1
    elif len(words) > 1 and words[0] in {"your", "the"} and words[1] in lexicon.TEAM_WORDS:
        subject, owner, size = f"{words[0]} {words[1]}", f"{words[0]} {words[1]}'s", 2
    else:
        return None
    if len(words) < size + 2:
        return None
    verb, after, rest = words[size], words[size + 1], " ".join(typed[size + 2:])
    if subject == "you" and morphology.is_past(verb) and set(words) & lexicon.ARRANGEMENTS:
        base, arranged = morphology.base(verb), " ".join(typed[size + 1:])
        if base in _PLAIN_VERBS:  # "sorted out the reschedule" -> "arranging the reschedule"
            base, arranged = _PLAIN_VERBS[base], re.sub(r"^out\s+", "", arranged)
        arranged = _RESCHEDULE.sub("my rescheduled interview", arranged)  # not "the reschedule"
        return Phrase(phrases.ACT, (f"{morphology.gerund(base)} {arranged}",))
    predicate = " ".join(typed[size:])
    for pattern, topic in _OWN_TOPICS:
        if found := pattern.match(predicate):
            return Phrase(phrases.TOPIC, (topic.format(*found.groups(), owner=owner),))
    planned = morphology.base_of_gerund(after)
    if verb in {"are", "is", "'re"} and planned and planned not in lexicon.ONGOING and rest:
        return Phrase(phrases.TOPIC, (f"{owner} plans to {planned} {rest}",))
    action = verb not in lexicon.NOT_HOW and morphology.base(verb) not in lexicon.NOT_HOW
    if action and (morphology.is_past(verb) or verb in lexicon.VERB_BASES or (
        subject != "you" and morphology.is_third_person(verb)
    )):
        return Phrase(phrases.TOPIC, (f"how {subject} {' '.join(typed[size:])}",))
    return None


_WHY_NOT = re.compile(
    r"^why (\S+(?: (?!and\b)\S+)?),? (?:and )?(?:not|over|instead of|rather than) (\S+(?: \S+)?)$",
    re.I,
)


def _trimmed(phrase: Phrase) -> Phrase | None:
    """A clause without what would not fit its frame, or None when what is left is unclear.

    Drops a second clause with its own subject ("... and we talked about your cat"), a
    "but" clause, a noun run on after the thing shown ("the floor the NovaSeq X"), and
    the hedges of a question ("teacher retention too"); adds a missing "the" or "for".
    """
    last = phrase.parts[-1]
    if phrase.kind == phrases.ASKED:
        last = re.sub(r"^(?:a lot|lots|a bunch)\s+(?:about\s+)?|\s+(?:too|also|as well)$", "", last)
        last = _WHY_NOT.sub(r"why I chose \1 over \2", last)  # "why electrical and not HVAC"
    else:
        last = _THEN_CLAUSE.sub("", last)
    if phrase.kind == phrases.ACT:  # "finding me a quiet room first too"
        head = re.split(r":| - ", last, maxsplit=1)[0]  # "organizing the visit: flights, ..."
        last = head if len(head.split()) >= lexicon.MIN_CLAUSE_WORDS else last
        last = _before_apposition(_TRAILING_ADVERB.sub("", last))
        last = _SHOWN_HOW.sub(_shown_as_noun, last)  # "showing me check in" -> "check-in"
        last = _AFTER_ALONE.sub("afterwards", last)  # "calling after to debrief"
    if phrase.kind in {phrases.FACT, phrases.YOURS, phrases.COMMON, phrases.MINE}:
        last = repairs.with_for(_BARE_SUBJECT.sub(_the_subject, last))
    parts = (*phrase.parts[:-1], last)
    words = _words(" ".join(parts))
    if (len(words) < lexicon.MIN_CLAUSE_WORDS and phrase.kind != phrases.ASKED) or (
        words[-1] in _DANGLING and len(words) <= lexicon.MAX_DANGLING_WORDS
    ):
        return None
    return Phrase(phrase.kind, parts, phrase.tail)


_SHOWN_HOW = re.compile(r"\bshowing me (\w+) (in|out|up|on|off|through)\b")
_RESCHEDULE = re.compile(r"\bthe reschedule\b")
_AFTER_ALONE = re.compile(r"(?<=ing )after(?= to\b|$)")


def _shown_as_noun(match: re.Match[str]) -> str:
    """A bare verb shown is the task's noun: "showing me check-in on the new system".

    Readers failed "showing me how to check in", as if the writer had checked in as a guest.
    """
    if match.group(1).casefold() not in lexicon.VERB_BASES:
        return match.group(0)
    return f"showing me {match.group(1)}-{match.group(2)}"


def _the_subject(match: re.Match[str]) -> str:
    word = match.group(1)
    if word in lexicon.DETERMINERS | lexicon.SUBJECT_PRONOUNS | lexicon.WH_WORDS | {"there"} or (
        _is_verb(word)
    ):
        return match.group(0)
    return "the " + match.group(0)


def _before_apposition(text: str) -> str:
    """Cut a run-on noun: "showing me the sequencing floor the team room" -> "... floor".

    A run-on name is a second thing shown: "the sequencing floor and the NovaSeq X".
    """
    for match in _APPOSITION.finditer(text):
        word = match.group(1)
        named = re.search(r"\b(?:the|a|an)\s", text[: match.start()])
        if named and not (
            word in lexicon.PREPOSITIONS | set(lexicon.ME_WORDS) | lexicon.CONJUNCTIONS
            or word in lexicon.WH_WORDS  # "a heads up on what the GM likes to ask"
            or _is_verb(word) or word.endswith("ing")
        ):
            head, rest = text[: match.start() + len(word)], text[match.end() :]
            return f"{head} and {rest}" if _NAMED_THING.match(rest) else head
    return text


# A thing named after the one it is: "the Atellica", "the NovaSeq X", "a Steinway".
_NAMED_THING = re.compile(r"^(?:the|an?) [A-Z][\w-]*(?: [A-Z0-9][\w-]*)*$")
_NAMED_AFTER_COMMA = re.compile(r", (?:the|an?) [A-Z][\w-]*(?: [A-Z0-9][\w-]*)*$")


def _without_slang_items(phrase: Phrase) -> Phrase | None:
    """A typed list without its items of shorthand or filler: "python, spark, the usual"."""
    parts = phrase.parts
    if len(parts) == 1 and "," in parts[0]:
        parts = tuple(item.strip() for item in parts[0].split(",") if item.strip())
    kept = tuple(part for part in parts if not set(_words(part)) & lexicon.SLANG and not (
        _words(part)[-1] in lexicon.LEFTOVERS and len(_words(part)) <= 2
    ))
    if len(parts) < 2 or not kept or len(kept) == len(parts):
        return phrase
    return Phrase(phrase.kind, kept, phrase.tail)


# A place shown, and what was going on there: "showing me the sensory room, the kids were
# making playdough" keeps the scene, which a judge preferred to the room alone.
_SHOWN_PLACE = re.compile(r"^showing me (?:around )?the [\w -]+$")
_SCENE = re.compile(r"^the [\w-]+(?: [\w-]+)? (?:were|was) [a-z]+ing\b[^,;]*$")


def _before_comma(phrase: Phrase) -> Phrase | None:
    """The parts of a phrase up to its first comma: "showing me the analyzer, if I liked it".

    A deed that ends naming the thing it was done with keeps the name: "showing me the
    new chemistry analyzer, the Atellica".
    """
    parts: list[str] = []
    for part in phrase.parts:
        head, _, tail = part.partition(",")
        head = part if phrase.kind == phrases.ACT and _NAMED_THING.match(tail.strip()) else (
            head.strip()
        )
        if phrase.kind == phrases.ACT and _SHOWN_PLACE.match(head) and _SCENE.match(tail.strip()):
            head = f"{head}, where {tail.strip()}"  # the room, and what was going on in it
        parts.append(head)
        if head != part:
            break
    spliced = _SPLICE.search(_NAMED_AFTER_COMMA.sub("", " ".join(parts)))
    if len(" ".join(parts).split()) < lexicon.MIN_CUT or spliced:
        return None
    return Phrase(phrase.kind, tuple(parts))


def _is_verb(word: str) -> bool:
    return (
        word in lexicon.VERB_BASES
        or morphology.is_past(word)
        or morphology.is_third_person(word)
        or word in lexicon.SHIFT_ADVERBS
        or word in {"are", "were", "have", "had", "do", "did", "can", "will", "would", "'re"}
    )


def _mine(phrase: Phrase) -> Phrase | None:
    words = _words(phrase.text)
    verbs = [w for w in words[1:4] if w not in lexicon.SHIFT_ADVERBS]
    contracted = words[0] in {"i'm", "i’m", "i've", "i’ve"}
    if set(words) & lexicon.BAD_NEWS or not (contracted or (
        verbs and verbs[0] in lexicon.BACKGROUND_VERBS
    )):
        return None
    return phrase


def _task(phrase: Phrase) -> Phrase:
    """A task the reader set is a chance the candidate had, not a kindness nor done together.

    "asking me to pitch a stock" -> "pitch a stock": readers failed both "Thank you for
    asking me to pitch a stock" and "I'm glad we spent time pitching a stock". So is a task
    they watched: "watching me do a balayage" -> "do a balayage".
    """
    words = phrase.parts[0].split() if phrase.kind == phrases.ACT and phrase.parts else []
    asked = words[:3] == ["asking", "me", "to"]
    watched = words[:2] in (["watching", "me"], ["observing", "me"]) and len(words) > 2 and (
        words[2] in lexicon.VERB_BASES
    )
    if len(words) < 4 or not (asked or watched):
        return phrase
    task = _PLAYED_TO.sub(r"\1 as if to \2", " ".join(words[3 if asked else 2 :]))
    return Phrase(phrases.TASK, (task, *phrase.parts[1:]), phrase.tail)


# Someone a task was done for, named with "a": played, not there. Readers failed "explain a
# regression to a non-technical council staffer" as if a staffer had been in the room.
_PLAYED_TO = re.compile(
    r"^((?:explain|pitch|present|sell|teach|describe)\b.*?) to (an? (?:[\w-]+ ){0,3}"
    r"(?:staffer|customer|client|patient|cfo|ceo|executive|board|stakeholder|parent|"
    r"investor|manager|buyer|user|student|child|kid))$",
    re.IGNORECASE,
)


# What the reader knows of their own job: tenure, career, routine, size. Told back to them,
# in any frame, it reads as news to the one person who needs none ("your 19 years at ...").
_THEIR_RECORD = re.compile(
    r"^your (?:\d|move from)"
    r"|^(?:how )?you (?:started (?:as|out|here|in)|joined|used to|came)\b"
    r"|^(?:how )?you have been (?:there|here|at|with|in|on|for|\w+ing)\b"
    r"|^(?:on \w+ )?you have\b(?! been)|^(?:your|the) team (?:owns|is \d)"
    r"|^how (?:you|your \w+) .*\b(?:every (?:day|week|month|year|\w+day)"
    r"|on \w+days|an? (?:day|week|month|year)|per (?:day|week|month|year))\b",
    re.IGNORECASE,
)


# A record with a path or a link to the writer is a story worth telling: "how you started as
# an LVN and worked your way up", "you used to sell on Etsy yourself", "... like me".
_THEIR_STORY = re.compile(r"\bway up\b|\binto\b|\byourself\b|\blike me\b")


# What the reader's team owns is its work, talked about, not news: "the team owns the app".
_TEAM_OWNS = re.compile(r"^(?:your|the) team owns (the [\w -]+)$", re.IGNORECASE)


def without_their_record(phrase: Phrase) -> Phrase | None:
    """The phrase without what only tells the reader their record, or None if that is all."""
    if phrase.kind not in {phrases.TOPIC, phrases.FACT, phrases.YOURS}:
        return phrase
    if len(phrase.parts) == 1 and (owned := _TEAM_OWNS.match(phrase.text)):
        return Phrase(phrases.TOPIC, (f"your team's work on {owned.group(1)}",))
    parts = tuple(
        part for part in phrase.parts
        if not _THEIR_RECORD.search(part) or _THEIR_STORY.search(part)
    )
    if len(parts) == len(phrase.parts):
        return phrase
    return Phrase(phrase.kind, parts, phrase.tail) if parts else None


def vet(phrase: Phrase) -> Phrase | None:
    """The phrase, tidied for its frame, or None when no frame would read well with it.

    A stage that is the interview itself ("the screening call") says nothing the opener
    did not, and a doubt recalled without its answer (whether I can work Sundays, my
    availability on weekends) stays a doubt.
    """
    vetted = _tidied(phrase)
    if vetted is not None and vetted.kind in {phrases.EVENT, phrases.SHARED} and set(
        _words(vetted.text)
    ) & lexicon.INTERVIEW_STAGES:
        return None
    if vetted is not None and vetted.kind == phrases.ASKED:
        vetted = _without_doubt(vetted)
    return vetted


def _without_doubt(asked: Phrase) -> Phrase | None:
    """A question the reader asked, without the doubts it raised about the writer.

    "food safety and whether I can work Sundays" -> "food safety": and can the writer? But
    a question about "my availability on weekends" alone is kept: readers failed notes that
    left it out, the one thing typed, and "our exchange about availability on weekends".
    """
    text = _AND_DOUBT.split(asked.text, maxsplit=1)[0]
    if _DOUBT.match(text):
        return None
    if set(_words(text)) & lexicon.SCHEDULE_WORDS and not (
        text.startswith("my ") and asked.text == text and len(asked.parts) == 1
    ):
        return None
    return asked if text == asked.text else Phrase(asked.kind, (text,), asked.tail)


# A question about whether the writer can do the job, recalled with no answer, leaves the
# doubt hanging: "I was glad you asked whether I can work Sundays."
_DOUBTING = r"(?:whether|if) I (?:can|could|am able|would be able)\b"
_DOUBT = re.compile(_DOUBTING, re.I)
_AND_DOUBT = re.compile(rf",?\s+and\s+(?={_DOUBTING})", re.I)


_I_PASSED = re.compile(r"\bI passed\b")


def _bad_news(phrase: Phrase) -> frozenset[str]:
    """The words that make ``phrase`` bad news; "passed" not in a test the writer passed."""
    if is_shared_loss(phrase):
        return frozenset()  # told as a loss (``telling.frames_for``), not cut as news
    news = lexicon.BAD_NEWS - {
        phrases.ASKED: lexicon.SCHEDULE_WORDS, phrases.ACT: lexicon.EXPLAINED_TERMS
    }.get(phrase.kind, set())
    return news - {"passed"} if _I_PASSED.search(phrase.text) else news


def is_shared_loss(phrase: Phrase) -> bool:
    """Whether the two share a loss: "we both lost our moms to ALS"."""
    return phrase.kind == phrases.COMMON and _BOTH_LOST.match(phrase.text) is not None


_BOTH_LOST = re.compile(r"^we (?:both |each )?lost\b")
_FOLLOW_UP = re.compile(r"^(?:the |a )?(.+?) (?:follow-up|followup|follow up)$", re.IGNORECASE)


def _followed_up(phrase: Phrase) -> Phrase | None:
    """A part of the interview gone back over, not a note to self.

    "writing test follow-up" is "going back over the writing test with me"; a reader
    failed "I valued following up on the writing test" as stiff.
    """
    found = _FOLLOW_UP.match(phrase.text) if len(phrase.parts) == 1 else None
    event = _tidied(Phrase(phrases.TOPIC, (found.group(1),))) if found else None
    if event is None or event.kind != phrases.EVENT:
        return None
    return Phrase(phrases.ACT, (f"going back over {event.text} with me",), phrase.tail)


def _tidied(phrase: Phrase) -> Phrase | None:
    if phrase.kind in {phrases.SENTENCE, phrases.WENT}:  # held whole, or a word ("well")
        return phrase if phrase.parts else None
    phrase = _task(phrase)
    if phrase.kind == phrases.FACT and (other := _fact_of_another_kind(phrase.text)):
        return other
    if len(phrase.text.split()) == 1 and phrase.text.isupper() and "&" not in phrase.text and (
        phrase.text.casefold() not in lexicon.ACRONYMS
    ):
        return None
    if set(_words(phrase.text)) & _bad_news(phrase):
        phrase = _before_bad_news(phrase)
    if phrase is not None and phrase.kind == phrases.TOPIC:
        phrase = _followed_up(phrase) or _without_slang_items(phrase)
    if phrase is None or not _reads_clean(phrase.text):
        return None
    if phrase.kind == phrases.TOPIC:
        return _told_of(_topic(phrase))
    phrase = _trimmed(phrase)
    if phrase is None or _TIME_TAKEN.search(phrase.text):
        return None
    if phrase.kind in {phrases.ACT, phrases.SHARED, phrases.TASK, phrases.TOLD, phrases.FELT} and (
        "," in phrase.text
    ):
        return _before_comma(phrase)
    so = _SO_THEN.search(phrase.text)  # "knowing the PM so gave me the lowdown"
    if _SPLICE.search(phrase.text) or (so and morphology.is_past(so[1])):
        return None
    if phrase.kind == phrases.FACT:
        return _fact(phrase)
    if phrase.kind == phrases.MINE:
        return _mine(phrase)
    return phrase
