"""Different across a panel: no sentence of one note appears in another, sign-off aside."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder import compose
from builder.draft import Panel
from builder.realise import realise, similar, words_of
from builder.wording import LINKEDIN_CLOSINGS

from .support import STYLES, full, sentences, with_

NAMES = [
    "Ana Silva", "Ben Okafor", "Chen Wei", "Dana Cohen", "Eve Martin", "Femi Adeyemi",
    "Gita Rao", "Hugo Blanc", "Ines Costa", "Jon Berg", "Kai Tanaka", "Lia Rossi",
]


def assert_no_shared_sentence(response: dict) -> None:
    assert response["ok"] is True, response
    seen: dict[str, str] = {}
    for note in response["notes"]:
        for sentence in set(sentences(note["body"])):
            assert sentence not in seen, (
                f"{sentence!r} is in the notes to both {seen[sentence]} and {note['to']}"
            )
            seen[sentence] = note["to"]


@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_panel_with_different_details(panel_request, kind, channel, tone):
    assert_no_shared_sentence(compose(with_(panel_request, kind=kind, channel=channel, tone=tone)))


@pytest.mark.parametrize("variant", [0, 1, 7, 11, 999_999])
@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_twelve_people_with_the_same_detail(full_request, kind, channel, tone, variant):
    people = [{"name": n, "detail": "We talked about the data warehouse."} for n in NAMES]
    request = with_(
        full_request, interviewers=people, kind=kind, channel=channel, tone=tone, variant=variant
    )
    response = compose(request)
    assert_no_shared_sentence(response)
    for note in response["notes"]:
        if kind == "follow-up" and channel == "linkedin":
            # A follow-up's question comes before the detail when both do not fit.
            closings = [
                realise(c, {"company": "Northwind Labs"}, formal=tone == "formal")
                for c in LINKEDIN_CLOSINGS[kind]
            ]
            assert "the data warehouse" in note["body"] or any(
                c in note["body"] for c in closings
            )
        else:
            assert "the data warehouse" in note["body"]


@pytest.mark.parametrize("variant", [0, 5])
@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_twelve_people_and_nothing_but_names(minimal_request, kind, channel, tone, variant):
    people = [{"name": n} for n in NAMES]
    request = with_(
        minimal_request,
        interviewers=people, kind=kind, channel=channel, tone=tone, variant=variant,
    )
    assert_no_shared_sentence(compose(request))


@pytest.mark.parametrize("detail_kind", [
    "We talked about the data warehouse and the migration plan.",
    "She asked about my thesis.",
    "She moved to the London office.",
    "Walked me through the roadmap.",
    "The data warehouse. The migration plan. The hiring plan.",
])
def test_twelve_identical_details_of_each_kind(full_request, detail_kind):
    people = [{"name": n, "detail": detail_kind} for n in NAMES]
    assert_no_shared_sentence(compose(with_(full_request, interviewers=people)))


def test_a_point_of_fit_is_told_in_one_note_of_a_panel(full_request):
    # Readers failed every later note that retold it: "I am bilingual, which ..." in four.
    people = [{"name": n, "detail": "the data warehouse"} for n in NAMES]
    request = with_(full_request, interviewers=people, highlights=["my SQL tuning"])
    response = compose(request)
    assert_no_shared_sentence(response)
    assert sum("my sql tuning" in n["body"].casefold() for n in response["notes"]) == 1


def test_each_note_of_a_panel_tells_its_own_point(panel_request):
    points = ["my SQL tuning", "a Databricks certification", "I led the Airflow migration"]
    bodies = [n["body"] for n in compose(with_(panel_request, highlights=points))["notes"]]
    told = [[p for p in ("SQL tuning", "Databricks", "Airflow") if p in b] for b in bodies]
    assert sorted(p for t in told for p in t) == ["Airflow", "Databricks", "SQL tuning"]
    assert all(len(t) <= 1 for t in told), told


def test_a_point_goes_to_the_reader_whose_topic_it_bears_on(full_request):
    full_request["interviewers"] = [
        {"name": "Ana Ruiz", "detail": "the data warehouse"},
        {"name": "Ben Hart", "detail": "the quarterly budget"},
        {"name": "Cal Moss", "detail": "she asked about my time at Ford in Dearborn"},
    ]
    full_request["highlights"] = ["Six Sigma Black Belt", "launched two body shops at Ford"]
    bodies = [n["body"] for n in compose(full_request)["notes"]]
    assert ["body shops" in b for b in bodies] == [False, False, True]


def test_a_point_bears_on_a_topic_that_says_its_word_in_another_form(full_request):
    full_request["interviewers"] = [
        {"name": "Ana Ruiz", "detail": "the data warehouse"},
        {"name": "Ben Hart", "detail": "she wants someone who has done a launch before"},
    ]
    full_request["highlights"] = ["I launched two body shops at Ford", "Six Sigma Black Belt"]
    bodies = [n["body"] for n in compose(full_request)["notes"]]
    assert ["body shops" in b for b in bodies] == [False, True]


def test_the_first_reader_then_one_with_nothing_else_to_hear_get_the_points(full_request):
    # A note with a detail reads well without a point; one with neither could go to anyone.
    full_request["interviewers"] = [
        {"name": "Ana Ruiz", "detail": "the data warehouse"},
        {"name": "Ben Hart", "detail": "the quarterly budget"},
        {"name": "Cal Moss"},
    ]
    full_request["highlights"] = ["a Databricks certification", "my SQL tuning"]
    bodies = [n["body"] for n in compose(full_request)["notes"]]
    told = [[p for p in ("Databricks", "SQL tuning") if p in b] for b in bodies]
    assert [len(t) for t in told] == [1, 0, 1], told


def test_the_reason_goes_to_the_reader_whose_topic_it_bears_on(full_request):
    full_request["interviewers"] = [
        {"name": "Ana Ruiz", "detail": "the data warehouse"},
        {"name": "Ben Hart", "detail": "the outage dashboard crews use during storms"},
    ]
    full_request["interest"] = "data that keeps the lights on during storms"
    bodies = [n["body"] for n in compose(full_request)["notes"]]
    assert ["keeps the lights on" in b for b in bodies] == [False, True]


def test_students_who_do_not_hire_are_not_given_the_reason_or_a_point(full_request):
    full_request["interviewers"] = [
        {"name": "Ana Ruiz", "detail": "the data warehouse"},
        {"name": "Grad students", "detail": "they asked about the mentoring culture"},
    ]
    full_request["interest"] = "the mentoring culture"
    full_request["highlights"] = ["I ran the mentoring programme for new analysts"]
    notes = compose(full_request)["notes"]
    bodies = [n["body"] for n in notes]
    assert "points-shared" not in [c["code"] for c in notes[1]["checks"]]
    assert "the mentoring culture" in bodies[0], bodies
    assert "mentoring programme" in bodies[0], bodies[0]
    assert "mentoring programme" not in bodies[1], bodies[1]


def test_students_are_not_given_the_writers_email_or_phone(full_request):
    # A reader failed a personal mobile number signed to a student council.
    full_request["interviewers"] = [{"name": "Ana Ruiz"}, {"name": "Student council"}]
    notes = compose(full_request)["notes"]
    contact = [full_request["candidate"]["email"], full_request["candidate"]["phone"]]
    assert all(c in notes[0]["body"] for c in contact)
    assert not any(c in notes[1]["body"] for c in contact)


def test_a_panel_note_left_without_a_point_says_how_to_give_it_one(panel_request):
    notes = compose(with_(panel_request, highlights=["my SQL tuning"]))["notes"]
    hints = [[c for c in n["checks"] if c["code"] == "points-shared"] for n in notes]
    assert [len(h) for h in hints] == [0, 1, 1, 1]
    assert all(h[0]["field"] == "highlights[1]" for h in hints[1:])


@pytest.mark.parametrize("deed", [
    "I organized 40 community health fairs", "I've led a team of 6 through a migration",
    "I ran the night shift", "I grew the Denver book by 20%",
])
def test_a_point_is_not_told_again_even_where_a_note_has_nothing_else(minimal_request, deed):
    # Readers failed "Having organized 40 community health fairs, ..." in a note with no
    # detail, and often the note it copied as well.
    people = [{"name": n} for n in NAMES[:3]]
    request = with_(minimal_request, interviewers=people, highlights=[deed])
    bodies = [note["body"] for note in compose(request)["notes"]]
    told = deed.split(" ", 2)[2]  # "40 community health fairs"
    assert sum(told in b for b in bodies) == 1, bodies


@pytest.mark.parametrize("deed", ["I", "I've", "I'm", "I won"])
def test_a_deed_of_a_word_or_two_is_answered_across_a_panel(panel_request, deed):
    # A deed told again across a panel once read its second word, which "I've" lacks.
    response = compose(with_(panel_request, highlights=[deed]))
    assert response["ok"] is True
    assert len(response["notes"]) == len(panel_request["interviewers"])


def test_panel_notes_come_in_the_order_given(panel_request):
    notes = compose(panel_request)["notes"]
    assert [n["to"] for n in notes] == [p["name"] for p in panel_request["interviewers"]]


def test_panel_notes_do_not_name_each_other(panel_request):
    notes = compose(panel_request)["notes"]
    for note in notes:
        assert "other-interviewer" not in [c["code"] for c in note["checks"]]
        others = [p["name"] for p in panel_request["interviewers"] if p["name"] != note["to"]]
        assert not any(name in note["body"] for name in others)


def test_panel_openers_differ(panel_request):
    openers = [sentences(n["body"])[1] for n in compose(panel_request)["notes"]]
    assert len(set(openers)) == len(openers)


def test_every_pair_of_a_panel_differs_in_most_sentences(full_request):
    people = [{"name": n, "detail": "the data warehouse"} for n in NAMES]
    notes = compose(with_(full_request, interviewers=people))["notes"]
    for a, b in itertools.combinations(notes, 2):
        assert not set(sentences(a["body"])) & set(sentences(b["body"]))


details = st.sampled_from([
    "", "the data warehouse", "We talked about the data warehouse.",
    "She asked about my thesis.", "Moved to the London office.", "Told me about the reorg.",
    "the roadmap. the hiring plan. the budget",
])


panels = st.one_of(
    st.tuples(st.integers(2, 12), details).map(lambda t: [t[1]] * t[0]),
    st.lists(details, min_size=2, max_size=12),
)


@given(
    panel=panels,
    style=st.sampled_from(STYLES),
    variant=st.integers(min_value=0, max_value=1_000_000),
    fmt=st.sampled_from(["in-person", "phone", "video"]),
)
def test_any_panel_shares_no_sentence(panel, style, variant, fmt):
    kind, channel, tone = style
    people = [{"name": NAMES[i], "detail": detail} for i, detail in enumerate(panel)]
    request = with_(
        full(), interviewers=people, kind=kind, channel=channel, tone=tone,
        variant=variant, interview={"format": fmt},
    )
    assert_no_shared_sentence(compose(request))


@pytest.mark.parametrize("variant", range(8))
def test_a_promise_that_names_one_members_detail_goes_to_that_member(panel_request, variant):
    request = with_(
        panel_request, promised="https://github.com/sam/dbt-testing-notes", variant=variant
    )
    notes = compose(request)["notes"]
    owner = next(note for note in notes if note["to"] == "Tom O'Brien")
    line = next(x for x in owner["body"].splitlines() if "dbt-testing-notes" in x)
    assert re.search(r"promised|I said|said I", line), line
    assert "promised Tom" not in line
    for note in notes:
        assert "promise-missing" not in [c["code"] for c in note["checks"]]


def test_a_promise_made_to_one_member_is_shared_with_the_rest_claiming_nothing(panel_request):
    # Readers failed panel notes without the link; a judge called "which I promised Tess"
    # invented, as whom it was promised to is only guessed from the words.
    request = with_(panel_request, promised="https://github.com/sam/dbt-testing-notes")
    others = [note for note in compose(request)["notes"] if note["to"] != "Tom O'Brien"]
    for note in others:
        line = next(x for x in note["body"].splitlines() if "dbt-testing-notes" in x)
        assert not re.search(r"promis|I said|said I|mention|Tom", line), line


def test_a_promise_that_names_no_detail_goes_to_every_member(panel_request):
    request = with_(panel_request, promised="https://github.com/sam/pipeline-demo")
    notes = compose(request)["notes"]
    assert all("pipeline-demo" in note["body"] for note in notes)
    assert not any(re.search(r"promised|I said|mentioned", note["body"]) for note in notes)


def test_a_panel_of_twelve_never_claims_a_promise_it_cannot_place(full_request):
    people = [{"name": f"Person {chr(65 + i)}", "detail": f"topic {i}"} for i in range(12)]
    request = with_(full_request, interviewers=people, promised="my teaching statement")
    notes = compose(request)["notes"]
    assert all("teaching statement" in note["body"] for note in notes)
    assert not any(re.search(r"promis|I said|mentioned", note["body"]) for note in notes)


def test_a_group_in_a_panel_is_not_sent_the_promised_papers(panel_request):
    people = [*panel_request["interviewers"][:2], {"name": "Grad student lunch"}]
    response = compose(with_(panel_request, interviewers=people))
    bodies = [note["body"] for note in response["notes"]]
    assert all("pipeline talk" in body for body in bodies[:2])
    assert "pipeline talk" not in bodies[2]
    assert "promise-missing" not in {c["code"] for c in response["notes"][2]["checks"]}


def test_a_contraction_does_not_hide_a_sentence_said_twice():
    # Readers failed a panel told "I'd also draw on ..." and "I could also draw on ...".
    first = words_of("I'd also draw on my 2 years as junior sous at Estela.")
    second = words_of("I could also draw on my 2 years as junior sous at Estela.")
    assert similar(first, second)


@pytest.mark.parametrize("variant", range(4))
def test_a_panel_hears_the_writers_reason_in_one_note(panel_request, variant):
    # Readers failed the same typed reason pasted into a second note to the same panel.
    reason = "identity is the new perimeter and I want to be where that fight is"
    response = compose(with_(panel_request, interest=reason, variant=variant))
    carrying = [note["body"] for note in response["notes"] if reason in note["body"]]
    assert len(carrying) == 1, carrying


def test_a_frame_that_echoes_six_words_of_a_used_frame_is_known():
    # "Having X, I'd welcome the chance to do similar work at Y" and "X, and I'd welcome the
    # chance to do similar work here" in two notes to one panel read as a repeat.
    panel = Panel()
    panel.use("Having {x}, I'd welcome the chance to do similar work at {company}.")
    assert panel.echoes("{X}, and I would welcome the chance to do similar work here.")
    assert not panel.echoes("{X}, and I'd be proud to do that kind of work at {company}.")


def test_a_word_swapped_for_its_like_does_not_hide_a_sentence_said_twice():
    # Readers failed "It is a job I would be very glad to take on" beside "It is a role I
    # would be very pleased to take on" in two notes to one panel.
    first = words_of("It's a role I'd be very pleased to take on.")
    second = words_of("It's a job I'd be very glad to take on.")
    assert similar(first, second)

