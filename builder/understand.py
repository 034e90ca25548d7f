"""Read what the candidate typed about one interviewer as typed phrases."""

# ruff: noqa: RUF001 - readers type curly apostrophes, so patterns match them

from __future__ import annotations

import re
from dataclasses import dataclass, field

from builder import lexicon, morphology, phrases, questions
from builder.candour import candid_topic_of
from builder.cleaning import is_proper_noun, tidy
from builder.logistics import gone_over, is_term, read_logistics
from builder.person import to_reader
from builder.phrases import Phrase
from builder.realise import article
from builder.stages import NEXT_LABELS, labelled_stage, read_next_stage
from builder.vetting import (
    object_with_article,
    praise_of,
    seen_mine,
    vet,
    with_article,
    without_their_record,
)

_REPORTS = r"asked|said|says|mentioned|told|warned|showed|walked|talked|explained"
_SENTENCES = re.compile(
    r"(?<=[.!?;])\s+|\s+[-–—]{1,2}\s+(?=[A-Z])|\n+|"
    r"\s+[-–—]{1,2}\s+(?=(?:said|says|mentioned|told|warned|explained)\s)|"  # not a label's
    r",\s+(?=(?i:she|he|they|we|i|you)(?:['’](?i:s|re|ve|m|d))?\s+\w)|"
    rf",\s+(?=(?i:{_REPORTS}|wants|thinks|runs|has|is|was)\s)",
)
# A thing and a question put to the candidate: "X, and how I'd handle Y".
_AND_MY_ANSWER = re.compile(
    r",?\s+and\s+(?=(?:how|what|why|whether)\s+(?:i|i['’]d|i['’]m)\s)", re.I
)
_ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Co|Inc|Ltd|vs|e\.g|i\.e|[A-Z])\.$"
)
_WHAT_IS_THE = re.compile(r"^what(?:'s|’s| is) (the .+?)(?<! like)\??$", re.IGNORECASE)
_READER_OBJECTS = frozenset({"her", "him", "them", "you", "your"})
_FIRST_PERSON = lexicon.FIRST_PERSON
_LABEL = re.compile(r"^([\w][\w /&+-]{0,24}?)\s*(?::|\s[-–—]\s|\s[-–—]|\s?[-–—]\s)\s*(.+)$")
_LIST_BREAK = re.compile(
    r"\s*(?:,|;|\band\b|\s&\s|\s/\s|(?<=[^\W\d]{3})/(?=[^\W\d]{3}))\s*"
)
_LEAD = re.compile(
    r"^(?:so|and|also|then|plus|oh|um|well|basically|honestly|(?:mostly|mainly|largely) about)\s+",
    re.I,
)
_TALKED = re.compile(
    r"^(?:(?:we|you and i|i|she|he|they|you)\s+)?(?:also\s+)?"
    r"(?:talked|talking|spoke|chatted|chatting|discussed|covered|went over|got into)"
    r"(?:\s+(?:a lot|a bit|at length|briefly|mostly|for (?:(?:about|over|almost|nearly)\s+)?"
    r"(?:an|a|half an|\w+)\s+(?:hour|hours|minutes|mins)))?\s+(?:about\s+|of\s+|through\s+)?",
    re.I,
)
_SAID = re.compile(
    r"^(?:(?:she|he|they|you)\s+)?(?:also\s+)?(?:mentioned|said|explained|noted|pointed out|"
    r"told me|shared|stressed|emphasi[sz]ed)(?:\s+that)?\s+",
    re.I,
)
_LET_KNOW = "letting me know that "  # news or a tip they gave
_WARNED = re.compile(r"^(?:(?:she|he|they|you)\s+)?(?:also\s+)?warned\s+me\s+(?:that\s+)?", re.I)
_ADVISED = re.compile(
    r"^(?:(?:she|he|they|you)\s+)?(?:also\s+)?(?:said(?:\s+to)?|advised(?:\s+me)?(?:\s+to)?|"
    r"told\s+me\s+to|suggested(?:\s+I)?)\s+(?:to\s+)?",
    re.I,
)
_SECOND_REPORT = re.compile(r",?\s+and\s+(?:that|said)\b", re.I)
_PARTICLES = frozenset({"in", "up", "on", "through", "over", "out"})
_TOLD_ME = re.compile(r"^(?:(?:she|he|they|you)\s+)?(?:also\s+)?told\s+me\s+about\s+", re.I)
_ASKED = re.compile(
    r"^(?:(?:she|he|they|you|one(?: of (?:them|you))?)\s+)?(?:also\s+)?"
    r"(?:asked|pushed|pressed|probed|grilled|quizzed)"
    r"(?:\s+me)?(?:\s+(?:a lot|lots|a few|"
    r"many|several|some|good|great|tough|hard|a couple of|a bunch of)?\s*"
    r"questions?)?(?:\s+(?:about|on|around|re))?\s+",
    re.I,
)
_I_TOLD = re.compile(
    r"^i\s+(?:also\s+)?(?:(?:told|showed)\s+(?:you|her|him|them)\s+(?:about\s+)?|"
    r"walked\s+(?:(?:you|her|him|them)\s+)?through\s+)",
    re.I,
)
_I_SAID = re.compile(
    r"^i\s+(?:also\s+)?(?:mentioned|said|explained|shared)(?:\s+that)?\s+", re.I
)
_I_ASKED = re.compile(r"^i\s+(?:also\s+)?asked(?:\s+(?:you|her|him|them))?\s+(?:about\s+)?", re.I)
_WE = re.compile(r"^we\s+", re.I)


@dataclass(frozen=True)
class Context:
    """What the reading needs to know: the company's name and the interviewer's names."""

    company: str
    names: tuple[str, ...] = ()
    known: dict[str, str] = field(default_factory=dict)
    for_me: bool = False  # whatever the reader did, they did for the candidate (a coordinator)
    listed: dict[str, str] = field(default_factory=dict)  # skills listed: "rust" is "Rust"


@dataclass
class Reading:
    """What a field was read as: its phrases, and why any part of it was set aside."""

    phrases: list[Phrase] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _clip(text: str) -> str:
    return text.strip().rstrip(" .,;:!?").strip()


def _words(text: str) -> list[str]:
    return text.split()


def _is_empty(text: str) -> bool:
    """Whether a piece says nothing about the conversation ("Great chat", "lol")."""
    words = [w.strip(".,!?").casefold() for w in text.split()]
    filler = lexicon.EVALUATIVE | lexicon.MEETING_WORDS | lexicon.DETERMINERS | (
        lexicon.EMPTY_WORDS
    )
    return not words or all(w in filler for w in words)


def _is_finite(word: str, following: str) -> bool:
    """Whether a word inside a phrase is a verb that makes the phrase a clause."""
    lowered = word.casefold()
    if lowered in lexicon.COPULAS | lexicon.MODALS | lexicon.NEGATED | lexicon.LINKING | {
        "has", "have", "had", "does", "did"
    }:
        return True
    if lowered in lexicon.IRREGULAR_PAST and lowered not in {"led", "left", "found", "set"}:
        return True
    if morphology.is_third_person(lowered) and lowered not in lexicon.COPULAS:
        return following.casefold() in lexicon.DETERMINERS | {"to", "me", "us", "you", "it"}
    return False


def _is_subject_verb(previous: str, word: str) -> bool:
    """Whether ``word`` is a present-tense verb after a subject ("the team publishes")."""
    before = previous.casefold()
    return morphology.is_third_person(word) and (
        before in lexicon.SUBJECT_NOUNS or before in lexicon.ADVERBS_OF_FREQUENCY
    )


def clause_verb(words: list[str]) -> int | None:
    """Where the verb of a clause is, when a noun phrase of up to five words leads it.

    A second subject before the verb makes it a noun phrase with a relative clause: "the
    way the library treats people", "the launch they are planning".
    """
    found = _first_verb(words)
    if found is None or not words or words[0].casefold() not in lexicon.DETERMINERS:
        return found
    between = {w.casefold() for w in words[1:found]}
    relative = lexicon.DETERMINERS | lexicon.SUBJECT_PRONOUNS | {"i"}
    return None if between & relative else found


def _first_verb(words: list[str]) -> int | None:
    for index, word in enumerate(words[1:6], start=1):
        lowered = word.casefold()
        if lowered in lexicon.WH_WORDS | {"that", "who", "which", "where"}:
            return None
        following = words[index + 1] if index + 1 < len(words) else ""
        if _is_finite(word, following) or _is_subject_verb(words[index - 1], word) or (
            morphology.is_past(word) and index + 1 < len(words)
            and words[index - 1].casefold() not in lexicon.DETERMINERS | lexicon.PREPOSITIONS
        ):
            return index
    return None


def _gerunds(text: str, *, first: bool) -> tuple[str, ...]:
    """Turn verb phrases joined by "and" into "-ing" forms, one part per verb.

    "walked me through the lab and showed me the sequencer" -> ("walking me through the
    lab", "showing me the sequencer"). With ``first`` the first word is a verb too.
    """
    words = _words(text)
    parts: list[list[str]] = [[]]
    for index, word in enumerate(words):
        bare = word.casefold().rstrip(",")
        joined = index and (
            words[index - 1].casefold() == "and" or words[index - 1].endswith(",")
        )
        is_verb = (morphology.is_past(bare) or morphology.is_third_person(bare)) and (
            morphology.base(bare) in lexicon.VERB_BASES
        )
        if (index == 0 and first) or (joined and is_verb):
            if joined and parts[-1] and parts[-1][-1].casefold() == "and":
                parts[-1].pop()
            if parts[-1]:
                parts[-1][-1] = parts[-1][-1].rstrip(",")
                parts.append([])
            parts[-1].append(morphology.gerund(bare) + word[len(bare):].rstrip(","))
        else:
            parts[-1].append(word)
    return tuple(" ".join(p).strip(" ,") for p in parts if p)


def _list_parts(text: str) -> tuple[str, ...]:
    """Split a list typed with commas, slashes or "and" into its items."""
    items = [i.strip() for i in _LIST_BREAK.split(text) if i.strip()]
    return tuple(items) if len(items) > 1 else (text,)


def _is_list(text: str) -> bool:
    """Whether text is a list of short items ("Excel, SQL, Tableau") rather than prose."""
    if not (re.search(r"\s/\s|;", text) or text.count(",") >= 2):
        return False
    items = _list_parts(text)
    return len(items) > 1 and all(len(i.split()) <= 4 for i in items) and not any(
        clause_verb([*_words(i), "x"]) for i in items
    )


_PLAIN_THAT = re.compile(
    r"^(?:(?:very|so|super|really|quite) )?(?:direct|frank|blunt|upfront|honest|open) that (.+)$",
    re.I,
)


def _act_or_fact(words: list[str], context: Context) -> Phrase:
    """A clause about the reader, already in the second person: "you walked me ..."."""
    verb_at = 1
    while verb_at < len(words) - 1 and words[verb_at].casefold() in lexicon.MANNER | {
        "also", "just", "really", "actually", "even"
    }:
        verb_at += 1
    verb = words[verb_at].casefold() if verb_at < len(words) else ""
    rest = words[verb_at + 1 :]
    if verb in {"have", "has"} and [w.casefold() for w in rest[:1]] == ["been"]:
        verb, rest = "were", rest[1:]  # "you have been so patient with the rescheduling"
    base = morphology.base(verb)
    if verb in {"were", "are", "was", "is"} and rest and rest[0].casefold() in lexicon.MANNER:
        manner = " ".join(rest)
        if plain := _PLAIN_THAT.match(manner):  # a reader failed "being very direct that ..."
            return Phrase(phrases.ACT, (f"telling me plainly that {plain[1]}",))
        return Phrase(phrases.ACT, ("being " + re.sub(r"^super\b", "so", manner),))
    told_me = base == "tell" and len(rest) > 1 and rest[0].casefold() in _READER_OBJECTS
    if told_me and rest[1].casefold() in _FIRST_PERSON | {"that"}:
        clause = " ".join(rest[2:] if rest[1].casefold() == "that" else rest[1:])
        return Phrase(phrases.TOLD, (f"telling you that {clause}",))
    if rest and rest[0].casefold() in {"her", "him", "them", "you"} and base in lexicon.SAYING | {
        "show", "tell", "walk", "give", "send"
    }:
        rest_text = to_reader(" ".join(rest), company="")
        return Phrase(phrases.TOLD, (f"{morphology.gerund(base)} {rest_text}",))
    if morphology.is_past(verb) and rest and rest[0].casefold() in {"me", "my", "us", "our"} and (
        base not in lexicon.ASKING | lexicon.SAYING | lexicon.STATIVE
    ):
        return Phrase(phrases.ACT, _gerunds(" ".join(words[verb_at:]), first=True))
    # "sat in on my lesson", "set up the AV for my job talk": a verb with its particle, done
    # for the candidate.
    done_for_me = rest and rest[0].casefold() in _PARTICLES and (any(
        w.casefold() in {"me", "my"} and rest[i].casefold() not in {"like", "as", "than"}
        for i, w in enumerate(rest[1:5])
    ) or bool({w.casefold() for w in rest[1:4]} & lexicon.SET_UP_FOR_ME))  # "set up the panel"
    if (morphology.is_past(verb) or verb in {"set", "put"}) and done_for_me and (
        base not in lexicon.ASKING | lexicon.SAYING | lexicon.STATIVE
    ):
        return Phrase(phrases.ACT, _gerunds(" ".join(words[verb_at:]), first=True))
    if context.for_me and (morphology.is_past(verb) or verb in {"set", "put"}) and rest:
        return Phrase(phrases.ACT, _gerunds(" ".join(words[verb_at:]), first=True))
    needs_me = base in lexicon.NEEDS_ME
    if morphology.is_past(verb) and base in lexicon.KIND_ACTS and rest and (
        not needs_me or rest[0].casefold() in lexicon.ME_WORDS
    ):
        return Phrase(phrases.ACT, _gerunds(" ".join(words[verb_at:]), first=True))
    if base in lexicon.ASKING and rest:
        return _asked(" ".join(rest), context)
    return Phrase(phrases.FACT, (" ".join(words),))


def _asked(text: str, context: Context) -> Phrase:
    text = re.split(r",?\s+and\s+(?:i|then\s+i)\s+", text, maxsplit=1, flags=re.I)[0]
    text = re.sub(r"\s+and\s+if\s+", " and whether ", text, flags=re.I)
    if re.match(r"^(?:me\s+)?for\s+", text, re.I):
        return Phrase(phrases.SENTENCE, ())
    text = _TELL_ABOUT.sub("", text)  # "me to tell her about a time I ..." asks for the story
    if re.match(r"^(?:me\s+)?to\s+", text, re.I):
        return Phrase(phrases.ACT, ("asking me " + _reader(re.sub(r"^me\s+", "", text), context),))
    text = re.sub(r"^(?:me\s+)?(?:about|on)\s+", "", text, flags=re.I)
    text = re.sub(r"^(?:me\s+)?(?:if|whether)\s+", "whether ", text, flags=re.I)
    text = _WHETHER_I_LIKE.sub("", text)  # "if I like anime" asks about anime
    if questions.is_question(text):
        text = questions.embed(text) or text
    return Phrase(phrases.ASKED, (_reader(text, context),))


# A question about a thing, asked as whether the writer likes or has worked with it: "if I
# like anime", "if I've done garnishments" (a reader failed the note that left it a doubt).
_WHETHER_I_LIKE = re.compile(
    r"^whether I(?: (?:like|love|enjoy|am into|watch|play)|(?:'ve|’ve| have) (?:done|used|"
    r"worked with|handled))\s+(?=\w)",
    re.I,
)
_TELL_ABOUT = re.compile(
    r"^(?:me\s+)?to\s+(?:tell\s+(?:you|her|him|them)|talk|describe)\s+(?:about\s+)?(?=a time\b)",
    re.I,
)


def _reader(text: str, context: Context) -> str:
    return to_reader(text, company=context.company, names=context.names)


def _lower_first(text: str, *, typed_mid_sentence: bool = False) -> str:
    """Lower-case the first word when it is an ordinary word, so it can sit mid-sentence.

    A capital typed after "we talked about" was meant: "Google conference rooms" keeps it.
    """
    first = text.split(" ", 1)[0]
    if first.isupper() and len(first) > 1:
        return text
    words = text.split(" ")
    second = words[1].strip(",;") if len(words) > 1 else ""
    sentence_case = not typed_mid_sentence and (
        first[:1].isupper() and first[1:].islower() and second[:1].islower()
        and first.isascii() and second == second.lower()
        and second.casefold() not in lexicon.CONJUNCTIONS
        and first.casefold() not in {*lexicon.PROPER_FORMS, *lexicon.MONTHS, *lexicon.DAYS}
    )
    if first.casefold() in lexicon.DETERMINERS | lexicon.SUBJECT_PRONOUNS - {"i"} | (
        lexicon.WH_WORDS | lexicon.PREPOSITIONS | lexicon.EVALUATIVE
    ) or sentence_case or (first[:1].isupper() and first[1:].islower() and _is_common(first)):
        return first[:1].lower() + text[1:]
    return text


def _is_common(word: str) -> bool:
    """Whether a capitalised first word is an ordinary word rather than a name."""
    lowered = word.casefold()
    return (
        lowered.endswith(("ing", "ed", "tion", "ment", "ness", "ity"))
        or lowered in lexicon.VERB_BASES
        or lowered in lexicon.OWNED
        or lowered in lexicon.MEETING_WORDS
    ) and lowered not in lexicon.MONTHS | lexicon.DAYS


def read_piece(text: str, context: Context) -> Phrase | None:
    """Read one sentence of a detail as a typed phrase; None when it says nothing."""
    text = _LEAD.sub("", _clip(text))
    if went := _WENT.match(text):  # news for an agency; the interviewer was there
        return Phrase(phrases.WENT, (went["how"].casefold(),)) if context.for_me else None
    if _is_empty(text):
        return None
    if (why := _WHY_HERE.match(text)) and _names_company(why[1], context.company):
        return Phrase(phrases.ASKED, ("why I want to work here",))  # "why gs", after the opener
    if questions.is_question(text):
        named = _WHAT_IS_THE.match(text)
        embedded = named.group(1) if named else questions.embed(text)
        if embedded and set(_words(embedded.casefold())) & _FIRST_PERSON:
            return Phrase(phrases.ASKED, (_reader(embedded, context),))
        if embedded:
            return Phrase(phrases.TOPIC, (_reader(embedded, context),))
        return Phrase(phrases.SENTENCE, (_reader(text.rstrip("?") + "?", context),))
    return read_next_stage(text) or _ahead(_read_statement(text, context))


_WENT = re.compile(
    r"^(?:i think |i feel )?(?:the )?interviews? went (?P<how>well|great|really well|ok|okay)"
    r"(?: i think| i feel| imo)?$",
    re.I,
)
_A_CASE = re.compile(r"\bcase\b(?! stud)")  # a patient's or a client's, walked through
_WHY_HERE = re.compile(r"^(?:(?:he|she|they) )?(?:asked )?why ([\w&.' -]+?)\??$", re.I)


def _names_company(typed: str, company: str) -> bool:
    """Whether typed words name the company: in full, by a first word or initials, or "here"."""
    typed = typed.casefold().strip()
    words = [w for w in re.findall(r"[\w&']+", company) if w.casefold() not in {"the", "of"}]
    initials = "".join(w[0] for w in words).casefold()
    return bool(company) and typed in {
        company.casefold(), words[0].casefold() if words else "", initials, "here", "us",
        "this company", "the company", "the firm", "this firm",
    } - {""}


def _ahead(phrase: Phrase | None) -> Phrase | None:
    """An event ahead: the reader's, or the writer's next stage.

    The reader's is wished well ("on Monday you have a big group coming"); the next stage
    is hoped for ("next step is a panel with the store manager").
    """
    typed = phrase.text if phrase is not None and phrase.kind == phrases.FACT else ""
    if stage := read_next_stage(typed):
        return stage
    if (ahead := _AHEAD.match(typed)) is None:
        return phrase
    when = ahead["when"] or ahead["after"] or ""
    return Phrase(phrases.WISH, (f"the {ahead['thing']} {when}".strip(),))


def _advice(text: str, context: Context, *, labelled: bool = False) -> Phrase | None:
    """Advice given to the candidate, as something done for them.

    "said to email ..." becomes "advising me to email ...", and so does advice under a
    label ("Advice: read the Green Book").
    """
    match = None if labelled else _ADVISED.match(text)
    if not labelled and (match is None or match.end() >= len(text)):
        return None
    rest = _clip(text[match.end() :] if match else text)
    rest = _SECOND_REPORT.split(rest, maxsplit=1)[0]  # "..., and that grant writing is ..."
    words = _words(rest)
    verb = words[0].casefold() if words else ""
    if verb not in lexicon.VERB_BASES | lexicon.KIND_ACTS | lexicon.ADVISED_VERBS:
        return None
    # A bare "said" is advice only when no clause follows: "said get my OSHA 10", not
    # "said change is coming".
    bare = match is not None and match.group(0).split()[-1].casefold() == "said"
    if bare and (clause_verb(words) is not None or len(words) < 2):
        return None
    return Phrase(phrases.ACT, (f"advising me to {_reader(_lower_first(rest), context)}",))


def _heads_up(text: str, context: Context) -> Phrase | None:
    """A warning they gave, thanked for: "warned me the client uses Azure DevOps"."""
    if not (match := _WARNED.match(text)) or match.end() == len(text):
        return None
    said = _said(text[match.end() :], context)
    if said is not None and said.text.startswith(_LET_KNOW):  # a tip already
        return said
    if said is None or said.kind != phrases.FACT:
        return None
    return Phrase(phrases.ACT, (f"{_LET_KNOW}{said.text}",))


def _read_statement(text: str, context: Context) -> Phrase | None:
    if found := _advice(text, context) or _heads_up(text, context):
        return found
    if match := _TOLD_ME.match(text):
        return Phrase(phrases.ACT, ("telling me about " + _reader(text[match.end() :], context),))
    for pattern in (_TALKED, _I_ASKED):
        if (match := pattern.match(text)) and match.end() < len(text):
            return _topic(text[match.end() :], context, mid=True)
    if (match := _SAID.match(text)) and match.end() < len(text):
        return _said(text[match.end() :], context)
    if (match := _ASKED.match(text)) and match.end() < len(text):
        return _asked(text[match.end() :], context)
    if (match := _I_TOLD.match(text)) and match.end() < len(text):
        rest = _reader(text[match.end() :], context)
        first = rest.split()[0].casefold()
        if first in _FIRST_PERSON - {"me", "my"} or first == "that":
            return Phrase(phrases.MINE, (re.sub(r"^that\s+", "", rest, flags=re.I),))
        walked = _A_CASE.search(rest) or "walked" in match[0].casefold()
        told = "walking you through" if walked else "telling you about"
        return Phrase(phrases.TOLD, (f"{told} {rest}",))
    if (match := _I_SAID.match(text)) and match.end() < len(text):
        return Phrase(phrases.MINE, (text[match.end() :],))
    text = _expand_you(text)
    words = _words(text)
    head = words[0].casefold()
    if head in {"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d"}:  # "I've loved ..." stays
        felt = _felt(words[1:], context) if head == "i" else None
        return felt or Phrase(phrases.MINE, (_reader(text, context),))
    if _WE.match(text):
        return _we(words, context)
    shifted = _expand_you(_reader(text, context))
    shifted_words = _words(shifted)
    if shifted_words[0].casefold() == "you" and len(shifted_words) > 1:
        return _act_or_fact(["you", *shifted_words[1:]], context)
    return _felt(words, context) or _unheaded(words, shifted, context)


def _expand_you(text: str) -> str:
    """Write "you're" and "we've" out, so the verb after "you" or "we" can be read."""
    return re.sub(
        r"^(you|we)['’](re|ve|d|ll)\b",
        lambda m: m.group(1) + " " + {"re": "are", "ve": "have", "d": "would", "ll": "will"}[
            m.group(2).casefold()
        ],
        text,
        flags=re.I,
    )


_WHEN_AHEAD = r"on \w+day|next week|this week|tomorrow|this weekend|next month"
# An event of the reader's ahead, which a note wishes well: "they have a big group coming".
_AHEAD = re.compile(
    rf"^(?:(?P<when>{_WHEN_AHEAD})\s+)?you\s+(?:have|have got)\s+an?\s+(?P<thing>[\w -]+?)\s+"
    rf"(?:coming(?:\s+(?:in|up))?|arriving|starting)(?:\s+(?P<after>{_WHEN_AHEAD}))?$",
    re.I,
)
_YOU_FORMS = {"was": "were", "is": "are", "has": "have", "does": "do"}


def _felt(words: list[str], context: Context) -> Phrase | None:
    """What the writer enjoyed, typed with or without "I": "really enjoyed the pairing session".

    With "my" or "me" after the verb it is what the reader liked ("liked my portfolio").
    """
    verb_at = 0
    while verb_at < len(words) - 1 and words[verb_at].casefold() in lexicon.SHIFT_ADVERBS:
        verb_at += 1
    verb = words[verb_at].casefold() if verb_at < len(words) else ""
    rest = {w.casefold() for w in words[verb_at + 1 :]}
    if verb not in lexicon.ENJOYED or len(words) - verb_at < 3 or rest & {"my", "me"}:
        return None
    return Phrase(phrases.FELT, (_reader(" ".join(["I", *words]), context),))


def _unheaded(words: list[str], shifted: str, context: Context) -> Phrase | None:
    """A piece that starts with neither a pronoun nor a pattern: a verb, "-ing" or a noun."""
    head = words[0].casefold()
    if head in lexicon.WH_WORDS and {w.casefold() for w in words} & _FIRST_PERSON:
        return Phrase(phrases.ASKED, (_reader(_lower_first(" ".join(words)), context),))
    if head in lexicon.WH_WORDS:
        return _topic(" ".join(words), context)
    if head in lexicon.ORIGINS and len(words) > 1:
        return Phrase(phrases.FACT, (f"you are {head} {' '.join(_words(shifted)[1:])}",))
    if head in lexicon.SHIFT_ADVERBS and len(words) > 2:
        inner = _unheaded(words[1:], " ".join(_words(shifted)[1:]), context)
        if inner is not None and inner.kind == phrases.FACT and inner.text.startswith("you "):
            return Phrase(phrases.FACT, (f"you {head} {inner.text[4:]}",))
    if head in lexicon.GIVEN_NOUNS and len(words) > 1:
        rest = re.sub(r"^(?:of|through)\s+", "", _reader(" ".join(words[1:]), context), flags=re.I)
        return Phrase(phrases.ACT, (f"{lexicon.GIVEN_NOUNS[head]} {rest}",))
    unchanged_past = head in {"set", "put"} and len(words) > 1 and (  # "set up the AV"
        words[1].casefold() in _PARTICLES
    )
    if len(words) > 1 and (
        (morphology.is_past(head) and morphology.base(head) in lexicon.VERB_BASES)
        or (morphology.is_third_person(head) and head not in lexicon.OWNED) or unchanged_past
    ) and words[1].casefold() not in lexicon.BE_AND_HAVE:
        verb_words = _words(shifted)
        second = [_YOU_FORMS.get(head) or (
            morphology.base(head) if morphology.is_third_person(head) else head
        )]
        clause = _act_or_fact(["you", *second, *verb_words[1:]], context)
        if clause.kind == phrases.FACT and morphology.is_third_person(head):
            return Phrase(phrases.FACT, (_present_you(clause.text),))
        return clause
    if head.endswith("ing") and len(words) > 1:
        base_word = morphology.base(head[:-3]) if head[:-3] not in lexicon.VERB_BASES else ""
        kind_act = (head[:-3] in lexicon.KIND_ACTS or base_word in lexicon.KIND_ACTS or any(
            morphology.gerund(v) == head for v in lexicon.KIND_ACTS
        ))
        following = words[1].casefold()
        if kind_act and following in lexicon.ACT_OBJECTS:
            return Phrase(phrases.ACT, _gerunds(_lower_first(shifted), first=False))
    # Two short topics joined by a comma: "reinjection at Hellisheiði, induced seismicity".
    pair = [side.strip() for side in shifted.split(",")]
    if len(pair) == 2 and all(_is_short_topic(side) for side in pair):
        return Phrase(phrases.TOPIC, tuple(_lower_first(side) for side in pair))
    verb_at = clause_verb(_words(shifted))
    if verb_at is not None:
        return Phrase(phrases.FACT, (_lower_first(shifted),))
    return _topic(" ".join(words), context)


# A thing typed with the writer's praise for it: the thing is the topic, the praise theirs.
_PRAISED = re.compile(
    r"^((?:the|your)\s+\S+(?:\s+\S+)*?)\s+(?:sounds|sounded|seems|seemed|looks|looked)\s+"
    r"(?:so\s+|really\s+|very\s+|super\s+)?(?:amazing|great|exciting|awesome|cool|fun|"
    r"incredible|fascinating|interesting|inspiring|impressive)$",
    re.I,
)


def _is_short_topic(text: str) -> bool:
    """Whether text is a short noun phrase: not "IL", "6 questions", "read from a sheet"."""
    words = _words(text)
    if not 0 < len(words) <= lexicon.MAX_PAIRED_TOPIC or clause_verb(words) is not None:
        return False
    first = words[0]
    second = words[1].casefold() if len(words) > 1 else ""
    verb_first = first.casefold() in lexicon.VERB_BASES or morphology.is_past(first.casefold())
    return not (
        first.isupper()
        or first[0].isdigit()
        or "'s " in text.replace("\u2019", "'")
        or (verb_first and second in lexicon.PREPOSITIONS | lexicon.DETERMINERS)
    )


def _present_you(clause: str) -> str:
    """Make verbs joined by "and" agree with "you": "you run X and mentors Y" -> "mentor"."""
    words = _words(clause)
    for index in range(1, len(words)):
        if words[index - 1].casefold() == "and" and morphology.is_third_person(words[index]):
            words[index] = morphology.base(words[index])
    return " ".join(words)


# Excitement typed with no one to feel it: what it is about was talked about. Whose it was,
# the writer's or the reader's, is not said: "excited about the Rovo launch plan".
_EXCITED = re.compile(
    r"^(?:(?:so|really|very|super)\s+)?(?:excited|thrilled|stoked|pumped)\s+(?:about|by)\s+", re.I
)


def _topic(text: str, context: Context, *, mid: bool = False) -> Phrase | None:
    """A thing talked about; ``mid`` when it was typed after words that start the sentence."""
    text = _PRAISED.sub(r"\1", _clip(text))  # "the campaign you described sounds amazing"
    text = _EXCITED.sub("", text)
    if not text or _is_empty(text):
        return None
    if questions.is_question(text):
        text = questions.embed(text) or text
    shifted = _lower_first(_reader(text, context), typed_mid_sentence=mid)
    if clause_verb(_words(shifted)) is not None and not shifted.casefold().startswith(
        tuple(lexicon.WH_WORDS)
    ):
        return Phrase(phrases.FACT, (shifted,))
    if _is_list(shifted):
        return Phrase(phrases.TOPIC, _list_parts(shifted))
    return Phrase(phrases.TOPIC, (shifted,))


def _said(text: str, context: Context) -> Phrase | None:
    """What they said: a clause ("the team is doubling") or a topic ("the reorg")."""
    shifted = _lower_first(_reader(_clip(text), context), typed_mid_sentence=True)
    shifted = _THEIR_WE.sub("you", shifted)  # what they said of "we" is said of them
    words = _words(_expand_you(shifted))  # "they're rethinking" -> "you are rethinking"
    if verdict := _VERDICT.match(shifted):  # what they said of the writer's work
        if verdict["said"].casefold() in lexicon.PRAISE_WORDS and " but " not in verdict["rest"]:
            return praise_of(verdict["work"])
        also = _ALSO_JUDGED.match(verdict["rest"])  # "... but pacing was fast"
        work = f"{verdict['work']} and {also['work']}" if also else verdict["work"]
        return Phrase(phrases.ACT, (f"giving me feedback on my {work}",))
    if _MY_RESULT.match(shifted):  # news they gave: "I passed the logic test"
        return Phrase(phrases.ACT, (f"{_LET_KNOW}{shifted}",))
    if advice := _ADVICE_ON_MINE.match(shifted):  # "my portfolio should show 1-2 studies"
        return Phrase(phrases.ACT, (f"advising me on my {advice['work']}",))
    if words and words[0].casefold() in lexicon.WH_WORDS:  # "told me how she moved ..."
        return _topic(text, context, mid=True)
    if words and (words[0].casefold() in lexicon.SUBJECT_PRONOUNS or clause_verb(words)):
        return Phrase(phrases.FACT, (shifted,))
    if _reported_clause(words):  # a tip: a reader failed "It was good to hear that the FD
        # cares about the month end timetable" as approving of the FD
        return Phrase(phrases.ACT, (f"{_LET_KNOW}{object_with_article(shifted)}",))
    return _topic(text, context, mid=True)


def _reported_clause(words: list[str]) -> bool:
    """Whether what was said is a clause whose verb a noun could be ("cares", "uses").

    After "said", "the FD cares about month end" is what was said, not a thing: "cares"
    is the verb when one or two words after "the" lead to it, and a preposition, an
    article or a name follows it ("most new hires travel" is a noun phrase's "hires").
    """
    if len(words) < 4 or words[0].casefold() not in lexicon.DETERMINERS:
        return False
    return any(
        morphology.is_third_person(word) and (
            words[at + 1][:1].isupper()
            or words[at + 1].casefold() in lexicon.PREPOSITIONS | lexicon.DETERMINERS
        )
        for at, word in enumerate(words[2:4], start=2) if at + 1 < len(words)
    )


_THEIR_WE = re.compile(r"^we\b", re.I)
# A verdict on the writer's work: "my sectioning was clean", "my cold calling was strong but
# pacing was fast"; the work is named, the verdict is not repeated.
_VERDICT = re.compile(
    r"^my (?P<work>[a-z][a-z' -]{2,30}?) (?:was|were|is|are|looked) (?:really |very |so )?"
    r"(?P<said>[a-z]+)\b(?P<rest>.*)$", re.I,
)
_RESULTS = r"passed|aced|cleared|did well (?:on|in)|got through"  # of a test the writer took
_MY_RESULT = re.compile(rf"^I (?:{_RESULTS}) (?:the|my) [\w -]+$", re.I)
_ADVICE_ON_MINE = re.compile(
    r"^my (?P<work>[a-z][a-z' -]{2,30}?) (?:should|could|needs? to|ought to)\b", re.I
)
_ALSO_JUDGED = re.compile(r"^,? (?:but|and) (?:my )?(?P<work>[a-z]+(?: [a-z]+)?) (?:was|were)\b")


def _we(words: list[str], context: Context) -> Phrase | None:
    """A clause with "we": a shared activity, something in common, or a topic."""
    verb_at = 1
    while verb_at < len(words) and words[verb_at].casefold() in {"both", "all", "also", "just"}:
        verb_at += 1
    verb = words[verb_at].casefold() if verb_at < len(words) else ""
    rest = " ".join(words[verb_at + 1 :])
    if verb_at == 1 and verb in lexicon.TOGETHER and rest:
        doing = _gerunds(_reader(" ".join(words[1:]), context), first=True)
        parts = list(doing)
        if "together" not in parts[-1].split() and not parts[-1].endswith(" with me"):
            parts[-1] += " together"
        return Phrase(phrases.SHARED, tuple(parts))
    met_whom = rest.split(" ", 1)[0].casefold() in lexicon.DETERMINERS | lexicon.EVERYONE
    if verb_at == 1 and verb == "met" and met_whom:  # "we met the team": whom the writer met
        return Phrase(phrases.SHARED, (f"meeting {_reader(rest, context)}",))
    return Phrase(phrases.COMMON, (_reader(" ".join(["we", *words[1:]]), context),))


def _pieces(text: str) -> list[str]:
    """Split a detail into sentences; an abbreviation's full stop does not end one.

    A clause joined by "and" with its own subject and past verb is a sentence too: "we
    talked about the API and he showed me the integrations gallery".
    """
    pieces: list[str] = []
    sentences = _SENTENCES.split(text)
    for piece in [part for sentence in sentences for part in _own_clauses(sentence)]:
        opens_clause = piece.split(" ", 1)[0].casefold() in lexicon.SUBJECT_PRONOUNS
        if pieces and _ABBREVIATION_END.search(pieces[-1]) and not opens_clause:
            pieces[-1] += " " + piece
        elif piece.strip():
            pieces.append(piece.strip())
    return pieces


def _own_clauses(sentence: str) -> list[str]:
    """The sentence split before each "and he/she/they/I" with a past verb, and "and said to"."""
    for joint in _AND_SUBJECT.finditer(sentence):
        if morphology.is_past(joint.group(1) or joint.group(2)):
            return [sentence[: joint.start()], *_own_clauses(sentence[joint.end() :])]
    return [sentence]


_AND_SUBJECT = re.compile(
    r",?\s+and\s+(?=(?:she|he|they|I|one(?: of them)?)\s+(\w+)"
    r"|(said|told|suggested|recommended|advised)\b)",
    re.I,
)


def _is_role(piece: str) -> bool:
    """Whether a piece only says who the person is ("3rd grade teacher", "HR", "parent")."""
    words = [w.casefold() for w in _clip(piece).split()]
    return 0 < len(words) <= 4 and (
        words[-1] in lexicon.GROUP_WORDS | lexicon.ROLE_NOUNS
    ) and clause_verb(words) is None and words[0] not in lexicon.DETERMINERS and (
        words[1:2] != ["up"]  # "set up the panel" is done, by no one named
    )


def read_detail(text: str, context: Context) -> Reading:
    """Read a detail: every sentence of it that can go into a note, in order.

    A detail that is one skill the writer listed is that skill, as they wrote it: "rust",
    beside the highlight "Rust, C++, eBPF", is the topic Rust, not an unreadable word.
    """
    text = context.listed.get(text.strip().casefold(), text)
    reading = Reading()
    talked: list[Phrase] = []  # what the writer says was talked about
    theirs: list[Phrase] = []  # the reader's own record, left out
    someone_else = _someone_else(text)
    tidied = tidy(text, context.known, drop_asides=True)
    for piece in _split_unread(_it_resolved(_they_resolved(_pieces(tidied))), context):
        if _is_role(piece):
            continue
        if someone_else and someone_else.match(piece):
            reading.notes.append("detail-other-person")
            continue
        phrase, to_self = _read_labelled(piece, context)
        if to_self:
            reading.notes.append("note-to-self")
            continue
        if phrase is not None and (answered := _answered(reading.phrases, phrase, piece)):
            reading.phrases[-1] = answered
            continue
        vetted = vet(phrase) if phrase is not None else None
        told = without_their_record(vetted) if vetted is not None else None
        if vetted is not None and told is None:
            reading.notes.append("detail-theirs")
            theirs.append(vetted)
            continue
        if told is not None and (toured := _toured(reading.phrases, told, piece)):
            reading.phrases[-1] = toured
        elif told is not None:
            reading.phrases.append(told)
            if _TALKED.match(piece):
                talked.append(told)
            if told.kind == phrases.SENTENCE:
                reading.notes.append("question-kept")
        elif phrase is not None:
            reading.notes.append("detail-shape")
    _order(reading.phrases, talked)
    reading.phrases = reading.phrases or _tenure_alone(theirs)
    return _with_terms(_told(_with_candour(reading, text, context), tidied), tidied)


_TENURE = re.compile(r"^your \d+ (?:years|decades) (?:at|with)\b")  # not "in hospice"


def _tenure_alone(theirs: list[Phrase]) -> list[Phrase]:
    """The reader's years in the job, when the detail holds nothing else: heard, not news.

    "she's been there 19 yrs!!" is "I enjoyed hearing about your 19 years at Waffle
    House"; readers failed the note that left out the one thing typed about her.
    """
    tenure = next((p for p in theirs if _TENURE.match(p.text)), None)
    return [Phrase(phrases.HEARD, tenure.parts)] if tenure else []


def _with_terms(reading: Reading, text: str) -> Reading:
    """The terms of the job a detail names, gone over, when it names nothing else.

    "funding: 4 yrs, teaching 0.2 FTE"; and a topic that is only a term ("visa
    sponsorship") is gone over, not "enjoyed"; several, with every term the detail names.
    """
    if reading.phrases and all(is_term(p) for p in reading.phrases):
        several = len(reading.phrases) > 1 and read_logistics(text)
        reading.phrases = [several or gone_over(reading.phrases[0])]
    if not reading.phrases and (fallback := _questions_of(text) or read_logistics(text)):
        reading.phrases.append(fallback)
    return reading


def _read_labelled(piece: str, context: Context) -> tuple[Phrase | None, bool]:
    """Read a piece, under its label if it has one; and whether it is a note to self."""
    piece = _LEAD.sub("", piece)  # "Mostly about BD - how I'd grow ..." is labelled "BD"
    label = _LABEL.match(piece)
    if not label or len(label.group(1).split()) > 3 or (
        label.group(1).split()[0].casefold() in lexicon.WH_WORDS
    ):
        return read_piece(piece, context), False
    name = label.group(1).strip()
    stage = labelled_stage(label.group(2)) if name.casefold() in NEXT_LABELS else None
    if stage is None and (name.casefold().replace(" ", "-") in lexicon.SELF_LABELS or (
        name.casefold().split()[0] in lexicon.SELF_LABELS
    )):
        return None, True
    return stage or _labelled(name, label.group(2), context), False


def _labelled(name: str, body: str, context: Context) -> Phrase | None:
    """A piece under a label: advice ("Advice: ..."), an exercise, or else the label's topic."""
    advice = name.casefold() in lexicon.ADVICE_LABELS
    phrase = _advice(body, context, labelled=True) if advice else None
    phrase = phrase or _exercise(name, read_piece(body, context))
    if phrase is None or vet(phrase) is None:
        phrase = _topic(name, context) or phrase
    return phrase


def _order(read: list[Phrase], talked: list[Phrase]) -> None:
    """Put the next stage last, and what was talked about before a deed of the reader's.

    "you ran the host research! we talked diary studies": the talk comes first, and a
    short note that keeps one detail keeps it; "she runs the wine program, talked
    pairings" is "pairings and your work running the wine program".
    """
    read.sort(key=lambda phrase: phrase.kind in {phrases.NEXT, phrases.SET})
    if talked and read[0].text.startswith(("how you ", *_YOUR_DOING)):
        read.sort(key=lambda phrase: not any(phrase is said for said in talked))


def _with_candour(reading: Reading, text: str, context: Context) -> Reading:
    """The reading, led by thanks for any candour the writer noted, told once."""
    if topic := candid_topic_of(text, company=context.company, names=context.names):
        candid = Phrase(phrases.ACT, (f"being candid with me about {topic}",))
        reading.phrases = [candid, *(p for p in reading.phrases if p.text != topic)]
    return reading


def _someone_else(text: str) -> re.Pattern[str] | None:
    """Sentences about someone other than the reader, taken to be the first "he" or "she".

    "she knew the PM from a previous job ... he's big on safety culture": the PM is "he".
    """
    first = _HE_OR_SHE.search(text)
    if first is None:
        return None
    other = "she" if first.group(0).casefold() == "he" else "he"
    return re.compile(rf"(?:and\s+)?{other}\b(?!-)", re.I)


_HE_OR_SHE = re.compile(r"\b(?:he|she)\b(?!-)", re.I)


def _told(reading: Reading, text: str) -> Reading:
    """The phrases of a detail a note may tell, as one list where they run together.

    Nothing the writer stumbled in ("I fumbled the deferred tax part") is told as if they
    enjoyed it; a task set is a chance they had, which no frame says they enjoyed. One
    bare word ("It was good to discuss teaching.") says nothing.
    """
    if _STUMBLE.search(text):
        reading.phrases = [p for p in reading.phrases if p.kind not in _GLAD_OF]
    merged = topics_together(reading.phrases)
    alone = len(merged) == 1 and len(text.split()) <= _THIN_WORDS  # typed alone: "water"
    reading.phrases = [phrase for phrase in merged if not is_thin(phrase) or alone]
    if any(map(is_thin, merged)):  # kept alone, it is only named: "our conversation about water"
        reading.notes.append("detail-thin")
    return reading


_THIN = re.compile(r"[a-z][a-z-]*")
_THIN_WORDS = 2


def is_thin(phrase: Phrase) -> bool:
    """Whether a detail is a topic of one bare word ("water"), which says little alone."""
    return phrase.kind == phrases.TOPIC and bool(_THIN.fullmatch(phrase.text))
# The writer stumbling in a task, which no frame for the task may then say they enjoyed.
_STUMBLE = re.compile(
    r"\bI\s+(?:\w+\s+)?(?:fumbled|blanked|bombed|froze|choked|stumbled|rambled|messed up|"
    r"struggled)\b",
    re.IGNORECASE,
)
_GLAD_OF = frozenset({phrases.TOPIC, phrases.SHARED})


def _exercise(label: str, phrase: Phrase | None) -> Phrase | None:
    """What a labelled part of the interview was, when its label says.

    "coding - parse auth logs" is "parsing auth logs", done together; "debugging exercise: a
    memory leak" is the exercise on it.
    """
    if phrase is None or phrase.kind != phrases.TOPIC or len(phrase.parts) != 1:
        return phrase
    text = phrase.text
    first, _, rest = text.partition(" ")
    verb = morphology.base(first) if morphology.is_past(first) else first
    told = rest.split(" ", 1)[0] in lexicon.DETERMINERS and verb in lexicon.VERB_BASES
    if rest and (told or verb in lexicon.TASK_VERBS):
        return Phrase(phrases.SHARED, (f"{morphology.gerund(verb)} {rest}",))
    named = label.casefold().split()
    if named[-1] in lexicon.BUILDING_LABELS and verb == first and len(text.split()) <= 4:
        # "live coding - rate limiter": readers failed "discussing the rate limiter", and
        # "I enjoyed building a rate limiter" that does not say it was the exercise
        bare = first.casefold() not in lexicon.DETERMINERS and not morphology.is_plural_phrase(
            text
        )
        built = article(text) if bare else text
        return Phrase(phrases.SHARED, (f"building {built} in the {'-'.join(named)} session",))
    problems = text.split(" and ")
    if named[-1] in lexicon.BUILDING_LABELS and len(problems) == 2 and all(
        0 < len(p.split()) <= 3 and clause_verb(p.split()) is None for p in problems
    ):  # "coding: two sum variant + LRU cache": a judge preferred the note naming them
        worked = " and ".join(with_article(p) for p in problems)
        return Phrase(phrases.SHARED, (f"working through {worked}",))
    if len(named) > 1 and named[-1] in lexicon.EXERCISE_WORDS and verb == first:
        return Phrase(phrases.EVENT, (f"the {label.casefold()} on {phrase.text}",))
    subject = _CASE_SUBJECT.match(phrase.text)
    if named == ["case"] and subject and not is_proper_noun(subject[1]) and (
        subject[1].casefold() not in lexicon.DETERMINERS - {"a", "an", "the"}  # not "our client"
    ):
        if subject[1].casefold() not in lexicon.DETERMINERS:  # "Automotive OEM entering ..."
            text = _CASE_SUBJECT.sub(lambda m: article(f"{m[1].lower()} {m[2]}"), phrase.text)
        return Phrase(phrases.EVENT, (f"the case on {text}",))
    return phrase


# The firm a case is about, typed as a heading: "Automotive OEM entering the Indian market",
# "a bank cutting branch costs".
_CASE_SUBJECT = re.compile(r"^([A-Za-z][a-z]*) ([A-Z]{2,}|[a-z]+)(?= [a-z]+ing\b)")


_MAX_DEEDS = 3  # kindnesses thanked for in one sentence
_WH_FIRST = [[word] for word in lexicon.WH_WORDS]
_TOURED = re.compile(r"\btour\b|^showing me around\b")


def _toured(read: list[Phrase], topic: Phrase, piece: str) -> Phrase | None:
    """What a tour showed, typed after it: "tour of the property!! rooftop + the new spa"."""
    last = read[-1] if read else None
    if last is None or last.kind != phrases.ACT or topic.kind != phrases.TOPIC or (
        not _TOURED.search(last.parts[-1]) or "including" in last.parts[-1]
        or _TALKED.match(piece) or any(_words(p)[:1] in _WH_FIRST for p in topic.parts)
    ):
        return None
    shown = ", ".join(topic.parts[:-1]) + " and " * (len(topic.parts) > 1) + topic.parts[-1]
    return Phrase(phrases.ACT, (*last.parts[:-1], f"{last.parts[-1]}, including {shown}"))


_THEIRS = frozenset({"his", "her", "their", "him", "them", "me", "my"})
_WHAT_LIKE = re.compile(r"^what (?P<subject>(?:a|an|the) [\w -]+?) (?:looks?|is|are) like$")
_SAID_ANSWER = re.compile(
    r"^(?:she|he|they) said (?:that )?(?:it's |it is )?(?P<answer>[\w -]+?)[.!]*$", re.IGNORECASE
)


def _question_answered(asked: Phrase, piece: str) -> Phrase | None:
    """What the reader said a thing asked about is like, as what they told."""
    question = _WHAT_LIKE.match(asked.text) if len(asked.parts) == 1 else None
    said = _SAID_ANSWER.match(piece.strip())
    if question is None or said is None:
        return None
    answer = said.group("answer").split()
    if len(answer) > lexicon.MAX_ANSWER_WORDS or {w.casefold() for w in answer} & (
        lexicon.SUBJECT_PRONOUNS | _THEIRS
    ):
        return None
    subject = question.group("subject")
    verb = "are" if morphology.is_plural_phrase(subject) else "is"
    rate = _PER_UNIT.search(" ".join(answer))
    if rate and re.search(rf"\b{rate['unit']}\b", subject):  # not "a week is 1 page a week"
        answer, verb = answer[:-2], "has"
    return Phrase(phrases.FACT, (f"{subject} {verb} {' '.join(answer)}",))


_PER_UNIT = re.compile(r"\b(?:a|an|per|each) (?P<unit>day|week|month|year|shift|night)$")


_NOT_A_THING = lexicon.BAD_NEWS | {"it", "them", "this", "that", "him", "her", "one"}


def _read_it(last: Phrase, said: Phrase) -> Phrase | None:
    """The writer's work named, then "he had read it": thanks for reading it.

    "my master's thesis, he had read it!!" -> "reading my master's thesis"; readers failed
    the note that told only "my master's thesis" as a topic.
    """
    if said.kind != phrases.FACT or not said.text.endswith(" it") or last.kind != phrases.TOPIC:
        return None
    if len(last.parts) != 1 or not last.text.startswith("my "):
        return None
    return seen_mine(f"{said.text.removesuffix(' it')} {last.text}")


_PLAYED = re.compile(r"^you played ((?:a|an) [\w -]+)$")


def _answered(read: list[Phrase], mine: Phrase, piece: str) -> Phrase | None:
    """A task set, or a question asked, with its answer typed after it, as one phrase.

    "asked me to pitch a stock. I pitched Nintendo" -> "pitch Nintendo"; "what's a typical
    day? she said mostly cloning" -> "a typical day is mostly cloning" (readers failed the
    question and its answer told as two topics, one sentence after the other).
    """
    last = read[-1] if read else None
    if last is not None and (seen := _read_it(last, mine)):
        return seen
    if last is not None and last.kind == phrases.EVENT and (played := _PLAYED.match(mine.text)):
        # "mock discovery call, he played a skeptical CFO": a judge preferred the note
        # that told the part they played, and called "Thank you for playing a ..." odd
        return Phrase(phrases.EVENT, (f"{last.text}, where you played {played[1]}",))
    if last is not None and last.kind == phrases.TOPIC and (heard := _question_answered(
        last, piece
    )):
        return heard
    words = mine.text.split()
    if last is None or last.kind != phrases.TASK or mine.kind != phrases.MINE or not (
        2 < len(words) <= lexicon.MAX_ANSWER_WORDS and words[0] == "I"
    ):
        return None
    verb = last.parts[0].split(" ", 1)[0]
    done = {w.casefold() for w in words[2:]}
    if morphology.base(words[1]) != verb.casefold() or done & _NOT_A_THING or any(
        w.endswith("ly") for w in done
    ):  # "I designed it badly" is no task
        return None
    return Phrase(phrases.TASK, (" ".join([verb, *words[2:]]), *last.parts[1:]), last.tail)


def topics_together(read: list[Phrase]) -> list[Phrase]:
    """Topics typed one after another are one list: "data. MAP scores" -> "data and MAP scores".

    A question may end the list ("readmission models and how you use Epic Clarity"), but not
    lead it, where what follows would read as part of it; nor may what the reader does
    ("your work running the wine program and pairings").
    """
    merged: list[Phrase] = []
    for phrase in read:
        last = merged[-1] if merged else None
        parts = (*last.parts, *phrase.parts) if last is not None else ()
        if last is not None and last.parts[-1].startswith(_YOUR_DOING):  # theirs goes last:
            # "APAC growth, Tet campaigns and your plans to ...", not two sentences
            parts = (*last.parts[:-1], *phrase.parts, last.parts[-1])
        if last is not None and (named := _named_in_full(last, phrase)):
            merged[-1] = named
        elif last is not None and last.kind == phrase.kind == phrases.TOPIC and not last.tail and (
            len(parts) <= lexicon.MAX_MERGED_TOPICS
        ) and not any(" and " in part for part in parts) and not any(
            part.split()[0].casefold() in lexicon.WH_WORDS or part.startswith(_YOUR_DOING)
            for part in parts[:-1]
        ):
            merged[-1] = Phrase(phrases.TOPIC, parts, phrase.tail)
        elif last is not None and (advice := _same_advice(last, phrase)):
            merged[-1] = advice
        elif last is not None and (joined := _on_what(last, phrase)):
            merged[-1] = joined
        elif last is not None and last.kind == phrase.kind == phrases.ACT and (
            len(last.parts) + len(phrase.parts) <= _MAX_DEEDS and not last.tail
        ):  # "sent parking info + met me in the lobby. walked me between 4 interviews"
            merged[-1] = Phrase(phrases.ACT, (*last.parts, *phrase.parts), phrase.tail)
        elif last is not None and last.kind == phrase.kind == phrases.COMMON and all(
            p.text.startswith("we both ") and " and " not in p.text for p in (last, phrase)
        ):  # "we both went to Georgetown and were on the law journal": one thing in common
            both = f"{last.text} and {phrase.text.removeprefix('we both ')}"
            merged[-1] = Phrase(phrases.COMMON, (both,))

        else:
            merged.append(phrase)
    return merged


_OF_THE = re.compile(r"^(how|what|why|where|when) the (\w+) (.+)$")


def _named_in_full(first: Phrase, then: Phrase) -> Phrase | None:
    """A thing, then a question about it, as the question: "how the 8th grade team plans".

    A reader failed "the 8th grade team and how the team plans together every Wednesday".
    """
    about = _OF_THE.match(then.text) if then.kind == first.kind == phrases.TOPIC else None
    words = first.text.split()
    if about is None or len(first.parts) != 1 or len(then.parts) != 1 or first.tail or (
        words[0] != "the" or words[-1].casefold() != about[2].casefold()
    ):
        return None
    return Phrase(phrases.TOPIC, (f"{about[1]} {first.text} {about[3]}",), then.tail)


def _on_what(first: Phrase, then: Phrase) -> Phrase | None:
    """A task or a field, then what it was on, as one: "the task on pupil progress data".

    A task set, then what the reader did, is thanks for both: "letting me do a balayage on
    your niece and praising my sectioning".

    "crisis comms - Gaza and Sudan" is "crisis communications, especially on Gaza and Sudan":
    readers failed them as two topics, thanked for one sentence after the other, and failed
    "especially Gaza and Sudan" as notes with no preposition.
    """
    if first.kind == phrases.TASK and then.kind == phrases.ACT and not first.tail:
        return Phrase(phrases.ACT, (f"letting me {first.text}", *then.parts), then.tail)
    if len(first.parts) != 1 or len(then.parts) != 1 or first.tail or then.kind != phrases.TOPIC:
        return None
    words = first.text.split() or [""]
    if first.kind == phrases.EVENT and words[-1] in _TASKS and then.words <= _ON_WORDS:
        on = {w.casefold() for w in then.text.split()}  # not "the data task on ... data"
        task = " ".join(w for w in words[:-1] if w.casefold() not in on - lexicon.DETERMINERS)
        return Phrase(phrases.EVENT, (f"{task} {words[-1]} on {then.text}".strip(),))
    if first.kind == phrases.TOPIC and len(words) <= _FIELD_WORDS and " and " in then.text and (
        " and " not in first.text and words[0].casefold() not in lexicon.WH_WORDS
    ):
        return Phrase(phrases.TOPIC, (f"{first.text}, especially on {then.text}",))
    return None


_TASKS = frozenset({"task", "exercise", "case", "test", "presentation", "assignment"})
_ON_WORDS = 8  # words of what a task was on: "pupil progress data for Year 10"
_FIELD_WORDS = 3  # words of a field a list of places or things narrows: "crisis communications"


def _same_advice(first: Phrase, then: Phrase) -> Phrase | None:
    """Two pieces of advice as one, never "advising me to" twice.

    "advising me to get my OSHA 10, take the practice test and call back in February".
    """
    lead = first.text.split()[:3]
    if not (first.kind == then.kind == phrases.ACT and lead[-1:] == ["to"]) or (
        then.text.split()[:3] != lead or first.tail or "," in first.text
    ):
        return None
    prefix = " ".join(lead) + " "
    steps = [*first.text[len(prefix):].split(" and "), then.text[len(prefix):]]
    return Phrase(phrases.ACT, (prefix + steps[0], *steps[1:]), then.tail)


_YOUR_DOING = ("your work ", "your plans ")


_TEAM_BEFORE = re.compile(r"\b(?:the|your|our) (?:[\w-]+ ){0,3}(team|crew|department|unit)$")
_THEY_DO = re.compile(r"^they (\w+)\b", re.I)
_AND_THEY = re.compile(r"\band they (\w+)\b", re.I)


def _they_resolved(pieces: list[str]) -> list[str]:
    """A team's "they" as the team, so the piece reads as news of it.

    "the 8th grade team, they plan together every wednesday" -> "the team plans together
    ..."; "the team runs a book club and they share lesson plans" -> "... and shares ...".
    """
    def agreeing(verb: str) -> str:
        return morphology.third_person(verb) if verb.casefold() in lexicon.VERB_BASES else ""

    resolved: list[str] = []
    for typed in pieces:
        piece = typed
        team = _TEAM_BEFORE.search(resolved[-1].rstrip(" .,;")) if resolved else None
        if team and (they := _THEY_DO.match(piece)) and (verb := agreeing(they[1])):
            piece = f"the {team[1]} {verb}{piece[they.end():]}"  # said once: "the team"
        if re.match(r"^the (?:[\w-]+ ){0,3}(?:team|crew|department|unit) \w+s\b", piece):
            piece = _AND_THEY.sub(
                lambda m: f"and {agreeing(m[1])}" if agreeing(m[1]) else m[0], piece
            )
        resolved.append(piece)
    return resolved


_EXERCISE_NAMED = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:big|short|long|quick|small|huge)\s+)?"
    rf"((?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(lexicon.EXERCISE_WORDS))}))\b",
    re.I,
)
_RESULT_OF_IT = re.compile(rf"\b({_RESULTS}) it\b", re.I)


def _it_resolved(pieces: list[str]) -> list[str]:
    """An exercise's "it" as the exercise the piece before named.

    "they do a big logic test first, she said I passed it" -> "... I passed the logic test".
    """
    resolved: list[str] = []
    for piece in pieces:
        named = _EXERCISE_NAMED.findall(resolved[-1]) if resolved else []
        resolved.append(_RESULT_OF_IT.sub(
            lambda m, x=named[-1]: f"{m[1]} the {x}", piece
        ) if named else piece)
    return resolved


def _split_unread(pieces: list[str], context: Context) -> list[str]:
    """Each piece, or its two halves when only they read: "X, and how I'd handle Y"."""
    split: list[str] = []
    for piece in pieces:
        halves = _AND_MY_ANSWER.split(piece, maxsplit=1)
        phrase = read_piece(piece, context) if len(halves) > 1 else None
        unread = len(halves) > 1 and (phrase is None or vet(phrase) is None)
        split.extend(halves if unread else [piece])
    return split


def _questions_of(text: str) -> Phrase | None:
    """A detail led by a kind of question it could not say more of: "coding: two sum ..."."""
    first = re.match(r"\s*([a-z]+)\b", text.casefold())
    if first is None or first.group(1) not in lexicon.QUESTION_KINDS:
        return None
    return Phrase(phrases.SHARED, (f"working through the {first.group(1)} questions",))
