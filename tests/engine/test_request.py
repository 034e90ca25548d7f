"""Validation: every field, every limit, and the error paths and messages."""

from __future__ import annotations

import pytest

from builder import compose
from builder.occasions import ANSWERS, KINDS, OCCASIONS

from .support import with_


def errors_of(request: object) -> dict[str, str]:
    response = compose(request)
    assert response["ok"] is False
    assert set(response) == {"ok", "errors", "notes", "advice"}
    assert response["errors"]
    return {e["field"]: e["message"] for e in response["errors"]}


def test_minimal_request_is_accepted(minimal_request):
    response = compose(minimal_request)
    assert response["ok"] is True
    assert len(response["notes"]) == 1


def test_full_request_is_accepted(full_request):
    assert compose(full_request)["ok"] is True


@pytest.mark.parametrize("value", [None, [], "text", 3, 2.5, True, False])
def test_request_that_is_not_an_object_is_refused(value):
    errors = errors_of(value)
    assert list(errors) == ["request"]
    assert "object" in errors["request"]


def test_empty_object_lists_every_required_field():
    errors = errors_of({})
    assert {"candidate", "company", "role", "interviewers"} <= set(errors)
    assert errors["company"] == "is required"


@pytest.mark.parametrize(
    ("path", "limit"),
    [("company", 120), ("role", 120), ("interest", 500), ("promised", 300)],
)
def test_top_level_text_limits(minimal_request, path, limit):
    assert compose(with_(minimal_request, **{path: "x" * limit}))["ok"] is True
    errors = errors_of(with_(minimal_request, **{path: "x" * (limit + 1)}))
    assert list(errors) == [path]
    assert str(limit) in errors[path]
    assert str(limit + 1) in errors[path]


@pytest.mark.parametrize(
    ("key", "limit"), [("name", 100), ("title", 120), ("detail", 500)]
)
def test_interviewer_text_limits(minimal_request, key, limit):
    ok = with_(minimal_request)
    ok["interviewers"][0][key] = "y" * limit
    assert compose(ok)["ok"] is True
    bad = with_(minimal_request)
    bad["interviewers"] = [{"name": "Ann Lee"}, {"name": "Bo Chen", key: "y" * (limit + 1)}]
    errors = errors_of(bad)
    assert list(errors) == [f"interviewers[1].{key}"]
    assert str(limit) in errors[f"interviewers[1].{key}"]


def test_candidate_name_limit(minimal_request):
    request = with_(minimal_request, candidate={"name": "z" * 101})
    assert str(100) in errors_of(request)["candidate.name"]


def test_limits_count_characters_after_trimming(minimal_request):
    padded = "   " + "a " * 59 + "a" + "\n\t  "
    request = with_(minimal_request, company=padded)
    assert compose(request)["ok"] is True


def test_limits_count_characters_not_bytes(minimal_request):
    assert compose(with_(minimal_request, company="é" * 120))["ok"] is True
    assert compose(with_(minimal_request, company="😀" * 120))["ok"] is True


@pytest.mark.parametrize("blank", ["", "   ", "\n\t"])
@pytest.mark.parametrize("path", ["company", "role"])
def test_blank_required_text_is_missing(minimal_request, path, blank):
    assert errors_of(with_(minimal_request, **{path: blank})) == {path: "is required"}


def test_blank_candidate_and_interviewer_names_are_missing(minimal_request):
    request = with_(minimal_request, candidate={"name": " "}, interviewers=[{"name": ""}])
    assert errors_of(request) == {
        "candidate.name": "is required",
        "interviewers[0].name": "is required",
    }


@pytest.mark.parametrize("value", [3, 2.5, True, ["a"], {"a": 1}])
@pytest.mark.parametrize("path", ["company", "role", "interest", "promised"])
def test_text_fields_must_be_text(minimal_request, path, value):
    errors = errors_of(with_(minimal_request, **{path: value}))
    assert list(errors) == [path]
    assert "text" in errors[path]


@pytest.mark.parametrize("value", ["Sam", 3, ["Sam"], True])
def test_candidate_must_be_an_object(minimal_request, value):
    errors = errors_of(with_(minimal_request, candidate=value))
    assert errors["candidate"] == "must be an object"


@pytest.mark.parametrize("value", ["2026-03-10", 3, ["video"]])
def test_interview_must_be_an_object(minimal_request, value):
    errors = errors_of(with_(minimal_request, interview=value))
    assert errors == {"interview": "must be an object"}


@pytest.mark.parametrize("value", [None, [], {}, "Ann", [{"name": f"P{i}"} for i in range(13)]])
def test_interviewers_must_list_one_to_twelve(minimal_request, value):
    errors = errors_of(with_(minimal_request, interviewers=value))
    assert list(errors) == ["interviewers"]
    assert "1 to 12" in errors["interviewers"]


def test_twelve_interviewers_are_accepted(minimal_request):
    people = [{"name": f"Person {chr(65 + i)}"} for i in range(12)]
    response = compose(with_(minimal_request, interviewers=people))
    assert response["ok"] is True
    assert [n["to"] for n in response["notes"]] == [p["name"] for p in people]


def test_interviewer_entry_must_be_an_object(minimal_request):
    request = with_(minimal_request, interviewers=[{"name": "Ann Lee"}, "Bo Chen", 7])
    errors = errors_of(request)
    assert set(errors) == {"interviewers[1]", "interviewers[2]"}
    assert "object" in errors["interviewers[1]"]


def test_every_bad_interviewer_field_is_reported_with_its_index(minimal_request):
    request = with_(
        minimal_request,
        interviewers=[
            {"name": "Ann Lee"},
            {"name": 5, "title": [], "email": "not-an-address", "detail": 2},
        ],
    )
    errors = errors_of(request)
    assert set(errors) == {
        "interviewers[1].name",
        "interviewers[1].title",
        "interviewers[1].email",
        "interviewers[1].detail",
    }


def test_repeated_interviewer_is_refused_whatever_the_case(minimal_request):
    people = [{"name": "Ann Lee"}, {"name": "Bo Chen"}, {"name": "  ann   LEE "}]
    errors = errors_of(with_(minimal_request, interviewers=people))
    assert list(errors) == ["interviewers[2].name"]
    assert "interviewers[0]" in errors["interviewers[2].name"]


@pytest.mark.parametrize("email", ["name@example.com", "a.b+c@mail.example.org"])
def test_valid_emails(minimal_request, email):
    request = with_(minimal_request, candidate={"name": "Sam", "email": email})
    request["interviewers"][0]["email"] = email
    assert compose(request)["ok"] is True


@pytest.mark.parametrize("email", ["name", "name@", "@example.com", "a b@c.de", "a@b", 42])
def test_invalid_emails(minimal_request, email):
    errors = errors_of(with_(minimal_request, candidate={"name": "Sam", "email": email}))
    assert list(errors) == ["candidate.email"]


@pytest.mark.parametrize("phone", ["+44 20 7946 0958", "(555) 010-0000", "555.0100"])
def test_valid_phones(minimal_request, phone):
    request = with_(minimal_request, candidate={"name": "Sam", "phone": phone})
    assert compose(request)["ok"] is True


@pytest.mark.parametrize("phone", ["call me", "12", "+1 555 0100 ext. 4", 5550100])
def test_invalid_phones(minimal_request, phone):
    errors = errors_of(with_(minimal_request, candidate={"name": "Sam", "phone": phone}))
    assert list(errors) == ["candidate.phone"]


@pytest.mark.parametrize(
    ("path", "key", "allowed"),
    [
        ("kind", "kind", list(KINDS)),
        ("channel", "channel", ["email", "card", "linkedin"]),
        ("reason", "reason", ["none", "another-offer", "current-job", "not-a-fit"]),
        ("tone", "tone", ["warm", "formal", "concise"]),
    ],
)
@pytest.mark.parametrize("value", ["other", "Email", "", 1, ["email"]])
def test_choices_list_what_is_allowed(minimal_request, path, key, allowed, value):
    errors = errors_of(with_(minimal_request, **{key: value}))
    assert list(errors) == [path]
    assert all(f'"{a}"' in errors[path] for a in allowed)


@pytest.mark.parametrize("value", ["in person", "zoom", 0, {"format": "video"}])
def test_interview_format_lists_what_is_allowed(minimal_request, value):
    errors = errors_of(with_(minimal_request, interview={"format": value}))
    assert list(errors) == ["interview.format"]
    assert '"phone"' in errors["interview.format"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_accepted(minimal_request, kind):
    assert compose(with_(minimal_request, kind=kind))["ok"] is True


@pytest.mark.parametrize("value", ["fourth", "Final", 2, ""])
def test_round_lists_what_is_allowed(minimal_request, value):
    errors = errors_of(with_(minimal_request, interview={"round": value}))
    assert list(errors) == ["interview.round"]
    assert all(f'"{r}"' in errors["interview.round"] for r in ("second", "third", "final"))


@pytest.mark.parametrize("value", ["yes", 1, 0, "true"])
def test_met_before_is_true_or_false(minimal_request, value):
    people = [{"name": "Jordan Blake", "met_before": value}]
    errors = errors_of(with_(minimal_request, interviewers=people))
    assert errors == {"interviewers[0].met_before": "must be true or false"}


def test_start_date_is_a_date(minimal_request):
    errors = errors_of(with_(minimal_request, kind="accept-offer", start_date="next Monday"))
    assert list(errors) == ["start_date"]
    assert "YYYY-MM-DD" in errors["start_date"]


@pytest.mark.parametrize("kind", ANSWERS)
@pytest.mark.parametrize("channel", ["card", "linkedin"])
def test_an_answer_to_an_offer_goes_by_email(minimal_request, kind, channel):
    errors = errors_of(with_(minimal_request, kind=kind, channel=channel))
    assert errors == {"channel": f'must be "email" for {OCCASIONS[kind].label}'}


@pytest.mark.parametrize("kind", KINDS)
def test_each_occasion_writes_to_as_many_people_as_it_allows(minimal_request, kind):
    most = OCCASIONS[kind].people
    people = [{"name": f"Person {n}"} for n in range(most + 1)]
    assert compose(with_(minimal_request, kind=kind, interviewers=people[:most]))["ok"]
    errors = errors_of(with_(minimal_request, kind=kind, interviewers=people))
    assert errors == {"interviewers": f"must list 1 to {most} people for {OCCASIONS[kind].label}"}


def test_only_an_informational_interview_needs_no_role(minimal_request):
    roleless = {k: v for k, v in minimal_request.items() if k != "role"}
    assert compose(with_(roleless, kind="informational"))["ok"] is True
    assert errors_of(with_(roleless, kind="recruiter")) == {"role": "is required"}


@pytest.mark.parametrize(
    "value", ["2026-02-30", "10/03/2026", "2026-3-10", "2026-03-10T09:00", 20260310, "tomorrow"]
)
@pytest.mark.parametrize("where", ["interview.date", "today"])
def test_dates_must_be_real_and_written_iso(minimal_request, where, value):
    if where == "today":
        request = with_(minimal_request, today=value)
    else:
        request = with_(minimal_request, interview={"date": value})
    errors = errors_of(request)
    assert list(errors) == [where]
    assert "YYYY-MM-DD" in errors[where]


def test_leap_day_is_a_date(minimal_request):
    request = with_(minimal_request, interview={"date": "2028-02-29"}, today="2028-03-01")
    assert compose(request)["ok"] is True


@pytest.mark.parametrize("value", [0, 1, 17, 1_000_000])
def test_variant_accepts_whole_numbers(minimal_request, value):
    assert compose(with_(minimal_request, variant=value))["ok"] is True


@pytest.mark.parametrize("value", [-1, 1_000_001, 1.5, 2.0, "1", True, [1]])
def test_variant_refuses_anything_else(minimal_request, value):
    errors = errors_of(with_(minimal_request, variant=value))
    assert list(errors) == ["variant"]
    assert "whole number" in errors["variant"]


@pytest.mark.parametrize("value", ["a", 3, None, ["a", 1]])
def test_highlights_must_be_a_short_list_of_text(minimal_request, value):
    response = compose(with_(minimal_request, highlights=value))
    if value is None:
        assert response["ok"] is True
    elif isinstance(value, list):
        assert [e["field"] for e in response["errors"]] == ["highlights[1]"]
    else:
        assert [e["field"] for e in response["errors"]] == ["highlights"]


def test_at_most_three_highlights(minimal_request):
    assert compose(with_(minimal_request, highlights=["a", "b", "c"]))["ok"] is True
    errors = errors_of(with_(minimal_request, highlights=["a", "b", "c", "d"]))
    assert "at most 3" in errors["highlights"]


def test_highlight_limit_names_the_item(minimal_request):
    errors = errors_of(with_(minimal_request, highlights=["fine", "h" * 301]))
    assert list(errors) == ["highlights[1]"]
    assert "300" in errors["highlights[1]"]


def test_null_optional_fields_are_the_same_as_missing(minimal_request):
    nulls = with_(
        minimal_request,
        interview=None, highlights=None, interest=None, promised=None, kind=None,
        channel=None, tone=None, variant=None, today=None,
        candidate={"name": "Sam Lee", "email": None, "phone": None},
        interviewers=[{"name": "Jordan Blake", "title": None, "email": None, "detail": None}],
    )
    assert compose(nulls) == compose(minimal_request)


def test_unknown_keys_are_ignored(minimal_request):
    extra = with_(minimal_request, colour="blue", interviewer=3, notes=[1, 2])
    extra["interviewers"][0]["shoe_size"] = 44
    assert compose(extra) == compose(minimal_request)


def test_every_problem_is_reported_at_once(minimal_request):
    request = with_(
        minimal_request,
        company="", role=3, kind="x", channel="y", tone="z", variant=-5, today="no",
        interest="i" * 501, promised=[], highlights=["h" * 301],
    )
    errors = errors_of(request)
    assert set(errors) == {
        "company", "role", "kind", "channel", "tone", "variant", "today", "interest",
        "promised", "highlights[0]",
    }


def test_error_objects_have_field_and_message_only(minimal_request):
    response = compose(with_(minimal_request, company=None, tone="loud"))
    for error in response["errors"]:
        assert set(error) == {"field", "message"}
        assert isinstance(error["field"], str)
        assert isinstance(error["message"], str)
        assert error["message"].strip()
