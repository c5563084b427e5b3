"""Gazetteer wrapper: countries, capitals, states, cities in context, institutions, containment."""

from __future__ import annotations

import pytest

from dateline.extractors.places import gazetteer
from dateline.extractors.records import Place


@pytest.fixture(scope="module")
def gz():
    return gazetteer()


@pytest.mark.parametrize(("name", "kind", "cc"), [
    ("Tokyo", "city", "JP"), ("Seoul", "city", "KR"), ("Japan", "country", "JP"), ("the US", "country", "US"),
    ("U.S.", "country", "US"), ("South Korea", "country", "KR"), ("North Korea", "country", "KP"),
    ("Alaska", "state", "US"), ("Washington", "city", "US"), ("the White House", "city", "US"),
    ("Kremlin", "city", "RU"),
])
def test_lookup(gz, name, kind, cc):
    hit = gz.lookup(name)
    assert hit is not None and (hit.kind, hit.country_code) == (kind, cc)


def test_korea_alone_is_not_guessed_as_north_korea(gz):
    assert gz.country_code("Korea") != "KP"


def test_city_with_its_state(gz):
    hit = gz.lookup("Anchorage", context="Alaska")
    assert (hit.name, hit.country_code, hit.admin1) == ("Anchorage", "US", "AK")
    assert hit.latitude == pytest.approx(61.2, abs=0.1)


def test_capital_and_demonyms(gz):
    assert gz.capital_of(gz.demonym_country("South Korean")).name == "Seoul"
    assert gz.demonym_country("Japanese") == "JP"


def test_containment_and_specificity(gz):
    alaska, anchorage, tokyo = Place("Alaska", "US"), Place("Anchorage", "US"), Place("Tokyo", "JP")
    assert gz.compatible(alaska, anchorage) and gz.more_specific(alaska, anchorage) == anchorage
    assert not gz.compatible(anchorage, tokyo)
    assert gz.compatible(Place("Japan", "JP"), tokyo)
    assert gz.compatible(None, tokyo)


@pytest.mark.parametrize(("word", "cc"), [("Peruvian", "PE"), ("Kenyan", "KE"), ("Chilean", "CL"), ("Nepali", "NP"),
                                          ("Christian", None), ("European", None), ("Minister", None)])
def test_demonyms_beyond_the_table(gz, word, cc):
    assert gz.demonym_country(word) == cc


def test_a_venue_in_a_city_is_compatible_with_the_city():
    from dateline.extractors.places import gazetteer
    from dateline.extractors.records import Place

    gz = gazetteer()
    assert gz.compatible(Place("State House, Nairobi", "KE"), Place("Nairobi", "KE"))
    assert not gz.compatible(Place("State House, Nairobi", "KE"), Place("Mombasa", "KE"))


@pytest.mark.parametrize("name, country, kind", [
    ("Holguin", "CU", "city"),  # written without the accent of 'Holguín'
    ("Sikkim", "IN", "state"),  # a first-level subdivision from ISO 3166-2
    ("Mara Region", "TZ", "state"),  # with the word news adds to its name
])
def test_places_written_without_accents_and_provinces_of_any_country(name, country, kind):
    info = gazetteer().lookup(name)
    assert info is not None and (info.country_code, info.kind) == (country, kind)


@pytest.mark.parametrize("name", ["Western", "North", "Central Region"])
def test_subdivisions_named_only_by_a_direction_are_not_places(name):
    assert gazetteer().lookup(name) is None


def test_two_points_of_one_locality_are_compatible_and_neighbouring_cities_are_not():
    centre, twin = Place("Old Town", "XX", 28.650, 77.230), Place("New Town", "XX", 28.636, 77.224)
    neighbour = Place("Next City", "XX", 28.650, 77.400)  # about 17 km east
    assert gazetteer().compatible(centre, twin)
    assert not gazetteer().compatible(centre, neighbour)


def test_the_first_name_of_a_two_part_country_is_that_country_but_a_people_is_not(gz):
    assert gz.lookup("Antigua").country_code == "AG" and gz.lookup("Trinidad").country_code == "TT"
    assert gz.country_code("Turks") is None  # the people, not Turks and Caicos


@pytest.mark.parametrize("name", ["Asia", "Europe", "Africa", "South America"])
def test_a_continent_is_no_place_and_not_the_town_of_that_name(gz, name):
    assert gz.lookup(name) is None


@pytest.mark.parametrize("name, story, cc", [
    ("Valencia", frozenset({"ES"}), "ES"),  # the story is about Spain: not Venezuela's bigger Valencia
    ("Valencia", frozenset(), "VE"),  # no story countries: the most populous
    ("Paris", frozenset({"US"}), "FR"),  # Paris, Texas is a hamlet beside Paris: never preferred
    ("Tripoli", frozenset({"LB"}), "LB"),
])
def test_a_shared_city_name_is_read_in_the_story_s_country(gz, name, story, cc):
    assert gz.in_story_country(gz.lookup(name), name, story).country_code == cc



@pytest.mark.parametrize("name, cc", [("Basra", "IQ"), ("Kiev", "UA"), ("Calcutta", "IN"), ("Bombay", "IN"),
                                      ("Ulaanbaatar", "MN")])
def test_another_spelling_of_a_big_city_is_that_city_named_as_the_text_writes_it(gz, name, cc):
    hit = gz.lookup(name)
    assert (hit.name, hit.country_code, hit.kind) == (name, cc, "city") and hit.latitude is not None


@pytest.mark.parametrize("name", ["Hindi", "Sadr"])
def test_languages_and_cut_names_are_no_other_spelling(gz, name):
    assert gz.lookup(name) is None
