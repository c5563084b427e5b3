"""A meeting whose sentence and story scene place it nowhere happens where a present clause that tells no event
puts its participants, wherever the article tells it; a venue noun the gazetteer would read as a hamlet ('the
Airport') is a venue in that place's city (eighteenth pass, helper 28c). Made-up sentences through the real
pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import run as run_on

from extractors.events.presence_places import presences

DAY = date(2024, 5, 7)  # a Tuesday


def run(nlp, text):
    return run_on(nlp, text, DAY)


def meetings(evs):
    return [e for e in evs if e.event_type == "meeting"]


def test_a_present_clause_says_where_the_participant_is(nlp):
    evs = meetings(run(nlp, "John Carter is in Portugal this week for a trade fair. Carter will hold talks with "
                            "Maria Lopez on Wednesday."))
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.country_code == "PT"


def test_two_places_the_story_puts_them_in_place_nothing(nlp):
    evs = meetings(run(nlp, "John Carter is in Portugal this week for a trade fair. Carter will hold talks with "
                            "Maria Lopez on Wednesday. Carter lives in Paris."))
    assert len(evs) == 1
    assert evs[0].location is None


def test_a_past_clause_says_nothing_of_where_they_are(nlp):
    evs = meetings(run(nlp, "John Carter lived in Portugal for years. Carter met Maria Lopez on Tuesday."))
    assert len(evs) == 1
    assert evs[0].location is None


def test_a_trip_alone_does_not_place_the_meeting(nlp):
    # measured: a visit read before the merge keeps mentions of one meeting apart; only presence clauses place
    evs = meetings(run(nlp, "Maria Lopez met John Carter on Tuesday. Carter is visiting Portugal."))
    assert len(evs) == 1
    assert evs[0].location is None


def test_a_call_read_as_talks_stays_placed_nowhere(nlp):
    evs = meetings(run(nlp, "Maria Lopez was on the phone on Tuesday to speak with John Carter. Carter is in "
                            "Portugal this week."))
    assert len(evs) == 1
    assert evs[0].location is None


def test_a_venue_noun_is_no_town_and_is_put_in_the_city_they_are_in(nlp):
    evs = meetings(run(nlp, "Maria Lopez welcomed John Carter at the Airport on Tuesday. Carter is in Lyon this "
                            "week."))
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.name == "Airport, Lyon"


def test_a_clause_that_tells_an_event_is_no_stay(nlp):
    doc = nlp("John Carter lands in Lyon today.")
    verb = next(t for t in doc if t.lower_ == "lands")
    def person(name):
        return name
    assert [w.name for _, w in presences(doc, person)] == ["Lyon"]
    assert presences(doc, person, frozenset({verb.i})) == []


def test_a_framing_while_in_phrase_is_no_presence(nlp):
    doc = nlp("While in Peru, Ana Ruiz plans to visit the museum there.")
    assert presences(doc, lambda name: name) == []
