"""A trip noun frames the events of its clause: an arrival 'for a three-day visit' begins that visit, and talks
held 'during a visit to X' are held where and when the visit is. Made-up text."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import run

MONDAY = date(2016, 3, 14)


@pytest.mark.parametrize("prep", ["on", "for"])
def test_an_arrival_on_or_for_a_visit_of_days_begins_that_visit(nlp, prep):
    events = run(nlp, f"Prime Minister Hans Weber arrived in Madrid on Monday {prep} a three-day visit.",
                 day=MONDAY)
    days = sorted((e.subtype, e.date_start, e.date_end) for e in events)
    # the settled reading: the arrival that begins the visit is the visit, one event (visit_span)
    assert days == [("arrive", MONDAY, date(2016, 3, 16))]


def test_talks_during_a_visit_are_held_where_and_when_the_visit_is(nlp):
    text = "Hans Weber will hold talks with President Maria Lopez during a four-day visit to Madrid from Tuesday."
    (talks,) = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "meeting"]
    assert talks.location is not None and talks.location.name == "Madrid"
    assert (talks.date_start, talks.date_end) == (date(2016, 3, 15), date(2016, 3, 18))


def test_talks_with_a_place_of_their_own_keep_it_during_a_tour(nlp):
    text = "Hans Weber will hold talks with President Maria Lopez in Seville during his tour of Spain next week."
    (talks,) = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "meeting"]
    assert talks.location is not None and talks.location.name == "Seville"


def test_a_tour_of_a_part_of_the_world_beside_its_legs_is_no_journey_of_its_own(nlp):
    text = ("Foreign Minister Hans Weber left Berlin on Saturday on a five-nation tour of Asia. "
            "He arrived in Hanoi on Sunday.")
    places = {e.destination.name for e in run(nlp, text, day=MONDAY) if e.destination is not None}
    assert "Hanoi" in places and "Asia" not in places


@pytest.mark.parametrize("name, region", [
    ("Asia", True), ("the Middle East", True), ("Southeast Asia", True), ("the East Coast", True),
    ("East Asian countries", True), ("Latin America", True),
    ("Japan", False), ("North Carolina", False), ("the West Bank", False), ("Northern Ireland", False),
    ("Harbourton", False),
])
def test_a_part_of_the_world_is_told_from_a_place(name, region):
    from dateline.extractors.places import gazetteer

    assert gazetteer().world_region(name) is region


def test_a_house_named_after_a_city_is_not_in_that_city(nlp):
    """'Madrid House' in Lisbon is a residence's name, like a guest house named after a city elsewhere."""
    text = ("LISBON, March 14 - Prime Minister Hans Weber arrived in Lisbon on Monday. "
            "He met President Maria Lopez at Madrid House on Monday.")
    (meeting,) = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "meeting"]
    assert meeting.location is not None and meeting.location.name == "Madrid House, Lisbon"


@pytest.mark.parametrize("days, start, end", [
    ("from March 21 (Mon.) to 24 (Thu.)", date(2016, 3, 21), date(2016, 3, 24)),
    ("on March 22 and March 23", date(2016, 3, 22), date(2016, 3, 23)),
    ("from March 30 to April 2", date(2016, 3, 30), date(2016, 4, 2)),
])
def test_a_visit_told_as_a_range_of_days_runs_over_all_of_them(nlp, days, start, end):
    text = f"Foreign Minister Hans Weber will visit Japan {days} as a guest of the government, the ministry said."
    (visit,) = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "travel"]
    assert (visit.date_start, visit.date_end) == (start, end)


@pytest.mark.parametrize("text, subtype, place", [
    ("Prime Minister Hans Weber touched down in Lima on Monday.", "arrive", "Lima"),
    ("Prime Minister Hans Weber set off for Madrid on Monday.", "depart", "Madrid"),
    # 'back' between the verb and its place: the place hangs under the adverb
    ("Prime Minister Hans Weber arrived back in Madrid on Monday.", "arrive", "Madrid"),
    ("Prime Minister Hans Weber flew back to Madrid on Monday.", "travel", "Madrid"),
])
def test_a_verb_with_its_particle_is_a_trip(nlp, text, subtype, place):
    (trip,) = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "travel"]
    assert (trip.subtype, trip.destination.name, trip.date_start) == (subtype, place, MONDAY)


def test_calling_someone_up_is_a_phone_call(nlp):
    (call,) = run(nlp, "Prime Minister Hans Weber called up President Maria Lopez on Monday.", day=MONDAY)
    assert call.subtype == "phone call" and {p.name for p in call.participants} == {"Hans Weber", "Maria Lopez"}


@pytest.mark.parametrize("text", [
    "The helicopter came down in the desert on Monday.",
    "Hans Weber set the table for dinner on Monday.",
    "Hans Weber sat down with a reporter from the local paper on Monday.",
])
def test_other_particles_and_senses_make_no_trip_or_meeting(nlp, text):
    assert run(nlp, text, day=MONDAY) == []
