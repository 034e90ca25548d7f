"""The corpus: committed notes match the engine, and no note has a fault a reader would catch."""

# ruff: noqa: RUF001 - notes use typographic dashes and apostrophes

from __future__ import annotations

import collections
import itertools
import re
from functools import cache

import pytest

from builder import compose
from builder.names import HONORIFIC_ENDINGS, read_name
from builder.occasions import OCCASIONS
from builder.realise import similar, words_of
from builder.request import LINKEDIN_LIMITS

from .notes import NOTES, expected, load, render, requests

REGENERATE = "python -m tests.corpus.notes"
PATHS = requests()
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
ABBREVIATION = re.compile(
    r"(?:^|\s)(?:St|Dr|Mr|Mrs|Ms|Mx|Prof|Inc|Ltd|Co|Jr|Sr|[A-Z])\.$|(?:[A-Z]\.){2,}$"
)
# A name's last word that ends a sentence too: "... at JPMorgan Chase & Co. I especially ..."
NAME_END = re.compile(r"\s(?:Inc|Ltd|Co|Jr|Sr)\.$")


@cache
def corpus() -> list[tuple[str, dict, dict]]:
    """Every request of the corpus with its response, composed once."""
    return [(path.stem, load(path), compose(load(path))) for path in PATHS]


def notes() -> list[tuple[str, dict, dict]]:
    """(case, request, note) for every note the corpus writes."""
    return [
        (case, request, note)
        for case, request, response in corpus()
        for note in response["notes"]
        if note is not None
    ]


def sentences(body: str) -> list[str]:
    """The sentences of a note between its greeting and its signature."""
    found: list[str] = []
    for paragraph in body.split("\n\n")[1:-1]:
        for piece in SENTENCE.split(paragraph):
            ends_name = found and NAME_END.search(found[-1]) and piece.startswith("I ")
            if found and ABBREVIATION.search(found[-1]) and not ends_name:
                found[-1] += " " + piece
            else:
                found.append(piece)
    return found


def faults(check: callable) -> list[str]:
    """Every note ``check`` finds fault with, as "case: fault" lines."""
    found = []
    for case, request, note in notes():
        problem = check(request, note)
        if problem:
            found.append(f"{case} (to {note['to']}): {problem}")
    return found


def matching(pattern: re.Pattern[str]) -> callable:
    """A check that finds fault with a note where ``pattern`` matches, quoting the match."""

    def check(request: dict, note: dict) -> str | None:
        del request
        match = pattern.search(note["body"])
        return match and note["body"][max(0, match.start() - 40): match.end() + 30]

    return check


def test_the_corpus_is_large_and_varied():
    cases = [load(path) for path in PATHS]
    assert len(cases) >= 150
    styles = {(c.get("kind", "thank-you"), c.get("channel", "email"), c.get("tone", "warm"))
              for c in cases}
    first = ("thank-you", "follow-up", "after-rejection")
    assert len({style for style in styles if style[0] in first}) == 27
    for kind, occasion in OCCASIONS.items():
        assert {channel for k, channel, _ in styles if k == kind} == set(occasion.channels)
        assert {tone for k, _, tone in styles if k == kind} == {"warm", "formal", "concise"}
    assert max(len(c["interviewers"]) for c in cases) == 12
    assert {c.get("linkedin") for c in cases if c.get("channel") == "linkedin"} >= set(
        LINKEDIN_LIMITS
    )


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_committed_notes_match_the_engine(path):
    target = expected(path)
    assert target.exists(), f"{target.name} is missing: run {REGENERATE}"
    assert target.read_text(encoding="utf-8") == render(load(path)), (
        f"The notes for {path.stem} changed: run {REGENERATE} and review the diff"
    )


def test_no_notes_without_a_request():
    stems = {path.stem for path in PATHS}
    assert {path.stem for path in NOTES.glob("*.txt")} <= stems


_GREETING = re.compile(r"^(?:Dear|Hi) (.+),$")


def _greeting_fault(request: dict, note: dict) -> str | None:
    first = note["body"].split("\n", 1)[0]
    typed = read_name(note["to"])
    if first == "Hello,":  # also for a job title where a note would say "Hi"
        team_on_linkedin = typed.group and request.get("channel") == "linkedin"
        return None if not typed.warm or typed.title or team_on_linkedin else "Hello, for a name"
    if first.endswith(tuple(f"{e}," for e in HONORIFIC_ENDINGS)):  # "佐藤様," says "Dear" itself
        return None if first[:-1] in {typed.warm, typed.formal} else f"greeting {first!r}"
    match = _GREETING.match(first)
    if not match:
        return f"greeting {first!r}"
    greeted = match.group(1)
    words = greeted.split()
    if typed.group:
        team = typed.shown.casefold()
        at_a_meal = greeted == "all" and {"lunch", "dinner", "breakfast"} & set(team.split())
        if greeted.casefold().endswith((team, f"{team} team")) or at_a_meal:
            return None
        return f"group greeted as {greeted!r}"
    if greeted[:1].islower() and words[0] not in {"van", "de", "von", "der", "la", "del"}:
        return f"lower-case greeting {greeted!r}"
    # A degree never; a suffix is part of the full name a formal note greets ("Dear Robert J.
    # Whitfield III,": readers failed it without the "III").
    if any(w.casefold().strip(".,") in {"mba", "phd", "md", "cpa", "rn"}
           for w in words[1:]) and typed.shown != greeted:
        return f"post-nominal in greeting {greeted!r}"
    honorific = note["to"].split(" ", 1)[0].rstrip(".").casefold()
    if honorific in {"dr", "prof", "mr", "mrs", "ms", "mx"} and not greeted.startswith(
        ("Dr", "Prof", "Mr", "Mrs", "Ms", "Mx")  # British English writes "Mr Jenkins" too
    ) and greeted != typed.shown:
        return f"title dropped in {greeted!r}"
    return None


def test_every_greeting_is_a_name_as_people_write_it():
    assert faults(_greeting_fault) == []


_THIRD_PERSON = re.compile(r"\b(?:he|she|his|him|himself|herself|her)\b", re.I)


def test_the_reader_is_never_spoken_of_in_the_third_person():
    assert faults(matching(_THIRD_PERSON)) == []


_CLAUSE_IN_NOUN_SLOT = re.compile(
    r"\b(?:that|about|on|of) (?:what|how|why|when|where|who) (?:does|do|did|is|are|was|were|"
    r"can|could|would|should|will)\b|\bthat (?:what|how|why|whether)\b|"
    r"\b(?:about|on|of|for) (?:you|I|we|they|she|he) "
    r"(?:are|is|was|were|have|has|do|did|can|will|would)\b",
)


def test_no_clause_sits_in_a_noun_slot():
    assert faults(matching(_CLAUSE_IN_NOUN_SLOT)) == []


_UNCONVERTED = re.compile(
    r"\bfor \w+ing\b[^.]*?\band (\w+ed) (?:me|us|you|the|my|our|your|a|an|to)\b"
)


_CUT_OFF_OBJECT = re.compile(r"\bspeak(?: to| with)?[,.]|\bthanks to[,.]|\bmore of at[,.]")


def test_no_sentence_loses_the_object_of_its_verb_or_preposition():
    # "When you next speak, I'd be glad ..." lost "to Amazon" to a rule that said the
    # company once.
    assert faults(matching(_CUT_OFF_OBJECT)) == []


def test_no_verb_is_left_unconverted_after_for_ing():
    assert faults(matching(_UNCONVERTED)) == []


INVENTED = (
    "as we discussed", "as i mentioned,", "i was glad to explain", "walk you through a recent",
    "your candour", "your candor", "the challenges the team", "projects i described",
    "as you said", "i described", "you mentioned that", "your questions gave me",
    "i hope it came across", "came across as clearly",
    "not least",  # a typed reason as one of several the writer never gave
)


def test_no_note_claims_what_the_user_did_not_say():
    def check(request: dict, note: dict) -> str | None:
        typed = str(request).casefold()
        body = note["body"].casefold().replace("’", "'")
        found = [p for p in INVENTED if p in body and p not in typed]
        return ", ".join(found) or None

    assert faults(check) == []


def test_no_note_speaks_of_the_team_here():
    # A reader failed "I would love to join the team here." as odd from one not there yet.
    assert faults(lambda _, note: "the team here" in note["body"] or None) == []


def test_the_closing_line_and_the_sign_off_never_repeat_each_other():
    def check(request: dict, note: dict) -> str | None:
        del request
        said = sentences(note["body"])
        sign_off = note["body"].split("\n\n")[-1].split("\n", 1)[0]
        if said and "thank" in said[-1].casefold() and "thank" in sign_off.casefold():
            return f"{said[-1]!r} above {sign_off!r}"
        return None

    assert faults(check) == []


def test_no_stock_phrase_is_in_more_than_one_note_in_five():
    counts: collections.Counter[tuple[str, ...]] = collections.Counter()
    all_notes = notes()
    for _, _, note in all_notes:
        words = words_of(" ".join(sentences(note["body"])))
        counts.update({tuple(words[i: i + 5]) for i in range(len(words) - 4)})
    common = {" ".join(g): n for g, n in counts.items() if n > len(all_notes) / 5}
    assert common == {}


def test_no_two_sentences_in_a_row_name_the_company():
    def check(request: dict, note: dict) -> str | None:
        company = re.split(r"\s+[-–—|]\s+", request["company"])[-1].casefold()
        typed = " ".join(p.get("detail", "") for p in request["interviewers"]).casefold()
        if company in typed:  # the user's own words may name it: "why I'm drawn to Deloitte"
            return None
        if len(request["interviewers"]) > 6:  # a panel of 12 uses every wording in a bank
            return None
        said = [company in s.casefold() for s in sentences(note["body"])]
        twice = any(a and b for a, b in itertools.pairwise(said))
        return "company twice in a row" if twice else None

    assert faults(check) == []


def test_no_note_names_the_company_in_three_sentences():
    # Readers failed a third "at Médecins Sans Frontières" in one note.
    def check(request: dict, note: dict) -> str | None:
        company = re.split(r"\s+[-–—|]\s+", request["company"])[-1].casefold()
        typed = " ".join([
            *(p.get("detail", "") for p in request["interviewers"]),
            *(request.get("highlights") or []), request.get("interest", ""),
            request.get("promised", ""),
        ]).casefold()
        if company in typed:  # the user's own words may name it: "I contributed to GitLab CE"
            return None
        said = sum(company in s.casefold() for s in sentences(note["body"]))
        return f"company in {said} sentences" if said > 2 else None

    assert faults(check) == []


@pytest.mark.parametrize("word", ["role", "glad"])
def test_no_paragraph_says_a_key_word_in_two_sentences_in_a_row(word):
    def check(_request: dict, note: dict) -> str | None:
        for paragraph in note["body"].split("\n\n")[1:-1]:
            said = [bool(re.search(rf"\b{word}\b", s)) for s in SENTENCE.split(paragraph)]
            if any(a and b for a, b in itertools.pairwise(said)):
                return f"'{word}' twice in a row"
        return None

    assert faults(check) == []


def _without_company(sentence: str, company: str) -> str:
    """A sentence with the company, named or "here", left out: "join you at Rivian" repeats
    "join you".
    """
    named = re.escape(company.split(" - ", maxsplit=1)[0].strip())
    return re.sub(rf"\s(?:at |to |with )?(?:the )?(?:{named}|here\b)", "", sentence, flags=re.I)


def test_no_two_notes_of_a_panel_share_a_sentence_or_an_opening():
    problems = []
    for case, request, response in corpus():
        said: list[tuple[str, list[str]]] = []
        openings: dict[tuple[str, ...], str] = {}
        for note in filter(None, response["notes"]):
            body = sentences(note["body"])
            opening = tuple(words_of(body[0])[:6]) if body else ()
            if opening in openings:
                problems.append(f"{case}: {note['to']} and {openings[opening]} open alike")
            openings[opening] = note["to"]
            compared = [words_of(_without_company(s, request["company"])) for s in body]
            for sentence, words in zip(body, compared, strict=True):
                clash = next((who for who, w in said if similar(words, w)), None)
                if clash and clash != note["to"]:
                    problems.append(f"{case}: {note['to']} and {clash}: {sentence!r}")
            said += [(note["to"], words) for words in compared]
    assert problems == []


def test_every_note_keeps_the_role_company_and_promise_or_says_why():
    def check(request: dict, note: dict) -> str | None:
        codes = {c["code"] for c in note["checks"]}
        if "role-missing" in codes or "promise-missing" in codes:
            return ", ".join(sorted(codes & {"role-missing", "promise-missing"}))
        # "City of Portland - Bureau of Transportation" may be written as one name, what
        # follows a comma ("U.S. District Court, E.D. Mich.") written out, and "LLC" left out.
        company = re.sub(r"\s+(?:llc|llp|inc\.?)$", "", request["company"].casefold())
        parts = re.split(r"\s+[-–—|]\s+", company.split(",")[0])
        body = note["body"].casefold()
        if not all(part in body for part in parts) and "left-out" not in codes:
            return "company missing"
        return None

    assert faults(check) == []


def test_nothing_is_called_attached_that_cannot_be():
    def check(request: dict, note: dict) -> str | None:
        del request
        for sentence in sentences(note["body"]):
            lowered = sentence.casefold()
            if "attach" in lowered and ("http" in lowered or "www." in lowered):
                return sentence
        return None

    assert faults(check) == []


def test_linkedin_notes_keep_within_their_limit():
    def check(request: dict, note: dict) -> str | None:
        if request.get("channel") != "linkedin":
            return None
        limit = LINKEDIN_LIMITS[request.get("linkedin", "invitation")]
        return f"{note['characters']} characters" if limit and note["characters"] > limit else None

    assert faults(check) == []


def test_a_generated_note_passes_its_own_review_of_grammar():
    def check(request: dict, note: dict) -> str | None:
        del request
        codes = {c["code"] for c in note["checks"]}
        bad = codes & {"third-person", "pasted-question", "lower-case-name", "placeholder"}
        return ", ".join(sorted(bad)) or None

    assert faults(check) == []


def test_no_two_sentences_in_a_row_open_alike():
    expand = {"i'd": "i would", "i'm": "i am", "i've": "i have", "i'll": "i will"}

    def opening(sentence: str) -> str:
        words = sentence.casefold().replace("’", "'").split()
        words = [*expand.get(words[0], words[0]).split(), *words[1:]]
        return " ".join(words[:2] if words[0] == "i" else words[:1])

    def check(request: dict, note: dict) -> str | None:
        del request
        for paragraph in note["body"].split("\n\n")[1:-1]:
            said = sentences(f"x\n\n{paragraph}\n\nx")
            for first, second in itertools.pairwise(said):
                if opening(first) == opening(second):
                    return f"{first!r} then {second!r}"
        return None

    assert faults(check) == []


def test_every_thank_you_note_thanks_the_reader():
    def check(request: dict, note: dict) -> str | None:
        if request.get("kind", "thank-you") not in {"thank-you", "later-round"}:
            return None
        said = " ".join(sentences(note["body"]))
        return None if re.search(r"thank|grateful|appreciat", said, re.I) else said[:80]

    assert faults(check) == []


def test_no_note_signs_thanks_again_without_having_thanked():
    def check(request: dict, note: dict) -> str | None:
        del request
        signed_again = "again," in note["body"].split("\n\n")[-1].split("\n")[0]
        thanked = re.search(r"thank", " ".join(sentences(note["body"])), re.I)
        return "Thanks again without thanks" if signed_again and not thanked else None

    assert faults(check) == []
