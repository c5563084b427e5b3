"""A host who welcomes, bids farewell to or shows round a named visitor meets that visitor: a welcome or farewell given
by a named host ("was given a warm welcome by X", "bade farewell to X", "gave X a warm welcome"), and 'take'
with an outing ("took the president on a tour of the harbour"); the same words where they tell no meeting. Made-up
sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import meetings as meetings_on

DAY = date(2024, 5, 8)  # a Wednesday
PAIR = {"Hans Weber", "Maria Lopez"}


def meetings(nlp, text):
    return meetings_on(nlp, text, DAY)


@pytest.mark.parametrize("text", [
    "President Hans Weber was given a warm welcome by President Maria Lopez on Tuesday.",
    "President Maria Lopez gave President Hans Weber a warm welcome on Tuesday.",
    "President Hans Weber was offered a formal welcome by President Maria Lopez on Tuesday.",
])
def test_a_welcome_given_by_a_named_host_is_a_meeting(nlp, text):
    (e,) = meetings(nlp, text)
    assert {p.name for p in e.participants} == PAIR and e.date_start == date(2024, 5, 7)


def test_a_farewell_to_a_named_host_is_a_meeting(nlp):
    (e,) = meetings(nlp, "President Hans Weber bade farewell to President Maria Lopez at the airport on Tuesday.")
    assert {p.name for p in e.participants} == PAIR


@pytest.mark.parametrize("text", [
    "President Hans Weber received a warm welcome from the crowd on Tuesday.",
    "The decision was a welcome change, President Hans Weber said.",
    "President Hans Weber and President Maria Lopez will receive a warm welcome on Thursday.",
    "President Hans Weber was given a warm welcome by President Maria Lopez and King Pedro Alves.",
])
def test_a_welcome_with_no_host_named_apart_is_no_meeting(nlp, text):
    assert meetings(nlp, text) == []


@pytest.mark.parametrize("text", [
    "President Maria Lopez took President Hans Weber on a tour of the old harbour on Monday.",
    "President Maria Lopez took President Hans Weber for a walk along the river on Monday.",
])
def test_a_host_taking_a_guest_on_an_outing_meets_the_guest(nlp, text):
    (e,) = meetings(nlp, text)
    assert {p.name for p in e.participants} == PAIR and e.date_start == date(2024, 5, 6)


@pytest.mark.parametrize("text", [
    "President Maria Lopez took President Hans Weber to Lisbon on Monday.",
    "President Maria Lopez took office on Monday.",
    "The storm took President Hans Weber by surprise on Monday.",
    "President Hans Weber was taken on a tour of the palace by President Maria Lopez.",
])
def test_taking_without_an_outing_is_no_meeting(nlp, text):
    assert meetings(nlp, text) == []


def test_taking_part_in_a_meeting_is_that_meeting_once(nlp):
    (e,) = meetings(nlp, "President Maria Lopez took part in a meeting with President Hans Weber on Monday.")
    assert {p.name for p in e.participants} == PAIR
