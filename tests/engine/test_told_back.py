"""Told back: what a detail says happened is in the note, in the note's own words."""

from __future__ import annotations

import re

import pytest

from .support import note_about, sentences


@pytest.mark.parametrize("variant", range(3))
@pytest.mark.parametrize(("typed", "told"), [
    # Readers failed the notes that left these out: "she said I passed it" as thin, a
    # warning, and a tip typed after " - said" (then "It was good to hear that the FD
    # cares ..." as approving of the FD).
    ("they do a big logic test first, she said I passed it",
     "letting me know that I passed the logic test"),
    ("negotiated the day rate, warned me the client uses Azure DevOps not GitHub",
     "letting me know that the client uses Azure DevOps rather than GitHub"),
    ("He wants test scores up but not at the cost of recess",
     "you want to increase test scores, but not at the cost of recess"),
    ("prepped me on the panel - said the FD cares about month end timetable",
     "letting me know that the FD cares about the month end timetable"),
])
def test_news_they_gave_is_told_back(full_request, typed, told, variant):
    body = note_about(full_request, typed, variant=variant)["body"]
    assert told in body, body


@pytest.mark.parametrize("variant", range(3))
def test_the_work_a_wanted_person_would_do_is_a_topic(full_request, variant):
    # Readers failed the note that left out the cash model and then pitched Excel.
    typed = "He wants someone to rebuild the 13-week cash model in something other than Excel."
    body = note_about(full_request, typed, variant=variant)["body"]
    assert "rebuilding the 13-week cash model in something other than Excel" in body
    assert "someone" not in body


@pytest.mark.parametrize(("typed", "thing"), [
    ("3 kids interviewed me and one asked if I like anime lmao", "anime"),
    # A reader failed "your question about whether I've done garnishments": a doubt left.
    ("she asked if I've done garnishments (yes, lots)", "garnishments"),
])
def test_whether_i_like_or_have_done_a_thing_asks_about_it(full_request, typed, thing):
    body = note_about(full_request, typed)["body"]
    assert f"about {thing}" in body, body
    assert not re.search(r"whether I|like anime", body), body


def test_mostly_about_is_no_part_of_the_topic(full_request):
    typed = "Mostly about business development - how I'd grow a book of business in Phoenix"
    body = note_about(full_request, typed)["body"]
    assert "how I'd grow a book of business in Phoenix" in body
    assert "mostly" not in body.casefold()


@pytest.mark.parametrize("variant", range(4))
def test_a_loss_in_common_is_told_as_a_loss(full_request, variant):
    # Readers failed the note that left out "we both lost our moms to ALS", the one thing
    # that made the conversation the writer's own.
    body = note_about(full_request, "chaplain. we both lost our moms to ALS", variant=variant)[
        "body"
    ]
    told = next(s for s in sentences(body) if "ALS" in s)
    assert "we both lost our moms to ALS" in told
    assert not re.search(r"surprise|glad|liked|enjoy|pleas", told), told


def test_a_contract_gone_over_keeps_its_length_and_place(full_request):
    # A reader failed "going over the contract with me" as a note to any recruiter.
    typed = "13 week contract in phoenix starting in august, housing stipend etc"
    assert "the 13-week contract in Phoenix" in note_about(full_request, typed)["body"]


@pytest.mark.parametrize("variant", range(4))
@pytest.mark.parametrize(("typed", "walked"), [
    # A reader failed "I enjoyed telling you about the sepsis case at Metro".
    ("I told him about the sepsis case at Metro", "the sepsis case at Metro"),
    # A reader failed the note that left out the failure the writer walked through.
    ("She asked for an example of a root cause analysis and I walked through the catheter "
     "seal failure at Boston Sci, fishbone + 5 whys", "the catheter seal failure at Boston Sci"),
])
def test_a_case_the_writer_walked_through_is_not_enjoyed(full_request, typed, walked, variant):
    told = next(
        s for s in sentences(note_about(full_request, typed, variant=variant)["body"])
        if walked in s
    )
    assert f"walk you through {walked}" in told
    assert not re.search(r"enjoy|pleasure|glad", told), told


@pytest.mark.parametrize("variant", range(4))
def test_a_card_with_no_point_of_fit_tells_a_second_detail(full_request, variant):
    # Readers failed the card that kept "preceptorship" and left out what she told Jo.
    typed = "preceptorship for the new grads. I told her about teaching sessions I ran on sepsis"
    card = {"channel": "card", "highlights": [], "promised": "", "variant": variant}
    body = note_about(full_request, typed, **card)["body"]
    assert "preceptorship" in body
    assert "teaching sessions I ran on sepsis" in body, body


def test_the_company_said_just_before_is_not_said_again(full_request):
    # A reader failed the company's full name in two sentences in a row.
    request = {**full_request, "company": "Union Square Hospitality Group"}
    body = note_about(request, "i asked him what it's like working there")["body"]
    assert "what it's like working on the team" in body
    assert body.count("Union Square Hospitality Group") == 1



def test_a_topic_after_the_readers_plans_joins_the_same_list(full_request):
    # A reader failed "... and your plans to launch in Vietnam in September. I valued our
    # conversation about Tet campaigns." as two stock sentences stapled together.
    typed = "APAC growth, they're launching in Vietnam in sept. we talked about tet campaigns"
    body = note_about(full_request, typed)["body"]
    assert "APAC growth, Tet campaigns and your plans to launch in Vietnam in September" in body


def test_a_question_about_a_point_the_note_then_tells_is_not_asked_twice(full_request):
    # A reader failed "your question about my deposition prep process and my Spanish"
    # followed by "I am bilingual in English and Spanish".
    request = {**full_request, "highlights": ["bilingual English/Spanish"]}
    typed = "she asked about my deposition prep process and my Spanish"
    body = note_about(request, typed)["body"]
    assert "my deposition preparation process" in body, body
    assert "my Spanish" not in body, body
    assert "Spanish" in body, body
