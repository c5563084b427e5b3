"""Recalled trips and off-map towns in itineraries (made-up events; no model)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_itinerary_evidence import AMMAN, CAIRO, MON, TUE, WED, event, person, stops

from dateline.extractors.events.itinerary_stops import off_map_town
from dateline.extractors.records import Place

HALL = [person("Nora Hall", "GB")]


def _dated_by(e, value: str):
    return replace(e, date_value=value)


def test_a_trip_recalled_by_its_year_is_no_stop():
    """'Hall last visited Cairo in 2015', then 'arrived in Cairo on Monday': one stop, the one the story tells."""
    recalled = _dated_by(event("r", "travel", HALL, dest=CAIRO, start=date(2015, 1, 1), end=date(2015, 12, 31),
                               subtype="visit", at=90), "2015")
    evs = [event("a", "travel", HALL, dest=CAIRO, start=MON, subtype="arrive", at=10), recalled,
           event("b", "travel", HALL, dest=AMMAN, start=WED, subtype="arrive", at=150)]
    assert stops(evs, "Nora Hall") == [("Cairo", MON, WED), ("Amman", WED, None)]


def test_a_trip_dated_by_its_month_stays_a_stop():
    """'visited Amman last March' is dated by its month, not only its year: still a stop (done or planned)."""
    done = _dated_by(event("r", "travel", HALL, dest=AMMAN, start=date(2021, 3, 1), end=date(2021, 3, 31),
                           subtype="visit", at=90), "2021-03")
    evs = [event("a", "travel", HALL, dest=CAIRO, start=MON, subtype="arrive", at=10), done]
    assert [s[0] for s in stops(evs, "Nora Hall")] == ["Amman", "Cairo"]
    planned = replace(done, status="planned", date_start=date(2022, 6, 1), date_end=date(2022, 6, 30),
                      date_value="2022-06")
    assert [s[0] for s in stops([evs[0], planned], "Nora Hall")] == ["Cairo", "Amman"]


def test_an_off_map_district_is_a_stop():
    """'will travel to Kalimbo District on Tuesday' (a district the gazetteer lacks) after Cairo on Monday."""
    kalimbo = Place("Kalimbo District")
    evs = [event("a", "travel", HALL, dest=CAIRO, start=MON, subtype="arrive", at=10),
           event("b", "travel", HALL, dest=kalimbo, start=TUE, subtype="travel", at=80)]
    assert stops(evs, "Nora Hall") == [("Cairo", MON, TUE), ("Kalimbo District", TUE, None)]


def test_off_map_sites_descriptions_and_regions_are_no_town():
    assert off_map_town(Place("Mount Orvel"))
    assert off_map_town(Place("the Kalimbo district".removeprefix("the ")))
    for name in ("Hotel Miramar", "Orvel Field", "Grand Palace", "Southeast Asian country", "North", "Middle East",
                 "abroad", "besieged areas"):
        assert not off_map_town(Place(name)), name
    assert not off_map_town(CAIRO)  # on the map: a stop as it is
