"""Clause-level attachment of an event's people. A to-infinitive of purpose after a travel verb with a place as
object ('is visiting P to meet X'): the place is where the trip goes and controls nothing, so the traveller (the
subject) does what the clause tells; the object of a verb that moves no one ('asked X to meet') still does. A meeting
noun held in its own relative clause ('the talks that A held with B on Monday'): that clause names its sides, place
and day. A trip named by what it is for ('a trip to attend a summit in P') goes where that event is held.
Made-up sentences through the real pipeline."""

from __future__ import annotations

from made_up_text import meetings, run


def test_the_traveller_meets_when_the_object_is_the_place_visited(nlp) -> None:
    text = "Foreign Minister Ana Ruiz is visiting Lima, Peru, to meet President Tomas Weber this week."
    got = meetings(nlp, text)
    assert got, "the meeting the trip is for"
    names = {p.name for p in got[0].participants}
    assert "Ana Ruiz" in names and "Tomas Weber" in names
    assert not any("Lima" in n for n in names)


def test_a_trip_conjoined_to_the_purpose_clause_is_the_travellers(nlp) -> None:
    text = ("Foreign Minister Ana Ruiz is visiting Lima, Peru, to meet President Tomas Weber this week and will return "
            "to Oslo next month.")
    trips = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert trips
    assert all(any(p.name == "Ana Ruiz" for p in e.participants) for e in trips)
    assert not any("Lima" in p.name for e in trips for p in e.participants)


def test_a_person_object_still_controls_the_clause(nlp) -> None:
    text = "Ana Ruiz asked Tomas Weber to meet Lena Ortiz in Oslo on Friday."
    got = meetings(nlp, text)
    assert got
    names = {p.name for p in got[0].participants}
    assert "Tomas Weber" in names and "Lena Ortiz" in names


def test_talks_held_in_their_own_relative_clause_have_its_sides_and_day(nlp) -> None:
    text = ("Officials released a summary of the telephone talks that Foreign Minister Ana Ruiz held with President "
            "Tomas Weber on March 4.")
    got = meetings(nlp, text)
    assert len(got) == 1
    assert {p.name for p in got[0].participants} == {"Ana Ruiz", "Tomas Weber"}
    assert str(got[0].date_start) == "2016-03-04"


def test_a_meeting_told_by_the_clause_that_holds_it_takes_its_place(nlp) -> None:
    text = "Officials gave details of the meeting Foreign Minister Ana Ruiz had with President Tomas Weber in Oslo."
    got = meetings(nlp, text)
    assert len(got) == 1
    assert {p.name for p in got[0].participants} == {"Ana Ruiz", "Tomas Weber"}
    assert got[0].location is not None and got[0].location.name == "Oslo"


def test_a_trip_named_by_what_it_is_for_goes_where_that_is_held(nlp) -> None:
    text = "President Ana Ruiz has canceled a planned trip to attend a regional summit in Oslo next week."
    trips = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert len(trips) == 1
    assert trips[0].destination is not None and trips[0].destination.name == "Oslo"
    assert trips[0].status == "cancelled"


def test_a_purpose_with_no_event_gives_the_trip_no_place(nlp) -> None:
    text = "President Ana Ruiz made a trip to see the damage."
    assert not [e for e in run(nlp, text) if e.event_type == "travel"]


def test_the_event_may_hang_inside_the_name_the_parser_makes_the_object(nlp) -> None:
    text = "President Ana Ruiz has canceled a planned trip to attend a Union of Coastal Conference summit in Oslo."
    trips = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert len(trips) == 1
    assert trips[0].destination is not None and trips[0].destination.name == "Oslo"
