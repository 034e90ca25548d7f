"""Read the candidate's own points: why they want the job, and what they promised."""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder import lexicon, morphology, phrases, repairs
from builder.cleaning import tidy
from builder.names import read_name
from builder.person import to_reader
from builder.phrases import Phrase
from builder.realise import article
from builder.shapes import clip, is_clause, lower_first, lower_pronoun
from builder.understand import Context, Reading

if TYPE_CHECKING:
    from builder.request import Request

_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.I)
_WHEN = re.compile(
    r"\s+((?:by|before|next|this|later|early|tomorrow|tonight|end of|within|in the next|"
    r"on (?:mon|tue|wed|thu|fri|sat|sun|the \d)|in (?:a|the next|\d))\b.*)$",
    re.I,
)
_SEND = re.compile(
    r"^(?:i(?:'ll|’ll| will| can| should)?\s+)?(?:to\s+)?(?:send|share|forward|email|e-mail|"
    r"get)(?:\s+(?:you|her|him|them|over))?\s+",
    re.I,
)
_LINK_WORDS = re.compile(r"\b(?:(?:the|a)\s+)?link(?:\s+(?:to|for))?\b|\bhere\b", re.I)
_WISH = re.compile(r"^i(?: want| would like|'d like|’d like| hope) (to .+)$", re.IGNORECASE)
_BECAUSE = re.compile(
    r"^(?:(?:i want (?:this|the) (?:job|role)|i applied)\s+)?(?:because|bc|cause|cuz)"
    r"(?:\s+of)?\s+",
    re.I,
)
_SPLICE = re.compile(
    r"\s*(?:[,;]|\.\s)\s*(?:and\s+)?(?=(?:i|we|they|it|you|the|this|everyone)\b|"
    r"\w+\s+(?:is|are|was|were|seem|seems|seemed|feel|feels|felt)\b)",
    re.I,
)
_INFINITIVE_FIRST = re.compile(r"(?!to\s)[^,]*?\bto\s(?:(?!\band\b)[^,])*\band\s", re.I)
_INTENSIFIER = re.compile(
    r"(?<!['’]d )(?<!would )"  # "something I'd actually buy" means it, and so do "ads
    r"(?<!people )(?<!that )(?<!who )"  # people actually like", "a team that actually ..."
    r"\b(?:actually|literally|really|totally|honestly|truly|genuinely)\s+(?=\w)|"
    r"\bjust\s+(?=so\b)",
    re.I,
)
_LIKED_PEOPLE = re.compile(
    r"^i (?:really )?(?:like|love|liked|loved) (the (?:team|people|staff|crew))\b", re.I
)
_THEY_CLAUSE = re.compile(r"^\s*,?\s*(?:and\s+)?(?:they|everyone)\b[^,.;]*", re.I)
_PLAIN_NOUNS = frozenset({"thing", "things"})  # "to build things" is plain in a reason
# What a reason never says: slang, or a complaint ("the software doctors yell at").
_UNSAID = lexicon.SLANG - _PLAIN_NOUNS | lexicon.COMPLAINTS
_A_WHOLE = re.compile(r"\ba whole\b", re.IGNORECASE)  # not the slang of "the whole thing"
_PROMISE_WORD = re.compile(r"[^\W\d_]{4,}")
_URL_HOST = re.compile(r"\b(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+", re.I)
_SOMEONE_ELSE = re.compile(r"\b(?:she|he|her|his|him)\b", re.I)  # "they" may be theirs
_VAGUE_PRAISE = re.compile(
    r"^(?:the \w+|it|everything) (?:is|was|seems) (?:so |very )?"
    r"(?:good|great|cool|amazing|awesome|nice|fun|unreal|incredible)$",
    re.I,
)


# An aside that says the thing before it is the reason: "..., it's why I went into teaching".
_WANTED_THIS = re.compile(
    r"\b((?:I['’]ve|I have) (?:always )?wanted) this(?= (?:since|for|all|ever)\b)", re.I
)
_WHY_TAIL = re.compile(
    r"[,;.]\s*(?:honestly\s+|really\s+)?(?:it[’']?s|that[’']?s|which is|its)\s+why\b.*$", re.I
)


def _named(clause: str, lead: str) -> str:
    """A reason that says "something" of the thing typed before it, naming it.

    "EVs. I want to work on something I'd actually buy" -> "I want to work on EVs": readers
    failed both "EVs, something I'd ..." (plural, then one) and "EVs, which I'd actually
    buy" (the aside mangled). "somewhere" and "a place" stay after the name: "Denver, a
    place where ...".
    """
    if is_clause(lead.split()) or len(lead.split()) > lexicon.MAX_LEAD_THING:
        return clause
    if found := _SOMETHING.search(clause):
        return f"{clause[: found.start()]}{lead}"
    return _PLACEHOLDER.sub(lambda m: f"{lead}, {m.group(0)}", clause, count=1)


_SOMETHING = re.compile(r"\bsomething\b(?= \w).*$")
_PLACEHOLDER = re.compile(r"\b(?:somewhere|a place)\b(?= \w)")


def read_interest(text: str, context: Context) -> Reading:
    """Read why the candidate wants the job as a thing, an aim or a reason."""
    text = repairs.with_role_article(clip(tidy(text, context.known, drop_asides=True)))
    text = _WHY_TAIL.sub("", _INTENSIFIER.sub("", _BECAUSE.sub("", text)))
    text = _WANTED_THIS.sub(r"\1 this job", text)  # "I've wanted this since I was 7"
    if not text:
        return Reading()
    if liked := _LIKED_PEOPLE.match(text):
        # "I like the team, they seem kind, I want to fix X": the reasons after the people.
        rest = _THEY_CLAUSE.sub("", text[liked.end() :]).strip(" ,.;")
        reading = read_interest(rest, context) if rest else Reading()
        people = liked.group(1).casefold()  # "the people" alone is vague; readers failed
        # "I'm especially drawn to the people I met" and "because I liked the people I met"
        return reading if reading.phrases else Reading([Phrase(phrases.THING, (
            f"{people} on the team" if people in lexicon.VAGUE_PEOPLE else people,
        ))])
    words = text.split()
    lowered = words[0].casefold()
    if len(words) == 1:
        return _one_word_interest(text)
    wish = _WISH.match(text)
    if wish and "," not in text and " and i " not in text.casefold():
        text = wish.group(1)
        lowered = "to"
    if lowered == "to":
        plain = _plain_words(_A_WHOLE.sub("a", text))  # "to own a whole product area"
        if set(plain) & _UNSAID:  # "to work on infra a huge chunk of ... uses"
            return Reading([], ["interest-shape"])
        return Reading([Phrase(phrases.AIM, ("to" + text[2:],))])
    if lowered in lexicon.FEELING_VERBS:
        text = "I " + lower_first(text)
        lowered = "i"
    if lowered in {"i", "i'd", "i’d", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll"}:
        return _reasons([text], context.company) or Reading([], ["interest-shape"])
    clauses = [clip(c) for c in _SPLICE.split(text) if clip(c)]
    lead = clauses[0].split()
    stops = text[len(clauses[0]) : len(clauses[0]) + 1] == "."
    if len(clauses) > 1 and stops and lead[0].casefold() == "the" and (
        len(lead) <= lexicon.MAX_LEAD_THING
    ):  # "the culture. Everyone I met smiled": the sentence that explains it is the reason
        told = [c for c in clauses[1:] if is_clause(c.split())]
        if told and all(c.split()[0].casefold() in _SUBJECT_I for c in told):  # the writer's own
            # reason beside the thing, not why it appeals: "the mission. I know these
            # communities"; readers failed "... join the team because I know these communities"
            told = [f"{lower_first(clauses[0])} matters to me", *told]
        return _reasons(told, context.company) or _interest_thing(lower_first(clauses[0]))
    if len(clauses) > 1:
        clauses = [_named(c, clauses[0]) for c in clauses if is_clause(c.split())] or clauses[:1]
    if is_clause(words) or len(clauses) > 1 or is_clause(clauses[0].split()):
        return _reasons(clauses, context.company) or Reading([], ["interest-shape"])
    return _interest_thing(lower_first(text))


def _one_word_interest(text: str) -> Reading:
    """A reason typed as one word: a thing ("mission"), or left out with why ("pay")."""
    lowered = text.casefold()
    if lowered in lexicon.PRIVATE_INTERESTS:
        return Reading([], ["private-interest"])
    if lowered in lexicon.VAGUE_INTERESTS:
        return Reading([], ["interest-vague"])
    known = lexicon.ONE_WORD_INTERESTS.get(lowered)
    return Reading([Phrase(phrases.THING, (known or lower_first(text),))])


def _reasons(clauses: list[str], company: str) -> Reading | None:
    """Up to two clauses as the reason, without slang, complaint or bare praise; or None.

    Bare praise ("the campus is unreal") stays only when a later clause leans on it: "the
    product is good, I recommend it".
    The company spoken of as "they" is the reader's: "I love their mission" -> "your".
    """
    if not _SOMEONE_ELSE.search(" ".join(clauses)):
        clauses = [to_reader(c, company=company) for c in clauses]
    plain = [c for c in clauses if not set(_plain_words(c)) & _UNSAID and not _NOTED.match(c)]
    leaning = any("it" in _plain_words(c) for c in plain[1:])
    if not leaning:
        plain = [c for c in plain if not _VAGUE_PRAISE.match(c)]
    if not plain:
        return None
    return Reading([Phrase(phrases.REASON, tuple(lower_pronoun(c) for c in plain[:2]))])


_SUBJECT_I = lexicon.FIRST_PERSON - {"me", "my"}  # a clause the writer is the subject of
# Words noted in a row before a clause: "utilities, stable and the FTC could go permanent".
_NOTED = re.compile(r"^[\w-]+(?: [\w-]+)?, ")


def _plain_words(text: str) -> list[str]:
    return [w.casefold().strip(".,;:!?()") for w in text.split()]


_RELATIVE = re.compile(r"\b(?:where|who|which|that) (?:I|we|you|they)\b", re.I)


_DONE_TO_ME = re.compile(r"\b(\w+) me\b", re.I)


_WANTING = re.compile(r"^(?:(?:want|hope|hoping|keen|eager|would like|'d like) to|wanna)\s+", re.I)


def _interest_thing(text: str) -> Reading:
    """What draws the candidate, as noun phrases; an aim when one part is "to ..."."""
    if _INFINITIVE_FIRST.match(text) or _RELATIVE.search(text):
        # "the chance to help clear it and keep it clear", "a firm where I can lead and build"
        return Reading([Phrase(phrases.THING, (text,))])
    parts = [  # "big infrastructure, want to get onto rail work": the aim is "to get onto ..."
        _WANTING.sub("to ", p.strip()) for p in re.split(r",?\s+and\s+|,\s+", text) if p.strip()
    ]
    told = _DONE_TO_ME.search(text)
    relative = re.search(r"\b(?:who|that|which|where)\b", text, re.I)
    if (told and not relative and told.group(1).casefold() not in lexicon.PREPOSITIONS) or any(
        len(p.split()) <= 2 and p.split()[0].casefold().endswith("ly") for p in parts
    ):  # "the nights suit me with the kids", "rate + mostly remote": notes, not a thing
        return Reading([], ["interest-shape"])
    aims = [p for p in parts if p.startswith("to ")]
    if aims:
        return Reading([Phrase(phrases.AIM, (aims[0],))])
    things = [  # not "year round events and the not just seasonal"
        p for n, p in enumerate(parts)
        if _plain_words(p)[-1] not in lexicon.TRAILING_ADVERBS
        and not (n and p.casefold().startswith("not "))
    ]
    if not things:
        return Reading([], ["interest-shape"])
    if len(things) < len(parts) or any(_definite(p) != p for p in things):
        listed = Phrase(phrases.THING, tuple(_definite(p) for p in things)).listed
        return Reading([Phrase(phrases.THING, (listed,))])
    return Reading([Phrase(phrases.THING, (text,))])


def _definite(thing: str) -> str:
    """What draws someone to a place is that place's: "hospitality culture" -> "the ..."."""
    words = thing.split()
    if len(words) < 2 or not words[0].islower() or words[0] in lexicon.DETERMINERS or (
        morphology.is_plural_phrase(thing)
    ):
        return thing
    return "the " + thing


def _link_name(text: str) -> str:
    """What a typed link is, from the words around it: "case study: https://..." -> "the ..."."""
    name = clip(_LINK_WORDS.sub(" ", _SEND.sub("", text.strip())).strip(" :-–—()[],"))
    words = name.split()
    if not words or not any(c.isalpha() for c in name):
        return ""
    if words[0].casefold() in lexicon.DETERMINERS:
        return lower_first(name)
    return ("my " if words[-1].casefold() in lexicon.OWNED else "the ") + lower_first(name)


def _code_name(address: str) -> str:
    """What a link to a code host is: "github.com/ada/parser" -> "the repository".

    Its name is the link's to say: readers failed "the ci-rules-fix repository" as a slug.
    """
    host, _, path = re.sub(r"^(?:https?://)?(?:www\.)?", "", address, flags=re.I).partition("/")
    segments = [s for s in path.split("/") if s]
    if host.casefold() not in lexicon.CODE_HOSTS or len(segments) < 2:
        return ""
    return "the repository" if len(segments) == 2 else "the code"


def _page_name(address: str) -> str:
    """What a page is, from the last part of its address: "the onboarding metrics page".

    "" when that part is not a few plain words (".../p/12345").
    """
    path = re.sub(r"^(?:https?://)?[^/]+", "", address).strip("/").split("/")[-1]
    words = re.split(r"[-_]+", re.sub(r"\.html?$", "", path))
    if not 0 < len(words) <= lexicon.MAX_PAGE_WORDS or not all(
        w.isalpha() and len(w) > 2 for w in words  # "o" or "v2" names nothing
    ):
        return ""
    return f"the {' '.join(w.casefold() for w in words)} page"


# What a promised thing is for, about a person: "my CV so she can pass it on".
# A version the writer made safe to share, noted in brackets: "the design doc (redacted version)".
_VERSION = re.compile(
    r"\((?:an? )?(?P<kind>redacted|NDA[- ]safe|anonymi[sz]ed|sanitised|sanitized)"
    r"(?: version| copy)?\)", re.IGNORECASE,
)
_PURPOSE = re.compile(r",?\s+so(?: that)? (?:he|she|they|him|her|them)\b.*", re.IGNORECASE)


def read_promise(text: str, context: Context, *, to_one: bool = True) -> Reading:
    """Read what the candidate promised: a thing, a thing sent later, or a link.

    What the thing is for ("so she can pass it on") speaks to the reader when the promise
    was made to them alone; otherwise it is left out, as it may be about someone else.
    """
    typed, text = text, clip(tidy(text, context.known))
    if not text:
        return Reading()
    if url := _URL.search(text):
        address = url.group(0).rstrip(".,;)")
        named = _link_name(text[: url.start()] + " " + text[url.end() :]) or _code_name(
            address
        ) or _page_name(address)
        if named:
            return Reading([Phrase(phrases.NAMED_LINK, (address,), named)])
        return Reading([Phrase(phrases.LINK, (address,))], ["link-unnamed"])
    # An aside is the writer's own note: "the design doc (redacted version)".
    text = _SEND.sub("", clip(tidy(typed, context.known, drop_asides=True)))
    when = _WHEN.search(text)
    tail = when.group(1) if when else ""
    thing = text[: when.start()] if when else text
    purpose = _PURPOSE.search(thing)
    if purpose and not to_one:
        thing = thing[: purpose.start()]
    elif purpose:
        thing = to_reader(thing, company=context.company, names=context.names)
    words = thing.split()
    if words and words[0].casefold() in lexicon.NEEDS_ARTICLE:
        thing = article(lower_first(thing))
    elif words and "my" not in [w.casefold() for w in words] and words[0].casefold() not in (
        lexicon.DETERMINERS
    ) and (
        words[-1].casefold() in lexicon.OWNED or words[0].casefold() in lexicon.OWNED
    ):
        thing = "my " + lower_first(thing)
    elif words and words[0].casefold() in lexicon.DETERMINERS:
        thing = lower_first(thing)
    if not thing:
        return Reading()
    if version := _VERSION.search(typed):  # "(redacted version)": the reader should know
        thing = f"{article(version['kind'])} version of {thing}"
    return Reading([Phrase(phrases.LATER if tail else phrases.THING, (thing,), tail)])


def promise_owner(request: Request) -> int | None:
    """The one panel member a promise was made to, when its words name their detail alone.

    "github.com/ada/tinyproxy-leak" and "a memory leak in a toy proxy" share "leak"; a
    promise that names no detail, or several, may have been made to anyone.
    """
    if len(request.interviewers) == 1 or not request.promised:
        return None
    said = _PROMISE_WORD.findall(_URL_HOST.sub("", request.promised).casefold())
    words = set(said) - lexicon.COMMON_WORDS - lexicon.PROMISE_WORDS - lexicon.DAYS
    named = [
        index for index, person in enumerate(request.interviewers)
        if words & set(_PROMISE_WORD.findall(person.detail.casefold()))
    ]
    return named[0] if len(named) == 1 else None


def carries_promise(request: Request, index: int) -> bool:
    """Whether the note to ``request.interviewers[index]`` keeps the promise, if one was made.

    A promise made to one member goes to them alone; any other goes to everyone but a
    group of a panel ("Grad student lunch", "Recruiting team"), who are not sent the papers.
    """
    if promise_owner(request) not in {None, index}:
        return False
    return len(request.interviewers) == 1 or not read_name(request.interviewers[index].name).group



def shares_promise(request: Request, index: int) -> bool:
    """Whether the note to ``index`` shares a promise made to another member of its panel.

    A reader failed a panel note that left out the link a colleague was sent; a judge called
    "..., which I promised Tess" invented, as whom it was made to is only guessed. So the
    others are sent it with no claim that it was promised to anyone.
    """
    owner = promise_owner(request)
    return owner not in {None, index} and not read_name(request.interviewers[index].name).group
