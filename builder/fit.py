"""Fit a note to its channel: long enough, short enough, and within LinkedIn's limit."""

from __future__ import annotations

from builder import wording
from builder.checks import count_words
from builder.draft import Draft, Line, Writer
from builder.fragments import usable_details

LINKEDIN_LIMIT = 300

# Sentences that may be dropped to shorten a note, first to go first, and what the
# reader is told was left out (None: nothing the reader typed).
_DROP_ORDER = (
    ("more", None),
    ("highlight", "your point about what you would bring"),
    ("interest", "why you want the job"),
    ("detail-3", "part of your detail about this person"),
    ("detail-2", "part of your detail about this person"),
)


def lengthen(writer: Writer, draft: Draft, low: int) -> None:
    """Add general sentences to a short warm or formal email until it reaches ``low``."""
    additions = (
        (1, wording.MORE_ABOUT_MEETING, 8),
        (-1, wording.MORE_ABOUT_ME, 9),
        (2, wording.MORE_ABOUT_ROLE, 10),
    )
    for where, bank, slot in (*additions, *((w, b, s + 3) for w, b, s in additions)):
        if count_words(draft.body) >= low or len(draft.paragraphs) < 4:
            return
        sentence = writer.pick(bank, slot)
        if sentence:
            paragraph = draft.paragraphs[where]
            at = len(paragraph) - 1 if where == -1 and paragraph else len(paragraph)
            paragraph.insert(at, Line("more", sentence))


def shorten(draft: Draft, high: int) -> None:
    """Drop the least important sentences until the note fits ``high`` words, if it can."""
    for slot, what in _DROP_ORDER:
        while count_words(draft.body) > high and draft.drop(slot):
            if what and what not in draft.omitted:
                draft.omitted.append(what)


def linkedin(writer: Writer, paragraphs: list[list[Line]]) -> Draft:
    """Fit the most important sentences into LinkedIn's 300 characters, never more.

    The opener and the detail come first; when both do not fit, a shorter wording of the
    detail is tried, then a short opener without the role and company.
    """
    greeting = writer.render(wording.LINKEDIN_GREETINGS[writer.request.tone])
    sign = writer.request.candidate_name
    lines = [line for p in paragraphs for line in p]
    order = [line.slot for line in lines]
    chosen: list[Line] = []
    omitted: list[str] = []

    def fits(*texts: str) -> bool:
        body = " ".join([*(line.text for line in chosen), *texts])
        return len(f"{greeting}\n\n{body}\n\n{sign}") <= LINKEDIN_LIMIT

    def with_detail(opener: str, *, take: bool = False) -> str | None:
        """Return the detail in a wording that fits after ``opener``, if there is one."""
        if detail and fits(opener, detail.text):
            return detail.text
        found = usable_details(writer.request.interviewers[writer.index].detail)[:1]
        if not found:
            return None
        bank = wording.DETAILS[found[0].kind]
        return writer.pick(bank, 1, lambda s: fits(opener, s), take=take, d=found[0].text)

    opener = next((line for line in lines if line.slot == "opener"), None)
    detail = next((line for line in lines if line.slot == "detail-1"), None)
    typed = bool(usable_details(writer.request.interviewers[writer.index].detail))
    shorts = wording.LINKEDIN_OPENERS[writer.request.kind]
    if opener and fits(opener.text) and with_detail(opener.text):
        chosen += [opener, Line("detail-1", with_detail(opener.text, take=True) or "")]
    elif typed and (short := writer.pick(shorts, 0, lambda s: bool(with_detail(s)))):
        # The detail is what the reader will remember; the role and company can go.
        chosen += [Line("opener", short), Line("detail-1", with_detail(short, take=True) or "")]
        omitted.append("the role and company")
    elif opener and fits(opener.text):
        chosen.append(opener)
    else:
        short = writer.pick(shorts, 0, fits) or writer.pick(wording.LINKEDIN_LAST, 0, fits)
        chosen += [Line("opener", short)] if short else []
        omitted.append("the role and company")
    rank = ("detail-1", "closing", "feeling", "interest", "farewell", "highlight")
    done = {line.slot for line in chosen}
    for line in sorted(lines, key=lambda x: rank.index(x.slot) if x.slot in rank else 99):
        if line.slot in done:
            continue
        if fits(line.text):
            chosen.append(line)
        else:
            omitted.append(
                "your detail about this person" if line.slot.startswith("detail") else "a sentence"
            )
    if not any(line.slot == "closing" for line in chosen):
        kind = writer.request.kind
        bank = wording.FEEDBACK if kind == "after-rejection" else wording.CLOSINGS[kind]
        if closing := writer.pick(bank, 6, fits):
            chosen.append(Line("closing", closing))
            if "a sentence" in omitted:
                omitted.remove("a sentence")
    chosen.sort(key=lambda x: order.index(x.slot) if x.slot in order else len(order))
    body = [[Line("greeting", greeting)], [x for x in chosen if x.text]]
    return Draft(None, body, [sign], omitted)
