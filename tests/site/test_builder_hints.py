"""The builder page helps people phrase what they type, beside the field it concerns."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.site.builder_page import fill_request, note_bodies, open_builder, wait_for_text

pytestmark = pytest.mark.browser


def test_every_free_text_field_has_an_example_of_how_to_write_it(page: Page, base_url: str):
    open_builder(page, base_url)
    for name in ("interviewers.0.detail", "highlights.0", "interest", "promised"):
        control = page.locator(f"[name='{name}']")
        hint_id = control.get_attribute("aria-describedby").split()[0]
        expect(page.locator(f"#{hint_id}")).to_contain_text("“")


def test_a_cloned_interviewer_gets_its_own_hint(page: Page, base_url: str):
    open_builder(page, base_url)
    page.get_by_test_id("add-interviewer").click()
    control = page.locator("[name='interviewers.1.detail']")
    hint_id = control.get_attribute("aria-describedby")
    assert hint_id == "f-interviewers-1-detail-hint"
    expect(page.locator(f"#{hint_id}")).to_be_visible()


def test_a_note_to_self_is_left_out_and_the_hint_sits_beside_its_field(page: Page, base_url: str):
    open_builder(page, base_url)
    people = [
        {"name": "Priya Patel", "detail": "She showed me the lab."},
        {"name": "Tom Okafor", "detail": "follow-up: send the deck by friday"},
    ]
    fill_request(page, people)
    wait_for_text(page, 0, "showing me the lab")
    hint = page.locator("[name='interviewers.1.detail']").locator("xpath=..").get_by_test_id(
        "field-hint"
    ).filter(has_text="note to yourself")
    expect(hint).to_have_count(1)
    assert "send the deck" not in note_bodies(page, 2)[1]
    described = page.locator("[name='interviewers.1.detail']").get_attribute("aria-describedby")
    assert hint.get_attribute("id") in described.split()
    page.locator("[name='interviewers.1.detail']").fill("We talked about the data warehouse.")
    wait_for_text(page, 1, "data warehouse")
    expect(page.locator("[name='interviewers.1.detail']").locator("xpath=..").get_by_test_id(
        "field-hint"
    )).to_have_count(0)


def test_the_linkedin_choice_appears_for_linkedin_and_sets_the_limit(page: Page, base_url: str):
    open_builder(page, base_url)
    choice = page.locator("[name='linkedin']")
    expect(choice).to_be_hidden()
    detail = (
        "We talked about moving the nightly batch jobs to a streaming architecture on Kafka, "
        "and about how the team agrees data contracts with the many downstream teams."
    )
    fill_request(page, [{"name": "Priya Patel", "detail": detail}], channel="linkedin")
    expect(choice).to_be_visible()
    wait_for_text(page, 0, "Priya")
    assert len(note_bodies(page, 1)[0]) <= 200
    choice.select_option("message")
    wait_for_text(page, 0, "data contracts")
    assert len(note_bodies(page, 1)[0]) > 200


@pytest.mark.parametrize(("typed", "hint", "left_out"), [
    ({"interviewers.0.detail": "she's been there 19 yrs. we talked about the menu"},
     "their own job", "19 years"),
    ({"interviewers.0.detail": "teaching - gen chem 130, 400 students!!"}, "says little",
     "teaching"),
    ({"highlights.0": "won a One Show pencil"}, "boast", "One Show"),
])
def test_what_the_note_leaves_out_is_explained_beside_its_field(
    page: Page, base_url: str, typed: dict[str, str], hint: str, left_out: str
):
    open_builder(page, base_url)
    fill_request(page, [{"name": "Priya Patel"}], **typed)
    wait_for_text(page, 0, "Priya")
    [field] = typed
    shown = page.locator(f"[name='{field}']").locator("xpath=..").get_by_test_id(
        "field-hint"
    ).filter(has_text=hint)
    expect(shown).to_have_count(1)
    assert left_out not in note_bodies(page, 1)[0]
