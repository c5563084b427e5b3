"""A story with no dateline is told from where its headline or lead has the traveller arrive: that is what "here"
means in it (``story_setting``). Made-up pages."""

from __future__ import annotations

from datetime import date

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.events.story_setting import setting_without_dateline

DAY = date(2024, 5, 8)  # a Wednesday


def run(nlp, text, title):
    from dateline.extractors.temporal import resolve_timexes

    doc = nlp(text)
    return extract_events(doc, article_id="a1", timexes=resolve_timexes(doc, DAY), article_date=DAY,
                          noise=find_noise(text, title))


def test_the_headline_arrival_is_where_here_is():
    assert setting_without_dateline("He arrived here on Tuesday.", "Hans Weber arrives in Lima for talks") \
        .place.name == "Lima"
    lead = "Latest news\n\nPresident arrives in Quito for state visit\n\nHans Weber arrived here on Tuesday."
    assert setting_without_dateline(lead, None).place.name == "Quito"


def test_no_arrival_no_setting():
    assert setting_without_dateline("Hans Weber arrived here on Tuesday.", "Weber hails ties") is None
    assert setting_without_dateline("The talks went well, he said.", "Hans Weber arrives here") is None


def test_an_arrival_here_under_an_arrival_headline_goes_there(nlp):
    text = "German Chancellor Hans Weber arrived here on Tuesday for talks with President Maria Lopez."
    (trip,) = [e for e in run(nlp, text, "Weber arrives in Lima for talks") if e.event_type == "travel"]
    assert trip.destination.name == "Lima" and str(trip.date_start) == "2024-05-07"
