"""Read a highlight, the candidate's point of fit: a thing, a quality, skills or a deed."""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

import re

from builder import lexicon, morphology, phrases, repairs
from builder.cleaning import tidy
from builder.phrases import Phrase
from builder.realise import article
from builder.shapes import clip, is_clause, lower_first, lower_pronoun
from builder.understand import Context, Reading, clause_verb

_QUALIFIER = re.compile(r"\((student|intern|trainee|apprentice|volunteer|junior)\)", re.I)
# A count of years, in figures or words: "6", "6+", "six".
_COUNT = r"(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_YEARS_OF = re.compile(rf"^({_COUNT}) years? ((?:of|in|at|as|with|on|for) .+)$", re.I)
_YEARS = re.compile(rf"^({_COUNT}\s+years?)\s+(?!(?:of|in|at|with|as|on|for|doing)\b)", re.I)
_IN_PROGRESS = re.compile(
    r"^(?:my\s+)?(.+?)\s+(?:(?:is|are)\s+)?\(?(?:in progress|pending|underway)\)?$", re.I
)
# The second part of a count of years, part of the first: "6 yrs line, 2 as junior sous".
_PART_OF_THE_YEARS = re.compile(rf"^({_COUNT}) (?:years? )?((?:as|at|in) [^,]+)$", re.I)
_DURATION = re.compile(rf"^({_COUNT})\s+(years?|hours?)$", re.I)
_SERIES = re.compile(r"^Series \d+(?:\s*(?:,|and|/)\s*\d+)*$")
_OUR = re.compile(r"\bour\b( team\b)?")
# "bilingual English/Spanish", "dual certified Gen Ed and SPED": the "in" left out.
_QUALIFIED_IN = re.compile(
    r"^((?:dual(?:ly)? )?(?:bilingual|trilingual|certified|licensed|qualified)) (?!in\b)([A-Z].*)$"
)
_QUALIFIED_YEAR = re.compile(r"^(.+ (?:qualified|certified|licensed|chartered)),? (?:19|20)\d\d$")
_LIST_BREAK = re.compile(r"\s*(?:,|;|\band\b|\s/\s|(?<=[^\W\d]{3})/(?=[^\W\d]{3}))\s*")


def _is_skill(item: str) -> bool:
    """Whether a list item names a known skill or tool ("SQL", "Tableau")."""
    return item.casefold() in lexicon.TOOLS and item.casefold() not in lexicon.LANGUAGES


def _is_tool_name(item: str) -> bool:
    """Whether a list item is one capitalised word, such as a product: "Revit", "SolidWorks"."""
    return " " not in item and item[:1].isupper() and item.isalpha() and item.casefold() not in (
        lexicon.QUALITIES | lexicon.CLICHES
    )


def _is_field(item: str) -> bool:
    """Whether a list item is a field of work of a few plain words: "mammalian cell culture"."""
    words = item.split()
    return 1 < len(words) <= lexicon.MAX_FIELD_WORDS and item.islower() and (
        item.replace(" ", "").isalpha() and clause_verb(words) is None
    ) and not words[-1].endswith(lexicon.AGENT_ENDINGS) and not (
        {w.casefold() for w in words} & (lexicon.DETERMINERS | lexicon.SLANG | lexicon.QUALITIES)
    ) and item not in lexicon.CLICHES


def _in_fields(match: re.Match[str]) -> str:
    """A field named after a qualification, with its "in": "bilingual in English and Spanish".

    "dual certified" in two fields is "certified in both".
    """
    fields = re.sub(r"(?<=[^\W\d])/(?=[^\W\d])", " and ", match[2])
    if match[1].startswith("dual") and " and " in fields:
        return f"{match[1].split(' ', 1)[1]} in both {fields}"
    return f"{match[1]} in {fields}"


def _first_person(text: str) -> str:
    """Add the "I" a highlight left out: "led a team of 6" -> "I led a team of 6"."""
    first = text.split(" ", 1)[0]
    if " " in text and morphology.is_past(first) and first.casefold() not in lexicon.NOT_PAST:
        return "I " + first.casefold() + text[len(first) :]
    return text


_RANK_SIGN = re.compile(r"#\d")


def _unusable(text: str) -> str | None:
    """Why a highlight cannot be used: only clichés, or a scribble ("ranked #2 branch")."""
    if all(p.strip().casefold() in lexicon.CLICHES for p in re.split(r",|\band\b", text)):
        return "highlight-cliche"
    return "highlight-shape" if _RANK_SIGN.search(text) else None


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


# A British degree's class and its subject: "2:1 in History", "first class degree in maths".
_DEGREE_CLASS = re.compile(
    r"^(?P<grade>first[ -]class|1st|2:1|2\.1|2:2|upper second|lower second)"
    r"(?:[ -]class)?(?: honours| hons\.?)?(?: degree)?(?:,| in| -)? (?P<field>[A-Za-z].*)$",
    re.I,
)
_GRADES = {"first-class": "first-class", "1st": "first-class", "2.1": "2:1",
           "upper-second": "upper-second", "lower-second": "lower-second"}


def _degree(text: str) -> str | None:
    """A degree typed by its class: "First Class Honours, Economics & Statistics"."""
    if degree := _DEGREE_CLASS.match(text):
        grade = _GRADES.get(degree["grade"].casefold().replace(" ", "-"), degree["grade"])
        return f"my {grade} degree in {degree['field']}"
    return None


def read_highlight(text: str, context: Context) -> Reading:
    """Read a point of fit as a thing, a quality, a list of skills or a deed."""
    text = _highlight_text(text, context)
    if not text:
        return Reading()
    if unusable := _unusable(text):
        return Reading([], [unusable])
    text = _YEARS.sub(r"\1 of ", text.replace(" & ", " and "))
    text = _QUALIFIED_YEAR.sub(r"\1", _QUALIFIED_IN.sub(_in_fields, text))
    if named := _labelled(text) or _degree(text):
        return Reading([Phrase(phrases.THING, (named,))])
    if text.split(" ", 1)[0].casefold() not in lexicon.QUALITIES:
        text = repairs.with_article(repairs.with_by(repairs.with_for(_first_person(text))))
    if progress := _IN_PROGRESS.match(text):
        return Reading([Phrase(phrases.DEED, (f"my {progress.group(1)} is in progress",))])
    words = text.split()
    lowered = [w.casefold().strip("()") for w in words]
    if lowered[0] in {"i", "i'm", "i’m", "i've", "i’ve"}:
        text = _FIGURE_AFTER.sub(_figure_aside, text)  # "..., $40 million ARR year 1"
        return _checked(Phrase(phrases.DEED, (_as_mine(text),)))
    listed = _items(text)
    if pair := listed or _pair(text):
        return _listed(pair, joined=listed is None)
    if credential := _credential(words):
        return Reading([Phrase(phrases.THING, (credential,))])
    if lowered[-1] in lexicon.QUALITIES or (
        lowered[0] in lexicon.QUALITIES and len(words) > 1 and lowered[1] in lexicon.PREPOSITIONS
    ):
        return _checked(Phrase(phrases.QUALITY, (lower_first(text),)))
    if (lowered[0] in lexicon.QUALITIES and len(words) > 1) or (
        len(words) <= lexicon.MAX_QUALITY_WORDS
        and lowered[-1].endswith(lexicon.AGENT_ENDINGS)
        and lowered[-1] not in lexicon.CREDENTIAL_NOUNS  # "Teaching Certificate"
        and lowered[0] not in lexicon.DETERMINERS
    ):
        return _checked(Phrase(phrases.QUALITY, (article(lower_first(text)),)))
    if is_clause(words):
        if lowered[0] not in {"my", "our", "we"}:
            return Reading([], ["highlight-shape"])
        return _checked(Phrase(phrases.DEED, (lower_pronoun(_as_mine(lower_first(text))),)))
    return _things(text)


def _things(text: str) -> Reading:
    """The noun phrase before any comma, and a part of its years after it.

    "6 yrs line, 2 as junior sous at Estela" -> "my 6 years on the line" and "my 2 years as
    junior sous at Estela".
    """
    first, _, rest = text.partition(", ")
    reading = _thing(lower_first(first))
    if reading.phrases and (part := _PART_OF_THE_YEARS.match(rest)):
        years = "year" if part[1] in {"1", "one"} else "years"
        reading.phrases.append(Phrase(phrases.THING, (f"my {part[1]} {years} {part[2]}",)))
    return reading


# A figure typed after a deed, as a note to self: "I launched X, $40 million ARR year 1".
_FIGURE_AFTER = re.compile(
    r", (?P<figure>[$£€]?\d[\d.,]*(?: (?:million|billion|thousand))?%? [A-Z]{2,5})"
    r"(?: (?:in )?(?:year|yr) (?P<year>\d))?$"
)


def _figure_aside(match: re.Match[str]) -> str:
    """The figure in brackets, its year said: " ($40 million ARR in year 1)"."""
    year = f" in year {match['year']}" if match["year"] else ""
    return f" ({match['figure']}{year})"


def _as_mine(text: str) -> str:
    """The candidate's "our" as their old team's, which a new team would read as its own.

    "our uptake went from 18% to 31%" -> "my team's uptake went from 18% to 31%".
    """
    return _OUR.sub(lambda m: "my team" if m[1] else "my team's", text)


# A record, told by what never or always happened: "zero LTIs on my last 2 projects" is
# "my record of zero LTIs ...", never "my experience in zero LTIs ...".
_NONE_OR_ALL = frozenset({"zero", "no"})
_PERCENT = re.compile(r"\d+(?:\.\d+)?%")


def _thing(thing: str) -> Reading:
    """A noun phrase the candidate brings, with "my" before a title-case name."""
    single = " " not in thing and not thing[:1].isupper() and thing.casefold() not in (
        lexicon.TOOLS
    )
    counted = _YEARS_OF.match(thing)
    if single or (" and " in thing and re.search(r"\d", counted.group(2) if counted else thing)):
        return Reading([], ["highlight-shape"])
    words = thing.split()
    lowered = [w.casefold() for w in words]
    if lowered[0] == "my" and set(lowered[:3]) & lexicon.WORK_SAMPLES:
        return _checked(Phrase(phrases.WORK, (thing,)))
    if lowered[0] in _NONE_OR_ALL or _PERCENT.fullmatch(lowered[0]):  # a record kept
        return _checked(Phrase(phrases.THING, (f"my record of {thing}",)))
    named = words[0].isupper() or words[0].casefold() in lexicon.PROPER_FORMS
    field = not thing[:1].isupper() or (named and len(words) > 1 and words[-1].islower())
    if not _YEARS_OF.match(thing) and lowered[0] not in lexicon.DETERMINERS and (
        lowered[-1] not in lexicon.CREDENTIAL_NOUNS
    ) and field:
        if role := _as_role(words):
            return _checked(Phrase(phrases.THING, (f"my experience as {role}",)))
        used = lowered[0] in lexicon.TOOLS and lowered[1:2] == ["for"]  # "Python for analysis"
        joined = "using" if used else "in"
        return _checked(Phrase(phrases.THING, (f"my experience {joined} {thing}",)))
    if years := _YEARS_OF.match(thing):
        if lowered[-1] in lexicon.CREDENTIAL_NOUNS:  # "5 yrs forklift ... licence": readers
            return Reading([], ["highlight-shape"])  # failed "years in" and "years with" it
        return _checked(Phrase(phrases.THING, (_years(years.group(1), years.group(2)),)))
    titled = thing[:1].isupper() and len(words) > 1 and all(w[:1].isupper() for w in words)
    if titled or (set(lowered) & lexicon.CREDENTIAL_NOUNS and lowered[0] not in (
        lexicon.DETERMINERS
    )):
        thing = "my " + thing
    return _checked(Phrase(phrases.THING, (thing,)))


def _as_role(words: list[str]) -> str:
    """A role the candidate held, as held: "notary public" -> "a notary public".

    Readers failed "my experience in notary public" and "in second chair on a jury trial".
    """
    end = next((n for n, w in enumerate(words) if w in lexicon.PREPOSITIONS), len(words))
    head = [w.casefold() for w in words[:end]]
    if not head or head[0] in lexicon.DETERMINERS:
        return ""
    last = head[-2] if len(head) > 1 and head[-1] in lexicon.POSTPOSITIVE else head[-1]
    if last not in lexicon.ROLE_NOUNS:
        return ""
    role = " ".join(words)
    return role if head[0] in lexicon.RANK_WORDS else article(role)


def _labelled(text: str) -> str | None:
    """A label and what it belongs to, typed as two parts, as one noun phrase.

    "MPA, Maxwell School" -> "my MPA from the Maxwell School"; "Notes Editor, Georgetown
    Law Journal" -> "my experience as Notes Editor of the ..."; "Death Penalty Clinic, 2
    yrs" -> "my 2 years in the ..."; "NICU capstone, 144 hrs" -> "my 144-hour NICU capstone".
    """
    label, _, rest = (part.strip() for part in text.partition(","))
    if not label or not rest or "," in rest:
        return None
    if duration := _DURATION.match(rest):
        count, unit = duration.group(1), duration.group(2).casefold()
        if unit.startswith("hour") and not _DURATION.match(label):
            return f"my {count}-hour {lower_first(label)}"
        return f"my {count} {unit} in {_named(label)}" if _titled(label) else None
    if not _titled(rest):
        return None
    if label.casefold() in lexicon.DEGREES:
        return f"my {label} from {_named(rest)}"
    if _titled(label) and label.split()[-1].casefold() in lexicon.ROLE_NOUNS:
        joined = "of" if rest.split()[-1].casefold() in lexicon.PUBLICATIONS else "at"
        return f"my experience as {label} {joined} {_named(rest)}"
    return None


def _titled(text: str) -> bool:
    """Whether every word but a short joining one starts with a capital: "Law Review"."""
    return all(w[:1].isupper() or w in lexicon.TITLE_JOINERS for w in text.split())


def _named(place: str) -> str:
    """A place or body as a sentence names it: "the Maxwell School", "Georgetown"."""
    words = place.split()
    if words[0].casefold() in lexicon.DETERMINERS:
        return place
    takes_the = words[-1].casefold() in lexicon.PLACES_WITH_THE or words[1:2] == ["of"]
    return f"the {place}" if takes_the else place


def _years(length: str, rest: str) -> str:
    """Years of a trade, as the candidate's own: "6 years of line" -> "my 6 years on the line"."""
    unit = "year" if length.casefold() in {"1", "one"} else "years"
    rest = re.sub(r"\bas ([a-z]+[^s\W])$", r"as a \1", rest)
    preposition, field = rest.split(" ", 1)
    head, _, place = field.partition(" at ")
    if preposition == "of" and head.split()[-1].casefold() in lexicon.ROLE_NOUNS | {
        "manager", "supervisor", "lead", "director", "coordinator", "assistant", "officer"
    } | lexicon.CARE_ROLES:  # "4 years of department manager at Macy's" -> "4 years as a ..."
        rest = f"as {article(head)}" + (f" at {place}" if place else "")
    elif preposition == "of" and head.isupper() and head.casefold() in lexicon.CARE_UNITS:
        rest = f"in the {head}" + (f" at {place}" if place else "")  # "of PICU" -> "in the PICU"
    elif head in lexicon.TRADE_PLACES and preposition == "of":  # "of line" -> "on the line"
        rest = lexicon.TRADE_PLACES[head] + (f" at {place}" if place else "")
    elif field in lexicon.ADJECTIVE_FIELDS:
        rest = f"{preposition} {lexicon.ADJECTIVE_FIELDS[field]}"
    elif " " not in field and field.islower() and field.endswith(lexicon.ADJECTIVE_ENDINGS):
        rest = f"{preposition} {field} work"
    elif preposition == "of" and (not _done_for_years(head) or (  # "of Army logistics" -> "in"
        field.split(" ", 1)[0].endswith(lexicon.ADJECTIVE_ENDINGS) and field.islower()
    )):
        rest = f"in {field}"
    if length.endswith("+"):  # "5+ yrs in ads" -> "my 5-plus years in ads", never "my 5+"
        return f"my {length[:-1]}-plus {unit} {rest}"
    return f"my {length} {unit} {rest}"


def _done_for_years(field: str) -> bool:
    """Whether years "of" a field read as time spent doing it: "ICU nursing", "Rails".

    A domain reads as years "in" it: readers failed "my 6 years of acute medicine".
    """
    words = field.split()
    return any(w.casefold().endswith("ing") for w in (words[0], words[-1])) or any(
        w.casefold() in lexicon.TOOLS for w in words
    ) or (len(words) == 1 and words[0][:1].isupper())


def _items(text: str) -> tuple[str, ...] | None:
    """The items of a typed list ("OSCP, CISSP", "Excel / SQL"), or None for prose."""
    if not re.search(r"[,/;]", text):
        return None
    items = tuple(i.strip() for i in _LIST_BREAK.split(text) if i.strip())
    if len(items) < 2 or any(len(i.split()) > 3 for i in items):
        return None
    return items


def _pair(text: str) -> tuple[str, ...] | None:
    """Two skills, tools, languages or certificates joined by "and": "Japanese and English"."""
    items = tuple(i.strip() for i in re.split(r"\s+and\s+", text))
    if len(items) == 2 and (all(i.casefold() in lexicon.TOOLS or _is_product(i) for i in items) or (
        all(i.casefold() in lexicon.CREDENTIALS for i in items)
    )):
        return items
    return None


def _is_product(item: str) -> bool:
    """Whether an item is a short name in capitals, neither a degree nor a certificate."""
    words = item.split()
    return len(words) <= lexicon.MAX_FIELD_WORDS and all(w[:1].isupper() for w in words) and not (
        {w.casefold() for w in words} & (lexicon.CREDENTIAL_NOUNS | lexicon.DEGREES)
        or item.casefold() in lexicon.CREDENTIALS
    )


def _listed(items: tuple[str, ...], *, joined: bool = False) -> Reading:
    """A list typed as a highlight: languages, certifications, skills, or not usable.

    Two names ``joined`` by "and" are tools ("USPTO Patent Center and CPI"); two typed
    with a comma may be a title and a place ("Shift Lead, Starbucks").
    """
    lowered = [i.casefold() for i in items]
    if all(i in lexicon.LANGUAGES | lexicon.MANY_WORD_LANGUAGES for i in lowered):
        names = (i.title() if i.islower() else i for i in items)
        spoken = Phrase(phrases.THING, tuple(names)).listed
        return Reading([Phrase(phrases.DEED, (f"I speak {spoken}",))])
    if all(i in lexicon.CREDENTIALS for i in lowered):
        listed = Phrase(phrases.THING, items).listed
        return Reading([Phrase(phrases.THING, (f"my {listed} certifications",))])
    if 2 * sum(_is_skill(i) for i in items) >= len(items) or all(
        _is_tool_name(i) for i in items
    ) or all(_is_field(i) for i in items) or (joined and all(map(_is_product, items))):
        return Reading([Phrase(phrases.SKILLS, tuple(lexicon.PROPER_FORMS.get(
            i.casefold(), i) for i in items))])
    return Reading([], ["highlight-shape"])


def _credential(words: list[str]) -> str | None:
    """A degree or a certificate typed on its own: "MS Biostatistics", "CELTA", "ServSafe"."""
    if _SERIES.match(" ".join(words)):  # "Series 7 and 66": licences to sell securities
        return f"my {' '.join(words)} licenses"
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
    """The phrase, unless it is shorthand or an honour, which would not read well."""
    lowered = {w.casefold().strip(".,()") for w in phrase.text.split()}
    if lowered & lexicon.SLANG or ("," in phrase.text and phrase.kind != phrases.DEED):
        return Reading([], ["highlight-shape"])
    words = phrase.text.casefold().split()
    if (phrase.kind == phrases.QUALITY and phrase.text.casefold().endswith(lexicon.HONOURS)) or (
        phrase.kind == phrases.DEED and words[1:2] == ["won"]
    ):  # readers failed every frame that told an honour: it reads as a boast
        return Reading([], ["highlight-honour"])
    return Reading([phrase])
