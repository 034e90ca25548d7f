"""Read the candidate's own points: a highlight, why they want the job, and a promise."""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

import re

from builder import lexicon, morphology, phrases, repairs
from builder.cleaning import is_proper_noun, tidy
from builder.phrases import Phrase
from builder.realise import article
from builder.understand import Context, Reading, clause_verb

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
_QUALIFIER = re.compile(r"\((student|intern|trainee|apprentice|volunteer|junior)\)", re.I)
# A count of years, in figures or words: "6", "6+", "six".
_COUNT = r"(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_YEARS_OF = re.compile(rf"^({_COUNT}) years? ((?:of|in|at|as|with) .+)$", re.I)
_BECAUSE = re.compile(
    r"^(?:(?:i want (?:this|the) (?:job|role)|i applied)\s+)?(?:because|bc|cause|cuz)"
    r"(?:\s+of)?\s+",
    re.I,
)
_YEARS = re.compile(rf"^({_COUNT}\s+years?)\s+(?!of\b|in\b|at\b|with\b|as\b|doing\b)", re.I)
_IN_PROGRESS = re.compile(
    r"^(?:my\s+)?(.+?)\s+(?:(?:is|are)\s+)?\(?(?:in progress|pending|underway)\)?$", re.I
)
_LIST_BREAK = re.compile(r"\s*(?:,|;|\band\b|\s/\s|(?<=[^\W\d]{3})/(?=[^\W\d]{3}))\s*")
_SPLICE = re.compile(
    r"\s*(?:[,;]|\.\s)\s*(?:and\s+)?(?=(?:i|we|they|it|you|the|this|everyone)\b|"
    r"\w+\s+(?:is|are|was|were|seem|seems|seemed|feel|feels|felt)\b)",
    re.I,
)
_INFINITIVE_FIRST = re.compile(r"(?!to\s)[^,]*?\bto\s(?:(?!\band\b)[^,])*\band\s", re.I)
_INTENSIFIER = re.compile(
    r"\b(?:actually|literally|really|totally|honestly|truly|genuinely)\s+(?=\w)|"
    r"\bjust\s+(?=so\b)",
    re.I,
)
_LIKED_PEOPLE = re.compile(
    r"^i (?:really )?(?:like|love|liked|loved) (the (?:team|people|staff|crew))\b", re.I
)
_THEY_CLAUSE = re.compile(r"^\s*,?\s*(?:and\s+)?(?:they|everyone)\b[^,.;]*", re.I)
_VAGUE_PRAISE = re.compile(
    r"^(?:the \w+|it|everything) (?:is|was|seems) (?:so |very )?"
    r"(?:good|great|cool|amazing|awesome|nice|fun|unreal|incredible)$",
    re.I,
)


def _clip(text: str) -> str:
    return text.strip().rstrip(" .,;:!?").strip()


def _is_clause(words: list[str]) -> bool:
    """Whether words make a clause: a subject pronoun first, or a verb after the start."""
    if not words:
        return False
    if words[0].casefold() in lexicon.SUBJECT_PRONOUNS | {"i'm", "i’m", "i've", "i’ve"}:
        return True
    return clause_verb(words) is not None or any(
        w.casefold() in lexicon.STATEMENT_VERBS for w in words[1:]
    )


def _is_skill(item: str) -> bool:
    """Whether a list item names a known skill or tool ("SQL", "Tableau")."""
    return item.casefold() in lexicon.TOOLS and item.casefold() not in lexicon.LANGUAGES


def _first_person(text: str) -> str:
    """Add the "I" a highlight left out: "led a team of 6" -> "I led a team of 6"."""
    first = text.split(" ", 1)[0]
    if " " in text and morphology.is_past(first) and first.casefold() not in lexicon.NOT_PAST:
        return "I " + first.casefold() + text[len(first) :]
    return text


def _lower(text: str) -> str:
    """Lower-case an ordinary first word: "Strong communicator" -> "strong communicator"."""
    words = text.split(" ")
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    if first[:1].isupper() and first[1:].islower() and first.casefold() not in (
        lexicon.MONTHS | lexicon.DAYS | set(lexicon.PROPER_FORMS)
    ) and first != "I" and not second[:1].isupper() and not is_proper_noun(first):
        return first.lower() + text[len(first) :]
    return text


def _highlight_text(typed: str, context: Context) -> str:
    """A highlight's first sentence, cleaned.

    A qualifier typed in brackets stays: "won a One Show pencil (student)" -> "... as a
    student", so that the note never claims more than the candidate did.
    """
    qualifier = _QUALIFIER.search(typed)
    text = _clip(tidy(typed, context.known, drop_asides=True))
    if qualifier and text:
        text = f"{text} as {article(qualifier.group(1).casefold())}"
    return re.split(r"(?<=[.!?])\s+", text)[0].rstrip(".!?")


def read_highlight(text: str, context: Context) -> Reading:
    """Read a point of fit as a thing, a quality, a list of skills or a deed."""
    text = _highlight_text(text, context)
    if not text:
        return Reading()
    if all(p.strip().casefold() in lexicon.CLICHES for p in re.split(r",|\band\b", text)):
        return Reading([], ["highlight-cliche"])
    text = _YEARS.sub(r"\1 of ", text)
    if text.split(" ", 1)[0].casefold() not in lexicon.QUALITIES:
        text = repairs.with_article(repairs.with_by(repairs.with_for(_first_person(text))))
    if progress := _IN_PROGRESS.match(text):
        return Reading([Phrase(phrases.DEED, (f"my {progress.group(1)} is in progress",))])
    words = text.split()
    lowered = [w.casefold().strip("()") for w in words]
    if lowered[0] in {"i", "i'm", "i’m", "i've", "i’ve"}:
        return _checked(Phrase(phrases.DEED, (text,)))
    if items := _items(text) or _pair(text):
        return _listed(items)
    if credential := _credential(words):
        return Reading([Phrase(phrases.THING, (credential,))])
    if lowered[-1] in lexicon.QUALITIES or (
        lowered[0] in lexicon.QUALITIES and len(words) > 1 and lowered[1] in lexicon.PREPOSITIONS
    ):
        return _checked(Phrase(phrases.QUALITY, (_lower(text),)))
    if lowered[0] in lexicon.QUALITIES and len(words) > 1:
        return _checked(Phrase(phrases.QUALITY, (article(_lower(text)),)))
    if len(words) <= lexicon.MAX_QUALITY_WORDS and lowered[-1].endswith(
        lexicon.AGENT_ENDINGS
    ) and lowered[0] not in lexicon.DETERMINERS:
        return _checked(Phrase(phrases.QUALITY, (article(_lower(text)),)))
    if _is_clause(words):
        if lowered[0] not in {"my", "our", "we"}:
            return Reading([], ["highlight-shape"])
        return _checked(Phrase(phrases.DEED, (_lower_pronoun(text),)))
    return _thing(_lower(text.split(", ")[0]))


def _thing(thing: str) -> Reading:
    """A noun phrase the candidate brings, with "my" before a title-case name."""
    single = " " not in thing and not thing[:1].isupper() and thing.casefold() not in (
        lexicon.TOOLS
    )
    if single or (" and " in thing and re.search(r"\d", thing)):
        return Reading([], ["highlight-shape"])
    words = thing.split()
    lowered = [w.casefold() for w in words]
    if lowered[0] == "my" and set(lowered) & lexicon.WORK_SAMPLES:
        return Reading([], ["highlight-shape"])
    named = words[0].isupper() or words[0].casefold() in lexicon.PROPER_FORMS
    field = not thing[:1].isupper() or (named and len(words) > 1 and words[-1].islower())
    if not _YEARS_OF.match(thing) and lowered[0] not in lexicon.DETERMINERS and (
        lowered[-1] not in lexicon.CREDENTIAL_NOUNS
    ) and field:
        return _checked(Phrase(phrases.THING, (f"my experience in {thing}",)))
    if years := _YEARS_OF.match(thing):
        return _checked(Phrase(phrases.THING, (_years(years.group(1), years.group(2)),)))
    titled = thing[:1].isupper() and len(words) > 1 and all(w[:1].isupper() for w in words)
    if titled or (words[-1].casefold() in lexicon.CREDENTIAL_NOUNS and words[0].casefold() not in (
        lexicon.DETERMINERS
    )):
        thing = "my " + thing
    return _checked(Phrase(phrases.THING, (thing,)))


def _years(length: str, rest: str) -> str:
    """Years of a trade, as the candidate's own: "6 years of line" -> "my 6 years on the line"."""
    unit = "year" if length.casefold() in {"1", "one"} else "years"
    rest = re.sub(r"\bas ([a-z]+[^s\W])$", r"as a \1", rest)
    preposition, field = rest.split(" ", 1)
    if field in lexicon.TRADE_PLACES and preposition == "of":
        rest = lexicon.TRADE_PLACES[field]
    elif field in lexicon.ADJECTIVE_FIELDS:
        rest = f"{preposition} {lexicon.ADJECTIVE_FIELDS[field]}"
    elif " " not in field and field.islower() and field.endswith(lexicon.ADJECTIVE_ENDINGS):
        rest = f"{preposition} {field} work"
    elif preposition == "of" and field.split(" ", 1)[0].endswith(lexicon.ADJECTIVE_ENDINGS) and (
        field.islower()
    ):
        rest = f"in {field}"
    return f"my {length} {unit} {rest}"


def _items(text: str) -> tuple[str, ...] | None:
    """The items of a typed list ("OSCP, CISSP", "Excel / SQL"), or None for prose."""
    if not re.search(r"[,/;]", text):
        return None
    items = tuple(i.strip() for i in _LIST_BREAK.split(text) if i.strip())
    if len(items) < 2 or any(len(i.split()) > 3 for i in items):
        return None
    return items


def _pair(text: str) -> tuple[str, ...] | None:
    """Two skills or languages joined by "and": "Japanese and English"."""
    items = tuple(i.strip() for i in re.split(r"\s+and\s+", text))
    if len(items) == 2 and all(i.casefold() in lexicon.TOOLS for i in items):
        return items
    return None


def _listed(items: tuple[str, ...]) -> Reading:
    """A list typed as a highlight: languages, certifications, skills, or not usable."""
    lowered = [i.casefold() for i in items]
    if all(i in lexicon.LANGUAGES for i in lowered):
        spoken = Phrase(phrases.THING, tuple(i.capitalize() for i in items)).listed
        return Reading([Phrase(phrases.DEED, (f"I speak {spoken}",))])
    if all(i in lexicon.CREDENTIALS for i in lowered):
        listed = Phrase(phrases.THING, items).listed
        return Reading([Phrase(phrases.THING, (f"my {listed} certifications",))])
    if 2 * sum(_is_skill(i) for i in items) >= len(items):
        return Reading([Phrase(phrases.SKILLS, tuple(lexicon.PROPER_FORMS.get(
            i.casefold(), i) for i in items))])
    return Reading([], ["highlight-shape"])


def _credential(words: list[str]) -> str | None:
    """A degree or a certificate typed on its own: "MS Biostatistics", "CELTA", "ServSafe"."""
    first = words[0].strip("®™").casefold()
    if first in lexicon.DEGREES:
        rest = " ".join(words[1:])
        return f"my {words[0]} in {rest}" if rest and rest[:1].isupper() else f"my {words[0]}"
    acronym = words[0].strip("®™")
    branded = acronym[:1].isupper() and any(c.isupper() for c in acronym[1:])  # "ServSafe"
    if len(words) <= lexicon.MAX_QUALITY_WORDS and len(acronym) > 1 and (
        acronym.isupper() or branded
    ) and not any(w[:1].islower() for w in words[1:]):
        return f"my {' '.join(words).replace('®', '').replace('™', '')} certification"
    return None


def _checked(phrase: Phrase) -> Reading:
    """The phrase, unless it is shorthand that would not read well in a sentence."""
    lowered = {w.casefold().strip(".,()") for w in phrase.text.split()}
    if lowered & lexicon.SLANG or ("," in phrase.text and phrase.kind != phrases.DEED):
        return Reading([], ["highlight-shape"])
    return Reading([phrase])


def read_interest(text: str, context: Context) -> Reading:
    """Read why the candidate wants the job as a thing, an aim or a reason."""
    text = _clip(tidy(text, context.known, drop_asides=True))
    text = _INTENSIFIER.sub("", _BECAUSE.sub("", text))
    if not text:
        return Reading()
    if liked := _LIKED_PEOPLE.match(text):
        # "I like the team, they seem kind, I want to fix X": the reasons after the people.
        rest = _THEY_CLAUSE.sub("", text[liked.end() :]).strip(" ,.;")
        if not rest:
            return Reading([Phrase(phrases.THING, (liked.group(1).casefold(),))])
        text = rest
    words = text.split()
    lowered = words[0].casefold()
    if len(words) == 1:
        if lowered in lexicon.PRIVATE_INTERESTS:
            return Reading([], ["private-interest"])
        known = lexicon.ONE_WORD_INTERESTS.get(lowered)
        return Reading([Phrase(phrases.THING, (known or _lower(text),))])
    wish = _WISH.match(text)
    if wish and "," not in text and " and i " not in text.casefold():
        text = wish.group(1)
        lowered = "to"
    if lowered == "to":
        return Reading([Phrase(phrases.AIM, ("to" + text[2:],))])
    if lowered in lexicon.FEELING_VERBS:
        return Reading([Phrase(phrases.REASON, ("I " + _lower(text),))])
    if lowered in {"i'd", "i’d", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll"}:
        return Reading([Phrase(phrases.REASON, (text,))])
    clauses = [_clip(c) for c in _SPLICE.split(text) if _clip(c)]
    lead = clauses[0].split()
    stops = text[len(clauses[0]) : len(clauses[0]) + 1] == "."
    if len(clauses) > 1 and stops and lead[0].casefold() == "the" and (
        len(lead) <= lexicon.MAX_LEAD_THING
    ):  # "the culture. Everyone I met smiled": the sentence that explains it is the reason
        told = [c for c in clauses[1:] if _is_clause(c.split())]
        return _reasons(told) or _interest_thing(_lower(clauses[0]))
    if len(clauses) > 1:
        clauses = [c for c in clauses if _is_clause(c.split())] or clauses[:1]
    if _is_clause(words) or len(clauses) > 1 or _is_clause(clauses[0].split()):
        return _reasons(clauses) or Reading([], ["interest-shape"])
    return _interest_thing(_lower(text))


def _reasons(clauses: list[str]) -> Reading | None:
    """Up to two clauses as the reason, without slang or bare praise; None if none is left.

    Praise stays when a later clause leans on it: "the product is good, I recommend it".
    """
    plain = [c for c in clauses if not set(_plain_words(c)) & lexicon.SLANG]
    leaning = any("it" in _plain_words(c) for c in plain[1:])
    if len(plain) > 1 and not leaning:
        plain = [c for c in plain if not _VAGUE_PRAISE.match(c)]
    if not plain:
        return None
    return Reading([Phrase(phrases.REASON, tuple(_lower_pronoun(c) for c in plain[:2]))])


def _plain_words(text: str) -> list[str]:
    return [w.casefold().strip(".,;:!?()") for w in text.split()]


def _interest_thing(text: str) -> Reading:
    """What draws the candidate, as noun phrases; an aim when one part is "to ..."."""
    if _INFINITIVE_FIRST.match(text):  # "the chance to help clear it and keep it clear"
        return Reading([Phrase(phrases.THING, (text,))])
    parts = [p.strip() for p in re.split(r",?\s+and\s+|,\s+", text) if p.strip()]
    aims = [p for p in parts if p.startswith("to ")]
    if aims:
        return Reading([Phrase(phrases.AIM, (aims[0],))])
    things = [p for p in parts if _plain_words(p)[-1] not in lexicon.TRAILING_ADVERBS]
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


def _lower_pronoun(clause: str) -> str:
    """Lower-case a clause's first word unless it is "I" or a name."""
    first = clause.split(" ", 1)[0]
    if first.casefold() in lexicon.SUBJECT_PRONOUNS - {"i"} | lexicon.DETERMINERS | (
        lexicon.EVERYONE
    ):
        return first.lower() + clause[len(first) :]
    return clause


def _link_name(text: str) -> str:
    """What a typed link is, from the words around it: "case study: https://..." -> "the ..."."""
    name = _clip(_LINK_WORDS.sub(" ", _SEND.sub("", text.strip())).strip(" :-–—()[],"))
    words = name.split()
    if not words or not any(c.isalpha() for c in name):
        return ""
    if words[0].casefold() in lexicon.DETERMINERS:
        return _lower(name)
    return ("my " if words[-1].casefold() in lexicon.OWNED else "the ") + _lower(name)


def _code_name(address: str) -> str:
    """What a link to a code host is: "github.com/ada/parser" -> "the parser repository"."""
    host, _, path = re.sub(r"^(?:https?://)?(?:www\.)?", "", address, flags=re.I).partition("/")
    segments = [s for s in path.split("/") if s]
    if host.casefold() not in lexicon.CODE_HOSTS or len(segments) < 2:
        return ""
    return f"the {segments[1]} repository" if len(segments) == 2 else "the code"


def read_promise(text: str, context: Context) -> Reading:
    """Read what the candidate promised: a thing, a thing sent later, or a link."""
    text = _clip(tidy(text, context.known))
    if not text:
        return Reading()
    if url := _URL.search(text):
        address = url.group(0).rstrip(".,;)")
        named = _link_name(text[: url.start()] + " " + text[url.end() :]) or _code_name(address)
        if named:
            return Reading([Phrase(phrases.NAMED_LINK, (address,), named)])
        return Reading([Phrase(phrases.LINK, (address,))], ["link-unnamed"])
    text = _SEND.sub("", text)
    when = _WHEN.search(text)
    tail = when.group(1) if when else ""
    thing = text[: when.start()] if when else text
    words = thing.split()
    if words and words[0].casefold() in lexicon.NEEDS_ARTICLE:
        thing = article(_lower(thing))
    elif words and "my" not in [w.casefold() for w in words] and words[0].casefold() not in (
        lexicon.DETERMINERS
    ) and (
        words[-1].casefold() in lexicon.OWNED or words[0].casefold() in lexicon.OWNED
    ):
        thing = "my " + _lower(thing)
    elif words and words[0].casefold() in lexicon.DETERMINERS:
        thing = _lower(thing)
    if not thing:
        return Reading()
    return Reading([Phrase(phrases.LATER if tail else phrases.THING, (thing,), tail)])
