"""Three clause forms of status (``status.modality``, ``status_cues``, ``plan_tense``) on made-up sentences parsed by
the real pipeline: a journey told in the progressive heading somewhere is still to come, a calling-off told as the
content of a fear, rumour or denial calls nothing off, and a plan adjective in the past perfect ('had been due to')
is a plan overtaken."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events.status import modality, status_of

WED, LAST_WEEK = date(2022, 5, 11), date(2022, 5, 4)
THIS_WEEK = (date(2022, 5, 9), date(2022, 5, 15))


@pytest.mark.parametrize(("text", "word"), [
    ("The talks in Lima will coincide with a visit by Ana Ruiz, who is heading to Quito to sign a deal.", "heading"),
    ("Bankers and officials are leaving for Lima at the end of the week.", "leaving"),
    ("Bo Lind said he was flying home to deal with the crisis.", "flying"),
])
def test_a_journey_in_the_progressive_is_still_to_come(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert status_of(t, None, None, WED) == "planned"
    assert status_of(t, *THIS_WEEK, WED, own_day=True) == "planned"  # its week is not gone yet
    assert status_of(t, LAST_WEEK, LAST_WEEK, WED, own_day=True) == "occurred"  # its days are gone: it went


@pytest.mark.parametrize(("text", "word"), [
    ("Ana Ruiz is travelling in the Andes this week.", "travelling"),  # no goal: a trip going on
    ("Bo Lind was flying home when the storm hit.", "flying"),  # a past progressive outside reported speech
])
def test_a_progressive_with_no_goal_or_no_report_is_no_plan(nlp, trigger, text, word):
    assert modality(trigger(nlp, text, word)) not in {"futurate", "planned"}


@pytest.mark.parametrize("text", [
    "There were fears that the hosts had postponed the trip of Ana Ruiz to Quito.",
    "Officials denied that the visit of Ana Ruiz to Quito had been cancelled.",
    "The ministry dismissed reports that it had cancelled the visit of Ana Ruiz to Quito.",
])
def test_a_calling_off_told_as_a_fear_or_a_denial_calls_nothing_off(nlp, trigger, text):
    word = "trip" if "trip" in text else "visit"
    assert modality(trigger(nlp, text, word)) != "cancelled"


@pytest.mark.parametrize("text", [
    "The hosts said they had postponed the trip of Ana Ruiz to Quito.",
    "The hosts postponed the trip of Ana Ruiz to Quito amid fears of unrest.",
])
def test_a_calling_off_told_as_fact_still_calls_it_off(nlp, trigger, text):
    assert modality(trigger(nlp, text, "trip")) == "cancelled"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ana Ruiz had been due to arrive late Monday and hold talks Wednesday with the mayor.", "cancelled"),
    ("Ana Ruiz is due to arrive late Monday and hold talks Wednesday with the mayor.", "planned"),
])
def test_a_plan_adjective_in_the_past_perfect_is_overtaken(nlp, trigger, text, expected):
    assert modality(trigger(nlp, text, "talks")) == expected


@pytest.mark.parametrize("text", [
    "A spokesman said Bo Lind had cancelled the private part of his trip because of business at home.",
    "Ana Ruiz has decided to cancel the last leg of her tour of the Andes.",
])
def test_calling_off_a_part_of_a_trip_leaves_the_trip(nlp, trigger, text):
    word = "trip" if "trip" in text else "tour"
    assert modality(trigger(nlp, text, word)) != "cancelled"
    assert modality(trigger(nlp, "Ana Ruiz has decided to cancel her tour of the Andes.", "tour")) == "cancelled"
