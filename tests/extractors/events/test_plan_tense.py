"""A plan's own tense decides its event's status in every shape a plan is told (``plan_tense``): a passive subject
of a planning verb, 'be to', a trip called off with what it was for, a modal over a progressive or a passive;
made-up sentences, real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events.plan_tense import LAPSED
from dateline.extractors.events.status import POSSIBLE, modality, status_of


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The summit between Ana Ruiz and Bo Weber had been scheduled for Wednesday.", "summit", "cancelled"),
    ("The summit between Ana Ruiz and Bo Weber was scheduled for Wednesday.", "summit", LAPSED),
    ("The talks between Ana Ruiz and Bo Weber are scheduled for Friday.", "talks", "planned"),
    ("The meeting was to be the first between Ana Ruiz and Bo Weber since May.", "meeting", LAPSED),
    ("The meeting is to be the first between Ana Ruiz and Bo Weber since May.", "meeting", "planned"),
    ("Ana Ruiz was to meet Bo Weber on Friday.", "meet", LAPSED),
    ("Officials said Ana Ruiz was to meet Bo Weber on Friday.", "meet", "planned"),
])
def test_the_plans_tense_decides(nlp, trigger, text, word, expected):
    assert modality(trigger(nlp, text, word)) == expected


def test_an_active_subject_is_not_the_plan(nlp, trigger):
    """'the summit pledged to ...': the event is the one planning, not what is planned."""
    assert modality(trigger(nlp, "The summit in Lima pledged to fight hunger.", "summit")) not in {
        "cancelled", LAPSED}


def test_a_lapsed_schedule_holds_while_its_day_is_ahead(nlp, trigger):
    t = trigger(nlp, "The summit between Ana Ruiz and Bo Weber was scheduled for Wednesday.", "summit")
    assert status_of(t, date(2020, 5, 6), date(2020, 5, 6), date(2020, 5, 4), own_day=True) == "planned"
    assert status_of(t, date(2020, 5, 6), date(2020, 5, 6), date(2020, 5, 8), own_day=True) == "cancelled"


def test_a_trip_called_off_takes_its_purpose_with_it(nlp, trigger):
    t = trigger(nlp, "Ana Ruiz has cancelled her planned visit to Lima to meet President Bo Weber.", "meet")
    assert modality(t) == "cancelled"


def test_a_cancelled_campaign_keeps_its_purpose(nlp, trigger):
    """'suspended her campaign to attend the funeral': a campaign is no trip, the funeral is still attended."""
    t = trigger(nlp, "Ana Ruiz suspended her campaign to attend the funeral.", "attend")
    assert modality(t) != "cancelled"


@pytest.mark.parametrize(("text", "word"), [
    ("Bo Weber, who would be leaving for Lima on Friday, spoke to reporters.", "leaving"),
    ("Ana Ruiz could be received by Bo Weber after the talks.", "received"),
])
def test_a_modal_over_a_progressive_or_passive_is_a_possibility(nlp, trigger, text, word):
    assert modality(trigger(nlp, text, word)) == POSSIBLE


def test_a_modal_perfect_is_no_plan(nlp, trigger):
    assert modality(trigger(nlp, "Ana Ruiz could have been meeting Bo Weber.", "meeting")) != POSSIBLE
