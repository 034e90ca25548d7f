"""Write one note for one interviewer: read, plan, realise, then fit it to its channel."""

# ruff: noqa: RUF001 - typed text holds curly apostrophes and dashes

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder import lexicon, wording
from builder.checks import length_range
from builder.cleaning import company_name, role_in_sentence, role_name, short_company
from builder.content import Content, read_content, to_students
from builder.dates import long_date, when
from builder.draft import Draft, Line, Panel, Writer, seed
from builder.fit import linkedin, shorten
from builder.names import read_name, signature
from builder.occasions import OCCASIONS
from builder.plan import plan
from builder.realise import article, capital
from builder.request import LINKEDIN_LIMITS
from builder.spelling import spell

_SIMPLE_ROLE = re.compile(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}")

if TYPE_CHECKING:
    from builder.request import Request


def _values(request: Request, index: int) -> dict[str, str]:
    # A card is read days after it is written, so it names the day, never "yesterday".
    relative = OCCASIONS[request.kind].recent and request.channel != "card"
    words = wording.FORMAT_WORDS[request.interview_format]
    label = role_name(request.role)  # the subject line's; sentences say the role without it
    role = role_in_sentence(label)
    name = read_name(request.interviewers[index].name)
    # "the Young Professionals Program", never "the Young Professionals Program role"
    head = role.split(" (")[0].casefold().split()
    programme = bool(head) and head[-1] in lexicon.PROGRAMMES
    company_words = {w.casefold().strip(".,") for w in request.company.split()}
    return {
        "first": greeting_name(request, index),
        "group": "yes" if name.group else "",
        "title": "yes" if name.title else "",
        "role": role,
        "role_label": label,
        "a_role": _as_a(role) if _SIMPLE_ROLE.fullmatch(role) and not programme else "",
        "programme": "yes" if programme else "",
        "teamless": "yes" if company_words & lexicon.TEAMLESS_PLACES else "",
        "company": company_name(request.company),
        "short_company": short_company(company_name(request.company)),
        "when": when(
            request.interview_date, request.today, relative=relative, english=request.english
        ),
        "Meeting": capital(words["meeting"]),
        "round": request.round,
        "start": long_date(request.start_date, request.today, request.english)
        if request.start_date else "",
        **words,
    }


def _as_a(role: str) -> str:
    """The role as what the writer would join as, in lower case: "a sous chef".

    A title's capitals belong to the title ("the Sous Chef role"), not to the job said in a
    sentence. Unless every word is a known word of job titles, the frame is not used.
    """
    if role.rsplit(maxsplit=1)[-1] in lexicon.ROMAN_LEVELS:
        return ""  # "a quality engineer II" reads as neither a title nor a job
    words = [word for word in role.split() if not word.isupper()]
    if not all(word.casefold() in lexicon.JOB_TITLE_WORDS for word in words):
        return ""
    return article(" ".join(w if w.isupper() else w.casefold() for w in role.split()))


_UK_TITLES = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr"})


def greeting_name(request: Request, index: int) -> str:
    """The name to greet by, in the request's tone.

    A team is greeted as a team, without the company that the note names anyway:
    "recruiting team" -> "Recruiting Team".
    """
    name = read_name(request.interviewers[index].name)
    greeted = name.greeting(formal=request.tone == "formal")
    typed_title = request.interviewers[index].name.split(" ", 1)[0]
    if request.english == "uk" and typed_title in _UK_TITLES:  # typed "Mrs Hale": kept so
        greeted = greeted.replace(f"{typed_title}. ", f"{typed_title} ", 1)
    if not (name.group and greeted) or " and " in greeted:
        return greeted
    company = company_name(request.company).removeprefix("the ")
    kept = set(company.split())
    if name.shown.split()[-1].casefold() in lexicon.DEPARTMENTS:  # "Public Works" is a name
        kept |= set(name.shown.split())
    words = [w if w.isupper() or w in kept else w.casefold() for w in greeted.split()]
    # Readers failed "Dear students,": a group named in a greeting takes capitals.
    capitalised = lexicon.COMPANY_TEAM_WORDS | lexicon.STUDENT_WORDS
    if company.casefold() in greeted.casefold() or not set(words) & capitalised:
        return " ".join(words)
    return " ".join(w[:1].upper() + w[1:] for w in words)  # not "Hi Chewy recruiting team,"


def _signature(request: Request, index: int, said: list[str]) -> list[str]:
    """The sign-off, name and contact lines.

    No "Thanks again," after a last line that thanks, nor in a note that never thanked; no
    "Best wishes," after a line that wishes the reader well;
    no personal email or phone number for students (a reader failed it as a safeguarding slip).
    """
    thanked = "thank" in said[-1].casefold() if said else False
    sign_offs = (wording.PLAIN_SIGN_OFFS if thanked else wording.SIGN_OFFS)[request.tone]
    if not any("thank" in sentence.casefold() for sentence in said):
        sign_offs = tuple(s for s in sign_offs if "again" not in s)
    if said and "wish" in said[-1].casefold():  # not "I wish you ..." then "Best wishes,"
        sign_offs = tuple(s for s in sign_offs if "wish" not in s.casefold())
    sign_off = sign_offs[(seed(request, index) + index) % len(sign_offs)]
    lines = [spell(sign_off, request.english), signature(request.candidate_name)]
    if request.channel == "email" and not to_students(request, index):
        lines += [x for x in (request.candidate_email, request.candidate_phone) if x]
    return lines


def _lines(planned: list[list[tuple[str, str | None]]]) -> list[list[Line]]:
    return [[Line(slot, text) for slot, text in p if text] for p in planned]


def write_note(request: Request, index: int, panel: Panel) -> tuple[Draft, Content]:
    """Write the note for ``request.interviewers[index]``; ``panel`` holds what was said."""
    writer = Writer(request, index, panel, _values(request, index))
    content = read_content(request, index)
    limit = LINKEDIN_LIMITS[request.linkedin]
    if request.channel == "linkedin" and limit is not None:
        return linkedin(writer, content, limit), content
    paragraphs = _lines(plan(writer, content))
    greetings = wording.LINKEDIN_GREETINGS if request.channel == "linkedin" else wording.GREETINGS
    greeting = Line("greeting", writer.greet(greetings[request.tone]))
    subject = None
    if request.channel == "email":
        subjects = wording.SUBJECTS[request.kind]
        frame = subjects[seed(request, index) % len(subjects)]
        subject = writer.render(frame, role=writer.values["role_label"]).rstrip(".")
    said = [line.text for p in paragraphs for line in p]
    draft = Draft(subject, [[greeting], *paragraphs], _signature(request, index, said))
    shorten(draft, length_range(request)[1])
    return draft, content
