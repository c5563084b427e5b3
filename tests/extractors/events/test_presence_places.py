"""A meeting whose sentence and story scene place it nowhere happens where a present clause that tells no event
puts its participants, wherever the article tells it; a venue noun the gazetteer would read as a hamlet ('the
Airport') is a venue in that place's city (eighteenth pass, helper 28c). Made-up sentences through the real
pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import meetings as meetings_in

from extractors.events.presence_places import presences

DAY = date(2024, 5, 7)  # a Tuesday


def meetings(nlp, text):
    return meetings_in(nlp, text, DAY)


def test_a_present_clause_says_where_the_participant_is(nlp):
    evs = meetings(nlp, "John Carter is in Portugal this week for a trade fair. Carter will hold talks with "
                        "Maria Lopez on Wednesday.")
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.country_code == "PT"


@pytest.mark.parametrize("text", [
    # two places apart: the story does not say which
    "John Carter is in Portugal this week for a trade fair. Carter will hold talks with Maria Lopez on Wednesday. "
    "Carter lives in Paris.",
    # a past clause says where they were, not are
    "John Carter lived in Portugal for years. Carter met Maria Lopez on Tuesday.",
    # a visit told as done or ahead is no stay: only one told as going on is
    "Maria Lopez met John Carter on Tuesday. Carter visited Portugal last year.",
    "Maria Lopez met John Carter on Tuesday. Carter will visit Portugal next month.",
    # a call read as talks is placed nowhere
    "Maria Lopez was on the phone on Tuesday to speak with John Carter. Carter is in Portugal this week.",
])
def test_the_meeting_stays_placed_nowhere(nlp, text):
    evs = meetings(nlp, text)
    assert len(evs) == 1
    assert evs[0].location is None


def test_a_venue_noun_is_no_town_and_is_put_in_the_city_they_are_in(nlp):
    evs = meetings(nlp, "Maria Lopez welcomed John Carter at the Airport on Tuesday. Carter is in Lyon this "
                        "week.")
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.name == "Airport, Lyon"


def test_a_clause_that_tells_an_event_is_no_stay(nlp):
    doc = nlp("John Carter lands in Lyon today.")
    verb = next(t for t in doc if t.lower_ == "lands")
    assert [w.name for _, w in presences(doc, str)] == ["Lyon"]
    assert presences(doc, str, frozenset({verb.i})) == []


def test_a_framing_while_in_phrase_is_no_presence(nlp):
    doc = nlp("While in Peru, Ana Ruiz plans to visit the museum there.")
    assert presences(doc, str) == []


@pytest.mark.parametrize("text", [
    "Maria Lopez met John Carter on Tuesday. Carter is visiting Portugal.",
    "John Carter, who is on a three-day visit to Portugal, met Maria Lopez on Tuesday.",
])
def test_a_visit_going_on_says_where_the_traveller_is(nlp, text):
    evs = meetings(nlp, text)
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.country_code == "PT"
