"""Talk nouns between two named sides ("held discussions with X", "an exchange of views with X", "had a
conversation with X"), and meeting or talk nouns where they tell no talks of their own: no two named sides, no talk
exchanged, the topic of a report, or several talks counted. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import meetings as meetings_on

DAY = date(2024, 5, 8)  # a Wednesday
PAIR = {"Hans Weber", "Maria Lopez"}


def meetings(nlp, text):
    return meetings_on(nlp, text, DAY)


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber held a conversation with President Maria Lopez on Tuesday.",
    "Prime Minister Hans Weber and President Maria Lopez had a private conversation on Tuesday.",
    "Prime Minister Hans Weber held discussions with President Maria Lopez in Lisbon on Tuesday.",
    "Prime Minister Hans Weber had an exchange of views with President Maria Lopez on Tuesday.",
])
def test_talk_nouns_between_two_named_sides_are_talks(nlp, text):
    (e,) = meetings(nlp, text)
    assert e.subtype == "talks" and {p.name for p in e.participants} == PAIR
    assert e.date_start == date(2024, 5, 7)


def test_a_conversation_by_phone_stays_a_call(nlp):
    (e,) = meetings(nlp, "Prime Minister Hans Weber holds phone conversation with President Maria Lopez")
    assert e.subtype == "phone call" and {p.name for p in e.participants} == PAIR


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber held discussions with business leaders on Tuesday.",
    "Troops of General Hans Weber had an exchange of fire with rebels of Maria Lopez on Tuesday.",
    "Prime Minister Hans Weber agreed a prisoner exchange with President Maria Lopez on Tuesday.",
    "Prime Minister Hans Weber had an exchange of views with President Maria Lopez and King Pedro Alves.",
])
def test_talk_words_without_two_named_sides_or_talk_are_no_meeting(nlp, text):
    assert meetings(nlp, text) == []


def test_a_talk_noun_that_is_the_topic_of_a_briefing_is_no_talks(nlp):
    evs = meetings(nlp, "Prime Minister Hans Weber briefed reporters on Tuesday about his discussions with "
                        "President Maria Lopez.")
    assert evs == []


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber spoke on Tuesday about a phone conversation he had with President Maria Lopez.",
    "Reporters asked Prime Minister Hans Weber questions regarding the summit with President Maria Lopez.",
])
def test_a_meeting_noun_that_is_a_reports_topic_is_no_meeting(nlp, text):
    assert meetings(nlp, text) == []


@pytest.mark.parametrize("text", [
    "In 2023, President Hans Weber and President Maria Lopez already held 5 telephone conversations.",
    "President Hans Weber held several meetings with President Maria Lopez last year.",
    "President Hans Weber and President Maria Lopez have had frequent exchanges of views.",
])
def test_talks_counted_as_more_than_one_sum_up_and_are_no_event(nlp, text):
    assert meetings(nlp, text) == []


def test_a_plural_talk_noun_without_a_count_is_one_event(nlp):
    (e,) = meetings(nlp, "President Hans Weber held discussions with President Maria Lopez on Tuesday.")
    assert {p.name for p in e.participants} == PAIR


def test_talks_named_by_a_number_format_are_no_count(nlp):
    evs = meetings(nlp, 'Foreign Minister Hans Weber and Defence Minister Ana Ruiz met President Maria Lopez and '
                        'General Pedro Alves for "two-plus-two" security talks in Lisbon on Tuesday.')
    assert any(e.subtype == "two-plus-two talks" for e in evs)
