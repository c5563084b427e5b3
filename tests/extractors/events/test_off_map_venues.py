"""A meeting at a venue the gazetteer lacks is placed in the city the story has its participants in (made-up
sentences): their whereabouts that day, the trip the story tells of them, the capital of the country it goes to.
The venue's name stays as detail; a town off the map is no venue and stays as it is."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.records import Place


def _meetings(nlp, text: str, day: date = date(2022, 5, 10)):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    events = extract_events(nlp(text), article_id="a1", timexes=[], article_date=day, noise=find_noise(text, None))
    return [e for e in events if e.event_type == "meeting"]


@pytest.mark.parametrize(("name", "venue"), [
    ("State House", True), ("Ferro Gate", True), ("the airport", True), ("here", True), ("Royal Court", True),
    ("Qarvantu", False), ("South Asia", False), ("Lyon", False),
])
def test_which_places_are_venues_off_the_map(name, venue):
    from dateline.extractors.events.venue_city import off_map_venue

    assert off_map_venue(Place(name)) is venue


def test_a_mapped_place_is_no_venue_off_the_map():
    from dateline.extractors.events.venue_city import off_map_venue

    assert not off_map_venue(Place("Lyon", "FR", 45.75, 4.85))


def test_the_venue_is_in_the_city_the_participants_are_in_that_day(nlp):
    text = ("Hans Weber arrived in Lyon on Monday for a two-day visit. "
            "On Tuesday he met Maria Lopez at the Ferro Gate.")
    (m,) = [m for m in _meetings(nlp, text) if "Lopez" in {p.name.split()[-1] for p in m.participants}]
    assert m.location is not None and m.location.name == "Ferro Gate, Lyon" and m.location.latitude is not None


def test_here_is_the_city_the_participants_are_in(nlp):
    from dateline.extractors.events.venue_city import at_venue_city

    lyon = Place("Lyon", "FR", 45.75, 4.85)
    assert at_venue_city(Place("here"), lyon) == lyon
    assert at_venue_city(Place("Grand\nPalace"), lyon).name == "Grand Palace, Lyon"


def test_a_town_off_the_map_is_not_put_in_another_city(nlp):
    text = "Hans Weber arrived in Lyon on Monday. On Tuesday he met Maria Lopez in Qarvantu."
    ms = [m for m in _meetings(nlp, text) if m.location is not None]
    assert all("Lyon" not in m.location.name for m in ms if "Qarvantu" in m.location.name)
