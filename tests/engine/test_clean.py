"""Clean: no template artefacts, whatever is missing; the reader's text kept exactly."""

# ruff: noqa: RUF001 - names and punctuation are typed with curly apostrophes

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder import compose, occasion_wording, wording
from builder.checks import CLICHES
from builder.occasions import KINDS, MAX_PEOPLE, OCCASIONS, kind_frames

from .support import MINIMAL, STYLES, full, paragraphs, prose, with_

ARTEFACTS = re.compile(
    r"[{}\[\]<>\\]|\bNone\b|\bnull\b|\bundefined\b|\bNaN\b|\bTODO\b|&[a-z]+;|&#"
)
DOUBLED = re.compile(r"  |\s[.,;:!?]|[.,;:!?]{2}|\.\s*\.|,\s*,|\n\s*\n\s*\n|[ \t]\n|\n[ \t]")
LOWERCASE_I = re.compile(r"(?<![\w'’])i(?![\w'’])")

OPTIONAL = [
    ("candidate", "email"), ("candidate", "phone"), ("interview", "date"),
    ("interview", "format"), ("interview", None), ("interviewer", "title"),
    ("interviewer", "email"), ("interviewer", "detail"), ("highlights", None),
    ("interest", None), ("promised", None), ("kind", None), ("channel", None),
    ("tone", None), ("variant", None), ("today", None),
]


def assert_clean(note: dict) -> None:
    body = note["body"]
    assert body == body.strip()
    assert not ARTEFACTS.search(body), body
    assert not DOUBLED.search(body), body
    assert not LOWERCASE_I.search(body), body
    for paragraph in paragraphs(body):
        assert paragraph.strip(), body
        assert not paragraph[0].islower(), paragraph
        assert paragraph.endswith((".", "?", ",")), paragraph
    for sentence in re.split(r"(?<=[.?])\s+", body):
        assert not sentence[0].islower(), sentence
    if note["subject"] is not None:
        subject = note["subject"]
        assert subject == subject.strip()
        assert subject
        assert not ARTEFACTS.search(subject)
        assert "  " not in subject


def without(request: dict, where: str, key: str | None) -> dict:
    request = with_(request)
    if where == "interviewer":
        request["interviewers"][0].pop(key, None)
    elif key is None:
        request.pop(where, None)
    else:
        request.get(where, {}).pop(key, None)
    return request


@pytest.mark.parametrize("missing", OPTIONAL)
@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_any_missing_field_leaves_no_artefact(full_request, missing, kind, channel, tone):
    request = without(with_(full_request, kind=kind, channel=channel, tone=tone), *missing)
    response = compose(request)
    assert response["ok"] is True
    for note in response["notes"]:
        assert_clean(note)


@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_minimal_request_leaves_no_artefact(kind, channel, tone):
    response = compose(with_(MINIMAL, kind=kind, channel=channel, tone=tone))
    for note in response["notes"]:
        assert_clean(note)


@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_empty_optional_strings_leave_no_artefact(full_request, kind, channel, tone):
    request = with_(
        full_request, kind=kind, channel=channel, tone=tone, interest="", promised="  ",
        highlights=["", " "], today="", candidate={"name": "Alex", "email": "", "phone": ""},
        interview={"date": "", "format": "phone"},
    )
    request["interviewers"][0].update(detail=" ", title="", email="")
    for note in compose(request)["notes"]:
        assert_clean(note)


NAMES = [
    # (the name as typed, the name a formal greeting uses)
    ("Tom O'Brien", "Tom"), ("José Álvarez", "José"), ("李雷", "李雷"),  # never "Mr." guessed
    ("عائشة الحربي", "عائشة الحربي"), ("Siobhán Ní Bhriain", "Siobhán"),
    ("Mary-Jane d'Arcy", "Mary-Jane"), ("Łukasz Żółw", "Łukasz"),
    ("Nguyễn Thị Minh", "Minh"), ("O’Connor", "O’Connor"),  # a Vietnamese given name
    ("Dr. Amara Okafor", "Dr. Okafor"), ("Prof. Hans van der Berg", "Prof. van der Berg"),
]


@pytest.mark.parametrize(("name", "greeted"), NAMES)
@pytest.mark.parametrize("channel", ["email", "card", "linkedin"])
def test_names_are_kept_exactly(full_request, name, greeted, channel):
    full_request["interviewers"] = [{"name": name}]
    full_request["candidate"]["name"] = name + " Jr"
    note = compose(with_(full_request, channel=channel, tone="formal"))["notes"][0]
    signed = name.removeprefix("Dr. ").removeprefix("Prof. ") + " Jr"  # nobody signs a title
    assert note["to"] == name
    assert note["body"].startswith(f"Dear {greeted},")
    assert note["body"].endswith(signed if channel != "email" else "+1 555 0100")
    assert f"\n{signed}" in note["body"]


@pytest.mark.parametrize("text", [
    "Müller & Söhne <GmbH>", "AT&T", "C++ / Go", "L'Oréal", "“Quotes” Ltd", "Ünïcödé 株式会社",
    "Café ☕ Co", "R&D 100%", "A\\b",
])
def test_company_and_role_are_plain_text_not_escaped(full_request, text):
    note = compose(with_(full_request, company=text, role=text))["notes"][0]
    assert text in note["body"]
    assert "&amp;" not in note["body"]
    assert "&lt;" not in note["body"]
    assert "&#" not in note["body"]


@pytest.mark.parametrize("detail", [
    "the café on Rue d'Alésia", "李雷's launch plan", "the عائشة project", "O’Brien’s garden",
])
def test_detail_text_is_kept_exactly(full_request, detail):
    full_request["interviewers"][0]["detail"] = detail
    assert detail in compose(full_request)["notes"][0]["body"]


def test_emoji_in_a_detail_are_left_out(full_request):
    full_request["interviewers"][0]["detail"] = "李雷's 🚀 launch plan"
    assert "李雷's launch plan" in compose(full_request)["notes"][0]["body"]


def test_runs_of_whitespace_are_folded_and_ends_trimmed(full_request):
    full_request["interviewers"] = [
        {"name": "  Tom \n\t O'Brien  ", "detail": "the   data\n\nplan "}
    ]
    full_request["company"] = "\tNorthwind    Labs\n"
    note = compose(full_request)["notes"][0]
    assert note["to"] == "Tom O'Brien"
    assert "the data plan" in note["body"]
    assert "Northwind Labs" in note["body"]
    assert_clean(note)


@pytest.mark.parametrize("company", ["Acme Inc.", "Yahoo!", "Who? Ltd.", "Acme Co.,"])
@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_punctuation_in_names_is_not_doubled(full_request, company, kind, channel, tone):
    request = with_(full_request, company=company, kind=kind, channel=channel, tone=tone)
    body = compose(request)["notes"][0]["body"]
    assert ".." not in body
    assert "!." not in body
    assert "?." not in body


@pytest.mark.parametrize("detail", [
    "We talked about the roadmap.", "the roadmap!", "the roadmap...", "the roadmap;",
    "the roadmap ,",
])
def test_trailing_punctuation_of_a_detail_is_not_doubled(full_request, detail):
    full_request["interviewers"][0]["detail"] = detail
    note = compose(full_request)["notes"][0]
    assert "the roadmap" in note["body"]
    assert_clean(note)


def test_no_template_uses_a_cliche_or_an_exclamation():
    for text in wording.all_templates():
        lowered = text.casefold()
        assert not [c for c in CLICHES if c in lowered], text
        assert "!" not in text
        assert "  " not in text
        assert text == text.strip()


def test_every_slot_has_a_wording_for_each_member_of_the_largest_panel():
    banks = [
        wording.DETAILS["topic"], wording.HIGHLIGHTS["thing"], *wording.INTERESTS.values(),
        *wording.NO_INTEREST.values(), wording.FEELINGS, wording.PROMISES["email"]["thing"],
        wording.PROMISES["email"]["link"], wording.FEEDBACK, wording.FUTURE_ROLES,
        wording.OPENERS["later-round-again"],
    ]
    for bank in banks:
        assert len(bank) >= MAX_PEOPLE
        assert len(set(bank)) == len(bank)


@pytest.mark.parametrize("kind", KINDS)
def test_every_occasion_has_a_wording_for_each_person_it_may_write_to(kind):
    most = OCCASIONS[kind].people
    tables = [wording.OPENERS]
    if "linkedin" in OCCASIONS[kind].channels:
        tables.append(wording.LINKEDIN_OPENERS)
    if kind in wording.CLOSINGS or OCCASIONS[kind].borrows:
        tables.append(wording.CLOSINGS)
    for table in tables:
        bank = kind_frames(table, kind)
        assert len(bank) >= most
        assert len(set(bank)) == len(bank)


def test_every_slot_of_the_smaller_occasions_has_a_wording_for_each_person():
    most = max(o.people for o in OCCASIONS.values() if o.people < MAX_PEOPLE)
    slots = (
        occasion_wording.PASS_ON, occasion_wording.TAKEAWAYS, occasion_wording.STARTS,
        occasion_wording.ACCEPT_THANKS, occasion_wording.DECISIONS,
        *occasion_wording.REASONS.values(), occasion_wording.WITHDRAW_THANKS,
        occasion_wording.GOODWILL,
    )
    for bank in slots:
        assert len(bank) >= most


people = st.lists(
    st.sampled_from([*(name for name, _ in NAMES[:9]), "Ana Silva", "Ben Okafor", "Chen Wei"]),
    min_size=1, max_size=4, unique=True,
)
fields = st.fixed_dictionaries({
    "company": prose(60),
    "role": prose(60),
    "interest": st.one_of(st.just(""), prose(200)),
    "promised": st.one_of(st.just(""), prose(100)),
    "highlights": st.lists(prose(120), max_size=3),
    "variant": st.integers(min_value=0, max_value=1000),
})


@given(
    names=people,
    details=st.lists(st.one_of(st.just(""), prose(200)), min_size=4, max_size=4),
    values=fields,
    style=st.sampled_from(STYLES),
)
def test_generated_notes_are_clean_and_pass_their_own_review(names, details, values, style):
    kind, channel, tone = style
    request = with_(full(), **values, kind=kind, channel=channel, tone=tone)
    request["interviewers"] = [
        {"name": n, "detail": d} for n, d in zip(names, details, strict=False)
    ]
    response = compose(request)
    assert response["ok"] is True, response
    for note in response["notes"]:
        assert_clean(note)
        warnings = {c["code"] for c in note["checks"] if c["level"] == "warning"}
        # Emoji typed by the reader are theirs to keep; the engine writes none.
        assert warnings <= {"no-detail", "emoticon", "length"}, note["checks"]
        infos = {c["code"] for c in note["checks"] if c["level"] == "info"}
        assert infos <= {
            "length", "left-out", "role-missing", "note-to-self", "question-kept",
            "private-interest", "detail-shape", "detail-theirs", "detail-thin",
            "detail-other-person",
            "highlight-shape", "highlight-cliche", "highlight-honour", "interest-shape",
            "interest-vague", "attach", "formal-name", "link-unnamed", "name-unknown",
            "name-script", "points-shared",
        }
