"""Turn a typed question into the clause that reports it.

"what does X look like?" becomes "what X looks like".
"""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

from builder import lexicon, morphology

_QUOTES = frozenset("'\"‘’“”")


def _verb_index(words: list[str], start: int) -> int | None:
    """Where the main verb is, after a subject that begins at ``start``.

    A quoted subject ("'helping build a better internet' mean") ends at its closing quote.
    """
    if start < len(words) and words[start].casefold() in lexicon.SUBJECT_PRONOUNS:
        return start + 1 if start + 1 < len(words) else None
    if start < len(words) and words[start][:1] in _QUOTES:
        closing = next(
            (i for i in range(start, len(words)) if words[i].rstrip(".,;:!?")[-1:] in _QUOTES
             and (i > start or len(words[i]) > 1)), None,
        )
        return closing + 1 if closing is not None and closing + 1 < len(words) else None
    first = start + (2 if words[start].casefold() in lexicon.DETERMINERS else 1)
    for index in range(first, len(words)):
        word = words[index].casefold()
        if word not in lexicon.VERB_BASES:
            continue
        following = words[index + 1].casefold() if index + 1 < len(words) else ""
        if not following or following not in lexicon.VERB_BASES or following in (
            lexicon.PREPOSITIONS
        ):
            return index
    return None


def _participle_index(words: list[str], start: int) -> int | None:
    """Where a participle ("structured", "working") follows the subject, if one does."""
    for index in range(start + 1, len(words)):
        word = words[index].casefold()
        if word.endswith("ing") or morphology.is_past(word):
            return index
    return None


_USUAL = frozenset({"typical", "normal", "usual", "average", "regular"})
_SPANS = frozenset({"day", "days", "week", "weeks", "shift", "shifts", "month", "year"})


def _is_usual_span(words: list[str]) -> bool:
    """Whether words name a usual stretch of the job: "a typical day", "an average week"."""
    lowered = [w.casefold() for w in words]
    return len(lowered) >= 2 and lowered[-1] in _SPANS and lowered[-2] in _USUAL


def _inverted(aux: str, rest: list[str]) -> list[str] | None:
    """Undo the question's word order after its wh-words: "does X look" -> "X looks"."""
    lowered = aux.casefold()
    if lowered in lexicon.AUXILIARIES:
        verb_at = _verb_index(rest, 0)
        if verb_at is None:
            return None
        verb = rest[verb_at].casefold()
        if lowered == "did":
            verb = morphology.past(verb)
        elif lowered == "does":
            verb = morphology.third_person(verb)
        return [*rest[:verb_at], verb, *rest[verb_at + 1 :]]
    if lowered in lexicon.MODALS:
        verb_at = _verb_index(rest, 0)
        if verb_at is None:
            return None
        return [*rest[:verb_at], lowered, *rest[verb_at:]]
    if lowered in lexicon.COPULAS:
        return _copula_inverted(lowered, rest)
    return None


def _copula_inverted(lowered: str, rest: list[str]) -> list[str] | None:
    """Put "is" after its subject: "is there" -> "there is", "is the role" -> "the role is"."""
    if rest and rest[0].casefold() == "there":
        return ["there", lowered, *rest[1:]]
    if rest and rest[0].casefold() in lexicon.SUBJECT_PRONOUNS:
        return [rest[0], lowered, *rest[1:]]
    at = _participle_index(rest, 0)
    if at is not None:
        return [*rest[:at], lowered, *rest[at:]]
    if len(rest) > lexicon.MAX_MOVED_SUBJECT:
        return None
    if rest and rest[-1].casefold() in lexicon.PREPOSITIONS:
        return [*rest[:-1], lowered, rest[-1]]
    if _is_usual_span(rest) and lowered in {"is", "are"}:  # "what's a typical day"
        return [*rest, "looks like" if lowered == "is" else "look like"]
    return [*rest, lowered]


def embed(question: str) -> str | None:
    """Report a question as a clause, or None when its word order is not understood."""
    words = question.replace("’", "'").rstrip("?").split()
    if words and words[0].casefold().endswith("'s"):
        words = [words[0][:-2], "is", *words[1:]]
    if len(words) < 2:
        return None
    head = words[0].casefold()
    if head in lexicon.WH_WORDS:
        wh = [head]
        rest = words[1:]
        while rest and (
            rest[0].casefold() in lexicon.WH_EXTENDERS or rest[0].casefold() == "of"
        ) and len(wh) < 4:
            wh.append(rest.pop(0))
        if not rest:
            return None
        aux = rest[0].casefold()
        if aux not in lexicon.AUXILIARIES | lexicon.MODALS | lexicon.COPULAS:
            return " ".join([*wh, *rest])
        body = _inverted(rest[0], rest[1:])
        return " ".join([*wh, *body]) if body else None
    if head in lexicon.AUXILIARIES | lexicon.MODALS | lexicon.COPULAS:
        body = _inverted(words[0], words[1:])
        return " ".join(["whether", *body]) if body else None
    return None


def is_question(text: str) -> bool:
    """Whether typed text is a question: a question mark, or a question's first words."""
    words = text.replace("’", "'").split()
    if text.rstrip().endswith("?"):
        return True
    if len(words) < 3:
        return False
    head, second = words[0].casefold(), words[1].casefold()
    if head in {"what's", "how's", "who's", "where's", "why's"}:
        return True
    asks = lexicon.AUXILIARIES | lexicon.MODALS | lexicon.COPULAS
    return (head in lexicon.WH_WORDS - {"whether"} and second in asks) or (
        head in asks and second in lexicon.SUBJECT_PRONOUNS | {"there"}
    )
