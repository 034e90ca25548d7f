"""Deterministic: the same request always gives the same response."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder import compose, review

from .support import STYLES, full, sentences, with_

IN_PYODIDE = sys.platform == "emscripten"
REPO = Path(__file__).resolve().parents[2]


def test_same_request_same_response(panel_request):
    assert compose(panel_request) == compose(copy.deepcopy(panel_request))


def test_response_survives_a_json_round_trip(panel_request):
    response = compose(panel_request)
    assert json.loads(json.dumps(response)) == response
    assert compose(json.loads(json.dumps(panel_request))) == response


def test_key_order_does_not_matter(panel_request):
    reordered = dict(reversed(list(panel_request.items())))
    reordered["interviewers"] = [dict(reversed(list(p.items()))) for p in reordered["interviewers"]]
    assert compose(reordered) == compose(panel_request)


def test_compose_does_not_change_the_request(panel_request):
    before = copy.deepcopy(panel_request)
    compose(panel_request)
    assert panel_request == before


def test_earlier_calls_do_not_change_later_ones(full_request, panel_request):
    first = compose(full_request)
    for variant in range(5):
        compose(with_(panel_request, variant=variant))
    assert compose(full_request) == first


@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_another_variant_gives_another_wording(panel_request, kind, channel, tone):
    request = with_(panel_request, kind=kind, channel=channel, tone=tone)
    base = compose(request)
    other = compose(with_(request, variant=1))
    for a, b in zip(base["notes"], other["notes"], strict=True):
        assert a["body"] != b["body"]
        assert set(sentences(a["body"])) != set(sentences(b["body"]))
    assert compose(with_(request, variant=1)) == other


def test_variants_keep_the_facts(full_request):
    for variant in (0, 3, 999_999):
        body = compose(with_(full_request, variant=variant))["notes"][0]["body"]
        assert "Priya" in body
        assert "migrating the nightly batch jobs to streaming" in body


def test_review_is_deterministic(full_request):
    text = compose(full_request)["notes"][0]["body"] + " Thx!! :)"
    assert review(text, full_request) == review(text, copy.deepcopy(full_request))


@given(style=st.sampled_from(STYLES), variant=st.integers(0, 1_000_000), size=st.integers(1, 4))
def test_any_valid_request_composes_the_same_twice(style, variant, size):
    kind, channel, tone = style
    request = with_(full(), kind=kind, channel=channel, tone=tone, variant=variant)
    request["interviewers"] = [
        {"name": f"Person {chr(65 + i)}", "detail": f"the plan for team {i}"} for i in range(size)
    ]
    assert compose(request) == compose(copy.deepcopy(request))


SCRIPT = (
    "import json, sys; from builder import compose; "
    "print(json.dumps(compose(json.load(sys.stdin)), sort_keys=True))"
)


@pytest.mark.skipif(IN_PYODIDE, reason="no processes inside Pyodide")
def test_same_output_in_separate_processes_with_different_hash_seeds(panel_request):
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT], input=json.dumps(panel_request), env=env,
            capture_output=True, text=True, check=True, timeout=60, cwd=REPO,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
