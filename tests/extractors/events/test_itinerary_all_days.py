"""A stop's days from all the evidence at its place, not from one report: a country's day that ends before its
city is reached, and the last day someone is seen at a place they then leave (made-up events; no model)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_itinerary_evidence import CAIRO, MON, TUE, TUNIS, WED, event, person, stops

from dateline.extractors.records import Place

PORTUGAL, LISBON = Place("Portugal", "PT"), Place("Lisbon", "PT", 38.72, -9.14)
THU = date(2022, 5, 19)


def test_a_city_reached_after_its_country_day_is_reached_on_its_own_day():
    """'Hans Weber visited Portugal' (a report dates it Monday, the day the trip was announced) ... 'he arrived in
    Lisbon on Wednesday': the Monday says he had been and gone before Lisbon was reached, so it is not Lisbon's
    arrival; one stay, reached on Wednesday."""
    weber = [person("Hans Weber", "DE")]
    told = replace(event("v", "travel", weber, dest=PORTUGAL, start=MON, subtype="visit"), trigger="visited",
                   sentence="Hans Weber visited Portugal.")
    evs = [told, event("a", "travel", weber, dest=LISBON, start=WED, subtype="arrive", at=40)]
    assert stops(evs, "Hans Weber") == [("Lisbon", WED, None)]


def test_a_city_reached_within_a_country_stay_keeps_the_country_arrival():
    """'arrived in Portugal on Monday ... in Lisbon on Wednesday': still there since Monday (nothing says he had
    left), so the stop keeps Monday."""
    weber = [person("Hans Weber", "DE")]
    evs = [event("v", "travel", weber, dest=PORTUGAL, start=MON, subtype="arrive"),
           event("a", "travel", weber, dest=LISBON, start=WED, subtype="arrive", at=40)]
    assert stops(evs, "Hans Weber") == [("Lisbon", MON, None)]


def test_a_stop_left_for_a_place_known_only_from_meetings_ends_on_its_last_day_seen():
    """'Maria Lopez arrived in Tunis on Monday; talks there on Tuesday; on Thursday she met Omar Haddad in Cairo':
    Cairo's arrival day is not told, so Tunis is left by its last known day, Tuesday."""
    lopez = person("Maria Lopez", "ES")
    evs = [event("t", "travel", [lopez], dest=TUNIS, start=MON, subtype="arrive"),
           event("m", "meeting", [lopez, person("Ali Ben Salah")], loc=TUNIS, start=TUE, at=40),
           event("n", "meeting", [lopez, person("Omar Haddad")], loc=CAIRO, start=THU, at=80)]
    assert stops(evs, "Maria Lopez") == [("Tunis", MON, TUE), ("Cairo", THU, THU)]


def test_a_stop_whose_next_arrival_is_told_is_left_that_day():
    """The day the next place is reached still closes the stop, whatever its last meeting."""
    lopez = person("Maria Lopez", "ES")
    evs = [event("t", "travel", [lopez], dest=TUNIS, start=MON, subtype="arrive"),
           event("m", "meeting", [lopez, person("Ali Ben Salah")], loc=TUNIS, start=TUE, at=40),
           event("c", "travel", [lopez], dest=CAIRO, start=WED, subtype="arrive", at=80)]
    assert stops(evs, "Maria Lopez") == [("Tunis", MON, WED), ("Cairo", WED, None)]
