"""Notes for what is complete: each interviewer whose fields are valid gets a note while
another's are half typed, and every error names its place."""

from __future__ import annotations

import copy

import pytest

from builder import compose, review

from .support import FULL, PANEL, with_


def panel(**changes: dict) -> dict:
    """The full request for the panel of four, with some interviewers' fields changed."""
    request = copy.deepcopy(FULL)
    request["interviewers"] = copy.deepcopy(PANEL)
    for index, fields in changes.items():
        request["interviewers"][int(index.removeprefix("i"))].update(fields)
    return request


def bodies(response: dict) -> list[str | None]:
    return [note and note["body"] for note in response["notes"]]


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"name": ""}, "name", "is required"),
        ({"name": "   "}, "name", "is required"),
        ({"email": "denise@"}, "email", "email address"),
        ({"detail": "d" * 501}, "detail", "at most 500"),
        ({"variant": -1}, "variant", "whole number"),
    ],
)
def test_an_interviewer_half_typed_leaves_the_others_their_notes(fields, field, words):
    whole = compose(panel())
    response = compose(panel(i2=fields))
    assert response["ok"] is False
    assert [e["field"] for e in response["errors"]] == [f"interviewers[2].{field}"]
    assert words in response["errors"][0]["message"]
    assert response["notes"][2] is None
    # Notes written before the half-typed one are exactly as they were.
    assert bodies(response)[:2] == bodies(whole)[:2]
    assert response["notes"][3]["to"] == PANEL[3]["name"]
    assert response["advice"]


@pytest.mark.parametrize(
    "fields", [{"email": "denise@"}, {"variant": -1}, {"title": "t" * 200}]
)
def test_a_named_interviewer_half_typed_changes_no_other_note(fields):
    # Not a detail over its limit: the held-back note is written from what is typed, and
    # a detail changes which closing that note takes, and so the rotation after it.
    whole = compose(panel())
    response = compose(panel(i1=fields))
    assert response["notes"][1] is None
    assert bodies(response)[:1] + bodies(response)[2:] == bodies(whole)[:1] + bodies(whole)[2:]


def test_an_interviewer_that_is_not_an_object_keeps_the_places_of_the_others():
    request = panel()
    request["interviewers"][1] = "Tom"
    response = compose(request)
    assert [e["field"] for e in response["errors"]] == ["interviewers[1]"]
    assert [note and note["to"] for note in response["notes"]] == [
        PANEL[0]["name"], None, PANEL[2]["name"], PANEL[3]["name"],
    ]


def test_a_repeated_name_holds_back_only_the_repeat():
    request = panel(i3={"name": PANEL[0]["name"]})
    response = compose(request)
    assert [e["field"] for e in response["errors"]] == ["interviewers[3].name"]
    assert "interviewers[0].name" in response["errors"][0]["message"]
    assert [note is None for note in response["notes"]] == [False, False, False, True]


@pytest.mark.parametrize(
    "change",
    [
        {"company": ""},
        {"candidate": {"name": ""}},
        {"candidate": {"name": "Alex Rivera", "email": "alex@"}},
        {"interview": {"date": "2026-02-30"}},
        {"tone": "chirpy"},
    ],
)
def test_an_error_in_a_field_every_note_needs_holds_back_every_note(change):
    response = compose(with_(panel(), **change))
    assert response["ok"] is False
    assert response["notes"] == [None] * len(PANEL)
    assert response["advice"] == []
    assert all(not e["field"].startswith("interviewers[") for e in response["errors"])


def test_errors_of_several_interviewers_are_each_in_their_place():
    response = compose(panel(i0={"email": "priya@"}, i3={"name": "", "detail": "x" * 600}))
    assert sorted(e["field"] for e in response["errors"]) == [
        "interviewers[0].email", "interviewers[3].detail", "interviewers[3].name",
    ]
    assert [note is None for note in response["notes"]] == [True, False, False, True]


def test_a_list_of_interviewers_that_cannot_be_read_gives_no_notes():
    response = compose(with_(FULL, interviewers=[]))
    assert response == {
        "ok": False,
        "errors": [{
            "field": "interviewers", "message": "must list 1 to 12 people for a thank-you note",
        }],
        "notes": [],
        "advice": [],
    }


def test_a_valid_request_is_answered_as_before(panel_request):
    response = compose(panel_request)
    assert set(response) == {"ok", "notes", "advice"}
    assert response["ok"] is True
    assert None not in response["notes"]


def test_an_edited_note_is_reviewed_while_another_interviewer_is_half_typed():
    request = {**panel(i2={"email": "jose@"}), "interviewer": 1}
    checks = review("Dear Tom,\n\nThanks for the chat!!\n\nAlex", request)
    assert "invalid" not in [c["code"] for c in checks]
    assert "exclamation" in [c["code"] for c in checks]
    request["interviewer"] = 2
    (check,) = review("Dear José,\n\nThanks.\n\nAlex", request)
    assert check["code"] == "invalid"
    assert "interviewers[2].email" in check["message"]


def test_another_wording_for_one_note_changes_only_that_note():
    before = compose(panel())
    for index in range(len(PANEL)):
        changed = compose(panel(**{f"i{index}": {"variant": 1}}))
        assert changed["ok"] is True
        for other in range(len(PANEL)):
            if other == index:
                assert changed["notes"][other]["body"] != before["notes"][other]["body"]
            else:
                assert changed["notes"][other] == before["notes"][other], (index, other)


def test_the_previous_variant_gives_the_previous_wording_back():
    first = compose(panel(i1={"variant": 1}))
    compose(panel(i1={"variant": 2}))
    assert compose(panel(i1={"variant": 1})) == first


def test_a_note_given_a_higher_variant_never_changes_the_notes_written_before_it():
    base = compose(panel(i0={"variant": 2}, i2={"variant": 3}))
    again = compose(panel(i0={"variant": 2}, i2={"variant": 4}))
    assert bodies(again)[0] == bodies(base)[0]
    assert bodies(again)[1] == bodies(base)[1]
    assert bodies(again)[3] == bodies(base)[3]
    assert bodies(again)[2] != bodies(base)[2]
