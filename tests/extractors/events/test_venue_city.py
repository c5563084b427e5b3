"""A venue the gazetteer lacks is put in the city its own phrase names after it: 'at the Grand Palace near
Bangkok', 'at Hofstra University in Hempstead'; a base 'outside' a city is not in it (made-up sentences)."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(("text", "word", "city"), [
    ("Hans Weber met Maria Lopez at the Grand Palace near Bangkok.", "Palace", "Bangkok"),
    ("Hans Weber met Maria Lopez at Hofstra University in Hempstead.", "University", "Hempstead"),
    ("Maria Lopez met Hans Weber at the Plaza Hotel in Lyon.", "Hotel", "Lyon"),
])
def test_a_venue_is_in_the_city_its_phrase_names(nlp, text, word, city):
    from dateline.extractors.events.locate import place_info

    tok = next(t for t in nlp(text) if t.text == word)
    info = place_info(tok)
    assert info is not None and info.name.endswith(f", {city}") and info.latitude is not None


def test_a_venue_outside_a_city_stays_off_the_map(nlp):
    from dateline.extractors.events.locate import place_info

    tok = next(t for t in nlp("Hans Weber landed at Ferro Air Base outside Lyon.") if t.text == "Base")
    info = place_info(tok)
    assert info is not None and info.latitude is None


def test_the_meeting_at_the_venue_is_in_that_city(nlp):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    text = "Maria Lopez held talks with Hans Weber at the Grand Palace near Bangkok on Monday."
    events = extract_events(nlp(text), article_id="a1", timexes=[], article_date=date(2022, 5, 10),
                            noise=find_noise(text, None))
    (m,) = [e for e in events if e.event_type == "meeting"]
    assert m.location.name == "Grand Palace, Bangkok" and m.location.country_code == "TH"
