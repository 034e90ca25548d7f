"""Short: every note stays in its channel's range, or a "length" check says why not."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder import compose

from .support import KINDS, STYLES, TONES, codes, full, prose, with_, words

LINKEDIN_LIMIT = 200  # a connection note from a free account, the default


def word_range(kind: str, channel: str, tone: str) -> tuple[int, int]:
    if channel == "card":
        return 1, 90
    if tone == "concise":
        return 1, 120
    if kind == "after-rejection":
        return 60, 200
    return 80, 200


def assert_in_range_or_explained(note: dict, kind: str, channel: str, tone: str) -> None:
    if channel == "linkedin":
        assert note["characters"] <= LINKEDIN_LIMIT, note["body"]
        return
    low, high = word_range(kind, channel, tone)
    if not low <= note["words"] <= high:
        length = [c for c in note["checks"] if c["code"] == "length"]
        assert length, (note["words"], note["body"])
        assert str(note["words"]) in length[0]["message"]


def test_words_and_characters_are_counted(full_request):
    for note in compose(full_request)["notes"]:
        assert note["characters"] == len(note["body"])
        assert note["words"] == len(words(note["body"]))


@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_full_request_fits_every_channel(full_request, kind, channel, tone):
    response = compose(with_(full_request, kind=kind, channel=channel, tone=tone))
    for note in response["notes"]:
        assert_in_range_or_explained(note, kind, channel, tone)
        assert "length" not in codes(note["checks"])


@pytest.mark.parametrize("variant", range(12))
@pytest.mark.parametrize("kind", ["thank-you", "follow-up"])
@pytest.mark.parametrize("tone", ["warm", "formal"])
def test_warm_and_formal_emails_from_a_name_alone_are_whole_or_say_why(
    minimal_request, kind, tone, variant
):
    request = with_(minimal_request, kind=kind, tone=tone, variant=variant)
    note = compose(request)["notes"][0]
    assert 30 <= note["words"] <= 200  # short from a name alone, and its checks say so
    assert_in_range_or_explained(note, kind, "email", tone)


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", KINDS)
def test_twelve_minimal_notes_are_each_long_enough(minimal_request, kind, tone):
    people = [{"name": f"Person {chr(65 + i)}"} for i in range(12)]
    response = compose(with_(minimal_request, interviewers=people, kind=kind, tone=tone))
    for note in response["notes"]:
        assert_in_range_or_explained(note, kind, "email", tone)


def longest(request: dict) -> dict:
    request = with_(
        request,
        candidate={"name": "C" * 40 + " " + "D" * 59, "email": "a" * 60 + "@example.com"},
        company=" ".join(["Northwind"] * 12)[:120],
        role=" ".join(["Engineer"] * 13)[:120],
        highlights=[" ".join(["shipped"] * 40)[:300]] * 3,
        interest=" ".join(["building"] * 60)[:500],
        promised=" ".join(["slides"] * 50)[:300],
    )
    request["interviewers"] = [
        {"name": "N" * 50 + " " + "M" * 49, "detail": ("We talked about the plan. " * 20)[:500]}
    ]
    return request


@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_longest_inputs_stay_in_range_or_say_why(full_request, kind, channel, tone):
    request = with_(longest(full_request), kind=kind, channel=channel, tone=tone)
    for note in compose(request)["notes"]:
        assert_in_range_or_explained(note, kind, channel, tone)


def test_long_email_drops_the_extra_points_and_says_so(full_request):
    numbers = ("one", "two", "three", "four", "five", "six")
    full_request["interviewers"][0]["detail"] = " ".join(
        f"We talked about topic number {n} and its many consequences for the team."
        for n in numbers
    )[:500]
    full_request["interest"] = " ".join(["the chance to work on hard problems"] * 14)[:500]
    full_request["highlights"] = [" ".join(["my long experience of data work"] * 9)[:300]]
    note = compose(full_request)["notes"][0]
    assert note["words"] <= 200
    assert "left-out" in codes(note["checks"])
    assert "topic number one" in note["body"]


@pytest.mark.parametrize("channel", ["email", "card", "linkedin"])
def test_a_long_detail_is_still_used(full_request, channel):
    detail = (
        "We talked about how the platform team is moving its nightly batch jobs to a "
        "streaming architecture built on Kafka and Flink, and why the hardest part has been "
        "agreeing data contracts with the many downstream teams"
    )
    full_request["interviewers"][0]["detail"] = detail
    note = compose(with_(full_request, channel=channel))["notes"][0]
    assert "the platform team is moving its nightly batch jobs" in note["body"]
    assert_in_range_or_explained(note, "thank-you", channel, "warm")


def long_linkedin(request):
    """A LinkedIn request whose role and company leave little room in 300 characters."""
    return with_(
        request,
        channel="linkedin",
        role="Senior Staff Data Platform Engineer, Streaming Infrastructure",
        company="Northwind Data Infrastructure Laboratories International",
    )


def test_linkedin_prefers_the_detail_to_the_role_when_space_is_short(full_request):
    request = long_linkedin(full_request)
    request["interviewers"][0]["detail"] = (
        "We talked about moving the nightly batch jobs to a streaming architecture on Kafka"
    )
    note = compose(request)["notes"][0]
    assert note["characters"] <= LINKEDIN_LIMIT
    assert "moving the nightly batch jobs" in note["body"]
    assert "left-out" in codes(note["checks"])


def test_a_linkedin_follow_up_keeps_its_question_before_the_detail(full_request):
    request = with_(long_linkedin(full_request), kind="follow-up")
    request["interviewers"][0]["detail"] = (
        "We talked about moving the nightly batch jobs to a streaming architecture on Kafka"
    )
    note = compose(request)["notes"][0]
    assert note["characters"] <= LINKEDIN_LIMIT
    body = note["body"].split("\n\n")[1]
    assert body.endswith(("?", "update you can share.", "would be welcome.")) or any(
        ask in body for ask in ("news", "update", "where things stand")
    ), body


@pytest.mark.parametrize("tone", TONES)
def test_a_linkedin_follow_up_keeps_its_question_and_the_detail(full_request, tone):
    # Readers failed a follow-up invitation that kept the role and company and left out
    # "CMS modernization contract", the one thing from the conversation.
    request = with_(
        full_request, kind="follow-up", channel="linkedin", linkedin="invitation", tone=tone,
        company="Deloitte Government & Public Services", role="Senior Consultant - Federal Health",
    )
    request["interviewers"][0]["detail"] = "CMS modernization contract; clearance status"
    note = compose(request)["notes"][0]
    assert note["characters"] <= LINKEDIN_LIMIT
    body = note["body"].split("\n\n")[1]
    assert "CMS modernization contract" in body, body
    assert any(ask in body for ask in ("news", "update", "where things stand", "?")), body


@pytest.mark.parametrize(("kind", "tone"), list(itertools.product(KINDS, TONES)))
def test_linkedin_never_passes_300_characters_with_longest_inputs(full_request, kind, tone):
    request = with_(longest(full_request), kind=kind, tone=tone, channel="linkedin")
    request["interview"] = {"date": "2026-09-30", "format": "phone"}
    request["today"] = "2025-01-01"
    note = compose(request)["notes"][0]
    assert note["characters"] <= LINKEDIN_LIMIT
    assert note["body"].split("\n", 1)[0].startswith(("Hi ", "Dear "))
    assert "left-out" in codes(note["checks"])


text_fields = st.fixed_dictionaries({
    "company": prose(120),
    "role": prose(120),
    "detail": st.one_of(st.just(""), prose(500)),
    "interest": st.one_of(st.just(""), prose(500)),
    "promised": st.one_of(st.just(""), prose(300)),
    "highlights": st.lists(prose(300), max_size=3),
    "candidate": prose(100),
    "name": prose(100),
})


@given(
    fields=text_fields,
    style=st.sampled_from(STYLES),
    fmt=st.sampled_from(["in-person", "phone", "video"]),
    variant=st.integers(min_value=0, max_value=1_000_000),
)
def test_any_note_fits_its_channel_or_says_why(fields, style, fmt, variant):
    kind, channel, tone = style
    request = with_(
        full(),
        company=fields["company"], role=fields["role"], interest=fields["interest"],
        promised=fields["promised"], highlights=fields["highlights"],
        candidate={"name": fields["candidate"]}, kind=kind, channel=channel, tone=tone,
        variant=variant, interview={"format": fmt, "date": "2026-03-10"},
    )
    request["interviewers"] = [{"name": fields["name"], "detail": fields["detail"]}]
    response = compose(request)
    assert response["ok"] is True, response
    for note in response["notes"]:
        assert_in_range_or_explained(note, kind, channel, tone)


def test_linkedin_keeps_role_and_company_rather_than_a_general_sentence(full_request):
    request = long_linkedin(full_request)
    del request["interviewers"][0]["detail"]
    note = compose(request)["notes"][0]
    assert note["characters"] <= LINKEDIN_LIMIT
    assert "Senior Staff Data Platform Engineer" in note["body"]


def any_text(limit: int) -> st.SearchStrategy[str]:
    return st.text(max_size=limit).filter(lambda s: len(" ".join(s.split())) <= limit)


linkedin_texts = st.fixed_dictionaries({
    "name": any_text(100), "candidate": any_text(100), "company": any_text(120),
    "role": any_text(120), "detail": any_text(500),
})


@given(
    texts=linkedin_texts, tone=st.sampled_from(TONES), kind=st.sampled_from(KINDS),
    size=st.integers(1, 12),
)
def test_linkedin_is_never_over_300_characters_whatever_the_text(texts, tone, kind, size):
    request = with_(
        full(), channel="linkedin", tone=tone, kind=kind, company=texts["company"],
        role=texts["role"], candidate={"name": texts["candidate"]},
    )
    request["interviewers"] = [
        {"name": f"{texts['name']} {i}", "detail": texts["detail"]} for i in range(size)
    ]
    response = compose(request)
    for note in filter(None, response["notes"]):
        assert len(note["body"]) <= LINKEDIN_LIMIT


def test_a_card_gives_up_the_reason_for_wanting_the_job_before_the_point_of_fit(full_request):
    # The short channels keep the strongest highlight; why the writer wants the job goes first.
    full_request["interviewers"][0]["detail"] = (
        "She met me for coffee before the panel and gave me a heads up on what the GM likes"
        " to ask, and we talked at length about how the events team plans its year"
    )
    full_request["highlights"] = ["ran weddings for 2 seasons at a winery in Central Otago"]
    full_request["interest"] = "the chance to run year round events across three venues"
    note = compose(with_(full_request, channel="card", promised=""))["notes"][0]
    assert "weddings for 2 seasons" in note["body"], note["body"]
    assert "year round events" not in note["body"], note["body"]
    left_out = [c["message"] for c in note["checks"] if c["code"] == "left-out"]
    assert any("your reason for wanting the job" in m for m in left_out), left_out


def test_an_agency_card_gives_up_passing_thanks_on_before_the_point_of_fit(full_request):
    # A card to a recruiter that ran out of room kept "Please thank everyone I met" and
    # dropped the candidate's only highlight; the padding goes first.
    full_request["interviewers"][0]["detail"] = (
        "got me the interview in 2 days + sent me the site map and the name of who to ask for"
        " at the gate"
    )
    full_request["highlights"] = ["5 years on forklifts at a Tesco depot"]
    request = with_(full_request, kind="agency", channel="card", promised="")
    for variant in range(4):
        body = compose(with_(request, variant=variant))["notes"][0]["body"]
        assert "forklifts at a Tesco depot" in body, body


@pytest.mark.parametrize(("channel", "tone"), [("card", "warm"), ("email", "concise")])
def test_a_short_note_keeps_a_deed_over_a_list_of_tools(full_request, channel, tone):
    # Readers failed a concise note that kept "Excel, Python and Tableau" and left out "I
    # built the A/B testing framework my last team still uses".
    highlights = ["Excel, Python, Tableau", "I built the A/B testing framework my team uses"]
    request = with_(full_request, channel=channel, tone=tone, highlights=highlights)
    body = compose(with_(request, promised=""))["notes"][0]["body"]
    assert "A/B testing framework" in body, body
