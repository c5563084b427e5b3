"""An event noun's own relative clause tells its status (own_relative.py), on made-up sentences parsed by the real
pipeline: a plan told there wins over the past tense of the verb the noun hangs on."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events.own_relative import relative_plan
from dateline.extractors.events.status import modality, status_of


@pytest.mark.parametrize(("text", "word", "want"), [
    # a past choice about an event still to come
    ("The minister said the council had chosen Ostrava as the venue for the forum summit, which will be held in "
     "the first week of May.", "summit", "planned"),
    ("Hans Weber spoke warmly of his journey, which will take him to Peru and Chile.", "journey", "planned"),
    # a planning word in the relative clause, in its own tense
    ("Maria Lopez discussed the visit, which is scheduled for May.", "visit", "planned"),
    ("Maria Lopez described the trip, which is expected to take her to Lima.", "trip", "planned"),
    ("Maria Lopez discussed the visit, which was scheduled for May.", "visit", "lapsed"),
])
def test_relative_clause_tells_the_plan(nlp, trigger, text, word, want):
    t = trigger(nlp, text, word)
    assert relative_plan(t) == want
    assert modality(t) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    # a past relative clause leaves the status to the governing verb
    ("Maria Lopez praised the talks, which ended on Friday.", "talks", "occurred"),
    # the event as the one planning is not the thing planned
    ("Hans Weber attended the summit, which agreed to expand trade.", "summit", "occurred"),
])
def test_other_relative_clauses_leave_the_verb_to_decide(nlp, trigger, text, word, want):
    t = trigger(nlp, text, word)
    assert relative_plan(t) is None
    assert modality(t) == want


def test_a_verb_is_not_read(nlp, trigger):
    assert relative_plan(trigger(nlp, "Hans Weber visited Lima, which will host the games.", "visited")) is None


def test_status_of_a_plan_told_after_a_past_verb(nlp, trigger):
    t = trigger(nlp, "Hans Weber spoke warmly of his journey, which will take him to Peru and Chile.", "journey")
    assert status_of(t, None, None, date(2022, 5, 9)) == "planned"


@pytest.mark.parametrize(("text", "word"), [
    ("Hans Weber began a six-day visit that will have far-reaching effects.", "visit"),
    ("Maria Lopez has arrived in Chile for a visit that will include talks on trade.", "visit"),
])
def test_an_event_its_clause_has_begun_is_not_read_as_a_plan(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert relative_plan(t) is None
    assert modality(t) != "planned"
