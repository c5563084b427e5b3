"""A meeting told before its traveller leaves ('was greeted by X before setting off') happens where the story has
the traveller until then; one told before a step that reaches a place ('before arriving in Y') is placed nowhere,
since the text does not say where the traveller was on the way (twentieth pass, helper 30places). Made-up
sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import meetings as meetings_in

from dateline.extractors.events.clauses import precedes_a_departure

DAY = date(2024, 5, 7)  # a Tuesday


def meetings(nlp, text):
    return meetings_in(nlp, text, DAY)


def test_a_meeting_before_setting_off_is_where_the_traveller_is(nlp):
    evs = meetings(nlp, "John Carter arrived in Portugal on Monday. Carter was greeted by Maria Lopez before "
                        "setting off in a motorcade.")
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.country_code == "PT"


def test_a_meeting_before_arriving_is_placed_nowhere(nlp):
    evs = meetings(nlp, "John Carter arrived in Portugal on Monday. Before arriving in Lyon, Carter met Maria "
                        "Lopez.")
    assert all(m.location is None for m in evs)


@pytest.mark.parametrize(("text", "leaves"), [
    ("Carter met Lopez before flying home.", True),
    ("Carter met Lopez before setting off for the coast.", True),
    ("Carter met Lopez before arriving in Lyon.", False),
    ("Carter met Lopez before visiting the museum.", False),
    ("Carter met Lopez on Monday.", False),
])
def test_a_before_phrase_that_leaves(nlp, text, leaves):
    doc = nlp(text)
    met = next(t for t in doc if t.lower_ == "met")
    assert precedes_a_departure(met) is leaves
