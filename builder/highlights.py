"""Read a highlight, the candidate's point of fit: a thing, a quality, skills or a deed."""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

import re

from builder import lexicon, morphology, phrases, repairs
from builder.cleaning import tidy
from builder.phrases import Phrase
from builder.realise import article
from builder.shapes import clip, is_clause, lower_first, lower_pronoun
from builder.understand import Context, Reading

_QUALIFIER = re.compile(r"\((student|intern|trainee|apprentice|volunteer|junior)\)", re.I)
# A count of years, in figures or words: "6", "6+", "six".
_COUNT = r"(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_YEARS_OF = re.compile(rf"^({_COUNT}) years? ((?:of|in|at|as|with) .+)$", re.I)
_YEARS = re.compile(rf"^({_COUNT}\s+years?)\s+(?!of\b|in\b|at\b|with\b|as\b|doing\b)", re.I)
_IN_PROGRESS = re.compile(
    r"^(?:my\s+)?(.+?)\s+(?:(?:is|are)\s+)?\(?(?:in progress|pending|underway)\)?$", re.I
)
_LIST_BREAK = re.compile(r"\s*(?:,|;|\band\b|\s/\s|(?<=[^\W\d]{3})/(?=[^\W\d]{3}))\s*")


def _is_skill(item: str) -> bool:
    """Whether a list item names a known skill or tool ("SQL", "Tableau")."""
    return item.casefold() in lexicon.TOOLS and item.casefold() not in lexicon.LANGUAGES


def _first_person(text: str) -> str:
    """Add the "I" a highlight left out: "led a team of 6" -> "I led a team of 6"."""
    first = text.split(" ", 1)[0]
    if " " in text and morphology.is_past(first) and first.casefold() not in lexicon.NOT_PAST:
        return "I " + first.casefold() + text[len(first) :]
    return text


def _highlight_text(typed: str, context: Context) -> str:
    """A highlight's first sentence, cleaned.

    A qualifier typed in brackets stays: "won a One Show pencil (student)" -> "... as a
    student", so that the note never claims more than the candidate did.
    """
    qualifier = _QUALIFIER.search(typed)
    text = clip(tidy(typed, context.known, drop_asides=True))
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
        return _checked(Phrase(phrases.QUALITY, (lower_first(text),)))
    if lowered[0] in lexicon.QUALITIES and len(words) > 1:
        return _checked(Phrase(phrases.QUALITY, (article(lower_first(text)),)))
    if len(words) <= lexicon.MAX_QUALITY_WORDS and lowered[-1].endswith(
        lexicon.AGENT_ENDINGS
    ) and lowered[0] not in lexicon.DETERMINERS:
        return _checked(Phrase(phrases.QUALITY, (article(lower_first(text)),)))
    if is_clause(words):
        if lowered[0] not in {"my", "our", "we"}:
            return Reading([], ["highlight-shape"])
        return _checked(Phrase(phrases.DEED, (lower_pronoun(text),)))
    return _thing(lower_first(text.split(", ")[0]))


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
