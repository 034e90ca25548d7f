"""Typed phrases: what the engine understood a field to be, ready for a frame to hold."""

from __future__ import annotations

from dataclasses import dataclass

# What a detail about one interviewer can be.
TOPIC = "topic"  # a thing talked about: "the Q3 roadmap", "what a typical week looks like"
ASKED = "asked"  # what they asked the candidate about: "my gap year"
PANEL_ASKED = "panel-asked"  # what a client's panel asked, told to the agency: "capex reporting"
WENT = "went"  # how the writer thinks the interview went, told to the agency: "well"
ACT = "act"  # what they did for the candidate, as "-ing": "walking me through the lab"
SHARED = "shared"  # what the two did together, as "-ing": "sizing the market together"
TASK = "task"  # what the reader set the candidate to do, as an infinitive: "pitch a stock"
EVENT = "event"  # a part of the interview the candidate took part in: "the SQL round"
FACT = "fact"  # a clause that can follow "that": "you run the mentoring program"
YOURS = "yours"  # a clause about the reader: "you worked in Herat for eight years"
NEED = "need"  # whom the reader needs in the job: "someone who can own it end to end"
COMMON = "common"  # what the two share: "we both grew up in Leeds"
MINE = "mine"  # a clause about the candidate: "I spent a year in Japan"
FELT = "felt"  # what the candidate enjoyed, in their words: "I really enjoyed the pairing session"
TOLD = "told"  # what the candidate told them, as "-ing": "telling you about my thesis"
WISH = "wish"  # an event of the reader's ahead, wished well: "the big group on Monday"
NEXT = "next"  # the next stage, as the reader told it: "a panel with the store manager"
SET = "set"  # the next stage, with its day: "the interview with the hiring manager on Thursday"
HEARD = "heard"  # the reader's own story, heard: "your 19 years at Waffle House"
SENTENCE = "sentence"  # typed text that fits no frame: held whole, as a sentence

# What a highlight, a point of fit, can be.
THING = "thing"  # a noun phrase: "five years in B2B sales"
QUALITY = "quality"  # what the candidate is: "PMP certified", "a strong communicator"
SKILLS = "skills"  # a list of skills: "Excel, SQL and Tableau"
DEED = "deed"  # a clause with "I": "I rebuilt our onboarding and cut churn 12%"
WORK = "work"  # a piece of the candidate's work: "my zine 'Bus Stops of Portland'"

# What an interest, why the candidate wants the job, can be (also THING and SENTENCE).
AIM = "aim"  # an infinitive: "to learn from senior engineers"
REASON = "reason"  # a clause: "I want to move into management"

# What a promise can be (also THING).
LATER = "later"  # a thing sent later: "a writing sample by Friday"
LINK = "link"  # an address: "https://example.com/work"
NAMED_LINK = "named-link"  # an address and what it is, in the tail: "my case study"
LINKS = frozenset({LINK, NAMED_LINK})


@dataclass(frozen=True)
class Phrase:
    """A typed phrase.

    ``parts`` are its coordinated pieces in order ("walking me through the lab", "showing
    me the sequencer"); a short note may keep only the first ones. ``tail`` is what follows
    the list ("by Friday").
    """

    kind: str
    parts: tuple[str, ...]
    tail: str = ""

    @property
    def text(self) -> str:
        """The whole phrase: its parts joined as a list."""
        return self.keep(len(self.parts))

    @property
    def listed(self) -> str:
        """The parts joined as a list, without the tail."""
        if len(self.parts) == 2 and self.kind == REASON:
            return f"{self.parts[0]}, and {self.parts[1]}"
        if len(self.parts) > 1:
            return ", ".join(self.parts[:-1]) + " and " + self.parts[-1]
        return self.parts[0] if self.parts else ""

    def keep(self, count: int) -> str:
        """The phrase with only its first ``count`` parts."""
        return f"{Phrase(self.kind, self.parts[:count]).listed} {self.tail}".strip()

    @property
    def words(self) -> int:
        """How many words the whole phrase has."""
        return len(self.text.split())
