"""Plan a note: what each interviewer's note says, sentence by sentence, and in what order."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder import lexicon, morphology, occasion_wording, phrases, telling, wording
from builder.content import to_students
from builder.occasions import ANSWERS, OCCASIONS, kind_frames
from builder.phrases import Phrase
from builder.realise import capital

if TYPE_CHECKING:
    from builder.content import Content
    from builder.draft import Writer
    from builder.request import Request

MAX_DETAILS = {"email": 3, "card": 1, "linkedin": 1}
MESSAGE_DETAILS = 2  # a LinkedIn message to a connection has no length limit
_REJECTION_DETAILS = 2  # after a no, what was memorable is said briefly


Planned = list[list[tuple[str, str | None]]]
_THANKING = {"thank", "grateful", "appreciat"}
_THANKS = re.compile("|".join(sorted(_THANKING)), re.IGNORECASE)
_THANKS_AGAIN = re.compile(r"\btoo\b|\bas well\b|Thank you especially|especially grateful")
_THE_OFFER = re.compile(r"\bthe offer\b")
_SCHEME = re.compile(r"^https?://(?:www\.)?", re.IGNORECASE)  # a link typed from a card
_SECOND_TOPIC = re.compile(r",? and (?=(?:the|a|an|your|our|how|what|why) )")
_RECALLED = {
    phrases.TOPIC, phrases.ACT, phrases.SHARED, phrases.TASK, phrases.EVENT, phrases.ASKED,
    phrases.FELT, phrases.HEARD,
}
# A clause at the end of a thing promised: "my resume so you can pass it on", "the
# recording I mentioned" (readers failed "the recording I mentioned with this message").
_CLAUSE_IN = re.compile(
    r"\b(?:so|that|which|who|because|if|when)\b|\b(?:I|we|you|he|she|they) \w+(?: \w+)?$"
)
_CLAIMS_A_PROMISE = re.compile(r"promis|said I|I said|mentioned", re.IGNORECASE)
_AS_EXPERIENCE = r"experience|carry over|similar work|more of"
# Work done ("I led the migration") is work to do again, neither experience nor of use.
_DONE_UNFIT = re.compile(
    r"experience|carry over|bring (?:that )?to this role|help in the role|useful at"
)

# A result, told of what changed rather than of what the candidate did, is no kind of work.
_MOVED_FROM = r"(?:other than|instead of|away from|rather than|off|not)"
_RESULT = re.compile(
    r"^(?!I |we ).*\b(?:went|rose|grew|fell|dropped|climbed|jumped) (?:from|to|by)\b"
)
_AWARD_UNFIT = re.compile(rf"{_AS_EXPERIENCE}|{_DONE_UNFIT.pattern}")
_PRESENT_UNFIT = re.compile(rf"{_AS_EXPERIENCE}|that kind of work|bring that")  # "I speak
# Spanish, English, French and Catalan, and I'd bring that": a reader failed the one "that"
_WANTS = re.compile(r"\bI(?:'d| would) (?:like to|be glad to|welcome|love to|gladly)\b|proud to")
_ANSWERED = re.compile(r"\b(?:feedback|internal|reapply|re-apply|went with)\b", re.I)
_PERSONAL = re.compile(r"^my (?:\w+ ){1,2}(?:was|were|had|needed|died|lost|spent|passed)\b")
_A_WHILE_DAYS = 8
_ONE_CONSULTANTS_DEED = re.compile(r"putting|arranging")
_NEXT_STAGE = re.compile(r"\bnext st|\bgo on to\b")
# The writer's wish, noted of a reader, to keep in touch: "would love to stay in touch".
_IN_TOUCH = re.compile(
    r"\b(?:love|like|glad|hope|want|keen)\w* to (?:stay|keep|be) in touch\b", re.IGNORECASE
)
# A follow-up's opener that asks for news, and a closing that asks again.
_ASKED = re.compile(r"\bask\b|\bany news\b")
_ASKS = re.compile(r"news|update|where things stand|how the process|timeline|timing")
_STAGE_AHEAD = re.compile(r"\bgo on to\b|\blook(?:ing)? forward to\b")
_CLAIMS_A_MEETING = re.compile(r"\{(?:talking|meeting|talk_you|talk)\}")
_APPEAL_OF_THE_ROLE = re.compile(r"stand out|role's appeal|draws me to the role is")


def _details(writer: Writer, content: Content, limit: int) -> list[tuple[str, str | None]]:
    lines: list[tuple[str, str | None]] = []
    for number, phrase in enumerate(telling.chosen(content.details, limit), start=1):
        frames = telling.frames_for(phrase, later=number > 1)
        if not writer.last_keys & _THANKING:  # "Thank you, too, for ..." needs thanks before it
            frames = tuple(f for f in frames if not _THANKS_AGAIN.search(f)) or frames
        company = writer.values.get("company", "") if number == 1 else ""
        text = telling.first_mention(phrase, company).text
        sentence = writer.pick(frames, number, x=text, X=capital(text)) if frames else None
        lines.append((f"detail-{number}", sentence))
    return lines


def _unfit_for_deed(text: str) -> re.Pattern[str]:
    """The frames a first-person highlight cannot take, by what it tells.

    Work done ("I contributed to GitLab CE in 2021") is work to do again, neither
    "experience", "brought" nor of use in itself; an award won ("I won a One Show pencil")
    is neither experience nor of use; a present fact ("I speak French") is not experience
    gained.
    """
    words = text.casefold().split()
    verb = next((w for w in words[1:lexicon.MAX_SUBJECT_WORDS + 1] if morphology.is_past(w)), "")
    if not verb:
        return _PRESENT_UNFIT
    return _AWARD_UNFIT if verb in lexicon.AWARD_VERBS else _DONE_UNFIT


def _names_the_company(text: str, company: str) -> bool:
    """Whether a deed was done for the company itself: "I contributed to GitLab CE"."""
    first = next((w for w in company.split() if w.casefold() not in lexicon.DETERMINERS), "")
    return bool(first) and re.search(rf"\b{re.escape(first)}\b", text) is not None


def _told(content: Content) -> str:
    """What the note's details say, in lower case, to find a skill they name."""
    return " ".join(d.text for d in content.details).casefold()


def _not_retold(phrase: Phrase, content: Content) -> Phrase:
    """A list of skills without those a detail already named, if any are left.

    "... to talk about Python and Spark. As well as Python, I'd bring my experience with R
    and SQL", not "with Python, R and SQL".
    """
    if phrase.kind != phrases.SKILLS:
        return phrase
    said = _told(content)
    kept = tuple(p for p in phrase.parts if not re.search(rf"\b{re.escape(p.casefold())}\b", said))
    return Phrase(phrase.kind, kept, phrase.tail) if kept else phrase


def _highlight(writer: Writer, content: Content) -> str | None:
    if content.highlight is None:
        return None
    phrase = _not_retold(content.highlight, content)
    # One the reader wants to move away from ("in something other than Excel") is not said
    # at all: readers failed "Along with Excel, I am at home with SQL and Tableau".
    told = _told(content)
    said = tuple(p for p in content.highlight.parts if p not in phrase.parts and not re.search(
        rf"\b{_MOVED_FROM} {re.escape(p.casefold())}\b", told
    ))
    if said:  # readers took "I'd bring R and SQL" after "Python" as a writer without Python
        named = Phrase(phrases.SKILLS, said).text
        both = len(said) == 2 and named in writer.last  # "both" is two
        frames = wording.SKILLS_BESIDES_BOTH if both else wording.SKILLS_BESIDES
        return writer.pick(frames, 3, x=phrase.text, said=named)
    frames = wording.HIGHLIGHTS[phrase.kind]
    if len(phrase.parts) == 1:  # one skill left is not "them"
        frames = tuple(f for f in frames if " them " not in f)
    if any(part.casefold() not in lexicon.TOOLS for part in phrase.parts):  # a technique is
        # not known "well": readers failed "Knowing mammalian cell culture ... well"
        frames = tuple(f for f in frames if not f.startswith("Knowing")) or frames
    if " with " in phrase.text:  # not "With my 5 years with WFP, ..."
        frames = tuple(f for f in frames if not re.search(r"\bwith \{x\}", f, re.I)) or frames
    if phrase.kind == phrases.DEED and _RESULT.search(phrase.text):
        frames = wording.RESULTS
    elif phrase.kind == phrases.DEED:
        unfit = _unfit_for_deed(phrase.text)
        frames = tuple(f for f in frames if not unfit.search(f))
        if _names_the_company(phrase.text, writer.values.get("company", "")):  # it was here:
            # more of it, not "similar work" nor, a reader said, circular "that kind of work"
            frames = tuple(f for f in frames if re.search(r"more of|build on", f)) or frames
    elif phrase.kind == phrases.THING and phrase.text.startswith("my record of"):
        frames = wording.RECORDS  # readers failed a record "useful from the start"
    elif phrase.kind == phrases.THING and set(phrase.text.casefold().split()) & (
        lexicon.CREDENTIAL_NOUNS | {"certifications", "licenses", "licences", "degrees", "belt"}
    ):  # a diploma prepares; readers failed one "useful from the start" and one "brought"
        frames = tuple(f for f in frames if re.search(r"prepared me|solid footing", f)) or frames
    elif set(phrase.text.casefold().split()) & lexicon.EPISODES:  # nor "brought" nor "put"
        frames = tuple(f for f in frames if not re.search(r"bring|put", f))
    return writer.pick(frames, 3, x=phrase.text, X=capital(phrase.text))


def _also(writer: Writer, content: Content) -> str | None:
    """A second point of fit, said as an addition: "I'm also bilingual".

    Only a full email has room for it; a deed takes "also" after its "I".
    """
    request = writer.request
    if content.also is None or request.channel != "email" or request.tone == "concise":
        return None
    phrase = _not_retold(content.also, content)
    text = phrase.text
    if phrase.kind == phrases.DEED:
        text = _MY_ALSO.sub(r"\g<0> also", _I_ALSO.sub(r"\g<0> also", text, count=1), count=1)
        if " also " not in text:
            return None
    frames = wording.ALSO_HIGHLIGHTS.get(phrase.kind, ())
    if " as " in text:  # not "my experience as a traveler as well"
        frames = tuple(f for f in frames if "as well" not in f)
    return writer.pick(frames, 3, distinct=True, x=text, X=capital(text)) or (
        writer.pick(wording.IN_ADDITION, 3, distinct=True, x=phrase.text)
        if text.startswith("my ") else None  # not "My 5 years ... My CCRN is also ..."
    )


# The "I" of a deed, and its contraction, before which "also" goes: "I've also led ...".
_I_ALSO = re.compile(r"^I(?:['\u2019](?:ve|m))?(?= [a-z]+ )")
# Or the verb of a deed about the writer's own: "my CCRN is also in progress".
_MY_ALSO = re.compile(r"^my [\w' -]+? (?:is|are|has|have)(?= [a-z]+)")


def _interest(writer: Writer, content: Content) -> str | None:
    phrase = content.interest
    kind = writer.request.kind
    if "interest" not in OCCASIONS[kind].uses:
        return None
    # A follow-up card has room to say the writer still wants the job, not why again; nor
    # does a panel hear the same reason twice: readers failed it, pasted into a second note.
    retold = phrase is not None and not content.reason_here
    if retold or phrase is None or (kind == "follow-up" and writer.request.channel == "card"):
        frames = kind_frames(wording.NO_INTEREST, kind)
        if kind == "agency":  # the line passing on thanks names the company next, and the
            # reader is not the one the writer would work with: not "join you"
            frames = tuple(f for f in frames if "{company}" not in f and " you" not in f)
        return writer.pick(frames, 4, distinct=True)
    reasons = (wording.FOLLOW_UP_INTERESTS if kind == "follow-up" else wording.INTERESTS)[
        phrase.kind
    ]
    if phrase.kind == phrases.REASON and _PERSONAL.match(phrase.text):
        reasons = wording.PERSONAL_REASONS
    if phrase.kind == phrases.THING and phrase.text.startswith(("a ", "an ")):
        reasons = wording.LOOKING_FOR  # "a smaller firm where ..." is wished for, not found
    if phrase.text.startswith("I "):  # the role's appeal is not "that I want ..."
        reasons = tuple(f for f in reasons if not _APPEAL_OF_THE_ROLE.search(f)) or reasons
    if " and " in phrase.text:  # two things are not "one thing"
        reasons = tuple(f for f in reasons if "One thing" not in f)
    if morphology.is_plural_phrase(phrase.text):  # readers fail both "What ... is" and "are"
        reasons = tuple(f for f in reasons if not f.startswith("What")) or reasons
    return writer.pick(reasons, 4, distinct=True, x=phrase.text, X=capital(phrase.text))


def _promise(writer: Writer, content: Content) -> str | None:
    phrase = content.promise
    channel = writer.request.channel
    if phrase is None or channel not in wording.PROMISES:
        return None
    frames = wording.PROMISES[channel][phrase.kind]
    if content.promised_here:  # a reader failed "In case it's useful, here is ..." to the
        frames = tuple(f for f in frames if _CLAIMS_A_PROMISE.search(f))  # one it was made to
    # The form does not say whom the promise was made to: unless its words name one
    # member's detail, a panel's notes keep it without "as promised", while frames last;
    # and a promise made to one member is sent to the others with no claim at all.
    plain = tuple(f for f in frames if not _CLAIMS_A_PROMISE.search(f))
    panel = len(writer.request.interviewers)
    if content.promise_shared or (panel > 1 and not content.promised_here and len(plain) >= panel):
        frames = plain
    if "mentioned" in phrase.listed:  # not "As I mentioned I would, ... the doc I mentioned"
        frames = tuple(f for f in frames if "mention" not in f) or frames
    if _CLAUSE_IN.search(phrase.listed):  # "my resume so you can pass it on", then nothing
        frames = tuple(f for f in frames if re.search(r"\{[xX]\}\.$", f)) or frames
    listed = phrase.listed
    if channel == "card" and phrase.kind in phrases.LINKS:  # to be typed from a card
        listed = _SCHEME.sub("", listed)
    return writer.pick(frames, 5, x=listed, X=capital(listed), tail=phrase.tail)


def _detail_limit(request: Request) -> int:
    """How many detail lines a note may tell: one when concise, more where there is room."""
    if request.tone == "concise":
        return 1
    if request.channel == "linkedin" and request.linkedin == "message":
        return MESSAGE_DETAILS
    return MAX_DETAILS[request.channel]


def _room_for_one_more(content: Content) -> int:
    """1 when a card with no point of fit can tell one more detail, else 0.

    Readers failed cards that told one topic and left out what the writer told the reader
    or what the reader did. But not a bare "hoeing the carrot beds", which may have been
    done rather than talked about.
    """
    more = telling.chosen(content.details, MAX_DETAILS["card"] + 1)
    doing = any(
        p.kind == phrases.TOPIC and p.text.split(" ", 1)[0].endswith("ing")
        for p in more
    )
    return int(len(more) > MAX_DETAILS["card"] and not doing)


def _reserve_details(writer: Writer, details: list[Phrase]) -> None:
    """Leave the details their words: a deed its key words ("organizing", "everything").

    A role keeps its noun: "... for the CTICU role".
    """
    for phrase in details:
        if phrase.kind in {phrases.ACT, phrases.SHARED}:
            writer.reserve(phrase.text)  # "scheduling everything": not "everything you did"
        elif re.search(r"\b(?:role|position|job)\b", phrase.text):
            writer.reserve(phrase.text)


def plan(writer: Writer, content: Content) -> Planned:
    """Choose the sentences of a note, longest version, by kind and channel."""
    request = writer.request
    limit = _detail_limit(request)
    if request.channel == "card" and content.highlight is None and request.tone != "concise":
        limit += _room_for_one_more(content)
    _reserve_details(writer, content.details[:limit])
    opener = ("opener", _opener(writer, content))
    if request.kind == "after-rejection":
        return _after_rejection(writer, content, opener, min(limit, _REJECTION_DETAILS))
    if request.kind in ANSWERS:
        return _answer(writer, content, opener)
    details = _details(writer, content, limit)
    if to_students(request, writer.index):  # thanks once: in the opener or the closing
        closings = tuple(
            f for f in wording.STUDENT_CLOSINGS if ("thank" in writer.keys) != f.startswith("Thank")
        )
        return [[opener, *details], [("closing", writer.pick(closings, 6))]]
    if content.interest:  # the typed reason comes next: "the team publishes" takes "team"
        writer.reserve(content.interest.text)
    highlight = ("highlight", _highlight(writer, content))
    also = ("also", _also(writer, content) if highlight[1] else None)
    # The stock line that says the writer wants the job, when no reason was typed, is
    # "keen": a short note gives it up before the writer's own point of fit, and no note
    # says it when the point of fit already does ("I'd like to bring ... to the team").
    wanted = request.kind != "follow-up" and _WANTS.search(highlight[1] or "")
    keen = content.interest is None and wanted
    interest = ("interest" if content.interest else "keen", None if keen else _interest(
        writer, content
    ))
    promise = ("promise", _promise(writer, content))
    extra = ("extra", _extra(writer))
    closings = _in_touch(writer, _closings(request, [opener, *details]))
    closing = ("closing", writer.pick(closings, 6))
    if request.channel != "email":
        return [[opener, *details], [highlight, interest, extra, promise, closing]]
    linked = content.promise is not None and content.promise.kind in phrases.LINKS
    if request.kind == "informational":
        return [[opener, *details, extra], *([[promise], [closing]] if linked else [
            [promise, closing]
        ])]
    if extra[1]:
        return [[opener, *details], [highlight, also, interest], [extra, promise, closing]]
    if linked:
        return [[opener, *details], [highlight, also, interest], [promise], [closing]]
    if not (highlight[1] or interest[1] or promise[1]):  # nothing but the closing line
        return [[opener, *details, closing]]
    if highlight[1] is None:  # a line of interest alone is too thin for a paragraph
        return [[opener, *details], [interest, promise, closing]]
    return [[opener, *details], [highlight, also, interest], [promise, closing]]


def _in_touch(writer: Writer, frames: tuple[str, ...]) -> tuple[str, ...]:
    """The last lines a note may end with: those that keep in touch, if the writer noted so."""
    if not _IN_TOUCH.search(writer.request.interviewers[writer.index].detail):
        return frames
    return tuple(f for f in frames if "in touch" in f) or frames


def _closings(request: Request, lines: list[tuple[str, str | None]]) -> tuple[str, ...]:
    """The closing lines a note may end with: one that thanks, if a thank-you has not yet.

    None looks forward to the next stage after the final round: a reader failed it.
    """
    kind = request.kind
    frames = kind_frames(wording.CLOSINGS, kind)
    said = " ".join(sentence for _, sentence in lines if sentence)
    final = kind == "later-round" and request.round == "final"
    if final or _STAGE_AHEAD.search(said):  # no stage is ahead, or it is named already
        frames = tuple(f for f in frames if not _NEXT_STAGE.search(f)) or frames
    if kind == "follow-up":  # asks for news once: a reader failed it asked twice, and one
        # failed a follow-up that never asked
        asked = bool(_ASKED.search(said))
        frames = tuple(f for f in frames if bool(_ASKS.search(f)) != asked) or frames
    if request.channel == "card":  # a reader failed "I'm happy to send anything else" on a card
        frames = tuple(f for f in frames if not re.search(r"\bsend\b", f)) or frames
    if kind in {"thank-you", "later-round"} and not _THANKS.search(said):
        return tuple(f for f in frames if _THANKS.search(f)) or frames
    return frames


def _only_acted(content: Content) -> bool:
    """Whether all the reader is known to have done is act for the writer, or tell a fact.

    "sorted the reschedule", "kept me updated ... Mentioned hybrid is 2 days": no call with
    them is known, and readers failed "It was good to speak with you over video" as invented.
    """
    return bool(content.details) and all(
        p.kind in {phrases.ACT, phrases.FACT} for p in content.details
    )


def _opener(writer: Writer, content: Content) -> str | None:
    """The first sentence; in a later round, to someone met before, one that says "again"."""
    request = writer.request
    again = request.kind == "later-round" and request.interviewers[writer.index].met_before
    first = writer.pick(wording.OPENERS["later-round-again"], 0) if again else None
    frames = wording.OPENERS[request.kind]
    if request.kind == "thank-you" and to_students(request, writer.index):
        frames = wording.STUDENT_OPENERS
    days = (request.today - request.interview_date).days if (
        request.today and request.interview_date
    ) else None
    if days is not None and days < _A_WHILE_DAYS:  # six days on is no "little while"
        frames = tuple(f for f in frames if "a little while" not in f)
    if request.kind == "agency" and len(request.interviewers) > 1:  # who put me forward?
        frames = tuple(f for f in frames if not _ONE_CONSULTANTS_DEED.search(f))
    if request.kind == "recruiter" and _only_acted(content):
        frames = tuple(f for f in frames if not _CLAIMS_A_MEETING.search(f))
    return first or writer.pick(frames, 0)


def _extra(writer: Writer) -> str | None:
    """The line an occasion adds: thanks passed on through an agency, or what was learned."""
    kind = writer.request.kind
    if kind == "agency":
        return writer.pick(occasion_wording.PASS_ON, 7)
    if kind == "informational":
        return writer.pick(occasion_wording.TAKEAWAYS, 7)
    return None


_COMMUTE = re.compile(
    r"\b(?:commute|commuting|relocat\w*|\d+\s*(?:min|mins|minutes|hours?|hrs?) away)\b", re.I
)


def _answer(writer: Writer, content: Content, opener: tuple[str, str | None]) -> Planned:
    """Accept an offer, decline one, or withdraw: the answer first, then thanks and goodwill.

    Each sentence is chosen in the order it is read, so that no two in a row open alike.
    """
    request = writer.request
    # A kindness or a topic is worth recalling in an answer; news or a remark is not, nor
    # the offer itself, which the answer already names: "calling me Friday with the offer".
    # A topic is recalled by its first part: readers failed "I especially enjoyed our
    # conversation about the fieldwork in Svalbard and the teaching load" in a decline.
    content.details = [
        Phrase(d.kind, (_SECOND_TOPIC.split(d.parts[0], maxsplit=1)[0],), d.tail)
        if d.kind == phrases.TOPIC else d
        for d in content.details if d.kind in _RECALLED and not _THE_OFFER.search(d.text)
    ]

    def line(slot: str, frames: tuple[str, ...] | None, place: int) -> tuple[str, str | None]:
        return slot, writer.pick(frames, place) if frames else None

    reasons = occasion_wording.REASONS.get(request.reason)
    typed = request.interviewers[writer.index].detail
    if request.reason in {"none", "not-a-fit"} and _COMMUTE.search(typed):
        reasons = occasion_wording.LOCATION_REASONS  # not "isn't the right fit": a reader
        # failed it for hiding that the offer was for a store 45 minutes away
    if request.kind == "accept-offer":
        start = line("start", occasion_wording.STARTS if request.start_date else None, 2)
        details = _details(writer, content, 1)
        thanks = line("thanks", occasion_wording.ACCEPT_THANKS, 4)
        closing = line("closing", wording.CLOSINGS["accept-offer"], 6)
        return [[opener, start], [*details, thanks], [closing]]
    if request.kind == "decline-offer":
        decision = line("decision", occasion_wording.DECISIONS, 1)
        first = [opener, decision, line("reason", reasons, 2)]
        details = _details(writer, content, 1)
        thanks = line("thanks", occasion_wording.DECLINE_THANKS, 4)
        goodwill = line("goodwill", _in_touch(writer, occasion_wording.GOODWILL), 6)
        return [first, [*details, thanks, goodwill]]
    reason = line("reason", reasons, 2)
    first = [opener, reason, line("thanks", occasion_wording.WITHDRAW_THANKS, 4)]
    details = _details(writer, content, 1)
    return [first, [*details, line("goodwill", _in_touch(writer, occasion_wording.GOODWILL), 6)]]


def _after_rejection(
    writer: Writer, content: Content, opener: tuple[str, str | None], lines: int
) -> Planned:
    """Thanks for the news, a word of feeling, what was memorable, future roles, good wishes.

    ``lines`` details at most are recalled.
    """
    # After a rejection, a kindness the reader showed is the detail most worth keeping.
    content.details.sort(key=lambda phrase: phrase.kind != phrases.ACT or "time" in phrase.text)
    feeling = ("feeling", writer.pick(wording.FEELINGS, 4))
    reapply = _advice_to_reapply(content)
    details = _details(writer, content, lines) if content.details else []
    future = ("future", writer.pick(wording.REAPPLYING, 7, x=reapply) if reapply else (
        writer.pick(_in_touch(writer, wording.FUTURE_ROLES), 7)
    ))
    if writer.request.channel != "email":
        return [[opener, feeling, *details, future]]
    # Feedback already given is thanked for, not asked for again; nor is it asked of
    # someone who said why ("they went with an internal candidate") or what to do next.
    typed = writer.request.interviewers[writer.index].detail
    given = any("feedback" in phrase.text for phrase in content.details) or bool(
        _ANSWERED.search(typed)
    )
    feedback = ("feedback", None if given else writer.pick(wording.FEEDBACK, 6))
    concise = writer.request.tone == "concise"
    wishes = ("wishes", None if concise else writer.pick(wording.GOOD_WISHES, 8))
    return [[opener, feeling, *details], [feedback, future], [wishes]]


_REAPPLY = re.compile(r"^advising me to ((?:reapply|re-apply|apply again)\b.*)$")


def _advice_to_reapply(content: Content) -> str | None:
    """Take the reader's advice to apply again out of the details, as what to hope to do.

    "advising me to reapply in 6 months" ends the note ("As you suggested, I hope to
    reapply in 6 months."), rather than lengthen a list of kindnesses that a closing
    line about future roles then ignores.
    """
    for at, phrase in enumerate(content.details):
        advice = next((m for p in phrase.parts if (m := _REAPPLY.match(p))), None)
        if phrase.kind == phrases.ACT and advice:
            kept = tuple(p for p in phrase.parts if p != advice.group(0))
            if kept:
                content.details[at] = Phrase(phrase.kind, kept, phrase.tail)
            else:
                del content.details[at]
            return advice.group(1)
    return None
