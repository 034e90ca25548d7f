"""Word lists that let the engine read a reader's short notes as grammar."""

# ruff: noqa: RUF001 - readers type curly apostrophes, so the lists hold them

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HONORIFICS = _words("dr dr. prof prof. professor mr mr. mrs mrs. ms ms. mx mx. sir dame")

LOWERABLE = _words(
    """a an the our your their his her its my this that these those how why what when where
    whether which who we she he they you talked discussed asked mentioned told showed
    explained spoke chatted walked gave shared loved enjoyed described is was are were has had
    have some all both much many more most one two three several lots plenty any"""
)

FUNCTION_WORDS = _words(
    """about to for with that and or but on in at by from of as if so than then when while
    because how what why who whether again too also later"""
)

# Verbs that, written without a subject, describe the interviewer ("Runs the London office").
VERBS = _words(
    """loves likes enjoys leads manages runs has is was works worked joined started built
    moved spent grew founded wrote writes plays played spends studied studies mentors
    mentored heads headed oversees oversaw used uses wants goes does cares thinks believes
    prefers coaches teaches speaks lives volunteers knows collects organises organizes hosts
    owns lived led managed ran taught served launched created co-founded cofounded came
    hopes plans trained trains travels designed designs helped helps went grew took became
    left returned switched relocated"""
)

# Verbs that make a phrase into a clause when they appear after its first word.
FINITE = _words(
    """is are was were has have had will can could would does do did uses runs ships works
    plans needs wants said told made took gave showed came went releases deploys hires
    builds grew moved started"""
)

# Verbs that make a highlight or interest a statement ("the mission matters to me").
STATEMENT = _words(
    """is are was were has have had matters means fits feels seems looks sounds excites
    appeals grew doubled shipped"""
)
RELATIVE = _words("that who which where whose")

# Words that carry no detail on their own ("Talked about", "Asked me").
EMPTY = _words(
    "talked spoke chatted discussed asked mentioned said told me we she he they i you us "
    "about of on a lot lots"
)

IRREGULAR = {
    "is": "are", "was": "were", "has": "have", "does": "do", "goes": "go",
    "'s": "'re", "’s": "’re", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
    "doesn't": "don't",
}

# Things the interviewer did for the reader, and the phrase after "Thank you for".
GERUNDS = {
    "told": "telling", "showed": "showing", "gave": "giving", "walked": "walking",
    "explained": "explaining", "described": "describing", "recommended": "recommending",
    "shared": "sharing", "introduced": "introducing", "offered": "offering", "took": "taking",
    "answered": "answering", "suggested": "suggesting", "outlined": "outlining",
    "invited": "inviting", "pointed": "pointing", "talked": "talking", "sent": "sending",
    "demoed": "demoing", "went": "going", "looked": "looking", "reviewed": "reviewing",
    "worked": "working", "sketched": "sketching", "whiteboarded": "whiteboarding",
    "did": "doing", "clarified": "clarifying", "highlighted": "highlighting",
    "mapped": "mapping", "challenged": "challenging", "encouraged": "encouraging",
    "drew": "drawing", "paired": "pairing", "coded": "coding", "stepped": "stepping",
    "guided": "guiding", "helped": "helping", "covered": "covering", "tested": "testing",
}
# Of those, the ones that are only a kindness when done for the reader ("took me to lunch",
# "went through my CV"), not otherwise ("took over the team", "went to MIT").
NEEDS_ME = _words("took went looked worked did helped talked paired coded stepped tested sent")
ME = ("me ", "us ", "me", "through ")
# Of those, the ones "we" can do together ("We went through the codebase").
TOGETHER = _words(
    "walked went looked reviewed worked sketched whiteboarded did mapped paired coded stepped "
    "talked"
)

MANNER = _words(
    """very so really extremely incredibly truly genuinely kind friendly helpful welcoming
    patient generous warm open honest candid encouraging thoughtful supportive generous
    gracious approachable clear"""
)
ADVERBS = _words("previously recently once also just already formerly currently now still")
ADJECTIVES = _words(
    """interested passionate keen excited curious proud new based responsible originally
    fluent involved"""
)

# First words that show a highlight or interest is a clause with "I" left out.
OWN_VERBS = _words(
    """led built ran managed shipped designed wrote launched created grew cut reduced increased
    improved delivered migrated founded taught mentored started worked spent have speak know
    love enjoy care helped developed organised organized published won scaled automated
    introduced trained rebuilt redesigned halved doubled saved"""
)

ABBREVIATION = re.compile(
    r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|Inc|Ltd|Co|vs|etc|e\.g|i\.e|[A-Z])\.$"
)
