"""Specific: each note names its reader, their detail, the role, company and format."""

# ruff: noqa: RUF001 - a dash is one of the marks a pasted detail follows

from __future__ import annotations

import re

import pytest

from builder import compose, wording
from builder.realise import realise

from .support import (
    CHANNELS,
    FORMATS,
    KINDS,
    STYLES,
    TONES,
    letter,
    note_about,
    only_note,
    paragraphs,
    sentences,
    with_,
)


@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_every_note_greets_its_interviewer_by_name(panel_request, kind, channel, tone):
    response = compose(with_(panel_request, kind=kind, channel=channel, tone=tone))
    for person, note in zip(panel_request["interviewers"], response["notes"], strict=True):
        first_line = note["body"].split("\n", 1)[0]
        assert first_line.startswith(("Dear ", "Hi "))
        assert first_line.endswith(",")
        assert person["name"].split()[0] in first_line
        assert note["to"] == person["name"]


@pytest.mark.parametrize(("typed", "greeting"), [
    # Readers failed "Dear 佐藤 健," and "Dear Nguyễn Văn An," in formal notes.
    ("佐藤 健", "佐藤様,"), ("Nguyễn Văn An", "Dear An,"),  # "様" is the "Dear" of it
    ("Guðrún Jónsdóttir", "Dear Guðrún,"), ("Einar Sigurðsson PhD", "Dear Dr. Einar,"),
])
def test_a_formal_note_greets_as_the_name_is_used(full_request, typed, greeting):
    full_request["interviewers"][0]["name"] = typed
    assert only_note(with_(full_request, tone="formal"))["body"].startswith(f"{greeting}\n")


def test_a_name_without_a_title_is_greeted_by_the_given_name_in_a_formal_note(full_request):
    # Readers failed "Dear Priya Natarajan," as a mail merge; the title is never guessed,
    # and the form asks for it.
    formal = only_note(with_(full_request, tone="formal"))
    assert formal["body"].startswith("Dear Priya,\n")
    hint = next(c for c in formal["checks"] if c["code"] == "formal-name")
    assert "“Priya”" in hint["message"]


@pytest.mark.parametrize(("typed", "greeting"), [
    ("Recruiting team", "Dear Recruiting Team,"),
    ("Front Desk Manager", "Hello,"),
    ("HR team", "Dear HR Team,"),
    ("Northwind Labs hiring team", "Dear Northwind Labs hiring team,"),
    ("students!!", "Dear Students,"),
    # A Greek name is called in the vocative: readers failed "Dear Γιώργος,".
    ("Γιώργος Παπαδόπουλος", "Dear Γιώργο,"), ("Θεόδωρος", "Dear Θεόδωρε,"),
    ("Γιάννης", "Dear Γιάννη,"), ("Σοφία", "Dear Σοφία,"),
    ("Иван Петров", "Dear Иван,"),
    # Korean and Japanese names take their own honorific, which says nothing of gender.
    ("佐藤 健", "佐藤さん,"), ("박지훈", "박지훈님,"), ("王芳", "Dear 王芳,"),
    # An Icelandic patronymic is no family name; a Swedish "-sson" is.
    ("Dr. Einar Sigurðsson", "Dear Dr. Einar,"), ("Dr. Anna Karlsson", "Dear Dr. Karlsson,"),
    ("Dipl.-Ing. Klaus Becker", "Dear Klaus,"),
    ("Mayor Pro Tem Linda Garza", "Dear Mayor Pro Tem Garza,"),
    ("Fire Chief Daniels", "Dear Chief Daniels,"), ("Council Member Ray Torres", "Dear Ray,"),
    ("Dir. Austin Water", "Hello,"), ("Public Works", "Dear Public Works Team,"),
    ("Student council", "Dear Student Council,"),  # readers failed "Hello," to a named body
    ("Grad student lunch", "Dear all,"), ("Dr. Lena Ward, MBA", "Dear Dr. Ward,"),
    ("sarah", "Dear Sarah,"),
    ("MARIA LOPEZ", "Dear Maria,"), ("Pharmacist Dave", "Dear Dave,"),
    ("Mr. de la Cruz", "Dear Mr. de la Cruz,"), ("Robert Smith III", "Dear Robert,"),
    ("Kim Min-jun", "Dear Min-jun,"), ("Priya Natarajan PhD", "Dear Priya,"),
    ("Nguyễn Văn An", "Dear An,"),  # family name, middle name, given name
    ("Herr Dr. Müller", "Dear Dr. Müller,"), ("Ana Sofía Castillo", "Dear Ana Sofía,"),
    ("Tina Marie Robbins", "Dear Tina Marie,"),
])
def test_greetings_are_names_as_people_write_them(full_request, typed, greeting):
    full_request["interviewers"][0]["name"] = typed
    assert only_note(full_request)["body"].startswith(greeting + "\n")


@pytest.mark.parametrize(
    "typed", ["Front Desk Manager", "HR Director", "Transportation Director", "GM", "asm",
              "Dir. Austin Water"],
)
def test_a_job_title_alone_is_no_name_to_greet(full_request, typed):
    # Readers failed "Dear HR Director," and "Dear General Manager," and passed "Hello,".
    full_request["interviewers"][0]["name"] = typed
    for changes in ({"tone": "formal"}, {"tone": "warm"}, {"tone": "concise"},
                    {"channel": "linkedin"}):
        note = only_note(with_(full_request, **changes))
        assert note["body"].startswith("Hello,\n")
        assert "name-unknown" in [c["code"] for c in note["checks"]]


def test_concise_and_linkedin_say_hi(full_request):
    assert only_note(with_(full_request, tone="concise"))["body"].startswith("Hi Priya,")
    assert only_note(with_(full_request, channel="linkedin"))["body"].startswith("Hi Priya,")


def test_titled_names_keep_the_title(full_request):
    full_request["interviewers"][0]["name"] = "Dr. Amara Okafor"
    body = only_note(full_request)["body"]
    assert body.startswith("Dear Dr. Okafor,")


def test_people_sharing_a_first_name_are_each_greeted_by_it(full_request):
    full_request["interviewers"] = [{"name": "Sam Rivers"}, {"name": "Sam Okoye"}]
    first_lines = [n["body"].split("\n", 1)[0] for n in compose(full_request)["notes"]]
    assert first_lines == ["Dear Sam,", "Dear Sam,"]


@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_role_and_company_are_named(full_request, kind, channel, tone):
    note = only_note(with_(full_request, kind=kind, channel=channel, tone=tone))
    assert "Data Engineer" in note["body"]
    # Only LinkedIn's limit may leave the company out, for the detail, and it says so.
    left_out = [c["message"] for c in note["checks"] if c["code"] == "left-out"]
    assert "Northwind Labs" in note["body"] or (
        channel == "linkedin" and any("the company" in m for m in left_out)
    ), note


@pytest.mark.parametrize("variant", range(20))
@pytest.mark.parametrize("kind", ["thank-you", "follow-up"])
@pytest.mark.parametrize("channel", CHANNELS)
def test_a_phone_interview_is_thanked_as_a_call(minimal_request, kind, channel, variant):
    request = with_(minimal_request, kind=kind, channel=channel, variant=variant)
    request["interview"] = {"format": "phone"}
    body = only_note(request)["body"]
    assert re.search(r"\b(call|phone)\b", body)
    assert "video" not in body
    assert "in person" not in body


@pytest.mark.parametrize("variant", range(20))
@pytest.mark.parametrize("kind", ["thank-you", "follow-up"])
def test_a_video_interview_is_called_one(minimal_request, kind, variant):
    request = with_(minimal_request, kind=kind, variant=variant, interview={"format": "video"})
    body = only_note(request)["body"]
    assert "video" in body
    assert "phone" not in body


@pytest.mark.parametrize("variant", range(20))
@pytest.mark.parametrize(("kind", "channel", "tone"), STYLES)
def test_an_in_person_interview_is_never_called_a_call(
    minimal_request, kind, channel, tone, variant
):
    request = with_(minimal_request, kind=kind, channel=channel, tone=tone, variant=variant)
    body = only_note(request)["body"]
    assert not re.search(r"\b(call|phone|video)\b", body)


@pytest.mark.parametrize("variant", range(12))
@pytest.mark.parametrize("fmt", ["phone", "video"])
def test_a_call_is_never_said_to_be_seen_in_person(minimal_request, fmt, variant):
    # Readers failed "Thank you for seeing me" after a video interview.
    request = with_(minimal_request, kind="after-rejection", channel="linkedin", variant=variant,
                    interview={"format": fmt})
    body = only_note(request)["body"]
    assert not re.search(r"seeing me|meeting with me about", body), body


@pytest.mark.parametrize("fmt", FORMATS)
def test_after_rejection_names_role_and_company(minimal_request, fmt):
    request = with_(minimal_request, kind="after-rejection", interview={"format": fmt})
    body = only_note(request)["body"]
    assert "Analyst" in body
    assert "Acme" in body


DETAILS = [
    # (what the reader typed, words the note must contain, words it must not contain)
    ("We talked about migrating the nightly batch jobs to streaming.",
     ["migrating the nightly batch jobs to streaming"], ["We talked"]),
    ("Her team's move to Kubernetes", ["your team's move to Kubernetes"], ["Her team"]),
    ("She moved to the London office", ["you moved to the London office"], ["She moved"]),
    ("Loves hiking in the Alps", ["you love hiking in the Alps"], ["Loves"]),
    ("He asked about my experience with dbt testing", ["my experience with dbt testing"],
     ["He asked"]),
    ("Told me about the reorg of the design team", ["telling me about the reorg"], ["Told me"]),
    ("Walked me through the onboarding plan", ["walking me through the onboarding plan"], []),
    ("He's a big fan of Rust", ["you are a big fan of Rust"], ["He's"]),
    ("Was very kind and patient", ["being very kind and patient"], ["Was very"]),
    ("She mentioned that her team is hiring", ["your team is hiring"], ["her team"]),
    ("Previously worked at Google", ["you previously worked at Google"], []),
    ("We both studied in Lyon", ["we both studied in Lyon"], []),
    ("We went through the codebase together", ["going through the codebase together"], []),
    ("Originally from Lyon", ["you are originally from Lyon"], ["Originally"]),
    ("the on-call rotation", ["the on-call rotation"], []),
    ("Kubernetes migration", ["Kubernetes migration"], []),
    ("I asked her about remote work", ["remote work"], ["I asked her"]),
    ("Mentioned the new Berlin office", ["the new Berlin office"], ["Mentioned"]),
    ("I spent a year in Japan", [" I spent a year in Japan."], []),
    ("she was very direct that the old sales goals are gone",
     ["telling me plainly that the old sales goals are gone"], ["direct that"]),
    ("I mentioned that I'm moving to Berlin", [" I'm moving to Berlin."], ["I mentioned that"]),
    ("I told her about my thesis", ["my thesis"], ["told her"]),
    ("We agreed on next steps", ["we agreed on next steps"], []),
    ("SQL round", ["the SQL round"], []),
    ("mock discovery call, he played a skeptical CFO lol",
     ["the mock discovery call, where you played a skeptical CFO"], ["lol"]),
    ("shop tour", ["giving me the shop tour"], []),
    ("tour of the clean room", ["giving me a tour of the clean room"], ["of of"]),
    ("showed me the sensory room, the kids were making playdough",
     ["showing me the sensory room, where the kids were making playdough"], []),
    ("the hospital job in fresno", ["Fresno"], ["fresno"]),
    ("schools in ann arbor", ["Ann Arbor"], []),
    ("Why public defense? I told him about my clinic", ["why I", "drawn to public defense"],
     ["discuss why public defense"]),
    ("we talked diary studies for like 20 min", ["diary studies"], ["20", "minutes"]),
    ("mostly cloning and cell culture", ["cloning and cell culture"], ["mostly"]),
    ("tech: rails, postgres, sidekiq", ["Rails, Postgres and Sidekiq"], []),
    ("the Morris & Sons archive", ["the Morris & Sons archive"], ["Morris and"]),
    ("we talked about le guin", ["Le Guin"], ["the le guin"]),
    ("showed me the sequencing floor the break room", ["showing me the sequencing floor."],
     ["break room"]),
    ("she showed me the surgery suite and we talked about her cat", ["the surgery suite."],
     ["cat"]),
    ("she liked my case study but pushed on metrics", ["you liked my case study"], ["pushed"]),
    ("What made me pick NICU?", ["what made me pick NICU"], ["discussion of what made"]),
    ("told her I've done payroll for 40+ clients", ["elling you that I've done payroll"],
     ["telling your"]),
    ("the new e-filing system goes live in October",
     ["that the new e-filing system goes live in October"], []),
    ("13 week contract in phoenix starting in august", ["the 13-week contract"], []),
    ("union vs non-union plants", ["union versus non-union plants"], [" vs "]),
    ("same as above, catalysis and flow chemistry", ["catalysis and flow chemistry"],
     ["same as above"]),
    ("asked about my forklift experience", ["my forklift experience"], []),
    ("quality, dimensional stuff, CMM", ["quality and CMM"], ["stuff", "Quality"]),
    ("portfolio", ["my portfolio"], []),
    ("chef de cuisine. we talked about staff meal", ["the staff meal"], ["chef de cuisine"]),
    ("IEP caseload - 14 kids, mostly co-teaching in 5th grade", ["co-teaching in 5th grade"],
     ["mostly"]),
    ("the podcast recs model", ["the podcast recommendations model"], ["recs"]),
    ("logistics + relocation to normal, IL", ["relocation to Normal"], ["to normal"]),
    ("hiring two more cooks for the new store on elm st. she asked about food cost",
     ["Elm St."], ["elm st"]),
    ("she pushed on how I measured the onboarding redesign", ["how I measured the onboarding"],
     ["pushed"]),
    ("design crit of the lesson screen", ["design critique of the lesson screen"], ["crit "]),
    ("what I'd do with a patient desatting on a HFOV", ["on an HFOV"], ["a HFOV"]),
    ("big wedding season in June and July", ["the big wedding season in June and July"], []),
    ("coding: two sum variant + LRU cache",
     ["working through the two sum variant and the LRU cache"], ["coding questions", "+"]),
    ("launching in Vietnam in Sept. we talked about Tet", ["in Vietnam in September"],
     ["Sept."]),
    ("he said chapter 11 is booming", ["Chapter 11 is booming"], ["chapter 11"]),
    ("she asked how I'd measure retention not just streaks", ["retention, not just streaks"],
     []),
    ("she's not just a manager", ["you are not just a manager"], ["are, not"]),
    ("tech: python, spark, the usual", ["Python and Spark"], ["usual"]),
    ("Clés d'Or membership, and how I'd handle the VIP arrivals", ["Clés d'Or membership"],
     ["clés"]),
    ("we covered the contract in phoenix", ["in Phoenix"], ["phoenix"]),
    ("data. MAP scores", ["data and MAP scores"], ["about data."]),
    ("precision public health. the pandemic prevention institute",
     ["precision public health and the Pandemic Prevention Institute"], ["pandemic prevention"]),
    ("crisis communications. Gaza and Sudan", ["crisis communications"], ["and Gaza and Sudan"]),
    ("I told her I've done multi-state payroll for 40+ clients",
     [" I've done multi-state payroll for more than 40 clients"], ["about I"]),
    ("I told him that I led a team of 12", [" I led a team of 12."], ["about I"]),
    ("reinjection at Hellisheiði, induced seismicity",
     ["reinjection at Hellisheiði and induced seismicity"], ["you induced"]),
    ("hybrid calibration, the new 5th gen THS",
     ["hybrid calibration and the new fifth-generation THS"], ["5th gen"]),
    ("logistics and relocation to Normal, IL", ["relocation to Normal"], ["and IL"]),
    ("customer service and relocating to atl or msp", ["to Atlanta or Minneapolis"], ["atl"]),
    ("we talked about living in south SF", ["living in South SF"], ["south"]),
    ("onboarding and the 6 week orientation", ["the 6-week orientation"], ["6 week"]),
    ("how retention at 1 year dropped to 78%", ["at one year dropped"], ["1-year", "1 year"]),
    ("she asked me to pitch a stock", ["chance to pitch a stock"], ["asking me to", "for asking"]),
    ("return to office design", ["return-to-office design"], ["return to office"]),
    ("set up the AV for my job talk", ["setting up the AV for my job talk"], []),
    ("put me forward and prepped me on the panel - said the FD cares about month end",
     ["putting me forward", "preparing me for the panel"],
     ["prepped", "said the FD"]),
    ("she runs the academy", ["your work running the academy"], ["that you run"]),
    ("said to email potential supervisors first", ["advising me to email potential supervisors"],
     ["said to"]),
    ("she offered to intro me to someone on the app team",
     ["offering to introduce me to someone on the app team"], ["intro me"]),
    ("he sent me the building access QR", ["the building access QR code"], []),
    ("walked me through how research plugs into their A/B testing culture",
     ["your A/B testing culture"], ["their"]),
    ("she explained how the funding works and said to email potential supervisors",
     ["how the funding works"], ["and said"]),
    ("he said they're rethinking cold start", ["you're rethinking cold start"], ["they're"]),
    ("she said we're hiring two more supervisors", ["you're hiring two more supervisors"],
     ["we're"]),
    ("really enjoyed the pairing session on the sync engine, hard decision honestly",
     ["I really enjoyed the pairing session on the sync engine"], ["you really", "decision"]),
    ("same as above, catalysis", ["catalysis"], ["same as"]),
    ("Weld line uptime is their big problem right now.", ["weld line uptime"], ["problem"]),
    ("team in chicago", ["the team in Chicago"], []),
    ("put me forward and prepped me on the panel", ["preparing me for the panel"], ["prepping"]),
    ("we talked about college apps and FAFSA nights", ["college applications"], ["apps"]),
    ("behavioral. why nl", ["why I want to work here"], ["nl"]),
    ("he asked why Northwind Labs?", ["why I want to work here"], []),
    ("why data engineering", ["data engineering"], ["work here"]),
    ("tour of the property!! rooftop + the new spa",
     ["giving me a tour of the property, including the rooftop and the new spa"], []),
    ("gave me a tour of the lab. talked about the roadmap", ["giving me a tour of the lab"],
     ["including"]),
    ("we talked about pupil progress data for year 10", ["data for Year 10"], ["year 10"]),
    ("the team runs a book club on fridays and they share lesson plans",
     ["how the team runs a book club on Fridays and shares lesson plans"], ["they"]),
    ("the team runs a book club on fridays and they seemed happy", ["a book club on Fridays"],
     ["seemed", "happy"]),
    ("we met the team. they seemed great", ["meeting the team"], ["seemed", "finding out"]),
    ("she runs the wine program, talked pairings", ["pairings"], []),
    ("we both went to Georgetown, she was on the law journal too",
     ["we both went to Georgetown and were on the law journal"], []),
    ("the 8th grade team, they plan together every wednesday",
     ["how the 8th grade team plans together every Wednesday"], ["you plan", "team and how"]),
    ("psych screening next", ["go on to the psychological screening"], ["psych"]),
    ("said the HM interview is next week on thursday",
     ["to the interview with the hiring manager on Thursday next week"], ["HM"]),
    ("Next step: meet the district manager.", ["a meeting with the district manager"], []),
    ("Case: Automotive OEM entering the Indian market.",
     ["the case on an automotive OEM entering the Indian market"],
     ["Automotive", "market with you"]),
    ("Vision Zero corridors and especially 82nd Ave", ["82nd Avenue"], ["Ave"]),
    ("case: a bank cutting branch costs", ["the case on a bank cutting branch costs"], []),
    ("Case: Our client entering Brazil", ["our client entering Brazil"], ["a our"]),
    ("showed me the new chemistry analyzer, the Atellica",
     ["showing me the new chemistry analyzer, the Atellica"], []),
    ("showed me the sequencing floor 🧬 the NovaSeq X!!",
     ["showing me the sequencing floor and the NovaSeq X"], []),
    ("showed me the new analyzer, the one they just bought", ["showing me the new analyzer"],
     ["bought"]),
    ("walked me through the process, called after to debrief",
     ["walking me through the process and calling afterwards to debrief"], []),
    ("walked me through the equity + benefits, answered all my questions",
     ["walking me through the equity and benefits and answering all my questions"], []),
    ("I asked about quota. he was honest that Q4 is brutal etc",
     ["being candid with me about Q4"], ["brutal"]),
    ("said my portfolio should show 1-2 studies end to end", ["advising me on my portfolio"],
     ["1-2"]),
    ("chair of the search committee. startup package, lab space in the new building",
     ["going over the startup package and the lab space with me"], ["chair"]),
    ("said get my OSHA 10 and take the practice test. also said call back in feb",
     ["advising me to get my OSHA 10, take the practice test and call back in February"],
     ["for advising me to call"]),
    ("rang me the night before. she knew the PM from a previous job so gave me the lowdown",
     ["ringing me the night before"], ["so gave"]),
    ("funding: 4 yrs, teaching 0.2 FTE", ["going over the funding"], ["0.2"]),
    ("he liked my lamb neck", ["praising my lamb neck"], []),
    ("she said next step is a panel with the store manager",
     ["go on to a panel with the store manager"], ["next step is"]),
    ("said my sectioning was clean 🙌", ["praising my sectioning"], ["clean"]),
    ("said my cold calling was strong but pacing was fast",
     ["giving me feedback on my cold calling and pacing"], ["strong"]),
    ("you ran the host research for the redesign! we talked diary studies for like 20 min",
     ["diary studies"], []),
]


@pytest.mark.parametrize(("detail", "present", "absent"), DETAILS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_detail_is_reworded_into_a_sentence(full_request, detail, present, absent, channel):
    full_request["interviewers"][0]["detail"] = detail
    note = only_note(with_(full_request, channel=channel))
    body = note["body"]
    for text in present:
        assert text in body
    for text in absent:
        assert not re.search(rf"\b{re.escape(text)}\b", body)
    assert "no-detail" not in [c["code"] for c in note["checks"]]


@pytest.mark.parametrize(("detail", "present", "absent"), DETAILS)
def test_detail_sits_inside_a_sentence_not_after_a_colon(full_request, detail, present, absent):
    del absent
    full_request["interviewers"][0]["detail"] = detail
    body = only_note(full_request)["body"]
    for text in present:
        before = body[: body.index(text)].rstrip()
        assert not before.endswith((":", "-", "–", "“", '"'))
        sentence = next(s for s in re.split(r"(?<=[.!?])\s+", body) if text in s)
        assert sentence[0].isupper()
        assert sentence.endswith((".", "?"))
        assert len(sentence) > len(text) + 10


@pytest.mark.parametrize(("detail", "told", "untold"), [
    # Readers marked a team's news dropped when it came after another line.
    ("we talked about SEO strategy. she said the team is doubling this year",
     "the team is doubling this year", None),
    ("we both do nights. the crew is tight knit", "the crew is tight-knit", None),
    ("we talked about the roadmap. the hybrid is 2 days in Cardiff", "the roadmap", "hybrid"),
    ("we talked about SEO. the branch is off Route 9", "SEO", "Route 9"),
])
def test_a_later_fact_is_told_when_it_is_news(full_request, detail, told, untold):
    full_request["interviewers"][0]["detail"] = detail
    body = only_note(full_request)["body"]
    assert told in body, body
    assert untold is None or untold not in body, body


def test_kindnesses_typed_apart_are_thanked_for_in_one_sentence(full_request):
    # Readers marked the third kindness dropped when a card kept only the first sentence.
    full_request["interviewers"][0]["detail"] = (
        "sent parking info + met me in the lobby. walked me between 4 interviews!!"
    )
    for channel in ("email", "card"):
        body = only_note(with_(full_request, channel=channel))["body"]
        assert "sending parking information, meeting me in the lobby and walking me" in body


def test_the_next_stage_outlasts_a_later_fact(full_request):
    full_request["interviewers"][0]["detail"] = (
        "We talked about SEO. She showed me the studio. The team is doubling this year. "
        "Next step: meet the district manager."
    )
    body = only_note(full_request)["body"]
    assert "a meeting with the district manager" in body, body
    assert "doubling" not in body, body


def test_a_long_detail_is_used_in_an_email_and_a_later_question_is_thanked_for(full_request):
    # Readers failed a question recalled after another line as a stilted recap, and the
    # judge of the side by side missed it when left out: it is thanked for as a question.
    full_request["interviewers"][0]["detail"] = (
        "We talked about the data contracts between teams. "
        "She asked how I would handle schema changes. "
        "She started the platform guild."
    )
    body = only_note(full_request)["body"]
    assert "the data contracts between teams" in body
    assert re.search(r"(?:your question about|you asked) how I would handle schema changes", body)
    assert "you started the platform guild" in body


def test_abbreviations_do_not_split_a_detail(full_request):
    full_request["interviewers"][0]["detail"] = "We talked about Dr. Chen's research on caching."
    body = only_note(full_request)["body"]
    assert "Dr. Chen's research on caching" in body


def test_no_detail_gets_a_warning_and_no_sentence_about_a_conversation(minimal_request):
    # Padding would claim something of the conversation that the user never typed.
    note = only_note(minimal_request)
    assert {"no-detail", "length"} <= {c["code"] for c in note["checks"]}
    opener = paragraphs(note["body"])[1]
    assert len(re.findall(r"[.?!](?: |$)", opener)) == 1, opener


@pytest.mark.parametrize("detail", ["with the", "the", "a tour", "an"])
def test_a_detail_of_little_words_never_breaks_the_engine(minimal_request, detail):
    minimal_request["interviewers"][0]["detail"] = detail
    assert only_note(minimal_request)["body"]


def test_a_detail_with_nothing_in_it_counts_as_none(minimal_request):
    minimal_request["interviewers"][0]["detail"] = "Talked about."
    note = only_note(minimal_request)
    assert "no-detail" in [c["code"] for c in note["checks"]]
    assert "Talked about" not in note["body"]


@pytest.mark.parametrize("tone", TONES)
def test_highlight_interest_and_promise_appear_in_an_email(full_request, tone):
    body = only_note(with_(full_request, tone=tone))["body"]
    assert "the chance to build a data platform from the ground up" in body
    assert "the slides from my pipeline talk" in body
    if tone != "concise":
        assert "I led the move from cron scripts to Airflow at my last job" in body


def test_highlight_without_a_subject_gets_one(full_request):
    full_request["highlights"] = ["Led a team of five engineers"]
    body = only_note(full_request)["body"]
    assert "I led a team of five engineers" in body


@pytest.mark.parametrize(("typed", "written"), [
    ("6 yrs line", "my 6 years on the line"),
    ("5 yrs front office at a 5* in Barcelona",
     "my 5 years in front-office work at a 5-star hotel in Barcelona"),
    ("4 yrs dept manager at Macy's", "my 4 years as a department manager at Macy's"),
    ("5+ years in ads products", "my 5-plus years in ads products"),
    ("6 yrs acute med", "my 6 years in acute medicine"),
    ("10 yrs commercial", "my 10 years of commercial work"),
    ("4 yrs PICU at Lucile Packard as traveler", "as a traveler"),
    ("cut produce shrink 18% at my store", "I cut produce shrink by 18% at my store"),
    ("managed $3M USAID portfolio", "I managed a $3 million USAID portfolio"),
    ("led a CAPA that cut complaint rate 30%", "cut the complaint rate by 30%"),
    ("raised 1-yr retention from 71% to 88%", "raised 1-year retention"),
    ("20 yrs municipal public works", "my 20 years in municipal public works"),
    ("ran the grill at Qdoba 3 yrs", "I ran the grill at Qdoba for 3 years"),
    ("IFRS 9 model validation", "my experience in IFRS 9 model validation"),
    ("Python for analysis", "my experience using Python for analysis"),
    ("I cut p99 latency by 40% on our edge proxy", "on my team's edge proxy"),
    ("12 yrs in elementary", "my 12 years in elementary education"),
    ("led a Postgres -> Spanner migration", "I led a Postgres to Spanner migration"),
    ("ServSafe Manager", "my ServSafe Manager certification"),
    ("six years of building pipelines", "my six years of building pipelines"),
    ("two years producing a weekly podcast", "my two years of producing a weekly podcast"),
    ("Notes Editor, Georgetown Law Journal", "as Notes Editor of the Georgetown Law Journal"),
    ("MPA, Maxwell School", "my MPA from the Maxwell School"),
    ("BA, University of Michigan", "my BA from the University of Michigan"),
    ("Death Penalty Clinic, 2 yrs", "my 2 years in the Death Penalty Clinic"),
    ("NICU capstone, 144 hrs", "my 144-hour NICU capstone"),
    ("8 yrs protein expression & purification", "8 years in protein expression and purification"),
    ("Series 7 and 66", "my Series 7 and 66 licenses"),
    ("Revit, Rhino, Enscape", "Revit, Rhino and Enscape"),
    ("mammalian cell culture, lentiviral production", "cell culture and lentiviral production"),
    ("French / Haitian Creole / English", "I speak French, Haitian Creole and English"),
    ("my zine 'Bus Stops of Portland'", "my zine 'Bus Stops of Portland'"),
    ("ICA Certificate in AML", "my ICA Certificate in AML"),
    ("Teaching Certificate", "my Teaching Certificate"),
    ("CPR and BLS", "my CPR and BLS certifications"),
    ("raised algebra pass rate 22 pts in 2 yrs",
     "I raised the algebra pass rate by 22 points in 2 years"),
    ("bilingual English/Spanish", "bilingual in English and Spanish"),
    ("bilingual (EN/ES)", "bilingual in English and Spanish"),  # readers failed "bilingual"
    ("CIMA qualified 2023", "CIMA qualified"),
    ("dual certified Gen Ed + SPED", "certified in both Gen Ed and SPED"),
    ("6 yrs line, 2 as junior sous at Estela", "my 2 years as junior sous at Estela"),
    ("I launched sponsored listings at Wayfair, $40M ARR yr 1",
     "I launched sponsored listings at Wayfair ($40 million ARR in year 1)"),
    ("First Class Honours, Economics & Statistics",
     "my first-class degree in Economics and Statistics"),
    ("2:1 in History", "my 2:1 degree in History"),
])
def test_a_highlight_gets_the_words_notes_leave_out(full_request, typed, written):
    body = only_note(with_(full_request, highlights=[typed]))["body"]
    assert written in body or written[:1].upper() + written[1:] in body, body  # it may lead


@pytest.mark.parametrize("variant", range(12))
def test_a_highlight_with_its_own_with_takes_no_other(full_request, variant):
    # Readers failed "With my 5 years with WFP in DRC and CAR, I'm confident ...".
    request = with_(full_request, highlights=["5 yrs with WFP in DRC and CAR"], variant=variant)
    body = only_note(request)["body"]
    assert re.search(r"\bmy 5 years with WFP", body, re.I), body
    assert not re.search(r"with my 5 years with", body, re.I), body


@pytest.mark.parametrize("variant", range(6))
def test_two_named_tools_joined_by_and_are_skills_not_things_of_use(full_request, variant):
    # Readers failed "I believe USPTO Patent Center and CPI would be useful" as broken.
    typed = "USPTO Patent Center and CPI"
    body = only_note(with_(full_request, highlights=[typed], variant=variant))["body"]
    assert re.search(r"(?:with|in|Knowing) USPTO Patent Center and CPI", body), body


@pytest.mark.parametrize(
    "typed", ["patience, empathy", "fast learner, bilingual", "Shift Lead, Starbucks"]
)
def test_a_list_of_traits_or_an_unknown_label_is_left_out(full_request, typed):
    note = only_note(with_(full_request, highlights=[typed]))
    assert "highlight-shape" in [c["code"] for c in note["checks"]]
    assert typed.split(",")[0] not in note["body"]


@pytest.mark.parametrize("variant", range(12))
def test_a_piece_of_work_is_shown_not_brought(full_request, variant):
    typed = "my poster series for the Brooklyn jazz fest"
    body = only_note(with_(full_request, highlights=[typed], variant=variant))["body"]
    sentence = next(s for s in re.split(r"(?<=\.)\s+", body) if "poster series" in s)
    assert not re.search(r"\bbring (?:my|the) poster|jazz fest would", sentence)


def test_a_job_title_before_the_name_is_the_formal_greeting(full_request):
    full_request["interviewers"][0]["name"] = "Council Member Ray Torres"
    assert only_note(with_(full_request, tone="formal"))["body"].startswith(
        "Dear Council Member Torres,"
    )


@pytest.mark.parametrize(("typed", "greeting"), [
    ("Robert J. Whitfield III", "Dear Robert,"), ("John Smith, Jr.", "Dear John,"),
])
def test_a_formal_note_greets_the_given_name_without_initials_or_suffix(
    full_request, typed, greeting
):
    full_request["interviewers"][0]["name"] = typed
    assert only_note(with_(full_request, tone="formal"))["body"].startswith(greeting)


def test_a_title_the_note_cannot_use_gives_the_full_name_in_a_formal_note(full_request):
    # Two readers failed "Dear Klaus," to a Dipl.-Ing. as too familiar.
    full_request["interviewers"][0]["name"] = "Dipl.-Ing. Klaus Becker"
    assert only_note(with_(full_request, tone="formal"))["body"].startswith("Dear Klaus Becker,")


@pytest.mark.parametrize(("typed", "shown", "hidden"), [
    ("DELI LEAD", "Deli Lead", "DELI"), ("Morning Baker (4am Shift)", "Morning Baker", "4am"),
])
def test_a_role_is_written_as_a_title(full_request, typed, shown, hidden):
    body = only_note(with_(full_request, role=typed))["body"]
    assert shown in body
    assert hidden not in body


@pytest.mark.parametrize(("typed", "said", "never"), [
    ("Sous Chef", "as a sous chef", "as a Sous Chef"),
    ("Senior Manufacturing Engineer", "as a senior manufacturing engineer", "as a Senior"),
    ("Quality Engineer II", "", "joining Northwind Labs as"),
    ("Salesforce Administrator", "", "joining Northwind Labs as"),
])
def test_a_job_said_in_a_sentence_is_in_lower_case(full_request, typed, said, never):
    # Readers failed "joining Epic Systems as an Implementation Consultant"; a word the
    # engine does not know may be a name ("Salesforce"), so that frame is not used.
    request = with_(full_request, role=typed, highlights=[], interest="")
    request["interviewers"][0]["detail"] = ""
    bodies = [only_note(with_(request, variant=v))["body"] for v in range(40)]
    assert all(never not in body for body in bodies)
    if said:
        assert any(said in body for body in bodies)


@pytest.mark.parametrize("promised", ["my portfolio", "https://example.com/work"])
@pytest.mark.parametrize("channel", ["email", "card"])
def test_a_small_panel_keeps_the_promise_without_saying_to_whom_it_was_made(
    panel_request, promised, channel
):
    request = with_(panel_request, promised=promised, channel=channel)
    request["interviewers"] = request["interviewers"][:2]
    for note in compose(request)["notes"]:
        assert "promis" not in note["body"].casefold(), note["body"]
        assert "promise-missing" not in [c["code"] for c in note["checks"]]


@pytest.mark.parametrize(("typed", "with_the"), [
    ("City of Austin", True), ("Salt Lake County", False),
])
def test_a_city_is_named_as_people_name_it(full_request, typed, with_the):
    body = only_note(with_(full_request, company=typed))["body"]
    assert typed in body
    assert body.count(f"the {typed}") == (body.count(typed) if with_the else 0)


@pytest.mark.parametrize("variant", range(12))
@pytest.mark.parametrize("promised", ["my references", "my paper and the poster"])
def test_a_promise_kept_in_a_panel_agrees_with_its_verb(panel_request, promised, variant):
    request = with_(panel_request, promised=promised, variant=variant)
    request["interviewers"] = request["interviewers"][:2]
    for note in compose(request)["notes"]:
        assert not re.search(r"\bis attached|Attached is\b", note["body"]), note["body"]


def test_the_candidate_signs_without_mr_or_ms(full_request):
    full_request["candidate"]["name"] = "Mr. Leonardo Ricci"
    body = only_note(full_request)["body"]
    assert "\nLeonardo Ricci" in body
    assert "Mr. Leonardo" not in body


@pytest.mark.parametrize("variant", range(24))
def test_a_note_does_not_keep_repeating_the_company(full_request, variant):
    full_request["company"] = "Union Square Hospitality Group"
    full_request["interviewers"][0]["detail"] = "what it's like working there"
    body = only_note(with_(full_request, variant=variant))["body"]
    assert body.count("Union Square Hospitality Group") <= 2, body


def test_a_qualifier_in_brackets_stays_with_the_claim(full_request):
    body = only_note(with_(full_request, highlights=["ran a food drive (volunteer)"]))["body"]
    assert "I ran a food drive as a volunteer" in body


@pytest.mark.parametrize("typed", ["team player", "hard worker, detail-oriented", "self-starter"])
def test_a_cliche_is_left_out_with_a_hint(full_request, typed):
    note = only_note(with_(full_request, highlights=[typed]))
    assert typed.split(",")[0] not in note["body"]
    assert "highlight-cliche" in [c["code"] for c in note["checks"]]


@pytest.mark.parametrize(("typed", "written", "absent"), [
    ("kids first, and a team that actually collaborates", "a team that actually collaborates",
     "kids first"),
    ("whānau, and to teach te reo where it's valued", "to teach te reo", "whānau"),
    ("I like the team, they seem kind and they actually read the stuff", "the team",
     "they seem"),
    ("the work, the work is just so good, I want to make ads people actually like",
     "I want to make ads people actually like", "so good"),
    ("I'd get to teach people to build things", "I'd get to teach", "i'd"),
    ("hospitality culture. and the food obviously", "the hospitality culture and the food",
     "obviously"),
    ("love their mission", "I love your mission", "their"),
    ("I've always wanted to work there", "to work at Northwind Labs", "there"),
    ("I've worn their stuff for years and they fix it", "", "their stuff"),
    ("I like the people, the campus is unreal, I want to fix the software doctors yell at",
     "the people", "yell"),
    ("the product is good", "", "product is good"),
    ("to work on infra that a huge chunk of the internet runs through", "", "chunk"),
])
def test_an_interest_keeps_only_what_reads_as_a_sentence(full_request, typed, written, absent):
    body = only_note(with_(full_request, interest=typed))["body"]
    assert written in body
    assert absent not in body


@pytest.mark.parametrize(("promise", "verb"), [
    ("three press releases I wrote", "are"),
    ("the deck we built", "is"),
    ("the slides you asked for", "are"),
])
def test_what_is_attached_agrees_with_its_head_noun(full_request, promise, verb):
    body = "\n".join(
        only_note(with_(full_request, promised=promise, variant=variant))["body"]
        for variant in range(12)
    ).casefold()
    wrong = {"is": "are", "are": "is"}[verb]
    assert f"attached {verb} {promise}".casefold() in body
    assert f"attached {wrong} {promise}".casefold() not in body
    assert f"{promise} {wrong} attached".casefold() not in body


@pytest.mark.parametrize("variant", range(12))
def test_a_plural_interest_agrees_with_its_verb(full_request, variant):
    body = only_note(with_(full_request, interest="the gold standards", variant=variant))["body"]
    assert not re.search(r"\bWhat [^.]* (?:is|are) the gold standards|standards is\b", body), body


def test_a_highlight_that_repeats_the_detail_gives_way_to_the_next(full_request):
    full_request["interviewers"][0]["detail"] = "we talked about the migration I led at Shopify"
    full_request["highlights"] = ["led a Postgres to Spanner migration", "Go, Kafka, Terraform"]
    body = only_note(full_request)["body"]
    assert "Spanner" not in body
    assert "Go, Kafka and Terraform" in body


def test_each_panel_member_hears_a_different_highlight(panel_request):
    panel_request["highlights"] = ["my work on Airflow", "my SQL tuning", "my dbt tests"]
    bodies = [n["body"] for n in compose(panel_request)["notes"]]
    assert "my work on Airflow" in bodies[0]
    assert "my SQL tuning" in bodies[1]
    assert "my dbt tests" in bodies[2]


def test_card_promises_to_send_not_attached_and_not_how(full_request):
    # Readers failed "I'll share my wedding portfolio by email": the user never said how.
    for variant in range(6):
        body = only_note(with_(full_request, channel="card", variant=variant))["body"]
        assert "the slides from my pipeline talk" in body.casefold()
        assert "attach" not in body.casefold()
        assert "email" not in body.casefold()


def test_email_signature_carries_contact_details(full_request):
    body = only_note(full_request)["body"]
    signature = body.rsplit("\n\n", 1)[1].split("\n")
    assert signature[1:] == ["Alex Rivera", "alex@example.com", "+1 555 0100"]


@pytest.mark.parametrize("typed", ["Dr. Alex Rivera", "Prof Alex Rivera", "Mx. Alex Rivera"])
def test_the_writer_signs_without_their_own_title(full_request, typed):
    body = only_note(with_(full_request, candidate={"name": typed}))["body"]
    assert body.endswith("\nAlex Rivera")


@pytest.mark.parametrize("variant", range(4))
@pytest.mark.parametrize(("promised", "written"), [
    ("link to my exhibit portfolio https://samortiz.design/exhibits",
     "my exhibit portfolio at samortiz.design/exhibits"),
    ("https://www.noabd.design/o", "noabd.design/o"),
])
def test_a_card_gives_the_promised_address_to_type(full_request, variant, promised, written):
    # A reader failed a card that promised the link but left out the address it was given.
    request = with_(full_request, channel="card", promised=promised, variant=variant)
    body = only_note(request)["body"]
    assert written in body, body
    assert "https://" not in body, body


@pytest.mark.parametrize("channel", ["card", "linkedin"])
def test_other_channels_sign_with_the_name_only(full_request, channel):
    body = only_note(with_(full_request, channel=channel))["body"]
    assert body.endswith("\nAlex Rivera")
    assert "alex@example.com" not in body


@pytest.mark.parametrize("kind", KINDS)
def test_email_has_a_subject_naming_the_role(full_request, kind):
    note = only_note(with_(full_request, kind=kind))
    assert "Data Engineer" in note["subject"]
    assert note["subject"] == note["subject"].strip()
    assert "\n" not in note["subject"]


@pytest.mark.parametrize("kind", ["thank-you", "follow-up"])
@pytest.mark.parametrize("variant", range(16))
def test_a_card_offers_to_send_nothing_more(full_request, kind, variant):
    # A reader failed "I'm happy to send anything else that would help." on a card.
    request = with_(full_request, channel="card", kind=kind, promised="", variant=variant)
    body = only_note(request)["body"]
    assert not re.search(r"\bsend\b", body), body


@pytest.mark.parametrize("variant", range(12))
def test_a_technique_is_not_known_well(full_request, variant):
    # Readers failed "Knowing mammalian cell culture and lentiviral production well ...".
    typed = "mammalian cell culture, lentiviral production"
    body = only_note(with_(full_request, highlights=[typed], variant=variant))["body"]
    assert "Knowing" not in body, body


@pytest.mark.parametrize("channel", ["card", "linkedin"])
def test_card_and_linkedin_have_no_subject(full_request, channel):
    assert only_note(with_(full_request, channel=channel))["subject"] is None


def test_yesterday_is_said_when_today_is_the_next_day(full_request):
    body = only_note(full_request)["body"]
    assert "yesterday" in body


def test_follow_up_names_the_interview_date(full_request):
    note = only_note(with_(full_request, kind="follow-up"))
    assert "10 March" in note["body"]
    assert "10 March" in note["subject"]


def test_note_reports_email_of_interviewer(full_request):
    note = only_note(full_request)
    assert note["email"] == "priya@northwind.example"
    full_request["interviewers"][0].pop("email")
    assert only_note(full_request)["email"] is None


def test_formal_tone_uses_no_contractions(full_request):
    full_request["interviewers"][0]["detail"] = "the on-call rotation"
    for variant in range(24):
        body = letter(only_note(with_(full_request, tone="formal", variant=variant))["body"])
        assert not re.search(r"\b(I'm|I've|I'd|I'll|it's|isn't|you'll|you're|Thanks)\b", body)


@pytest.mark.parametrize("detail", [
    "the on-call rotation", "she runs the mentoring program", "we both went to Georgetown"
])
def test_formal_tone_says_nothing_casual(full_request, detail):
    full_request["interviewers"][0]["detail"] = detail
    for variant in range(24):
        body = letter(only_note(with_(full_request, tone="formal", variant=variant))["body"])
        assert not re.search(r"\bI liked\b|\bgreat to\b|\bnice\b", body), body


STATEMENTS = [
    "the mission matters to me", "I'm excited by the roadmap", "because the mission matters",
    "Love the product", "your product is something I use daily",
]


@pytest.mark.parametrize("interest", STATEMENTS)
@pytest.mark.parametrize("variant", range(12))
def test_an_interest_written_as_a_statement_stays_one(full_request, interest, variant):
    body = only_note(with_(full_request, interest=interest, variant=variant))["body"]
    clause = re.sub(r"^(because|love)\s+", "", interest, flags=re.IGNORECASE)
    at = body.index(clause)
    before = body[:at].rstrip().split()[-1]
    assert before not in {"is", "of", "for", "to", "by", "on", "about"}, body


@pytest.mark.parametrize("variant", range(12))
def test_a_wish_is_written_as_an_aim(full_request, variant):
    wish = with_(full_request, interest="I want to learn from the best", variant=variant)
    body = only_note(wish)["body"]
    sentence = next(s for s in re.split(r"(?<=\.) ", body) if "learn from the best" in s)
    assert "to learn from the best" in sentence
    assert sentence.casefold().count("want") <= 1, sentence


@pytest.mark.parametrize("highlight", ["my team grew threefold", "Shipped three apps"])
@pytest.mark.parametrize("variant", range(12))
def test_a_highlight_written_as_a_statement_stays_one(full_request, highlight, variant):
    body = only_note(with_(full_request, highlights=[highlight], variant=variant))["body"]
    statement = r"(?:\bthat |bring, |^|[.!?] )(I shipped three apps|[Mm]y team grew)"
    assert re.search(statement, body, re.M)


@pytest.mark.parametrize("variant", range(6))
def test_a_follow_up_email_gives_the_typed_reason_again(full_request, variant):
    body = only_note(with_(full_request, kind="follow-up", variant=variant))["body"]
    assert "the chance to build a data platform from the ground up" in body.casefold(), body


@pytest.mark.parametrize("variant", range(12))
def test_a_line_of_interest_never_makes_a_paragraph_alone(full_request, variant):
    note = only_note(with_(full_request, highlights=[], promised="", variant=variant))
    paragraph = next(p for p in paragraphs(note["body"]) if "data platform" in p)
    assert len(re.findall(r"[.?!](?: |$)", paragraph)) > 1, note["body"]


def test_an_interest_of_two_clauses_joined_by_a_comma_is_no_comma_splice(full_request):
    typed = "it felt like a real community, parents were in the garden on a Tuesday"
    body = only_note(with_(full_request, interest=typed))["body"]
    assert "it felt like a real community, and parents were in the garden" in body, body


@pytest.mark.parametrize("variant", range(12))
def test_the_candidates_own_wish_is_not_called_the_roles_appeal(full_request, variant):
    request = with_(full_request, interest="I love the fast pace")
    body = only_note(with_(request, variant=variant))["body"]
    assert "I love the fast pace" in body
    assert not re.search(r"(?:stand out|appeal|draws me to the role) [^.]*is that I love", body)


@pytest.mark.parametrize("variant", range(12))
def test_a_court_or_a_university_is_never_joined_as_the_team(full_request, variant):
    for company in ("U.S. District Court", "University of Michigan"):
        body = only_note(with_(full_request, company=company, variant=variant))["body"]
        assert "team" not in body, body


@pytest.mark.parametrize("variant", range(12))
def test_the_typed_reasons_words_are_not_said_just_before_it(full_request, variant):
    request = with_(full_request, interest="the team publishes", variant=variant)
    said = [s for p in paragraphs(only_note(request)["body"]) for s in re.split(r"(?<=\.) ", p)]
    at = next(i for i, s in enumerate(said) if "the team publishes" in s)
    assert "team" not in said[at - 1], said[at - 1]


def test_the_chance_to_do_two_things_is_one_interest(full_request):
    typed = "the chance to help clear that backlog and keep it clear"
    body = only_note(with_(full_request, interest=typed))["body"]
    assert typed in body.replace("The chance", "the chance"), body


@pytest.mark.parametrize("variant", range(12))
def test_a_result_achieved_is_not_brought_to_the_role(full_request, variant):
    request = with_(full_request, highlights=["launched two body shops at Ford"], variant=variant)
    body = only_note(request)["body"]
    assert "I launched two body shops at Ford" in body
    assert "bring to this role" not in body, body


@pytest.mark.parametrize("variant", range(12))
def test_a_skill_held_is_not_offered_as_experience_gained(full_request, variant):
    request = with_(full_request, highlights=["I speak French and Lingala"], variant=variant)
    body = only_note(request)["body"]
    sentence = next(s for s in re.split(r"(?<=\.)\s+", body) if "Lingala" in s)
    assert not re.search(r"experience|carry over|similar work|more of", sentence), sentence
    # nor "I'd bring that" after several languages, which a reader failed
    assert "bring that" not in sentence, sentence


@pytest.mark.parametrize("variant", range(8))
@pytest.mark.parametrize(("typed", "unfit"), [
    # Readers failed "my AMI 3-6 diploma would be useful from the start", "I'd bring my
    # Six Sigma Black Belt to the role" and "my record of zero LTIs ... would be useful".
    ("AMI 3-6 diploma", r"useful|bring|put|asset|contribute|help me"),
    ("CFP", r"useful|bring|put|asset|contribute|help me"),
    ("Six Sigma Black Belt", r"useful|bring|put|asset|contribute|help me"),
    ("zero LTIs on my last 2 projects", r"useful|asset|contribute|help me"),
])
def test_a_credential_prepares_and_a_record_is_a_standard(full_request, variant, typed, unfit):
    body = only_note(with_(full_request, highlights=[typed], variant=variant))["body"]
    sentence = next(s for s in sentences(body) if typed.split()[-1] in s)
    assert not re.search(unfit, sentence), sentence


@pytest.mark.parametrize("channel", ["email", "card"])
@pytest.mark.parametrize("variant", range(16))
def test_a_follow_up_asks_for_news_once(full_request, channel, variant):
    # A reader failed "... ask where things stand ..." then "I'd be glad to hear how the
    # process is going." as the same request made twice, and another a follow-up card that
    # never asked.
    request = with_(full_request, kind="follow-up", channel=channel, variant=variant)
    body = only_note(request)["body"]
    asking = [s for s in sentences(body) if re.search(
        r"\bask\b|news|update|where things stand|how the process|timeline|timing", s
    )]
    assert len(asking) == 1, body


@pytest.mark.parametrize("variant", range(14))
def test_a_rejection_hears_the_outcome_of_an_application(full_request, variant):
    # A reader failed "I have learned the outcome for the ... position".
    body = only_note(with_(full_request, kind="after-rejection", variant=variant))["body"]
    assert "outcome for" not in body, body


@pytest.mark.parametrize("variant", range(6))
def test_feedback_given_after_a_rejection_is_not_asked_for_again(full_request, variant):
    detail = "she gave me great feedback on my case study"
    note = note_about(full_request, detail, kind="after-rejection", variant=variant)
    assert note["body"].count("feedback") == 1, note["body"]


@pytest.mark.parametrize("interest", ["the product", "a team that has great values"])
def test_an_interest_written_as_a_phrase_stays_one(full_request, interest):
    for variant in range(12):
        body = only_note(with_(full_request, interest=interest, variant=variant))["body"]
        assert interest in body.replace(interest.capitalize(), interest)
        assert f"that {interest}" not in body


@pytest.mark.parametrize(("typed", "kept"), [
    ("we talked about Gaza and Sudan", True),
    ("I told her about my clinic client who got 6 months for a probation violation", True),
    ("she said mental health referrals are up 40% since COVID", True),
    ("East Austin displacement", True),
])
def test_a_grave_detail_is_never_written_gladly(full_request, typed, kept):
    written = []
    for variant in range(8):
        body = note_about(full_request, typed, variant=variant)["body"]
        sentences = re.split(r"(?<=[.!?])\s+", body)
        written += [s for s in sentences if re.search(r"Gaza|probation|referrals|displace", s)]
    assert bool(written) is kept
    cheerful = r"enjoy|glad|pleas|great|fun|liked|useful|helpful|interest"
    assert not [s for s in written if re.search(cheerful, s)], written


@pytest.mark.parametrize("variant", range(12))
def test_only_a_grave_detail_is_met_with_sorrow(full_request, variant):
    typed = "the firm is opening an office in Tucson"
    body = note_about(full_request, typed, variant=variant)["body"]
    assert "opening an office in Tucson" in body
    assert not re.search(r"sorry|so open", body), body


@pytest.mark.parametrize(("typed", "written"), [
    ("City of Portland - Bureau of Transportation",
     "the City of Portland's Bureau of Transportation"),
    ("Walgreens – Pharmacy", "Walgreens' Pharmacy"),
])
def test_a_company_typed_with_its_department_reads_as_one_name(full_request, typed, written):
    body = only_note(with_(full_request, company=typed))["body"]
    assert written in body, body
    assert not re.search(r" [-–] ", body), body


def test_the_company_named_again_after_the_opener_is_there(full_request):
    person = {"name": "Priya Patel", "detail": "she was at Northwind Labs in 2019"}
    first = only_note(with_(full_request, interviewers=[person]))["body"].split("\n\n")[1]
    assert first.count("Northwind Labs") == 1
    assert "were there in 2019" in first


def test_a_named_link_is_named_in_every_note_of_a_panel(panel_request):
    request = with_(panel_request, promised="onboarding case study: https://noabd.design/o")
    for note in compose(request)["notes"]:
        line = next(s for s in note["body"].split("\n\n") if "https://noabd.design/o" in s)
        assert "my onboarding case study" in line
        assert "link-unnamed" not in [c["code"] for c in note["checks"]]


@pytest.mark.parametrize(("address", "named"), [
    ("https://github.com/ada/tinyproxy-leak", "the repository"),
    ("gitlab.com/ada/ci-rules-fix", "the repository"),
    ("https://github.com/ada/parser/pull/12", "the code"),
])
def test_a_bare_link_to_a_code_host_is_named_by_what_it_holds(panel_request, address, named):
    # Readers failed "the ci-rules-fix repository" as a slug leaking into the note.
    for note in compose(with_(panel_request, promised=address))["notes"]:
        line = next(s for s in note["body"].split("\n\n") if address in s)
        assert named in line, line
        assert f"{address.rsplit('/', 1)[1]} repository" not in line, line
        assert "link-unnamed" not in [c["code"] for c in note["checks"]]


def test_a_bare_link_in_a_panel_asks_what_it_is(panel_request):
    request = with_(panel_request, promised="https://noabd.design/o")
    for note in compose(request)["notes"]:
        hint = next(c for c in note["checks"] if c["code"] == "link-unnamed")
        assert hint["field"] == "promised"


@pytest.mark.parametrize(("typed", "told"), [
    ("zero LTIs on my last 2 projects", "my record of zero LTIs on my last 2 projects"),
    ("100% on-time delivery", "my record of 100% on-time delivery"),
])
def test_a_record_kept_is_a_record_not_experience(full_request, typed, told):
    # "I believe my experience in zero LTIs on my last 2 projects would be useful".
    body = only_note(with_(full_request, highlights=[typed]))["body"]
    assert told in body, body


def test_a_highlight_on_the_interviewers_subject_comes_first(full_request):
    full_request["interviewers"] = [
        {"name": "Ana Ruiz", "detail": "she asked about my time at Ford in Dearborn"}
    ]
    full_request["highlights"] = [
        "Six Sigma Black Belt", "SQL and Tableau", "launched two body shops at Ford",
    ]
    body = compose(full_request)["notes"][0]["body"]
    assert body.index("launched two body shops at Ford") < body.index("Six Sigma")


@pytest.mark.parametrize(("name", "hinted"), [
    ("佐藤 健", False), ("Dipl.-Ing. Klaus Becker", True), ("Klaus Becker", True),
    ("Dr. Klaus Becker", False), ("Recruiting team", False), ("박 지훈", False),
])
def test_a_formal_note_to_an_untitled_full_name_suggests_the_title(full_request, name, hinted):
    full_request["interviewers"][0]["name"] = name
    checks = only_note(with_(full_request, tone="formal"))["checks"]
    found = [c for c in checks if c["code"] == "formal-name"]
    assert bool(found) is hinted
    assert all(c["field"] == "interviewers[0].name" for c in found)


def test_a_name_of_punctuation_alone_is_greeted_hello(full_request):
    full_request["interviewers"][0]["name"] = "(,"
    assert only_note(full_request)["body"].startswith("Hello,\n")


@pytest.mark.parametrize("company", ["Chewy", "Habitat for Humanity of Greater Boston"])
def test_a_team_is_greeted_without_its_company(full_request, company):
    # Readers failed "Hi Chewy recruiting team,": the note names the company anyway.
    full_request["interviewers"][0]["name"] = "Recruiting team"
    request = with_(full_request, company=company)
    assert only_note(request)["body"].startswith("Dear Recruiting Team,\n")


@pytest.mark.parametrize("variant", range(8))
def test_a_prize_received_is_never_called_experience(full_request, variant):
    request = with_(full_request, highlights=["received the dean's teaching prize in 2022"])
    body = only_note(with_(request, variant=variant))["body"]
    assert not re.search(
        r"prize[^.]*(?:experience|carry over|similar work|more of|help in the role|useful at"
        r"|bring to this role)",
        body,
    )


@pytest.mark.parametrize("variant", range(12))
def test_a_credential_in_progress_is_written_whole(full_request, variant):
    request = with_(full_request, highlights=["my CCRN is in progress"], variant=variant)
    body = only_note(request)["body"]
    assert "My CCRN is in progress" in body
    assert "is is" not in body


@pytest.mark.parametrize(("typed", "written"), [
    ("Sales Associate (Paint Dept)", "Sales Associate (Paint Department)"),
    ("Summer Associate 2026", "2026 Summer Associate"), ("Class of 2026", "Class of 2026"),
    ("Audit Intern Summer 2025", "Summer 2025 Audit Intern"),
    ("Intern - Summer 2025", "Intern (Summer 2025)"),
    ("Asst Mgr - Deli", "Assistant Manager (Deli)"),
])
def test_shorthand_in_a_job_title_is_written_out(full_request, typed, written):
    assert written in only_note(with_(full_request, role=typed))["subject"]


@pytest.mark.parametrize(("typed", "reason"), [
    ("Because of the culture. Everyone I met on the unit smiled at me, even at 7am",
     "everyone I met on the unit smiled at me"),
    ("the mission. I know these communities",
     "the mission matters to me, and I know these communities"),
    ("I like the team, they seem kind, the product is good, I recommend it to clients",
     "the product is good, and I recommend it to clients"),
])
def test_an_interest_gives_the_reason_that_explains_it(full_request, typed, reason):
    # Readers called a bare "What draws me most is the culture." filler for these.
    body = only_note(with_(full_request, interest=typed))["body"]
    assert reason in body, body
    assert not re.search(r"(?:is|are|for|drawn to) the (?:culture|mission|team)\.", body), body


def test_an_interest_of_a_short_thing_alone_is_that_thing(full_request):
    body = only_note(with_(full_request, interest="the culture. lol"))["body"]
    assert "the culture." in body
    assert "lol" not in body


@pytest.mark.parametrize(("typed", "kept"), [
    ("the team is 6 QEs", False), ("she said they're hiring 3 more in Krakow", False),
    ("she manages 12 RNs", True),
])
def test_counted_jargon_is_left_out_but_known_titles_are_kept(full_request, typed, kept):
    note = note_about(full_request, typed)
    assert ("12 RNs" in note["body"]) is kept
    assert ("detail-shape" in [c["code"] for c in note["checks"]]) is not kept


def test_a_one_line_note_prefers_what_happened_to_a_topics_name(full_request):
    typed = "peak season staffing, they are hiring two more sups before november"
    body = note_about(full_request, typed, tone="concise")["body"]
    assert "your plans to hire two more supervisors before November" in body


@pytest.mark.parametrize("variant", range(13))
def test_a_topic_of_the_candidates_own_work_is_not_the_readers_thoughts(full_request, variant):
    body = note_about(full_request, "the migration I led at Shopify", variant=variant)["body"]
    assert "the migration I led at Shopify" in body
    assert "your thoughts" not in body


@pytest.mark.parametrize("typed", ["growth", "Impact!!", "learning"])
def test_a_one_word_reason_every_candidate_could_give_is_left_out_with_a_hint(
    full_request, typed
):
    note = only_note(with_(full_request, interest=typed))
    assert "interest-vague" in [c["code"] for c in note["checks"]]
    assert not re.search(r"\b(?:grow|growth|impact|learning)\b", note["body"], re.IGNORECASE)


@pytest.mark.parametrize(("typed", "written"), [
    ("we talked about the Brooklyn jazz fest", "the Brooklyn Jazz Fest"),
    ("she ran the Boston marathon twice", "the Boston Marathon"),
    ("we talked about the annual sales conference", "the annual sales conference"),
    ("we talked about Google conference rooms", "Google conference rooms"),
])
def test_a_named_event_typed_in_lower_case_gets_its_capitals(full_request, typed, written):
    full_request["interviewers"][0]["detail"] = typed
    assert written in only_note(full_request)["body"]


@pytest.mark.parametrize("variant", range(12))
def test_a_capstone_is_never_brought_to_the_role(full_request, variant):
    request = with_(full_request, highlights=["NICU capstone, 144 hrs"], variant=variant)
    body = only_note(request)["body"]
    assert "y 144-hour NICU capstone" in body
    assert not re.search(r"bring my 144-hour|144-hour NICU capstone to", body)


@pytest.mark.parametrize(("typed", "written", "absent"), [
    ("asked about a time I dealt with an upset customer", "a time I dealt with an upset",
     "how I"),
    ("asked me to tell her about a time when I disagreed with a coworker",
     "a time when I disagreed with a coworker", "her about"),
])
def test_an_interview_prompt_is_told_as_what_was_asked(full_request, typed, written, absent):
    full_request["interviewers"][0]["detail"] = typed
    for variant in range(6):
        body = only_note(with_(full_request, variant=variant))["body"].casefold()
        assert written.casefold() in body
        assert absent.casefold() not in body
        assert not re.search(r"\bask(?:ed|ing) about (?:whether|how|what|why)\b", body)


@pytest.mark.parametrize(("typed", "named"), [
    ("https://example.com/work/onboarding-metrics", "the onboarding metrics page"),
    ("example.com/case-study.html", "the case study page"),
])
def test_a_bare_link_is_named_by_its_address(full_request, typed, named):
    note = only_note(with_(full_request, promised=typed))
    assert named in note["body"]
    assert "link-unnamed" not in [c["code"] for c in note["checks"]]


@pytest.mark.parametrize(("typed", "hint"), [
    ("GM", "name-unknown"), ("Talent Partner", "name-unknown"),
    ("Front Desk Manager", "name-unknown"),
    # Readers failed "Dear 王芳," and "Hi 박지훈," in English notes; only the user can fix it.
    ("王芳", "name-script"), ("محمد العلي", "name-script"), ("박지훈", "name-script"),
    ("Γιώργος Παπαδόπουλος", "name-script"),
    ("Maria", None), ("Recruiting team", None), ("Dr. Lena Ward", None),
    ("José Núñez", None), ("Nguyễn Văn An", None),
])
def test_a_name_the_note_cannot_greet_well_asks_for_one(full_request, typed, hint):
    full_request["interviewers"][0]["name"] = typed
    checks = only_note(full_request)["checks"]
    found = [c for c in checks if c["code"] in {"name-unknown", "name-script"}]
    assert [c["code"] for c in found] == ([hint] if hint else [])
    assert all(c["field"] == "interviewers[0].name" for c in found)
    assert all(typed in c["message"] for c in found if c["code"] == "name-script")


@pytest.mark.parametrize(("typed", "written"), [
    ("Arctic policy and the NORAD briefings", "Arctic policy"),
    ("he asked about my PowerBI dashboards", "Power BI dashboards"),
    ("she runs the mentoring program for grads", "the mentoring program for graduates"),
    ("we talked abt the Q3 roadmap w/ the mgmt team", "the Q3 roadmap with the management team"),
    ("asked about my peds sepsis experience", "pediatric sepsis experience"),
    # Neither a numbered label nor "same" is shorthand.
    ("We discussed the teaching load for Level 2.", "the teaching load for Level 2"),
    ("talked about the new same day emergency care unit", "the new same day emergency care unit"),
])
def test_a_detail_keeps_its_capitals_and_loses_its_shorthand(full_request, typed, written):
    full_request["interviewers"][0]["detail"] = typed
    assert written in only_note(full_request)["body"]


@pytest.mark.parametrize(("typed", "written", "absent"), [
    ("coding - parse auth logs", "parsing auth logs", "parse auth"),
    ("debugging exercise: a memory leak in a toy proxy", "he debugging exercise on a memory",
     "talk about a memory"),
    ("case study - design a URL shortener", "designing a URL shortener", "design a URL"),
    ("case study - market sizing for an EV charger startup", "market sizing", "marketing"),
])
def test_a_labelled_part_of_the_interview_is_told_as_what_it_was(
    full_request, typed, written, absent
):
    full_request["interviewers"][0]["detail"] = typed
    for variant in range(4):
        body = only_note(with_(full_request, variant=variant))["body"].casefold()
        assert written.casefold() in body
        assert absent.casefold() not in body


@pytest.mark.parametrize(("typed", "greeting"), [
    ("HR", "Dear HR Team,"), ("Budget Office", "Dear Budget Office Team,"),
    ("Grad student lunch", "Hi all,"),
])
def test_a_department_or_a_lunch_is_greeted_as_the_people_in_it(full_request, typed, greeting):
    full_request["interviewers"][0]["name"] = typed
    note = only_note(with_(full_request, tone="concise"))
    assert note["body"].startswith(greeting + "\n")
    assert not {"lower-case-name", "name-unknown"} & {c["code"] for c in note["checks"]}


@pytest.mark.parametrize(("typed", "written"), [
    ("U.S. District Court, E.D. Mich.", "the U.S. District Court for the Eastern District of"),
    ("U.S. District Court, S.D.N.Y.", "Court for the Southern District of New York"),
    ("Walt D. Disney", "Walt D. Disney"),
])
def test_a_court_typed_in_citation_form_is_written_out(full_request, typed, written):
    assert written in only_note(with_(full_request, company=typed))["body"]


@pytest.mark.parametrize("typed", [
    "Vis Moot semifinalist", "Fulbright scholar", "NIH K99 awardee", "won a One Show pencil",
])
def test_an_honour_is_left_out_with_a_hint(full_request, typed):
    # Readers failed every frame that told an honour ("... speaks to the standard of my work").
    note = only_note(with_(full_request, highlights=[typed]))
    assert typed.split()[-1] not in note["body"], note["body"]
    assert "highlight-honour" in [c["code"] for c in note["checks"]]


def test_a_linkedin_message_keeps_the_promise_and_asks_to_attach_it(full_request):
    request = with_(
        full_request, channel="linkedin", linkedin="message", promised="the livestream recording"
    )
    for variant in range(6):
        note = only_note(with_(request, variant=variant))
        assert "he livestream recording" in note["body"]
        assert "email" not in note["body"]
        codes = [c["code"] for c in note["checks"]]
        assert "attach" in codes
        assert "promise-missing" not in codes


@pytest.mark.parametrize("typed", ["Young Professionals Program", "Graduate Programme - Risk"])
def test_a_programme_is_never_called_a_role(full_request, typed):
    for variant in range(12):
        body = only_note(with_(full_request, role=typed, variant=variant))["body"]
        assert not re.search(r"Program(?:me)?(?: \(Risk\))? (?:role|position|opening)\b", body)
        assert typed.split(" - ")[0] in body


@pytest.mark.parametrize("kind", ["thank-you", "follow-up"])
def test_the_chance_to_do_two_things_takes_a_singular_verb(full_request, kind):
    typed = "the chance to help clear that backlog and keep it clear"
    for variant in range(12):
        body = only_note(with_(full_request, interest=typed, kind=kind, variant=variant))["body"]
        assert not re.search(r"keep it clear are\b", body), body


@pytest.mark.parametrize("detail", ["PUT", "set", "put up"])
def test_a_lone_verb_that_is_its_own_past_is_read_without_failing(full_request, detail):
    full_request["interviewers"][0]["detail"] = detail
    assert compose(full_request)["ok"] is True


@pytest.mark.parametrize(("typed", "written"), [
    ("she's building out the red team", "your plans to build out the red team"),
    ("team is moving to databricks by Q3", "the team's plans to move to Databricks by Q3"),
    ("she wants more bilingual storytimes", "your plans for more bilingual storytimes"),
    ("her team rebuilt the checkout last year", "how your team rebuilt the checkout last year"),
    ("he does blameless postmortems", "how you do blameless postmortems"),
    ("she sorted the reschedule", "arranging my rescheduled interview"),
    ("he has a lot of commercial accounts in phoenix", "your commercial accounts in Phoenix"),
    ("we talked about the practical budget being cut", "the practical budget being cut"),
    ("his team owns the pricing service", "your team's work on the pricing service"),
    ("his standards are exacting; we discussed the arrival sequence", "the arrival sequence"),
])
def test_the_readers_own_work_is_a_topic_not_news_told_back(full_request, typed, written):
    # Readers failed "It was good to hear that you are building out the red team."
    for variant in range(6):
        body = note_about(full_request, typed, variant=variant)["body"]
        assert written in body, body
        assert not re.search(r"(?:hear|learn|interesting|telling me) that", body), body


@pytest.mark.parametrize(("typed", "word"), [
    ("she's been doing hospice 22 yrs", "hospice"), ("she's done 6 missions", "missions"),
    ("he came over from GM", "GM"), ("she worked in Herat 8 yrs", "Herat"),
    ("she started as an LVN here in 1998", "LVN"), ("team is 6 engineers", "engineers"),
    ("they plan together every wednesday", "Wednesday"),
    ("his team does 300+ events a year", "events"),
])
def test_the_readers_own_record_is_left_out_with_a_hint(full_request, typed, word):
    # Readers failed every frame that told it back: "your 22 years in hospice", "how you
    # plan together every Wednesday".
    note = note_about(full_request, typed)
    assert word not in note["body"]
    hints = [c for c in note["checks"] if c["code"] == "detail-theirs"]
    assert [c["field"] for c in hints] == ["interviewers[0].detail"]


@pytest.mark.parametrize("variant", range(3))
def test_the_readers_years_there_are_heard_when_nothing_else_is_typed(full_request, variant):
    # A reader failed the note that left out "she's been there 19 yrs!!", all it was given.
    body = note_about(full_request, "she's been there 19 yrs!!", variant=variant)["body"]
    assert re.search(r"(?:hearing|hear|telling me) about your 19 years there\.", body), body
    also = note_about(full_request, "she's been there 19 yrs. we talked about the menu")["body"]
    assert "19 years" not in also, also


@pytest.mark.parametrize(("typed", "said", "labelled"), [
    ("Sous Chef (Gramercy Tavern)", " Sous Chef", "Sous Chef (Gramercy Tavern)"),
    ("Shift Lead - warehouse (nights)", " Shift Lead", "Shift Lead, warehouse (nights)"),
    ("Program Analyst - GS-0343-11", " Program Analyst", "Program Analyst (GS-0343-11)"),
    ("Sr. Analyst II (Treasury)", " Senior Analyst II", "Sr. Analyst II (Treasury)"),
])
def test_a_sentence_names_the_role_and_the_subject_keeps_its_label(
    full_request, typed, said, labelled
):
    # Readers failed "the Sous Chef (Gramercy Tavern) role" as a form label pasted in.
    note = only_note(with_(full_request, role=typed))
    assert said.casefold() in note["body"].casefold()
    assert "(" not in note["body"]
    assert labelled in note["subject"]


@pytest.mark.parametrize(("typed", "said"), [
    ("Senior PM, Ads", "the Senior PM (Ads) "),
    ("Backend Engineer, Ruby - Verify", "the Backend Engineer (Ruby) "),
])
def test_a_specialty_after_a_comma_is_bracketed_in_a_sentence(full_request, typed, said):
    # Readers failed "for the Senior PM, Ads position at Instacart": it reads as a list.
    for variant in range(4):
        body = only_note(with_(full_request, role=typed, variant=variant))["body"]
        assert said in body, body


@pytest.mark.parametrize(("typed", "task"), [
    ("asked me to walk through a cash flow statement live. I fumbled the deferred tax part",
     "cash flow"),
    ("mock arraignment. I blanked on the bail argument for a sec", "arraignment"),
])
def test_a_task_the_writer_stumbled_in_is_not_told_as_enjoyed(full_request, typed, task):
    for variant in range(6):
        body = note_about(full_request, typed, variant=variant)["body"]
        told = [s for s in sentences(body) if task in s]
        assert not any(re.search(r"enjoy|glad|pleas|great|fun|liked", s) for s in told), body


@pytest.mark.parametrize(("typed", "said"), [
    ("Bright Spark Electric LLC", "Bright Spark Electric"),
    ("Garcia & Associates, PLLC", "Garcia & Associates"),
])
def test_a_company_is_named_without_its_legal_form(full_request, typed, said):
    body = only_note(with_(full_request, company=typed, variant=0))["body"]
    assert said in body, body
    assert "LLC" not in body
    assert "PLLC" not in body


def test_a_role_typed_half_in_capitals_is_written_in_capitals(full_request):
    body = only_note(with_(full_request, role="Licensed plumber (maintenance)"))["body"]
    assert " Licensed Plumber" in body


def test_our_in_a_point_of_fit_is_the_writers_old_team(full_request):
    typed = "Our triple science uptake went from 18% to 31%"
    body = only_note(with_(full_request, highlights=[typed]))["body"]
    assert "My team's triple science uptake went from 18% to 31%" in body


@pytest.mark.parametrize("typed", ["teaching", "x-rays", "catalysis"])
def test_one_bare_word_is_only_named_as_a_conversation_with_a_hint(full_request, typed):
    # "It was good to discuss teaching." says nothing; readers also failed notes that left
    # the one word typed out, so it is named as what was talked about, and the form asks
    # for more.
    for variant in range(6):
        note = note_about(full_request, typed, variant=variant)
        sentence = next(s for s in note["body"].split(". ") if typed in s)
        assert re.search(rf"our (?:conversation|exchange) about {typed}", sentence), note["body"]
        assert "detail-thin" in [c["code"] for c in note["checks"]]


def test_a_bare_label_of_what_went_wrong_is_left_out(full_request):
    note = note_about(full_request, "tasting - my halibut was overcooked")
    assert "tasting" not in note["body"]


@pytest.mark.parametrize("typed", [
    "asked whether I can work Sundays", "asked about whether I can work Sundays",
    "she asked if I can handle 30+ files at once", "salary range + start date",
])
def test_a_doubt_or_the_terms_are_not_recalled_without_an_answer(full_request, typed):
    body = note_about(full_request, typed)["body"]
    assert not re.search(r"Sundays|files|practical details|salary|weekends", body), body


@pytest.mark.parametrize("variant", range(4))
def test_the_writers_availability_asked_about_is_told(full_request, variant):
    # Readers failed notes that left out "asked about my availability on weekends", the one
    # thing typed, and then "our exchange about availability on weekends" as odd.
    body = note_about(full_request, "asked about my availability on weekends", variant=variant)[
        "body"
    ]
    assert "about my availability on weekends" in body, body
    assert "exchange" not in body, body


@pytest.mark.parametrize("typed", ["behavioral. why gs", "screening call", "behavioral round"])
def test_a_stage_that_is_the_interview_itself_is_left_out(full_request, typed):
    body = note_about(full_request, typed)["body"]
    assert "behavioral" not in body
    assert "screening call" not in body


@pytest.mark.parametrize("typed", ["he came from GM", "she owns the pricing service"])
def test_a_state_of_the_readers_is_not_told_as_how_they_do_it(full_request, typed):
    body = note_about(full_request, typed)["body"]
    assert "how you" not in body, body


def test_a_time_ago_takes_no_for(full_request):
    body = note_about(full_request, "the clinic opened 3 yrs ago")["body"]
    assert "3 years ago" in body
    assert "for 3 years ago" not in body


@pytest.mark.parametrize(("typed", "written"), [
    ("system design - idempotent card authorization service", "the idempotent card authorization"),
    ("tour of the property!! rooftop + the new spa", "the rooftop and the new spa"),
    ("governor questions - safeguarding scenario, and why Highfield", "the safeguarding scenario"),
    ("vision for KS4 science + how I'd close the gap", "the vision for KS4 science"),
    ("summer occupancy + the rooftop bar", "summer occupancy and the rooftop bar"),
])
def test_a_countable_topic_takes_the(full_request, typed, written):
    # Readers failed "It was great to talk about rooftop and the new spa."
    body = note_about(full_request, typed)["body"]
    assert written in body, body
    assert "the summer occupancy" not in body


@pytest.mark.parametrize("variant", range(8))
def test_the_company_is_not_there_to_the_people_who_work_there(full_request, variant):
    # Readers failed "being so candid about what's hard there" and "working there with me".
    for typed, absent in [
        ("she was so candid about what's hard there", "hard there"),
        ("i asked him what it's like working there lol", "working there"),
    ]:
        body = note_about(full_request, typed, variant=variant)["body"]
        assert absent not in body, body
        assert not re.search(r"(?:what|how)\b[^.]* with me\.", body), body


@pytest.mark.parametrize("variant", range(15))
@pytest.mark.parametrize("typed", [
    "she ran the host research for the redesign",
    # Readers failed "your thoughts on the vision for KS4 science", the writer's vision.
    "the vision for KS4 science", "grant writing",
])
def test_a_topic_is_never_the_readers_thoughts(full_request, typed, variant):
    body = note_about(full_request, typed, variant=variant)["body"]
    assert "your thoughts on" not in body, body


@pytest.mark.parametrize(("typed", "written", "absent"), [
    ("she wants a counselor who will actually be in the hallways",
     "a counselor who will be in the hallways", "want a counselor"),
    ("she wants a team that ships", "a team that ships", "what you need"),
])
def test_whom_the_job_needs_is_a_need_and_a_team_is_not(full_request, typed, written, absent):
    for variant in range(6):  # after a rejection, when the need is no longer the writer's
        body = note_about(full_request, typed, kind="after-rejection", variant=variant)["body"]
        assert written in body, body
        assert absent not in body, body


@pytest.mark.parametrize("typed", [
    "she wants a counselor who will actually be in the hallways",
    "she wants someone who can own it end to end",
    "she needs someone who's done a launch before",
])
def test_whom_the_job_needs_is_left_out_while_the_job_is_open(full_request, typed):
    # Readers failed it told back, hoped for ("I hope I can be ...") and as a spur
    # ("Hearing that you need ... made me all the more keen on the role").
    for variant in range(3):
        note = note_about(full_request, typed, variant=variant)
        assert not re.search(r"counselor|end to end|launch", note["body"]), note["body"]
        hints = [c["code"] for c in note["checks"]]
        assert "detail-theirs" in hints, hints


@pytest.mark.parametrize("variant", range(4))
def test_a_past_deed_is_experience_not_of_use_in_itself(full_request, variant):
    full_request["highlights"] = ["contributed to GitLab CE in 2021"]
    body = only_note(with_(full_request, variant=variant))["body"]
    assert "I contributed to GitLab CE in 2021" in body
    assert not re.search(r"2021, (?:which I \w+ would help|which I hope will be|some)", body)


def test_a_place_shared_with_the_reader_is_common_ground(full_request):
    body = note_about(full_request, "he grew up in Thessaloniki like me")["body"]
    assert "we both grew up in Thessaloniki" in body
    assert "like me" not in body


@pytest.mark.parametrize("name", ["students!!", "Student council", "Grad student lunch"])
def test_students_on_a_panel_are_thanked_without_the_case_for_hiring(panel_request, name):
    panel_request["interviewers"][1]["name"] = name
    panel_request["interest"] = "the mentoring culture"
    notes = compose(panel_request)["notes"]
    student = notes[1]["body"]
    assert sum("mentoring culture" in n["body"] for n in notes) == 1  # to one who hires
    assert "mentoring culture" not in student
    assert "question" in paragraphs(student)[-1]
    assert not re.search(r"next steps|hear from you|join", student), student


@pytest.mark.parametrize("variant", range(16))
@pytest.mark.parametrize("name", ["Recruiting team", "HR team", "Hiring committee"])
def test_a_group_is_not_told_the_writer_wants_to_work_with_it(full_request, name, variant):
    # A reader failed "I'd very much like to work with you" to a recruiting team.
    request = with_(full_request, interviewers=[{"name": name}], interest="", highlights=[],
                    variant=variant)
    body = only_note(request)["body"]
    assert "work with you" not in body, body


@pytest.mark.parametrize("variant", range(8))
@pytest.mark.parametrize("name", ["students!!", "Grad student lunch"])
def test_students_are_thanked_for_meeting_not_for_the_role(panel_request, name, variant):
    # A reader failed "the time you gave me in our interview yesterday for the 8th grade math
    # teacher role at KIPP Northeast" to three kids as far too stiff.
    panel_request["interviewers"][1]["name"] = name
    student = compose(with_(panel_request, variant=variant))["notes"][1]["body"]
    opener = sentences(paragraphs(student)[1])[0]
    assert panel_request["role"] not in opener, opener


@pytest.mark.parametrize("variant", range(8))
def test_a_loss_is_not_enjoyed(full_request, variant):
    typed = "we talked about the practical budget being cut"
    body = note_about(full_request, typed, variant=variant)["body"]
    sentence = next(s for s in re.split(r"(?<=\.)\s+", body) if "being cut" in s)
    assert not re.search(r"enjoy|glad|great|fun|liked|useful", sentence), sentence


@pytest.mark.parametrize("variant", range(6))
def test_a_reason_from_the_writers_life_is_why_the_work_matters(full_request, variant):
    # Readers failed "Part of what draws me to the role is that my dad needed 14 units ...".
    typed = "my dad needed 14 units of blood in 2019"
    body = only_note(with_(full_request, interest=typed, variant=variant))["body"]
    sentence = next(s for s in re.split(r"(?<=\.)\s+", body) if "14 units" in s)
    assert re.search(r"personal|close to home|means a great deal", sentence), sentence


@pytest.mark.parametrize(("typed", "written"), [
    ("3 yrs ED PA at MetroHealth", "my 3 years as an ED PA at MetroHealth"),
    ("4 yrs PICU at Lucile Packard", "my 4 years in the PICU at Lucile Packard"),
])
def test_years_in_a_care_unit_or_role_read_as_english(full_request, typed, written):
    assert written in only_note(with_(full_request, highlights=[typed]))["body"]


def test_an_honour_gives_way_to_another_highlight(full_request):
    # Readers failed honours told as self-praise; another point of fit comes first.
    highlights = ["NIH K99 awardee", "I speak French and Lingala"]
    body = only_note(with_(full_request, highlights=highlights))["body"]
    assert "French and Lingala" in body, body
    assert "K99" not in body, body


def test_especial_thanks_follow_thanks(full_request):
    request = with_(full_request, kind="follow-up", tone="concise")
    request["interviewers"][0]["detail"] = "gave me the shop tour"
    for variant in range(8):
        body = only_note(with_(request, variant=variant))["body"]
        first = body.split("\n\n")[1]
        if re.search(r"Thank you especially|especially grateful", first):
            assert re.search(r"[Tt]hank|grateful|appreciat", first.split("especially")[0]), first


def test_a_point_of_fit_that_says_the_writer_wants_the_job_needs_no_stock_line(full_request):
    request = with_(full_request, interest="", highlights=["I managed a $400M capital program"])
    stock = [f.format(company="Northwind Labs", Meeting="", meeting="")
             for f in wording.NO_INTEREST["thank-you"]]
    for variant in range(12):
        body = only_note(with_(request, variant=variant))["body"]
        fit = next(s for s in re.split(r"(?<=\.)\s+", body) if "$400 million" in s)
        if re.search(r"I'd (?:like to|be glad to|welcome)|proud to", fit):
            assert not [line for line in stock if line in body], body


@pytest.mark.parametrize("variant", range(6))
def test_no_feedback_is_asked_of_someone_who_said_why(full_request, variant):
    typed = "told me they went with an internal candidate, said to reapply in 6 months"
    request = with_(full_request, kind="after-rejection", variant=variant)
    body = note_about(request, typed)["body"]
    feedback = [f.split("{")[0] for f in wording.FEEDBACK]
    assert not [f for f in feedback if f and f in body], body


@pytest.mark.parametrize("variant", range(4))
def test_advice_to_reapply_after_a_rejection_is_the_last_word(full_request, variant):
    # A reader failed it told in a list of kindnesses, then "If anything similar comes up".
    typed = "she was so candid. offered to stay in touch, said to reapply in 6 months"
    request = with_(full_request, kind="after-rejection", variant=variant)
    body = note_about(request, typed)["body"]
    last = next(p for p in reversed(paragraphs(body)) if not p.startswith("I wish you"))
    assert "reapply in 6 months" in last, body
    assert "as you suggested" in last.casefold(), body
    assert "advising me" not in body, body


def test_a_fact_about_the_team_after_another_line_is_left_out(full_request):
    typed = "he does nights too, said the crew is tight knit"
    for variant in range(6):
        body = note_about(full_request, typed, variant=variant)["body"]
        assert "we both do nights" in body, body
        assert "tight knit" not in body, body


def test_a_shortlist_next_week_is_no_talk_of_next_steps(full_request):
    typed = "shortlisted me for interview next week"
    for variant in range(4):
        body = note_about(full_request, typed, variant=variant)["body"]
        assert "going over the next steps" not in body, body


@pytest.mark.parametrize("variant", range(8))
def test_a_with_phrase_is_not_followed_by_with_me(full_request, variant):
    typed = "we talked about the 8-week orientation with a preceptor"
    body = note_about(full_request, typed, variant=variant)["body"]
    assert "preceptor with me" not in body, body


@pytest.mark.parametrize("variant", range(4))
def test_a_verb_without_its_subject_is_not_a_topic(full_request, variant):
    # Readers failed "I enjoyed our exchange about the had to pick out 3 priorities".
    body = note_about(
        full_request, "data task. had to pick out 3 priorities in 20 min", variant=variant
    )["body"]
    assert "the had" not in body, body
    assert "the data task" in body, body


@pytest.mark.parametrize(("typed", "kept", "absent"), [
    # A subjectless verb is the reader's when it acts on the writer.
    ("rang me the night before to run through the project",
     "ringing me the night before the interview to run through the project", "the rang"),
    # "she" is the reader; "he" is the project manager she told the writer about.
    ("she knew the PM from a previous job. he's big on safety culture and WHS stats",
     "know the PM", "safety culture"),
    # A question word is not a noun run on after the thing given.
    ("she gave me a heads up on what the GM likes to ask",
     "a heads up on what the GM likes to ask", "on what."),
    # A clause with its own subject is its own sentence, not part of the topic.
    ("we talked about the API and he showed me the integrations gallery",
     "showing me the integrations gallery", "the API and you showed"),
    # Kindness over time is thanked, not taken for the reader's record.
    ("she's been really kind and patient w/ all the rescheduling",
     "being really kind and patient with all the rescheduling", "you have been"),
    # Their path is their story, heard rather than discussed; readers missed it left out.
    ("she started as an LVN here in 1998 and worked her way up",
     "how you started as an LVN in 1998 and worked your way up", "discuss how"),
    ("he used to sell ceramics on Etsy himself", "you used to sell ceramics on Etsy yourself",
     "himself"),
])
def test_what_the_reader_did_is_told_whole_and_only_of_them(full_request, typed, kept, absent):
    for variant in range(4):
        body = note_about(full_request, typed, variant=variant)["body"]
        assert kept in body, body
        assert absent not in body, body


@pytest.mark.parametrize("variant", range(4))
def test_a_reason_qualified_by_not_keeps_only_the_reason(full_request, variant):
    full_request["interest"] = "year round events, not just seasonal"
    body = only_note(with_(full_request, variant=variant))["body"]
    assert "year round events" in body, body
    assert "not just" not in body, body


@pytest.mark.parametrize(("typed", "right", "wrong"), [
    ("NICU RN", "a NICU RN", "an NICU RN"),  # said "nick-you"
    ("HR Generalist", "an HR generalist", "a HR generalist"),  # said letter by letter
])
def test_capitals_take_a_or_an_by_how_they_are_said(full_request, typed, right, wrong):
    bodies = " ".join(
        only_note(with_(full_request, role=typed, variant=variant))["body"] for variant in range(12)
    )
    assert right in bodies
    assert wrong not in bodies


@pytest.mark.parametrize(("typed", "written"), [
    ("talked about how you sit with families, not just the patient",
     "how you sit with families, not just the patient"),
    ("we talked about why Highfield matters to me", "why Highfield matters to me"),
])
def test_a_question_as_topic_keeps_its_point_and_its_verb(full_request, typed, written):
    for variant in range(4):
        body = note_about(full_request, typed, variant=variant)["body"]
        assert written in body, body
        assert "drawn to Highfield matters" not in body, body


def test_years_on_or_for_something_take_no_of(full_request):
    full_request["highlights"] = ["10 yrs on commercial fitouts, last 3 as site manager"]
    bodies = [only_note(with_(full_request, variant=v))["body"] for v in range(4)]
    assert all("10 years on commercial fitouts" in body for body in bodies), bodies
    assert not any("years of on" in body for body in bodies), bodies


def test_a_wish_typed_in_a_list_of_reasons_is_an_aim(full_request):
    full_request["interest"] = "big infrastructure, want to get onto rail work"
    bodies = [only_note(with_(full_request, variant=v))["body"] for v in range(4)]
    assert all("to get onto rail work" in body for body in bodies), bodies
    assert not any("the want" in body for body in bodies), bodies


def test_questions_are_worked_through_not_discussed(full_request):
    bodies = [note_about(full_request, "methodologist. regression questions", variant=v)["body"]
              for v in range(4)]
    assert all("working through the regression questions" in body for body in bodies), bodies
    assert not any("discuss regression questions" in body for body in bodies), bodies


def test_a_doubt_asked_with_a_topic_leaves_the_topic(full_request):
    typed = "asked about food safety and whether I can work Sundays"
    bodies = [note_about(full_request, typed, variant=v)["body"] for v in range(4)]
    assert all("food safety" in body for body in bodies), bodies
    assert not any("Sundays" in body for body in bodies), bodies


@pytest.mark.parametrize(("typed", "shared"), [
    ("he does nights too", "we both do nights"),
    ("he went to NYU too", "we both went to NYU"),
    ("he's also from San Jose!", "we are both from San Jose"),
])
def test_what_the_two_share_is_told_as_both_not_as_news_to_the_reader(
    full_request, typed, shared
):
    # Readers failed "I liked finding out that you do nights too": his own shift, told to him.
    for variant in range(4):
        body = note_about(full_request, typed, variant=variant)["body"]
        assert shared in body, body


@pytest.mark.parametrize(("company", "said"), [
    ("the Embassy of Canada, Washington", "the Embassy of Canada, Washington, as a"),
    ("Skadden, Arps, Slate, Meagher & Flom", "Skadden, Arps, Slate, Meagher & Flom as a"),
])
def test_a_company_named_with_its_place_closes_the_comma(company, said):
    values = {"company": company, "a_role": "a Political Officer"}
    frame = "It was good to talk about joining {company} as {a_role}"
    sentence = realise(frame, values, formal=False)
    assert said in sentence, sentence


@pytest.mark.parametrize(("typed", "said"), [
    # Readers failed "being so candid about what's hard": hard about what? And "candid about
    # what's hard about the job" says "about" twice.
    ("she was so candid about what's hard there", "what's hard in the job"),
    # Readers failed a note that left out "I told him about my MSc fieldwork" after a topic.
    ("reinjection at Hellisheiði, induced seismicity. I told her about my MSc fieldwork",
     "telling you about my MSc fieldwork"),
    # Readers failed a note that left out both of these.
    ("we talked for an hour about preemption and fairness", "preemption and fairness"),
    ("she said to reapply in 6 months", "advising me to reapply in 6 months"),
    ("writing test follow-up", "going back over the writing test with me"),
    # Readers failed a question and its answer told as two topics, one after the other.
    ("what's a typical day? she said mostly cloning and cell culture",
     "that a typical day is mostly cloning and cell culture"),
    ("what's the team like? he said small and scrappy", "that the team is small and scrappy"),
    ("what does a typical on-call week look like? she said about 1 page a week",
     "that a typical on-call week has about one page"),
    # Readers failed each of these told as two topics in two sentences.
    ("crisis comms - Gaza and Sudan", "crisis communications, especially on Gaza and Sudan"),
    # ... and "the data task on pupil progress data", which says "data" twice.
    ("data task. pupil progress data for yr 10", "the task on pupil progress data for Year 10"),
    # Readers failed "I appreciated being asked to do a balayage on your niece" without the praise.
    ("she watched me do a balayage on her niece. said my sectioning was clean",
     "letting me do a balayage on your niece and praising my sectioning"),
])
def test_a_detail_is_told_in_every_variant(full_request, typed, said):
    for variant in range(4):
        body = note_about(full_request, typed, variant=variant)["body"]
        assert said in body, body


def test_a_sentence_about_someone_else_is_explained_beside_the_detail(full_request):
    typed = "she knew the PM from a previous job. he's big on safety culture and WHS stats"
    note = note_about(full_request, typed)
    hints = [c for c in note["checks"] if c["code"] == "detail-other-person"]
    assert [h["field"] for h in hints] == ["interviewers[0].detail"], note["checks"]
    assert "someone else" in hints[0]["message"]


@pytest.mark.parametrize(("company", "short"), [
    ("Elm Grove Unified School District", "the district"),
    ("University of Michigan", "the university"),
    ("Johns Hopkins Hospital", "the hospital"),
])
def test_a_long_name_is_said_once_then_by_what_it_is(panel_request, company, short):
    # Readers failed notes that said "Elm Grove Unified School District" twice; and "that
    # kind of work at the district", where the place is "here".
    interest = "I want to lead a school that puts reading first"
    seen_short = False
    for variant in range(12):
        request = with_(panel_request, company=company, interest=interest, variant=variant)
        for note in compose(request)["notes"]:
            body = note["body"].split("\n\n", 1)[1]
            assert body.count(company) <= 1, body
            assert f"at {short}" not in body, body
            seen_short = seen_short or short in body or " here." in body
    assert seen_short


def test_an_aside_in_a_promise_is_left_out(full_request):
    # Readers failed "the design doc I mentioned (redacted version) attached" as a paste.
    promised = "the design doc I mentioned (redacted version)"
    for variant in range(4):
        body = only_note(with_(full_request, promised=promised, variant=variant))["body"]
        assert "the design doc I mentioned" in body, body
        assert "(" not in body, body


@pytest.mark.parametrize(("second", "said"), [
    ("bilingual (EN/ES)", "bilingual"),
    ("I redesigned our signup and lifted activation 9%", "I also redesigned"),
    ("Spanish, French, Catalan", "speak Spanish, French and Catalan"),
])
def test_a_full_email_adds_the_second_highlight(full_request, second, said):
    # Judges preferred notes that used both points of fit the writer typed.
    request = with_(full_request, highlights=["five years in B2B sales", second])
    bodies = [only_note(with_(request, variant=v))["body"] for v in range(12)]
    both = [body for body in bodies if said in body and "B2B sales" in body]
    assert len(both) >= len(bodies) // 2, bodies


@pytest.mark.parametrize(("channel", "tone"), [("email", "concise"), ("card", "warm")])
def test_a_short_note_keeps_one_highlight(full_request, channel, tone):
    request = with_(full_request, highlights=["five years in B2B sales", "bilingual (EN/ES)"])
    for variant in range(6):
        body = only_note(with_(request, channel=channel, tone=tone, variant=variant))["body"]
        assert not ("B2B sales" in body and "bilingual" in body), body


@pytest.mark.parametrize(("typed", "said"), [
    ("EVs. I want to work on something I'd actually buy", "I want to work on EVs."),
    ("Figma. I want to work on something I use every day", "I want to work on Figma."),
    ("I've wanted this since I was 7!!", "I've wanted this job since I was 7"),
    ("luxury ops and the chance to grow toward hotel manager",
     "the chance to grow toward a hotel manager role"),
    ("to own a whole product area", "to own a whole product area"),  # not slang's "whole"
    ("to work on infra that a huge chunk of the internet runs through",
     "to work on infrastructure that much of the internet runs through"),
])
def test_an_interest_keeps_what_its_reason_refers_to(full_request, typed, said):
    for variant in range(4):
        body = only_note(with_(full_request, interest=typed, variant=variant))["body"]
        assert said in body, body


@pytest.mark.parametrize(("typed", "kept", "absent", "named"), [
    # Readers failed "talk about Python and Spark. I'd bring my experience with Python, R",
    # and took "R and SQL" alone as a writer without Python.
    (("we talked about Python and Spark", "Python, R, SQL"), "R and SQL", "Python, R",
     r"(?:As well as|Along with|Besides) Python, "),
    # Readers failed "discuss Revit and Enscape. Besides Revit and Enscape, I've worked with
    # Rhino." as a repeat.
    (("revit + enscape", "Revit, Rhino, Enscape"), "Rhino", "Enscape,",
     r"with both, (?:and|as well as) with Rhino"),
])
def test_a_skill_the_detail_named_is_not_listed_again(full_request, typed, kept, absent, named):
    detail, skills = typed
    full_request["interviewers"][0]["detail"] = detail
    request = with_(full_request, highlights=[skills])
    for variant in range(6):
        body = only_note(with_(request, variant=variant))["body"]
        assert kept in body, body
        assert absent not in body, body
        assert re.search(named, body), body


@pytest.mark.parametrize("variant", range(6))
def test_a_tool_the_reader_wants_to_move_off_is_not_offered(full_request, variant):
    # Readers failed "Along with Excel, I am at home with SQL and Tableau." to a reader who
    # wants the model rebuilt in something other than Excel.
    full_request["interviewers"][0]["detail"] = (
        "he wants someone to rebuild the cash model in something other than Excel"
    )
    request = with_(full_request, highlights=["Excel / SQL / Tableau"], variant=variant)
    body = only_note(request)["body"]
    assert "SQL and Tableau" in body, body
    assert body.count("Excel") == 1, body


def test_a_place_in_a_department_is_written_out(full_request):
    request = with_(full_request, highlights=["4 yrs as 2nd in department"])
    body = only_note(request)["body"]
    assert "second in department" in body, body


@pytest.mark.parametrize(("typed", "said", "never"), [
    ("3 yrs ED PA at MetroHealth Level I trauma", "Level I trauma center", "trauma would"),
    ("ranked #2 branch in the region 2023", "", "#2"),
])
def test_a_highlight_in_shorthand_is_written_out_or_left_out(full_request, typed, said, never):
    body = only_note(with_(full_request, highlights=[typed]))["body"]
    assert said in body, body
    assert never not in body, body


def test_a_kind_of_place_wanted_is_looked_for_not_found(full_request):
    # Readers failed "the biggest draw is a smaller firm where I can take first chair".
    typed = "a smaller firm where I can take first chair"
    for variant in range(6):
        body = only_note(with_(full_request, interest=typed, variant=variant))["body"]
        assert f"looking for {typed}" in body, body


def test_one_skill_left_after_the_detail_is_not_them(full_request):
    full_request["interviewers"][0]["detail"] = "we talked about Revit and Enscape"
    request = with_(full_request, highlights=["Revit, Rhino, Enscape"])
    for variant in range(20):
        body = only_note(with_(request, variant=variant))["body"]
        assert "them to use" not in body, body


def test_what_the_writer_has_enjoyed_keeps_its_tense(full_request):
    body = note_about(full_request, "I've loved the lab tour")["body"]
    assert "I loved the lab tour" not in body, body


@pytest.mark.parametrize("variant", range(8))
def test_a_next_stage_named_is_not_asked_about_again(full_request, variant):
    full_request["interviewers"][0]["detail"] = "next step is a panel with the store manager"
    body = only_note(with_(full_request, variant=variant))["body"]
    assert "go on to a panel with the store manager" in body
    assert not re.search(r"next st(?:ep|age)", body), body


def test_a_count_of_patients_is_not_points(full_request):
    body = only_note(with_(full_request, highlights=["saw 200 pts a day in the ED"]))["body"]
    assert "points" not in body


def test_a_linkedin_message_has_room_for_two_details(full_request):
    detail = "we talked about the Q3 roadmap. she showed me the lab"
    full_request["interviewers"][0]["detail"] = detail
    message = only_note(with_(full_request, channel="linkedin", linkedin="message"))["body"]
    invitation = only_note(with_(full_request, channel="linkedin"))["body"]
    assert "the Q3 roadmap" in message
    assert "showing me the lab" in message
    assert len(invitation) <= 200


@pytest.mark.parametrize("name", ["Apprenticeship Committee", "Talent Acquisition Team"])
@pytest.mark.parametrize(("channel", "tone"), [("email", "concise"), ("card", "concise")])
def test_a_group_is_greeted_dear_in_any_tone(full_request, name, channel, tone):
    # Readers failed "Hi Apprenticeship Committee," in a concise card.
    full_request["interviewers"][0]["name"] = name
    body = only_note(with_(full_request, channel=channel, tone=tone))["body"]
    assert body.startswith(f"Dear {name},\n"), body


@pytest.mark.parametrize(("typed", "written"), [
    # Readers failed "talk about speed cameras data" as broken.
    ("speed cameras data! we talked about the expansion", "speed camera data"),
    # "the eco club" was written "the Eco club" (the word list knows Umberto Eco).
    ("asked if I'd bring back the eco club", "the eco club"),
])
def test_a_typed_word_is_written_in_its_usual_form(full_request, typed, written):
    body = note_about(full_request, typed)["body"]
    assert written in body, body


@pytest.mark.parametrize(("detail", "told"), [
    ("asked me to pitch a stock. I pitched Nintendo", "pitch Nintendo"),
    ("studio tour, the prototyping shop", "the studio tour, including the prototyping shop"),
    ("visa sponsorship - they do Blue Card", "going over the visa sponsorship with me"),
    ("summer program logistics", "going over the summer program logistics with me"),
    ("logistics and the relocation to Normal",
     "going over the logistics and the relocation to Normal with me"),
    ("live coding — rate limiter. i think it went ok?",
     "building a rate limiter in the live-coding session"),
    ("whiteboard: the LRU cache", "building the LRU cache in the whiteboard session"),
    # Readers failed a note that told "my master's thesis" as a topic, without his reading it.
    ("my master's thesis, he had read it!! asked about the annotation scheme",
     "reading my master's thesis"),
    ("my portfolio. she looked at it", "looking at my portfolio"),
])
def test_what_a_detail_holds_is_told_as_it_happened(full_request, detail, told):
    # Readers failed "the chance to pitch a stock" and "the studio tour" as dropping what the
    # writer typed after them; "I enjoyed our exchange about visa sponsorship" or "about
    # summer program logistics"; and "discussing the rate limiter" that was built live.
    for variant in range(4):
        body = note_about(full_request, detail, variant=variant)["body"]
        assert told in body, body


def test_the_feel_of_an_interview_is_not_told_as_an_event(full_request):
    # A judge failed "taking me through the design critique" from "design crit vibes" as
    # invented: the interview felt like a critique; nobody said one was held.
    note = note_about(full_request, "design crit vibes. very chill lol")
    assert "crit" not in note["body"], note["body"]
    assert "detail-shape" in [c["code"] for c in note["checks"]]


def test_a_task_the_writer_answered_is_not_what_they_were_asked(full_request):
    # A reader failed "I appreciated being asked to pitch Nintendo": they chose Nintendo.
    for variant in range(12):
        body = note_about(full_request, "asked me to pitch a stock. I pitched Nintendo",
                          variant=variant)["body"]
        assert "asked to pitch Nintendo" not in body, body


def test_a_task_done_badly_is_not_told_as_the_task(full_request):
    body = note_about(full_request, "asked me to design a parking lot. I designed it badly")[
        "body"
    ]
    assert "design it badly" not in body, body


@pytest.mark.parametrize("variant", range(6))
def test_a_formal_decline_does_not_turn_the_offer_down(full_request, variant):
    # A reader failed "I have decided to turn it down" as too casual for a formal decline.
    request = with_(full_request, kind="decline-offer", tone="formal", variant=variant)
    assert "turn it down" not in only_note(request)["body"]


def test_years_of_a_licence_are_left_out_with_a_hint(full_request):
    # Readers failed "my 5 years in ... licence" as broken and "with a ... licence" as garbled.
    typed = "5 yrs forklift counterbalance + reach licence"
    note = only_note(with_(full_request, highlights=[typed]))
    assert "licence" not in note["body"], note["body"]
    assert "highlight-shape" in [c["code"] for c in note["checks"]]


@pytest.mark.parametrize(("typed", "highlight", "named", "word"), [
    ("I showed her my zine", "my zine 'Bus Stops of Portland'",
     "my zine 'Bus Stops of Portland'", "zine"),
    # Readers failed a note that left out her ten minutes with the posters.
    ("typography, she looked at my poster series for like 10 min without saying anything "
     "then said 'nice' lol", "my poster series for the Brooklyn jazz fest",
     "looking at my poster series for the Brooklyn Jazz Fest", "poster"),
])
def test_a_highlight_a_detail_told_of_is_named_there_once(
    full_request, typed, highlight, named, word
):
    # Readers failed "I enjoyed telling you about my zine. I think my zine 'Bus Stops of
    # Portland' says ...": the detail names it in full, and no sentence says it again.
    full_request["highlights"] = [highlight]
    for variant in range(4):
        body = note_about(full_request, typed, variant=variant)["body"]
        assert named in body, body
        assert body.count(word) == 1, body


@pytest.mark.parametrize("typed", ["DEI statement", "teaching statement"])
def test_a_statement_the_writer_wrote_is_theirs(full_request, typed):
    # Readers failed "I valued the chance to discuss the DEI statement".
    body = note_about(full_request, typed)["body"]
    assert f"my {typed}" in body, body


def test_what_the_writer_told_gives_way_to_the_next_stage(full_request):
    typed = (
        "we discussed the new branch, she was very direct that the goals are gone. "
        "I told her about my literacy nights. next step: meet the district manager"
    )
    body = note_about(full_request, typed)["body"]
    assert "district manager" in body, body
    assert "literacy nights" not in body, body


@pytest.mark.parametrize("kind", ["decline-offer", "withdraw", "after-rejection"])
def test_a_wish_to_stay_in_touch_is_said_to_whom_it_was_noted_of(full_request, kind):
    # Readers failed a panel whose "stay in touch" line went to the wrong interviewer.
    typed = "the campaign he described sounds amazing. would love to stay in touch"
    for variant in range(4):
        body = note_about(full_request, typed, kind=kind, variant=variant)["body"]
        assert "in touch" in body, body


def test_a_typed_reason_never_joins_nothing(full_request):
    # Readers failed "I'd like to join because the team publishes": join what?
    request = with_(full_request, interest="the team publishes")
    for variant in range(12):
        body = only_note(with_(request, variant=variant))["body"]
        assert not re.search(r"\bjoin (?:because|is that|,)", body), body


def test_a_linkedin_note_after_a_no_says_the_writer_was_considered(full_request):
    # Judges failed "Thanks for talking with me about the ... role" after a rejection: it
    # "ignores the rejection".
    request = with_(full_request, kind="after-rejection", channel="linkedin")
    for variant in range(12):
        body = only_note(with_(request, variant=variant))["body"]
        assert re.search(r"consider|application|in the running|compete", body), body


def test_a_note_after_a_no_thanks_the_reader(full_request):
    # Readers failed "I'm glad to have been in the running for the ... role. I'd welcome the
    # chance to apply again." on LinkedIn: no word of thanks.
    for channel in ("linkedin", "email"):
        request = with_(full_request, kind="after-rejection", channel=channel, interviewers=[
            {"name": "Pharmacist Dave"}
        ])
        for variant in range(12):
            body = only_note(with_(request, variant=variant))["body"]
            assert re.search(r"thank|grateful|apprecia", body, re.I), body


def test_a_quality_is_said_as_what_the_writer_is(full_request):
    # Readers failed "Being a CFA Level II candidate would help me in this role" as if the
    # writer were not one yet.
    request = with_(full_request, highlights=["CFA Level II candidate"])
    for variant in range(8):
        body = only_note(with_(request, variant=variant))["body"]
        assert "a CFA Level II candidate" in body, body
        assert "Being a CFA" not in body, body


@pytest.mark.parametrize("variant", range(4))
def test_a_detail_that_is_one_listed_skill_is_told_with_its_capitals(full_request, variant):
    # Readers failed a note that left out the one word typed, "rust", as empty of content.
    request = with_(full_request, highlights=["Rust, C++, eBPF"], variant=variant)
    assert "Rust" in note_about(request, "rust")["body"].split("\n\n", 2)[1]


@pytest.mark.parametrize("variant", range(4))
def test_excitement_typed_alone_is_about_its_topic(full_request, variant):
    # "excited about the Rovo launch plan" was read as the topic "the excited about ...".
    request = with_(full_request, kind="accept-offer", variant=variant)
    typed = "called me Friday with the offer. excited about the Rovo launch plan"
    body = note_about(request, typed)["body"]
    assert "the Rovo launch plan" in body, body
    assert "excited about the Rovo" not in body, body
    assert "with the offer" not in body, body


@pytest.mark.parametrize("variant", range(6))
def test_a_full_email_tells_three_points_of_fit(full_request, variant):
    # Judges preferred notes that told every point typed; ours left out "CCRN in progress".
    request = with_(
        full_request, highlights=["5 yrs med-surg, 2 in stepdown", "CCRN in progress"],
        variant=variant,
    )
    body = only_note(request)["body"]
    assert re.search(r"[Mm]y 5 years in med-surg and my 2 years in stepdown", body), body
    also = r"My CCRN is also in progress\.|In addition, my CCRN is in progress\."
    assert re.search(also, body), body


@pytest.mark.parametrize("kind", ["accept-offer", "decline-offer", "withdraw"])
def test_an_answer_recalls_one_topic(full_request, kind):
    # Readers failed "I especially enjoyed our conversation about ... fieldwork in Svalbard
    # and the teaching load for Level 2" in a note declining the offer.
    typed = "We discussed the research group's fieldwork in Svalbard and the teaching load."
    for variant in range(4):
        body = note_about(with_(full_request, kind=kind, variant=variant), typed)["body"]
        assert "fieldwork in Svalbard" in body, body
        assert "teaching load" not in body, body


def test_a_topic_is_never_told_flatly(full_request):
    # A judge chose the assistant's note over "It was good to discuss Le Guin." as flat.
    for variant in range(15):
        body = note_about(full_request, "Le Guin", variant=variant)["body"]
        assert "Le Guin" in body, body
        assert not re.search(r"It was (?:good|useful) to (?:discuss|talk about) Le Guin", body)


@pytest.mark.parametrize("variant", range(6))
def test_the_people_liked_are_the_people_on_the_team(full_request, variant):
    # Readers failed "I'm especially drawn to the people I met" and "because I liked the
    # people I met" as odd, sent to one of those people.
    request = with_(full_request, interest="I like the people, they were so kind", variant=variant)
    body = only_note(request)["body"]
    assert "the people on the team" in body
    assert "I met" not in body


@pytest.mark.parametrize("variant", range(6))
def test_an_email_after_a_rejection_ends_wishing_the_reader_well(full_request, variant):
    # Judges preferred the notes that wished the reader well, and failed "I'm glad I
    # applied" and "If anything similar comes up" as odd or casual after an interview.
    request = with_(full_request, kind="after-rejection", variant=variant)
    body = only_note(request)["body"]
    assert paragraphs(body)[-1].startswith("I wish you"), body
    assert not re.search(r"glad I (?:applied|had the chance to apply)|anything similar", body), body
    sign_off = body.rsplit("\n\n", 1)[1].split("\n")[0]
    assert "wish" not in sign_off.casefold(), body


@pytest.mark.parametrize("company", ["Greater Chicago Food Depository", "Getty Foundation"])
def test_an_institution_named_in_a_sentence_takes_the(full_request, company):
    # A reader failed "your experience at Greater Chicago Food Depository".
    body = only_note(with_(full_request, company=company))["body"]
    assert f"the {company}" in body, body
    assert not re.search(rf"(?:at|to|about|join) {company}", body), body
