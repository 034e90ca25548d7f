"""Phrasing that readers failed: each test names the words a note must not send."""

from __future__ import annotations

import re

import pytest

from builder import compose
from builder.names import read_name

from .support import note_about, only_note, sentences, with_


@pytest.mark.parametrize("variant", range(6))
def test_a_grave_question_is_thanked_for(full_request, variant):
    typed = "she asked about the winter storm and what I would have done differently"
    body = note_about(full_request, typed, variant=variant)["body"]
    told = [s for s in sentences(body) if "winter storm" in s]
    assert told, body
    assert not re.search(r"enjoy|glad|pleas|great|fun|liked|useful", told[0]), told


@pytest.mark.parametrize("variant", range(12))
def test_a_long_company_name_is_said_once(full_request, variant):
    request = with_(full_request, company="Meliá Hotels International", variant=variant)
    body = only_note(request)["body"]
    assert body.count("Meliá Hotels International") == 1, body


@pytest.mark.parametrize(("typed", "written"), [
    ("notary public", "my experience as a notary public"),
    ("second chair on a 2-week jury trial", "my experience as second chair on a 2-week"),
])
def test_a_role_held_is_experience_as_that_role(full_request, typed, written):
    found = []
    for variant in range(6):
        body = only_note(with_(full_request, highlights=[typed], variant=variant))["body"]
        found.append(written in body)
        assert f"experience in {typed.split()[0]}" not in body, body
    assert any(found)


@pytest.mark.parametrize("variant", range(6))
def test_a_result_is_not_called_work(full_request, variant):
    typed = "our triple science uptake went from 18% to 31%"
    body = only_note(with_(full_request, highlights=[typed], variant=variant))["body"]
    told = next(s for s in sentences(body) if "18% to 31%" in s)
    assert not re.search(r"\bwork\b|experience|carry over", told), told


def test_the_subject_line_capitalises_the_role_as_the_body_does(full_request):
    note = only_note(with_(full_request, role="Pro Desk associate"))
    assert "Pro Desk Associate" in note["subject"]
    assert "Pro Desk Associate" in note["body"]


@pytest.mark.parametrize("variant", range(4))
def test_a_bare_why_after_another_topic_is_left_out(full_request, variant):
    typed = "the safeguarding scenario and why Northwind"
    body = note_about(full_request, typed, variant=variant)["body"]
    assert "the safeguarding scenario" in body, body
    assert "why Northwind" not in body, body


def test_an_agency_consultant_is_never_asked_to_thank_those_here(full_request):
    request = with_(full_request, kind="agency", company="Mater Misericordiae University Hospital")
    passed_on = []
    for variant in range(12):
        body = compose(with_(request, variant=variant))["notes"][0]["body"]
        passed_on += [s for s in sentences(body) if "my thanks" in s]
    assert passed_on
    assert not any(re.search(r"\bhere\b", s) for s in passed_on), passed_on


def test_the_reader_is_joined_without_here(full_request):
    # Judges failed "join you" as awkward; "work with you" is not followed by "here" either.
    people = [{"name": f"Dr. Person {letter}", "detail": ""} for letter in "ABCDEFGHIJKL"]
    joined = []
    for variant in range(6):
        request = with_(full_request, company="University of Michigan", interest="",
                        variant=variant, interviewers=people)
        for note in compose(request)["notes"]:
            joined += [s for s in sentences(note["body"]) if "with you" in s]
    assert joined
    assert not [s for s in joined if "with you here" in s], joined


@pytest.mark.parametrize("variant", range(6))
def test_a_linkedin_note_after_a_rejection_keeps_a_detail_that_fits(minimal_request, variant):
    person = {"name": "Anders Nilsson", "detail": "the podcast recs model"}
    request = with_(minimal_request, kind="after-rejection", channel="linkedin",
                    company="Spotify", role="Data Scientist, Personalization",
                    interviewers=[person], variant=variant)
    note = only_note(request)
    assert "podcast recommendations model" in note["body"], note
    assert len(note["body"]) <= 200


# The name a formal and a warm note greet, by the name typed.
DOCTORS = {
    "Priya Natarajan PhD": ("Dr. Natarajan", "Priya"),
    "Lena Ward, MD": ("Dr. Ward", "Lena"),
    "Jim Lee DO": ("Dr. Lee", "Jim"),
    "Kristen Haller MSN": ("Kristen", "Kristen"),
}


@pytest.mark.parametrize("typed", sorted(DOCTORS))
def test_a_doctorate_after_the_name_is_a_formal_doctor(full_request, typed):
    full_request["interviewers"][0]["name"] = typed
    for tone, greeted in zip(("formal", "warm"), DOCTORS[typed], strict=True):
        assert only_note(with_(full_request, tone=tone))["body"].startswith(f"Dear {greeted},")


@pytest.mark.parametrize("typed", ["Sam Do", "Yo-Yo Ma"])
def test_a_family_name_that_is_also_a_degree_is_kept(typed):
    assert read_name(typed).shown == typed


@pytest.mark.parametrize("variant", range(6))
def test_a_task_set_is_a_chance_the_candidate_had(full_request, variant):
    body = note_about(full_request, "asked me to pitch a stock", variant=variant)["body"]
    told = [s for s in sentences(body) if "pitch" in s]
    assert told, body
    assert all(
        re.search(r"the (?:chance|opportunity) to pitch|letting me pitch", s) for s in told
    ), told


def test_a_task_the_candidate_stumbled_in_is_not_enjoyed(full_request):
    typed = "asked me to pitch a stock. I blanked on the multiples"
    for variant in range(6):
        body = note_about(full_request, typed, variant=variant)["body"]
        told = [x for x in sentences(body) if "pitch a stock" in x]
        assert told, body
        assert not any(re.search(r"enjoy|letting me|asking me", x) for x in told), told
        assert "blanked" not in body, body


@pytest.mark.parametrize(("typed", "written"), [("water", "about water"), ("budget", "the budget")])
def test_one_word_typed_alone_is_named(full_request, typed, written):
    assert written in note_about(full_request, typed)["body"]


def test_a_panel_of_one_word_details_names_each(full_request):
    words = ["water", "roads", "transit", "payroll"]
    people = [{"name": f"Person {letter}", "detail": word} for letter, word in zip(
        "ABCD", words, strict=True
    )]
    notes = compose(with_(full_request, interviewers=people))["notes"]
    for word, note in zip(words, notes, strict=True):
        assert re.search(rf"our (?:conversation|exchange) about {word}", note["body"]), note["body"]


def test_a_named_hospital_owns_its_trauma_level(full_request):
    typed = "3 yrs ED PA at MetroHealth Level I trauma"
    body = only_note(with_(full_request, highlights=[typed]))["body"]
    assert "at MetroHealth's Level I trauma center" in body, body


def test_one_word_after_an_opener_that_said_conversation_is_an_exchange(full_request):
    checked = 0
    in_person = {"date": "2026-03-10", "format": "in-person"}
    for variant in range(24):
        note = note_about(full_request, "water", variant=variant, interview=in_person)
        said = sentences(note["body"])
        opener, named = said[1], next(s for s in said if "about water" in s)
        if "our conversation" in opener:
            checked += 1
            assert "conversation" not in named, said
    assert checked


@pytest.mark.parametrize(("typed", "written"), [
    ("observed my demo lesson with the pink tower", "observing my demo lesson"),
    ("shortlisted me for interview next week", "shortlisting me for interview"),
])
def test_a_kindness_typed_without_its_subject_is_thanked_for(full_request, typed, written):
    assert written in note_about(full_request, typed)["body"]


@pytest.mark.parametrize(("typed", "written", "left_out"), [
    ("busy season hours, honestly. He said Jan-Mar is 55-60 hrs", "about busy season hours", "Jan"),
    ("told me honestly about the hours around budget time", "about the hours around", "told"),
    ("tasting - my halibut was overcooked, he was honest about it", "about the tasting", "halibut"),
    # Hard news of the reader's own, which readers failed notes for leaving out.
    ("unit manager on 7 west. her nurses are burned out, she said it plainly",
     "about burnout among your nurses", "her nurses"),
    ("their store is short 2 techs, staffing is rough", "about staffing at your store", "rough"),
])
def test_candour_the_writer_noted_is_thanked_for(full_request, typed, written, left_out):
    body = note_about(full_request, typed)["body"]
    assert f"being candid with me {written}" in body, body
    assert left_out not in body, body


def test_a_thing_typed_with_praise_is_thanked_as_told(full_request):
    # A reader failed "It was great to talk about the climate justice campaign you described".
    body = note_about(full_request, "the literacy campaign she described sounds amazing")["body"]
    assert re.search(r"hear(?:ing)? about the literacy campaign", body), body
    assert "you described" not in body, body
    assert "sounds amazing" not in body, body


@pytest.mark.parametrize("typed", [
    "on monday they have a big group coming", "she has a big audit coming up next week",
])
def test_an_event_of_theirs_ahead_is_wished_well(full_request, typed):
    body = note_about(full_request, typed)["body"]
    assert re.search(r"I hope the big (?:group|audit)|Good luck with the big", body), body


def test_a_usual_day_asked_about_is_what_it_looks_like(full_request):
    body = note_about(full_request, "what's a typical day?")["body"]
    assert "what a typical day looks like" in body, body
    answered = note_about(full_request, "what's a typical day? she said mostly cloning")["body"]
    assert "that a typical day is mostly cloning" in answered, answered


def test_an_answer_by_the_week_to_a_question_about_a_week_says_week_once(full_request):
    # Readers failed "a typical on-call week is about 1 page a week".
    typed = "what does a typical on-call week look like? she said about 1 page a week"
    body = note_about(full_request, typed)["body"]
    assert "a typical on-call week has about one page." in body, body


@pytest.mark.parametrize(("typed", "written"), [
    ("found a bug that would've exposed 2M users", "2 million users"),
    ("managed a $1.5B budget", "$1.5 billion budget"),
    ("worked at 3M for 2 years", "at 3M for 2 years"),
])
def test_a_count_in_shorthand_is_written_out(full_request, typed, written):
    assert written in only_note(with_(full_request, highlights=[typed]))["body"]


@pytest.mark.parametrize(("typed", "kept", "absent"), [
    # The interview itself is not given with a tour.
    ("panel interview + unit tour", "the unit tour", "panel interview and"),
    # "someday" after a recommendation goes.
    ("recommended the CFRE cert eventually", "CFRE", "eventually"),
    # A mock exercise is taken through, even after a stumble, which is not told.
    ("mock arraignment. I blanked on the bail argument", "the mock arraignment", "blank"),
    # A verb left bare is read, or the label said instead.
    ("she showed me check in on the new system", "showing me check-in on", "how to"),
    ("visa sponsorship - they do Blue Card", "visa sponsorship", "Blue Card"),
    # A list of topics keeps those that are no bad news, and a numbered name takes no "the".
    ("CAPA, ISO 13485, the FDA warning letter from 2023", "CAPA and ISO 13485", "warning"),
    # Someone a task was done for, named with "a", was played, not in the room.
    ("asked me to explain a regression to a non-technical council staffer",
     "explain a regression as if to a non-technical council staffer", "regression to a"),
    # Shorthand a note spells out: readers failed "my deposition prep process".
    ("she asked about my deposition prep process", "my deposition preparation process", "prep "),
    # "The night before" what, a note that names no interview day cannot say.
    ("rang me the night before to run through the project",
     "the night before the interview to run through", "before to run"),
    ("she called me the day before Thanksgiving", "the day before Thanksgiving",
     "before the interview"),
    # Two names set against each other: readers failed "uses Azure DevOps not GitHub".
    ("said the client uses Azure DevOps not GitHub", "Azure DevOps rather than GitHub", "s not"),
    # The writer does not grade what the reader gave: readers failed "great feedback".
    ("gave me great feedback on wait time", "helpful feedback on wait time", "great"),
    # A goal typed as a level is a verb: readers failed "you want test scores up" as casual.
    ("he wants test scores up but not at the cost of recess",
     "want to increase test scores, but not at the cost of recess", "scores up"),
    ("she wants churn down by 10% this year", "want to reduce churn by 10%", "churn down"),
    # A remark to self goes, and a time is written out.
    ("we talked about writing for people who are anxious at 3am, which, same",
     "writing for people who are anxious at 3 a.m.", "same"),
])
def test_a_detail_keeps_what_reads_and_leaves_the_rest(full_request, typed, kept, absent):
    body = note_about(full_request, typed)["body"]
    assert kept in body, body
    assert absent not in body, body


@pytest.mark.parametrize("variant", range(4))
def test_the_offer_is_no_topic_of_a_note_about_it(full_request, variant):
    typed = "Offer for a full-time permanent line. She mentioned the 8-week orientation"
    request = with_(full_request, kind="accept-offer", variant=variant)
    body = note_about(request, typed)["body"]
    assert "8-week orientation" in body, body
    assert "about the offer" not in body, body


@pytest.mark.parametrize("variant", range(8))
def test_a_hard_fact_of_theirs_is_sobering_not_a_sorrow(full_request, variant):
    body = note_about(full_request, "mental health referrals are up 40%", variant=variant)["body"]
    assert "sorry to hear" not in body, body


@pytest.mark.parametrize("variant", range(14))
def test_a_rejection_note_concedes_once(full_request, variant):
    body = only_note(with_(full_request, kind="after-rejection", variant=variant))["body"]
    assert not ("work out" in body and "disappointed" in body), body


@pytest.mark.parametrize("variant", range(14))
def test_a_rejection_note_thanks_once_before_its_details(minimal_request, variant):
    # Readers failed "... and I am grateful for your time. While I am disappointed, I
    # appreciated the chance to meet you." as the thanks said twice.
    body = only_note(with_(minimal_request, kind="after-rejection", variant=variant))["body"]
    opening = sentences(body.split("\n\n")[1])[:2]
    assert len([s for s in opening if re.search(r"thank|grateful|appreciat", s, re.I)]) == 1, body


def test_a_team_on_linkedin_is_greeted_without_its_name(full_request):
    request = with_(full_request, channel="linkedin", interviewers=[{"name": "HR team"}])
    assert only_note(request)["body"].startswith("Hello,")


@pytest.mark.parametrize("variant", range(6))
def test_war_stories_are_no_war(full_request, variant):
    body = note_about(full_request, "pen testing war stories lol", variant=variant)["body"]
    told = next(s for s in sentences(body) if "war stories" in s)
    assert not told.startswith(("I valued", "I was grateful", "Thank you for talking")), told


def test_a_task_watched_is_a_chance_had(full_request):
    body = note_about(full_request, "she watched me do a balayage on her niece")["body"]
    assert "the chance to do a balayage on your niece" in body, body


@pytest.mark.parametrize("variant", range(4))
def test_a_prompt_for_a_story_is_thanked_for_as_a_question(full_request, variant):
    typed = "she asked about a time i disagreed w/ a coworker"
    body = note_about(full_request, typed, variant=variant)["body"]
    assert "question about a time I disagreed with a coworker" in body, body


def test_why_one_and_not_another_is_a_choice(full_request):
    body = note_about(full_request, "they asked why electrical and not HVAC")["body"]
    assert "why I chose electrical over HVAC" in body, body


@pytest.mark.parametrize("kind", ["thank-you", "withdraw"])
def test_setting_up_the_panel_is_a_kindness(full_request, kind):
    body = note_about(with_(full_request, kind=kind), "set up the panel")["body"]
    assert "setting up the panel" in body, body


def test_what_the_reader_runs_does_not_lead_a_list(full_request):
    body = note_about(full_request, "she runs the wine program, talked pairings")["body"]
    assert "wine program and pairings" not in body, body


@pytest.mark.parametrize(("typed", "terms"), [
    ("HR. benefits, hybrid 3 days", "the benefits and the working arrangements"),
    ("scheduling, 12s, every 3rd weekend", "the schedule"),
    ("salary range + start date. she said 2 rounds left", "the start date and the next steps"),
    ("comp range + timeline", "the next steps"),
])
def test_terms_of_the_job_are_gone_over_not_repeated(full_request, typed, terms):
    # Named, not "the practical details", which readers failed as a template line; and
    # never pay, shorthand or a count of rounds.
    body = note_about(full_request, typed)["body"]
    assert f"going over {terms} with me" in body, body
    assert not re.search(r"salary|comp|12s|3 days|rounds|hybrid", body), body


@pytest.mark.parametrize("typed", [
    "asked about my availability on weekends",
    "found out it's mostly on call after hours + weekends, not what I'm after",
])
def test_a_question_or_a_term_turned_down_is_not_gone_over(full_request, typed):
    assert "going over" not in note_about(full_request, typed)["body"]


def test_words_noted_in_a_row_are_no_reason(full_request):
    body = only_note(with_(full_request, interest="utilities, stable + the FTC could go perm"))
    assert "utilities" not in body["body"], body["body"]
    assert any(c["code"] == "interest-shape" for c in body["checks"]), body["checks"]


@pytest.mark.parametrize("variant", range(8))
def test_a_test_taken_alone_was_not_worked_through_together(full_request, variant):
    body = note_about(full_request, "typing test", variant=variant)["body"]
    assert "typing test with you" not in body, body


def test_an_agency_consultant_did_not_ask_the_panels_questions(full_request):
    typed = "put me forward. Interview went well I think!! Asked about the capex reporting"
    body = note_about(with_(full_request, kind="agency"), typed)["body"]
    told = next(s for s in sentences(body) if "capex" in s)
    assert not re.search(r"\byour question|\byou asked", told), told


@pytest.mark.parametrize("variant", range(13))
def test_six_days_on_is_no_little_while(full_request, variant):
    interview = {"date": "2026-03-10", "format": "video"}
    request = with_(full_request, kind="follow-up", interview=interview, today="2026-03-16")
    assert "a little while" not in only_note(with_(request, variant=variant))["body"]


@pytest.mark.parametrize("variant", range(12))
def test_a_first_linkedin_thanks_is_not_thanks_again(full_request, variant):
    request = with_(full_request, channel="linkedin", variant=variant)
    assert " again" not in only_note(request)["body"]


@pytest.mark.parametrize("variant", range(8))
def test_an_agency_consultant_is_never_told_here(full_request, variant):
    request = with_(full_request, kind="agency", highlights=["I cut month end from 8 days to 5"])
    body = only_note(with_(request, variant=variant))["body"]
    assert not re.search(r"\bhere\b", body), body


@pytest.mark.parametrize("variant", range(8))
def test_a_grave_topic_is_what_the_reader_shared(full_request, variant):
    body = note_about(full_request, "Gaza and Sudan", variant=variant)["body"]
    told = next(s for s in sentences(body) if "Gaza" in s)
    assert re.search(r"our conversation about|speaking with me about|time to discuss", told), told
    # nor "still thinking about" it in a note sent the same day, which readers failed
    assert not re.search(r"grateful|glad|enjoy|still thinking", told), told


@pytest.mark.parametrize("variant", range(8))
def test_a_promise_with_a_clause_ends_its_sentence(full_request, variant):
    # Readers failed "I've added my resume so you can pass it to the team to this email."
    request = with_(full_request, promised="my resume so you can pass it to the agency team")
    body = only_note(with_(request, variant=variant))["body"]
    assert "the agency team." in body, body


@pytest.mark.parametrize("channel", ["email", "linkedin"])
@pytest.mark.parametrize("variant", range(8))
def test_a_promise_ending_in_a_clause_of_its_own_ends_its_sentence(full_request, channel, variant):
    # Readers failed "I've included the livestream recording I mentioned with this message."
    request = with_(full_request, promised="the livestream recording we discussed",
                    channel=channel, linkedin="message", variant=variant)
    assert "the livestream recording we discussed." in only_note(request)["body"]


@pytest.mark.parametrize("variant", range(8))
def test_a_promise_that_was_mentioned_says_so_once(full_request, variant):
    body = only_note(with_(full_request, promised="the design doc I mentioned", variant=variant))
    assert body["body"].count("mention") == 1, body["body"]


@pytest.mark.parametrize(("typed", "written"), [
    ("the design doc I mentioned (redacted version)", "a redacted version of the design doc"),
    ("the tone doc I wrote for Calm (NDA-safe version)", "an NDA-safe version of the tone doc"),
    ("my redone case study", "my revised case study"),
])
def test_a_version_made_safe_to_share_is_said_so(full_request, typed, written):
    # Readers failed a note sending a former employer's document without its "redacted".
    assert written in only_note(with_(full_request, promised=typed))["body"]


@pytest.mark.parametrize("variant", range(10))
def test_work_done_for_the_company_is_not_similar_work_there(full_request, variant):
    # Readers failed "I contributed to GitLab CE in 2021, and I'd welcome the chance to do
    # similar work here" in a note to GitLab, then "... to do that kind of work at GitLab".
    request = with_(
        full_request, highlights=["I contributed to Northwind ETL in 2021"], interest="",
        variant=variant,
    )
    body = only_note(request)["body"]
    assert not re.search(r"similar work|that kind of work|experience to Northwind", body), body


@pytest.mark.parametrize("variant", range(12))
def test_a_linkedin_opener_does_not_say_for_twice(full_request, variant):
    # A reader failed "I'm grateful for our video interview for the UX Researcher role".
    body = only_note(with_(full_request, channel="linkedin", variant=variant))["body"]
    assert not re.search(r"\bfor (?:our|the|your) (?:\w+ )?interview for\b", body), body


@pytest.mark.parametrize("variant", range(8))
def test_a_word_of_the_detail_is_not_said_before_it(full_request, variant):
    # A reader failed "Thank you for everything you did ... for scheduling everything".
    person = {"name": "Angela Ruiz", "detail": "scheduled everything, called after to debrief"}
    request = with_(full_request, kind="agency", interviewers=[person], variant=variant)
    assert only_note(request)["body"].count("everything") == 1


@pytest.mark.parametrize("variant", range(8))
def test_a_note_sent_the_same_day_has_nothing_that_stayed_with_the_writer(full_request, variant):
    # A reader failed "has stayed with me" in a note written the day of the interview.
    request = with_(full_request, today=full_request["interview"]["date"], variant=variant)
    body = note_about(request, "we talked about the practical budget being cut")["body"]
    assert "stayed with me" not in body, body


@pytest.mark.parametrize("variant", range(8))
def test_two_short_topics_are_told_in_one_sentence(full_request, variant):
    # A reader failed a note that gave each topic a sentence of its own as one idea said twice.
    request = with_(full_request, variant=variant)
    detail = "Liquidity forecasting. He wants someone to rebuild the cash model in Python."
    body = note_about(request, detail)["body"]
    told = [s for s in sentences(body) if "forecasting" in s or "cash model" in s]
    assert len(told) == 1, body


@pytest.mark.parametrize("variant", range(8))
def test_what_the_writer_said_is_not_thanked_as_a_chance_to_tell(full_request, variant):
    # A judge called "I valued the chance to tell you that I've done ..." clunky.
    request = with_(full_request, variant=variant)
    body = note_about(request, "I told her I've run payroll for 40 clients")["body"]
    assert "payroll" in body, body
    assert not re.search(r"chance to (?:tell you|explain) that", body), body


@pytest.mark.parametrize(("detail", "written"), [
    ("she said a typical on-call week has about 1 page", "about one page"),
    ("the Phase 1 rollout of the new scanners", "Phase 1 rollout"),
])
def test_a_count_of_one_is_a_word_but_a_numbered_name_keeps_its_figure(
    full_request, detail, written
):
    # A reader failed "about 1 page" as a page of a document.
    assert written in note_about(full_request, detail)["body"]


@pytest.mark.parametrize("variant", range(8))
@pytest.mark.parametrize("typed", ["design crit of the lesson screen", "typing test"])
def test_a_part_of_the_interview_typed_bare_is_not_said_to_be_led_by_the_reader(
    full_request, typed, variant
):
    # Readers failed "I appreciated you taking me through the typing test" as never typed.
    body = note_about(with_(full_request, variant=variant), typed)["body"]
    assert typed.split()[-1] in body, body
    assert "taking me through" not in body, body



@pytest.mark.parametrize("variant", range(8))
@pytest.mark.parametrize(("typed", "several"), [
    ("asked about customer service and relocating to atl or msp", True),
    ("asked about my sales numbers and how I coach tellers", True),
    ("asked about my thesis on credit scoring and fairness", False),
])
def test_two_questions_asked_are_questions(full_request, typed, several, variant):
    # A reader failed "your question about customer service and relocating to Atlanta".
    body = note_about(with_(full_request, variant=variant), typed)["body"]
    assert "your question about" not in body if several else "questions about" not in body, body

