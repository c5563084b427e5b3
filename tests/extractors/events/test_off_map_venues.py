"""A meeting at a venue the gazetteer lacks is placed in the city the story has its participants in (made-up
sentences): their whereabouts that day, the city the trip the story tells of them goes to.
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
    ("Qarvantu", False), ("South Asia", False), ("Lyon", False), ("Qarvantu District", False),
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


_LYON = Place("Lyon", "FR", 45.75, 4.85)
_DAY = date(2022, 5, 10)


def _scene(article_date: date = _DAY):
    from dateline.extractors.events.scene import StoryScene

    return StoryScene(None, article_date, frozenset({"Hans Weber", "Maria Lopez"}))


def test_the_city_is_where_the_participants_were_put_that_week():
    from dateline.extractors.events.venue_city import venue_city
    from dateline.extractors.records import Participant

    scene = _scene()
    scene.whereabouts.note("Hans Weber", _DAY, _LYON)
    assert venue_city(scene, [Participant("Hans Weber")], _DAY, _DAY) == _LYON


def test_a_trip_keeps_the_venue_out_of_the_city_they_left():
    from dateline.extractors.events.venue_city import venue_city
    from dateline.extractors.records import Participant

    scene = _scene()
    scene.whereabouts.note("Hans Weber", _DAY, _LYON)  # at home before the trip
    scene.trips["Hans Weber"] = Place("Portugal", "PT")
    assert venue_city(scene, [Participant("Hans Weber")], _DAY, _DAY) is None


def test_a_trip_to_a_city_places_the_venue_there():
    from dateline.extractors.events.venue_city import venue_city
    from dateline.extractors.records import Participant

    scene = _scene()
    scene.trips["Hans Weber"] = _LYON
    assert venue_city(scene, [Participant("Hans Weber")], _DAY, _DAY) == _LYON


def test_a_meeting_ahead_of_the_report_with_no_trip_is_not_where_they_are_now():
    from dateline.extractors.events.venue_city import venue_city
    from dateline.extractors.records import Participant

    scene = _scene(date(2022, 5, 8))
    scene.whereabouts.note("Hans Weber", date(2022, 5, 8), _LYON)
    assert venue_city(scene, [Participant("Hans Weber")], _DAY, _DAY) is None


def test_a_visitors_trip_to_a_country_puts_the_venue_in_its_capital(nlp):
    from dateline.extractors.events.venue_city import venue_city
    from dateline.extractors.records import Participant

    doc = nlp("French Prime Minister Hans Weber will visit Portugal. Weber will dine at the Ferro Palace.")
    scene = _scene()
    scene.trips["Hans Weber"] = Place("Portugal", "PT")
    city = venue_city(scene, [Participant("Hans Weber")], _DAY, _DAY, doc)
    assert city is not None and city.name == "Lisbon"


def test_a_trip_home_puts_no_venue_in_the_capital(nlp):
    from dateline.extractors.events.venue_city import venue_city
    from dateline.extractors.records import Participant

    doc = nlp("Portuguese President Hans Weber flew home to Portugal. Weber will dine at the Ferro Palace.")
    scene = _scene()
    scene.trips["Hans Weber"] = Place("Portugal", "PT")
    assert venue_city(scene, [Participant("Hans Weber")], _DAY, _DAY, doc) is None
