"""Day visits and one traveller's name variants in itineraries (made-up events; no model)."""

from __future__ import annotations

from dataclasses import replace

from test_itinerary_evidence import AMMAN, CAIRO, MON, TUE, TUNIS, WED, event, person, stops

from dateline.extractors.events import build_itineraries, cluster_events

HALL = [person("Nora Hall", "GB")]


def _told(e, trigger: str, sentence: str):
    return replace(e, trigger=trigger, sentence=sentence)


def test_a_visit_told_on_one_day_is_left_that_day():
    """'She will visit a school in Tunis on Tuesday' then 'reach Amman on Wednesday': Tunis is a day there."""
    evs = [_told(event("v", "travel", HALL, dest=TUNIS, start=TUE, subtype="visit", at=10), "visit",
                 "Hall will visit a school in Tunis on Tuesday."),
           event("a", "travel", HALL, dest=AMMAN, start=WED, subtype="arrive", at=80)]
    assert stops(evs, "Nora Hall") == [("Tunis", TUE, TUE), ("Amman", WED, None)]


def test_a_visit_begun_that_day_lasts_until_the_next_place_is_reached():
    """'She arrived in Tunis on Tuesday for a state visit': the day the stay began, not a day visit."""
    evs = [_told(event("v", "travel", HALL, dest=TUNIS, start=MON, subtype="visit", at=10), "visit",
                 "Hall arrived in Tunis on Monday for a state visit."),
           event("a", "travel", HALL, dest=AMMAN, start=WED, subtype="arrive", at=80)]
    assert stops(evs, "Nora Hall") == [("Tunis", MON, WED), ("Amman", WED, None)]


def test_a_leg_a_verb_of_sequence_tells_lasts_until_the_next_leg():
    """'... move to Tunis on Monday and end in Amman on Wednesday': the leg's trigger is no visit word."""
    said = "Hall will start her visit in Cairo, move to Tunis on Monday and end in Amman on Wednesday."
    evs = [_told(event("v", "travel", HALL, dest=TUNIS, start=MON, subtype="visit", at=10), "move", said),
           _told(event("e", "travel", HALL, dest=AMMAN, start=WED, subtype="visit", at=40), "end", said)]
    assert stops(evs, "Nora Hall") == [("Tunis", MON, WED), ("Amman", WED, None)]


def test_a_day_visit_to_a_place_reached_earlier_ends_nothing():
    """Arrived in Cairo on Monday, toured a museum there on Tuesday, reached Amman on Wednesday."""
    evs = [event("a", "travel", HALL, dest=CAIRO, start=MON, subtype="arrive", at=10),
           _told(event("t", "travel", HALL, dest=CAIRO, start=TUE, subtype="tour", at=50), "toured",
                 "On Tuesday she toured a museum in Cairo."),
           event("b", "travel", HALL, dest=AMMAN, start=WED, subtype="arrive", at=90)]
    assert stops(evs, "Nora Hall") == [("Cairo", MON, WED), ("Amman", WED, None)]


def test_talks_there_the_day_after_a_day_visit_widen_the_stop():
    evs = [_told(event("v", "travel", HALL, dest=TUNIS, start=MON, subtype="visit", at=10), "visit",
                 "Hall will visit a port in Tunis on Monday."),
           event("m", "meeting", [*HALL, person("Sami Ben Ali", "TN")], loc=TUNIS, start=TUE, at=60)]
    assert stops(evs, "Nora Hall") == [("Tunis", MON, TUE)]


def test_a_short_given_name_and_a_long_one_with_one_surname_are_one_traveller():
    """'Dan Varga' and 'Daniel J. Varga' in two reports of one trip: one itinerary, one stop."""
    evs = [event("a", "travel", [person("Daniel J. Varga", "HU")], dest=TUNIS, start=MON, subtype="arrive", at=10),
           event("m", "meeting", [person("Dan Varga", "HU"), person("Sami Ben Ali", "TN")], loc=TUNIS, start=TUE,
                 art="B", at=10)]
    assert stops(evs, "Daniel J. Varga") == [("Tunis", MON, None)]
    assert {s.traveler for s in build_itineraries(cluster_events(evs))} == {"Daniel J. Varga"}


def test_two_given_names_that_begin_differently_are_two_travellers():
    evs = [event("a", "travel", [person("Anna Varga", "HU")], dest=TUNIS, start=MON, subtype="arrive", at=10),
           event("b", "travel", [person("Peter Varga", "HU")], dest=CAIRO, start=TUE, subtype="arrive", art="B")]
    assert {s.traveler for s in build_itineraries(cluster_events(evs))} == {"Anna Varga", "Peter Varga"}
