"""A name written before a natural feature's noun names the feature ('the Orange river'), not the town, state or
country of that name (made-up sentences)."""

from __future__ import annotations

from datetime import date

import pytest


def _events(nlp, text):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    return extract_events(nlp(text), article_id="a1", timexes=[], article_date=date(2022, 5, 10),
                          noise=find_noise(text, None))


@pytest.mark.parametrize(("text", "word"), [
    ("Hans Weber crossed the Orange river and met Maria Lopez in a village there.", "Orange"),
    ("Maria Lopez crossed the Colorado River to meet Hans Weber.", "Colorado"),
])
def test_a_river_name_is_no_place_of_that_name(nlp, text, word):
    from dateline.extractors.events.locate import names_a_feature, place_info

    tok = next(t for t in nlp(text) if t.text == word)
    assert names_a_feature(tok) and place_info(tok) is None


def test_a_meeting_beyond_a_river_crossing_is_not_put_in_the_town_named_like_the_river(nlp):
    text = "Maria Lopez crossed the Orange river and arrived in Mbalekazi, where she met Hans Weber."
    places = [e.location for e in _events(nlp, text) if e.event_type == "meeting" and e.location is not None]
    assert places and all(p.latitude is None and p.country_code is None for p in places)


def test_a_city_named_like_a_bay_is_still_read_from_its_own_name(nlp):
    from dateline.extractors.events.locate import place_info

    tok = next(t for t in nlp("Hans Weber arrived in Cape Town on Monday.") if t.text == "Town")
    info = place_info(tok)
    assert info is not None and info.name == "Cape Town"
