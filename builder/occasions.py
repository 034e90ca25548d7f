"""The occasions a note is written for, and which of the request's fields each one uses."""

from __future__ import annotations

from dataclasses import dataclass

CHANNELS = ("email", "card", "linkedin")
MAX_PEOPLE = 12  # a panel's size, at most
FEW_PEOPLE = 3  # an occasion written to one contact, or two or three
# The optional fields a thank-you draws on; an occasion uses these, some of them, or more.
_THANKS = frozenset({"highlights", "interest", "promised"})


@dataclass(frozen=True)
class Occasion:
    """One kind of note: the optional fields it uses, and how it may be sent."""

    label: str
    uses: frozenset[str] = _THANKS
    role_required: bool = True
    channels: tuple[str, ...] = CHANNELS
    people: int = MAX_PEOPLE  # how many notes one request may write
    words: tuple[int, int] = (80, 200)  # an email's length, in words, outside the concise tone
    recent: bool = True  # it thanks for a meeting just held, so "yesterday" can place it
    borrows: str = ""  # the occasion whose frames it uses for a slot it has none of its own for


OCCASIONS = {
    "thank-you": Occasion("a thank-you note"),
    "follow-up": Occasion("a follow-up", recent=False),
    "after-rejection": Occasion(
        "a note after a rejection", frozenset(), words=(60, 200), recent=False
    ),
    "later-round": Occasion(
        "a thank-you after a later round", _THANKS | {"round", "met_before"},
        borrows="thank-you",
    ),
    "informational": Occasion(
        "a thank-you after an informational interview", frozenset({"promised"}),
        role_required=False, people=4, words=(60, 200),
    ),
    "recruiter": Occasion(
        "a thank-you to a recruiter", people=FEW_PEOPLE, borrows="thank-you"
    ),
    "agency": Occasion(
        "a thank-you to an agency consultant", people=FEW_PEOPLE, borrows="thank-you"
    ),
    "coordinator": Occasion(
        "a thank-you to the person who arranged the day", frozenset(), people=FEW_PEOPLE,
        words=(30, 120),
    ),
    "accept-offer": Occasion(
        "accepting an offer", frozenset({"start_date"}), channels=("email",), words=(40, 160),
        people=FEW_PEOPLE, recent=False,
    ),
    "decline-offer": Occasion(
        "declining an offer", frozenset({"reason"}), channels=("email",), words=(40, 160),
        people=FEW_PEOPLE, recent=False,
    ),
    "withdraw": Occasion(
        "withdrawing an application", frozenset({"reason"}), channels=("email",),
        words=(40, 160), people=FEW_PEOPLE, recent=False,
    ),
}
KINDS = tuple(OCCASIONS)
# The notes that answer an offer or end an application: no interview is being thanked for.
ANSWERS = ("accept-offer", "decline-offer", "withdraw")
ROUNDS = ("second", "third", "final")
# Why an offer is declined or an application withdrawn, when the writer wants to say.
REASONS = ("none", "another-offer", "current-job", "not-a-fit")


def kind_frames(table: dict[str, tuple[str, ...]], kind: str) -> tuple[str, ...]:
    """The frames of ``table`` for ``kind``, or for the occasion it borrows from."""
    return table[kind] if kind in table else table[OCCASIONS[kind].borrows]


def wants_job(kind: str) -> bool:
    """Whether a note of ``kind`` still asks for the job: it says why the writer wants it."""
    return "interest" in OCCASIONS[kind].uses
