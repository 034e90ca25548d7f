"""review(): the checks run on a note the reader edited by hand."""

# ruff: noqa: RUF001 - readers type curly apostrophes

from __future__ import annotations

import pytest

from builder import compose, review

from .support import assert_check_shape, codes, with_


def written(request: dict, index: int = 0) -> str:
    return compose(request)["notes"][index]["body"]


def with_sentence(text: str, sentence: str) -> str:
    """The note with ``sentence`` added at the end of its first paragraph after the greeting."""
    greeting, first, rest = text.split("\n\n", 2)
    return f"{greeting}\n\n{first} {sentence}\n\n{rest}"


def test_an_untouched_note_passes_review(panel_request):
    for index, note in enumerate(compose(panel_request)["notes"]):
        checks = review(note["body"], {**panel_request, "interviewer": index})
        assert [c for c in checks if c["level"] == "warning"] == []


def test_interviewer_defaults_to_the_first(panel_request):
    text = written(panel_request, 0)
    assert review(text, panel_request) == review(text, {**panel_request, "interviewer": 0})


def test_a_note_reviewed_as_someone_elses_is_flagged(panel_request):
    text = written(panel_request, 0)
    checks = review(text, {**panel_request, "interviewer": 1})
    assert "other-interviewer" in codes(checks)
    assert "name-missing" in codes(checks)


def test_another_interviewers_name_is_flagged(panel_request):
    text = with_sentence(written(panel_request, 0), "Tom and I enjoyed the tour.")
    checks = review(text, panel_request)
    message = next(c["message"] for c in checks if c["code"] == "other-interviewer")
    assert "Tom O'Brien" in message


def test_a_missing_name_is_flagged(full_request):
    text = written(full_request).replace("Dear Priya,", "Hello,")
    checks = review(text, full_request)
    assert "name-missing" in codes(checks)


@pytest.mark.parametrize(("typed", "shown"), [
    ("Dear Pryia,", "Pryia"), ("Dear priya,", "priya"), ("Dear Priyaa,", "Priyaa"),
])
def test_a_misspelt_name_is_flagged(full_request, typed, shown):
    text = written(full_request).replace("Dear Priya,", typed)
    checks = review(text, full_request)
    assert "name-spelling" in codes(checks)
    assert shown in next(c["message"] for c in checks if c["code"] == "name-spelling")


def test_a_dropped_accent_is_a_misspelling(full_request):
    full_request["interviewers"] = [{"name": "José Álvarez"}]
    text = written(full_request).replace("José", "Jose")
    assert "name-spelling" in codes(review(text, full_request))


def test_a_misspelt_surname_beside_the_title_is_flagged(full_request):
    full_request["interviewers"][0]["name"] = "Dr. Priya Natarajan"
    text = written(full_request)
    assert "Dr. Natarajan" in text
    assert "name-spelling" in codes(review(text.replace("Natarajan", "Natarjan"), full_request))


@pytest.mark.parametrize(("name", "word"), [
    ("Minh Thanh", "Thank"), ("Dana Cohen", "Data"), ("Chen Wei", "Even"), ("Jose Ruiz", "Most"),
])
def test_ordinary_words_are_not_taken_for_misspelt_names(full_request, name, word):
    full_request["interviewers"] = [{"name": name}]
    text = written(full_request) + f" {word} so."
    assert "name-spelling" not in codes(review(text, full_request))


@pytest.mark.parametrize(
    "placeholder", ["[Company]", "{role}", "<Name>", "XXX", "TBD", "[insert detail]"]
)
def test_a_leftover_placeholder_is_flagged(full_request, placeholder):
    text = written(full_request).replace("Northwind Labs", placeholder, 1)
    checks = review(text, full_request)
    assert "placeholder" in codes(checks)
    assert placeholder in next(c["message"] for c in checks if c["code"] == "placeholder")


@pytest.mark.parametrize("cliche", [
    "I'm a team player", "I will hit the ground running", "It's my dream job",
    "Don’t hesitate to reach out", "I'm passionate about data",
])
def test_a_cliche_is_flagged(full_request, cliche):
    text = with_sentence(written(full_request), cliche + ".")
    assert "cliche" in codes(review(text, full_request))


@pytest.mark.parametrize("face", [":)", ";-)", ":D", "<3", "🙂", "🎉", "☺"])
def test_an_emoticon_or_emoji_is_flagged(full_request, face):
    text = with_sentence(written(full_request), f"Thank you {face}")
    assert "emoticon" in codes(review(text, full_request))


@pytest.mark.parametrize("mark", ["!!", "!!!", "?!", "!?"])
def test_an_exclamation_run_is_flagged(full_request, mark):
    text = with_sentence(written(full_request), f"I loved it{mark}")
    assert "exclamation" in codes(review(text, full_request))


def test_one_exclamation_mark_is_fine(full_request):
    text = with_sentence(written(full_request), "I loved it!")
    assert "exclamation" not in codes(review(text, full_request))


def test_a_decision_question_is_flagged_in_a_thank_you_only(full_request):
    text = written(full_request) + "\n\nAny news on the decision?"
    assert "decision-question" in codes(review(text, full_request))
    follow_up = with_(full_request, kind="follow-up")
    assert "decision-question" not in codes(review(text, follow_up))


@pytest.mark.parametrize(("note", "limit"), [
    (None, "200"), ("invitation", "200"), ("premium-invitation", "300"),
])
def test_a_linkedin_invitation_over_its_limit_is_flagged(full_request, note, limit):
    request = with_(full_request, channel="linkedin", linkedin=note)
    text = written(request)
    assert "length" not in codes(review(text, request))
    longer = text.replace("Hi Priya,", "Hi Priya, " + "really " * 40)
    checks = review(longer, request)
    assert "length" in codes(checks)
    assert limit in next(c["message"] for c in checks if c["code"] == "length")


def test_a_linkedin_message_has_no_character_limit(full_request):
    request = with_(full_request, channel="linkedin", linkedin="message")
    text = written(request)
    assert len(text) > 300
    assert "length" not in codes(review(text + " really" * 40, request))


@pytest.mark.parametrize(("channel", "tone", "limit"), [
    ("email", "warm", 200), ("email", "concise", 120), ("card", "warm", 90),
])
def test_a_note_over_its_word_limit_is_flagged(full_request, channel, tone, limit):
    request = with_(full_request, channel=channel, tone=tone)
    text = written(request) + " More words here." * limit
    checks = review(text, request)
    length = next(c for c in checks if c["code"] == "length")
    assert length["level"] == "warning"
    assert str(limit) in length["message"]


def test_a_very_short_email_gets_an_info(full_request):
    checks = review("Dear Priya, thanks for the Data Engineer interview.", full_request)
    length = next(c for c in checks if c["code"] == "length")
    assert length["level"] == "info"
    assert "an email" in length["message"]


def test_a_note_without_the_role_gets_an_info(full_request):
    text = written(full_request).replace("Data Engineer", "open")
    assert "role-missing" in codes(review(text, full_request))


def test_an_empty_note_is_flagged(full_request):
    assert codes(review("   \n ", full_request)) == ["empty"]


@pytest.mark.parametrize("text", [None, 3, ["Dear Priya"], {"body": "x"}])
def test_a_note_that_is_not_text_is_refused(full_request, text):
    assert codes(review(text, full_request)) == ["invalid"]


@pytest.mark.parametrize("index", [-1, 1, 2.0, "0", True, None, [0]])
def test_a_bad_interviewer_index_is_refused(full_request, index):
    if index is None:
        assert "invalid" not in codes(review("Dear Priya", {**full_request, "interviewer": None}))
        return
    checks = review("Dear Priya", {**full_request, "interviewer": index})
    assert codes(checks) == ["invalid"]
    assert "interviewer" in checks[0]["message"]


def test_an_invalid_request_is_refused_with_the_field(full_request):
    checks = review("Dear Priya", with_(full_request, company=""))
    assert codes(checks) == ["invalid"]
    assert "company" in checks[0]["message"]


def test_every_check_has_the_contract_shape(full_request):
    text = "Dear Pryia, [Company] is my dream job!!! :) " + "word " * 300
    checks = review(text, full_request)
    assert {"name-spelling", "placeholder", "cliche", "exclamation", "emoticon", "length"} <= set(
        codes(checks)
    )
    for check in checks:
        assert_check_shape(check)


def test_a_name_in_text_without_spaces_is_found(full_request):
    full_request["interviewers"] = [{"name": "李雷"}]
    text = "谢谢李雷先生。Thank you for the Data Engineer interview."
    assert "name-missing" not in codes(review(text, full_request))


def test_a_name_inside_a_longer_word_is_not_the_name(full_request):
    full_request["interviewers"] = [{"name": "Ann Lee"}]
    text = "Dear Annabel, thank you for the Data Engineer interview."
    assert "name-missing" in codes(review(text, full_request))


@pytest.mark.parametrize("slip", ["I enjoyed hearing how his team works.", "She was kind."])
def test_the_reader_in_the_third_person_is_flagged(full_request, slip):
    checks = review(with_sentence(written(full_request), slip), full_request)
    assert "third-person" in codes(checks)
    assert "Priya" in next(c["message"] for c in checks if c["code"] == "third-person")


def test_a_pasted_question_is_flagged(full_request):
    text = with_sentence(written(full_request), "It was good to learn that what does a week hold.")
    assert "pasted-question" in codes(review(text, full_request))


def test_a_lower_case_name_in_the_greeting_is_flagged(full_request):
    text = written(full_request).replace("Dear Priya,", "Dear priya,")
    checks = review(text, full_request)
    assert "lower-case-name" in codes(checks)


def test_a_particle_in_the_greeting_is_not_a_lower_case_name(full_request):
    full_request["interviewers"][0]["name"] = "Mr. de la Cruz"
    note = compose(full_request)["notes"][0]
    assert note["body"].startswith("Dear Mr. de la Cruz,")
    assert "lower-case-name" not in codes(review(note["body"], full_request))


def test_a_note_that_drops_the_promise_is_flagged(full_request):
    text = written(full_request)
    kept = [s for s in text.split(". ") if "slides" not in s]
    checks = review(". ".join(kept), full_request)
    assert "promise-missing" in codes(checks)
    assert "promise-missing" not in codes(review(text, full_request))
