"""'held a meeting at the X Palace in Lima' with the parser hanging both phrases on the meeting: the venue the
gazetteer lacks is in the city named beside it ('X Palace, Lima', on the map at Lima). Places built by hand: the
clause-level reading is the same whatever the parser attaches 'in Lima' to. Meetings only: a trip's places go to
``best`` as they are."""

from __future__ import annotations

from dateline.extractors.events.locate import best, venues_in_cities
from dateline.extractors.places import gazetteer
from dateline.extractors.records import Place


def _city(name: str) -> Place:
    info = gazetteer().city(name)
    assert info is not None
    return info.to_place()


def test_a_venue_off_the_map_beside_one_city_is_in_that_city():
    lima = _city("Lima")
    got = best(venues_in_cities([Place("Arvelo Palace"), lima]))
    assert got == Place("Arvelo Palace, Lima", lima.country_code, lima.latitude, lima.longitude)


def test_the_order_of_the_phrases_does_not_matter():
    lima = _city("Lima")
    assert best(venues_in_cities([lima, Place("the Arvelo Palace Hotel")])).name == "the Arvelo Palace Hotel, Lima"


def test_a_venue_beside_two_cities_is_left_alone():
    places = [Place("Arvelo Palace"), _city("Lima"), _city("Quito")]
    assert venues_in_cities(places) == places


def test_a_venue_beside_a_country_only_is_left_alone():
    peru = gazetteer().country("PE").to_place()
    places = [Place("Arvelo Palace"), peru]
    assert venues_in_cities(places) == places


def test_a_name_that_is_no_venue_is_left_alone():
    places = [Place("Qarvantu"), _city("Lima")]
    assert venues_in_cities(places) == places


def test_best_alone_leaves_a_venue_beside_a_city_as_it_was():
    lima = _city("Lima")
    assert best([Place("Arvelo Palace"), lima]) == Place("Arvelo Palace")
