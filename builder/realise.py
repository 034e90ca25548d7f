"""The realiser: fill a frame with its phrase and finish the sentence.

It owns what every sentence needs whatever its frame: the tone's contractions, the
capital at the start, one mark at the end (none after a web address), and "a" or "an".
"""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

import re

from builder import lexicon, morphology, wording

_CONTRACTION = re.compile(r"(?<![\w'’])(?:" + "|".join(
    re.escape(k) for k in sorted(wording.CONTRACTIONS, key=len, reverse=True)
) + r")(?![\w'’])")
_URL_END = re.compile(r"(?:https?://|www\.)\S+$")
_END = re.compile(r"[\s.,;:!]+$")
_WORD = re.compile(r"[\w'’-]+")
# A question asked is reported without "about": "you asked whether I can", "asking how I".
# Contractions count as their long forms when sentences are compared: "I'd" is "I would".
_LONG_FORM = {
    short.casefold(): long.casefold().split()
    for short, long in wording.CONTRACTIONS.items() if "'" in short
} | {  # and a word swapped for one that says the same: "a job" repeats "a role"
    "job": ["role"], "pleased": ["glad"],
}
_ASKED_ABOUT = re.compile(r"(?<=\bask)(ed|ing) about (?=(?:whether|how|what|why|which) )")


def article(noun_phrase: str) -> str:
    """Put "a" or "an" before a noun phrase, by its first sound."""
    first = noun_phrase.split(" ", 1)[0]
    letters = first.strip("(").split("-")[0]  # "NDA-safe" is said as its letters
    acronym = len(letters) > 1 and letters.isupper() and letters not in lexicon.SAID_AS_WORDS
    vowel = letters[:1] in "AEFHILMNORSX" if acronym else letters[:1].casefold() in "aeiou"
    if letters.casefold().startswith(("uni", "use", "usu", "eu", "one")):
        vowel = False
    if letters.casefold().startswith(("hour", "honest", "honour", "honor")):
        vowel = True
    return ("an " if vowel else "a ") + noun_phrase


def capital(text: str) -> str:
    """Upper-case the first letter of a sentence."""
    return text[:1].upper() + text[1:]


def finish(sentence: str) -> str:
    """End a sentence with one full stop, a question mark, or nothing after an address."""
    sentence = " ".join(sentence.split())
    if _URL_END.search(sentence):
        return capital(sentence)
    if sentence.endswith("?"):
        return capital(sentence.rstrip(" ?") + "?")
    return capital(_END.sub("", sentence) + ".")


def realise(frame: str, values: dict[str, str], *, formal: bool) -> str:
    """Fill ``frame`` with ``values`` and finish it as a sentence in the tone asked for.

    ``{be}`` and ``{have}`` agree with the phrase ``x``: "is" and "has" for one thing, "are"
    and "have" for more; ``{bare_x}`` is a gerund ``x`` in its base form.
    """
    x = values.get("x", "")
    plural = morphology.is_plural_phrase(x)
    agreed = {"be": "are" if plural else "is", "have": "have" if plural else "has"}
    if "{bare_x}" in frame:
        agreed["bare_x"] = morphology.bare(x)
    text = _ASKED_ABOUT.sub(r"\1 ", frame.format_map({**values, **agreed}))
    text = _closed_apposition(text, values.get("company", ""))
    if formal:
        text = _CONTRACTION.sub(lambda m: wording.CONTRACTIONS[m.group(0)], text)
    return finish(text)


def _closed_apposition(text: str, company: str) -> str:
    """A name with its place after a comma closes it: "the Embassy of Canada, Washington, as"."""
    place = company.rpartition(", ")[2]
    if place == company or "&" in place or not place[:1].isupper():
        return text
    return re.sub(rf"{re.escape(company)}(?= [a-z])", company + ",", text)


def words_of(sentence: str) -> list[str]:
    """A sentence's words, lower-cased and contractions spelled out, for comparing sentences."""
    words = (w.casefold().replace("’", "'") for w in _WORD.findall(sentence))
    return [part for word in words for part in _LONG_FORM.get(word, [word])]


def similar(a: list[str], b: list[str]) -> bool:
    """Whether two sentences' words are the same but for one word swapped, added or cut."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
