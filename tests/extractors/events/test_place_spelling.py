"""A place is named as the page spells it when the gazetteer's name is that spelling with accents the page leaves
out; the page's accents are kept, and the gazetteer still places it (made-up sentences, real gazetteer)."""

from __future__ import annotations

from made_up_text import run

from dateline.extractors.events.itinerary import build_itineraries


def _trip(nlp, text):
    evs = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert len(evs) == 1
    return evs[0]


def test_a_place_the_page_writes_without_accents_keeps_the_pages_spelling(nlp):
    e = _trip(nlp, "Governor Ana Ruiz will visit Jonkoping on Monday.")
    assert e.destination.name == "Jonkoping" and e.destination.country_code == "SE"
    assert [s.place for s in build_itineraries([e])] == ["Jonkoping"]


def test_a_place_the_page_writes_with_accents_keeps_them(nlp):
    e = _trip(nlp, "Governor Ana Ruiz will visit Jönköping on Monday.")
    assert e.destination.name == "Jönköping" and e.destination.country_code == "SE"
