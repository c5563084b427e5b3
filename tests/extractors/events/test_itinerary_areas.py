"""A domestic tour told district by district: a district named after a town is a stop at that town; a described
area is no stop (made-up events; no model)."""

from __future__ import annotations

from datetime import date

from test_itinerary_evidence import event, person, stops

from dateline.extractors.events.stop_places import on_the_map
from dateline.extractors.records import Place

MON, TUE = date(2022, 5, 16), date(2022, 5, 17)
NAIROBI = Place("Nairobi", "KE", -1.28, 36.82)


def test_a_district_named_after_a_town_is_placed_at_the_town_under_its_own_name():
    placed = on_the_map(Place("Nakuru District"))
    assert placed is not None and placed.name == "Nakuru District" and placed.country_code == "KE"
    assert on_the_map(Place("Kisumu county")).country_code == "KE"


def test_described_or_unknown_areas_stay_off_the_map():
    for name in ("a border district", "the northern province", "Zzyzxland District", "District", "Hyde Park"):
        assert on_the_map(Place(name)) is None, name
    assert on_the_map(NAIROBI) is NAIROBI and on_the_map(None) is None


def test_a_tour_of_two_districts_gives_two_stops_in_the_order_of_their_days():
    """'Maria Lopez will visit Nakuru District on Monday and Kisumu District on Tuesday': two stops, the first left
    the day the second is reached, as with any towns."""
    lopez = [person("Maria Lopez", "KE")]
    evs = [event("t1", "travel", lopez, dest=Place("Nakuru District"), start=MON, status="planned", at=10),
           event("t2", "travel", lopez, dest=Place("Kisumu District"), start=TUE, status="planned", at=60)]
    assert stops(evs, "Maria Lopez") == [("Nakuru District", MON, TUE), ("Kisumu District", TUE, None)]


def test_talks_in_a_district_on_a_day_are_a_stop_of_someone_already_travelling():
    lopez = [person("Maria Lopez", "KE")]
    evs = [event("t1", "travel", lopez, dest=NAIROBI, start=MON, at=10),
           event("m1", "meeting", [*lopez, person("John Carter", "KE")], loc=Place("Eldoret District"), start=TUE,
                 at=60)]
    assert [p for p, _, _ in stops(evs, "Maria Lopez")] == ["Nairobi", "Eldoret District"]


def test_a_trip_to_a_described_area_still_makes_no_stop():
    evs = [event("t1", "travel", [person("Maria Lopez", "KE")], dest=Place("a remote district"), start=MON)]
    assert stops(evs, "Maria Lopez") == []
