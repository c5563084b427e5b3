"""Airports to the city they serve (airportsdata): a venue the gazetteer lacks still puts a trip on the map."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.places import airports


@pytest.mark.parametrize(("phrase", "city", "cc"), [
    ("Schiphol Airport", "Amsterdam", "NL"),
    ("the Kotoka International Airport", "Accra", "GH"),
    ("Jomo Kenyatta airport", "Nairobi", "KE"),  # case and 'International' do not matter
])
def test_an_airport_name_gives_its_city(phrase, city, cc):
    hit = airports().city_of(phrase)
    assert hit is not None and (hit.name, hit.country_code) == (city, cc)


@pytest.mark.parametrize("phrase", [
    "Schiphol",  # no airport word: a name alone is not read as an airport
    "Hans Weber Airport",  # no such airport
    "Paris airport",  # a city's airport is the city's venue-name rule, not an airport of that name
])
def test_no_airport_no_city(phrase):
    assert airports().city_of(phrase) is None


def test_an_arrival_at_an_airport_is_an_arrival_in_its_city(nlp):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    text = "President Maria Lopez arrived at Schiphol Airport on Monday."
    evs = extract_events(nlp(text), article_id="a1", timexes=[], article_date=date(2022, 5, 10),
                         noise=find_noise(text, None))
    (trip,) = [e for e in evs if e.event_type == "travel"]
    assert trip.destination.name == "Schiphol Airport, Amsterdam" and trip.destination.country_code == "NL"


def test_a_meeting_at_an_airport_lowercase_is_placed_in_its_city(nlp):
    from dateline.extractors.events.locate import place_info

    doc = nlp("Hans Weber was received at Kotoka airport by Maria Lopez.")
    info = place_info(next(t for t in doc if t.text == "airport"))
    assert info is not None and info.name == "Kotoka airport, Accra"


def test_an_airport_keeps_all_of_its_name(nlp):
    from dateline.extractors.events.locate import place_info

    doc = nlp("Hans Weber was welcomed by Maria Lopez at Kotoka international airport on Thursday night.")
    info = place_info(next(t for t in doc if t.text == "airport"))
    assert info is not None and info.name == "Kotoka international airport, Accra"
