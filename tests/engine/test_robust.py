"""Robust: compose never raises, and answers ok:false naming each bad field."""

from __future__ import annotations

import copy
import json
import re
import sys
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder import compose, review

from .support import FULL, assert_check_shape, full

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.text(max_size=50), st.sampled_from(["", " ", "\x00", "\ud800", "{role}", "None"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)

KEYS = [
    "candidate", "company", "role", "interview", "interviewers", "highlights", "interest",
    "promised", "kind", "channel", "tone", "variant", "today",
]


def assert_response_shape(response: object) -> None:
    assert isinstance(response, dict)
    json.dumps(response)
    for note in filter(None, response["notes"]):
        assert set(note) == {"to", "email", "subject", "body", "words", "characters", "checks"}
        assert isinstance(note["body"], str)
        for check in note["checks"]:
            assert_check_shape(check)
    if response["ok"]:
        assert set(response) == {"ok", "notes", "advice"}
        assert None not in response["notes"]
    else:
        assert response["ok"] is False
        assert set(response) == {"ok", "errors", "notes", "advice"}
        assert response["errors"]
        for error in response["errors"]:
            assert set(error) == {"field", "message"}
            assert isinstance(error["field"], str)
            assert error["message"].strip()
        places = [re.match(r"interviewers\[(\d+)\]", e["field"]) for e in response["errors"]]
        shared = None in places
        held = {int(place.group(1)) for place in places if place}
        for index, note in enumerate(response["notes"]):
            assert (note is None) == (shared or index in held), (index, response["errors"])


@given(json_values)
def test_any_json_value_gets_an_answer(value):
    assert_response_shape(compose(value))


@given(st.dictionaries(st.sampled_from(KEYS), json_values))
def test_any_object_with_known_keys_gets_an_answer(value):
    assert_response_shape(compose(value))


PATHS = [
    ("candidate",), ("candidate", "name"), ("candidate", "email"), ("candidate", "phone"),
    ("company",), ("role",), ("interview",), ("interview", "date"), ("interview", "format"),
    ("interviewers",), ("interviewers", 0), ("interviewers", 0, "name"),
    ("interviewers", 0, "title"), ("interviewers", 0, "email"), ("interviewers", 0, "detail"),
    ("highlights",), ("highlights", 1), ("interest",), ("promised",), ("kind",), ("channel",),
    ("tone",), ("variant",), ("today",),
]


def set_path(request: dict, path: tuple, value: object) -> dict:
    target = request
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return request


def field_name(path: tuple) -> str:
    name = ""
    for step in path:
        name += f"[{step}]" if isinstance(step, int) else (f".{step}" if name else step)
    return name


@given(path=st.sampled_from(PATHS), value=json_values)
def test_a_mutated_request_gets_an_answer(path, value):
    response = compose(set_path(full(), path, value))
    assert_response_shape(response)
    if not response["ok"]:
        fields = [e["field"] for e in response["errors"]]
        assert all(f == field_name(path) or f.startswith(field_name(path)) for f in fields)


# Values that are wrong for every field at these paths, whatever the field's type.
WRONG = st.one_of(
    st.floats(allow_nan=False).filter(lambda x: x != int(x) if abs(x) < 1e300 else True),
    st.dictionaries(st.text(max_size=3), st.integers(), min_size=1, max_size=2),
)


@given(path=st.sampled_from([p for p in PATHS if p[-1] not in {"candidate", "interview", 0}]),
       value=WRONG)
def test_a_wrong_value_is_reported_at_its_path(path, value):
    response = compose(set_path(full(), path, value))
    assert response["ok"] is False
    assert field_name(path) in [e["field"] for e in response["errors"]]


TEN_MB = 10 * 1024 * 1024


TEXT_PATHS = [
    ("candidate", "name"), ("candidate", "email"), ("candidate", "phone"), ("company",),
    ("role",), ("interview", "date"), ("interview", "format"), ("interviewers", 0, "name"),
    ("interviewers", 0, "title"), ("interviewers", 0, "email"), ("interviewers", 0, "detail"),
    ("highlights", 1), ("interest",), ("promised",), ("kind",), ("channel",), ("tone",),
    ("today",),
]


@pytest.mark.parametrize("path", TEXT_PATHS)
def test_ten_megabyte_string_is_refused_quickly(path):
    request = set_path(copy.deepcopy(FULL), path, "x" * TEN_MB)
    started = time.perf_counter()
    response = compose(request)
    assert time.perf_counter() - started < 5
    assert response["ok"] is False
    assert field_name(path) in [e["field"] for e in response["errors"]]


def test_ten_megabytes_of_json_is_answered():
    request = copy.deepcopy(FULL)
    request["interviewers"] = [{"name": f"P{i}", "detail": "d" * 400} for i in range(25_000)]
    assert len(json.dumps(request)) > TEN_MB
    response = compose(json.loads(json.dumps(request)))
    assert response["ok"] is False
    assert [e["field"] for e in response["errors"]] == ["interviewers"]


def test_many_highlights_are_refused(full_request):
    full_request["highlights"] = ["h"] * 1_000_000
    assert [e["field"] for e in compose(full_request)["errors"]] == ["highlights"]


def test_deeply_nested_value_is_refused(full_request):
    # WebAssembly's stack cannot even free a list nested 10,000 deep, so less in Pyodide.
    value: object = "x"
    for _ in range(10_000 if sys.platform != "emscripten" else 500):
        value = [value]
    full_request["company"] = value
    assert [e["field"] for e in compose(full_request)["errors"]] == ["company"]


def test_huge_integer_variant_is_refused(full_request):
    full_request["variant"] = 10**4000
    assert [e["field"] for e in compose(full_request)["errors"]] == ["variant"]


@pytest.mark.parametrize(
    "text", ["\x00\x01\x1b[31m", "\ud800", "\u202e\u200b", "\ufeff", "A/a"]
)
def test_odd_characters_are_answered(full_request, text):
    full_request["interviewers"][0]["detail"] = text
    full_request["company"] = "Acme" + text
    assert_response_shape(compose(full_request))


@given(text=json_values, request=st.one_of(json_values, st.just(FULL)),
       interviewer=json_values)
def test_review_never_raises(text, request, interviewer):
    if isinstance(request, dict):
        request = {**request, "interviewer": interviewer}
    checks = review(text, request)
    assert isinstance(checks, list)
    for check in checks:
        assert_check_shape(check)


@given(st.text(max_size=2000))
def test_review_of_any_text_gets_checks(text):
    for check in review(text, FULL):
        assert_check_shape(check)


def test_review_of_a_huge_text_is_answered_quickly():
    size = TEN_MB if sys.platform != "emscripten" else TEN_MB // 10
    text = ("Dear Priya, thank you for the Data Engineer interview. " * 200_000)[:size]
    started = time.perf_counter()
    checks = review(text, FULL)
    assert time.perf_counter() - started < 30
    assert "length" in [c["code"] for c in checks]
