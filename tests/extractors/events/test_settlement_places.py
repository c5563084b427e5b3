"""'the city of X', 'the Russian city of X', 'the capital, X': X is the place, in the country the phrase names;
'St.' is 'Saint' to the gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.places import gazetteer


def _events(nlp, text):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    return extract_events(nlp(text), article_id="a1", timexes=[], article_date=date(2022, 5, 10),
                          noise=find_noise(text, None))


@pytest.mark.parametrize(("name", "cc"), [("St. Petersburg", "RU"), ("St Louis", "US"), ("Saint Paul", "US")])
def test_st_is_saint(name, cc):
    hit = gazetteer().lookup(name)
    assert hit is not None and hit.country_code == cc


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Prime Minister Hans Weber arrived in the Russian city of St. Petersburg on Monday.", "Saint Petersburg", "RU"),
    ("President Maria Lopez arrived in the capital, Madrid, on Monday.", "Madrid", "ES"),
    ("President Maria Lopez arrived in the southern port city of Mombasa on Monday.", "Mombasa", "KE"),
])
def test_an_arrival_in_a_named_settlement_is_an_arrival_there(nlp, text, name, cc):
    (trip,) = [e for e in _events(nlp, text) if e.event_type == "travel"]
    assert (trip.destination.name, trip.destination.country_code) == (name, cc)


@pytest.mark.parametrize(("demonym", "cc"), [("US", "US"), ("Egyptian", "EG")])
def test_the_nationality_of_the_settlement_picks_the_city_among_namesakes(nlp, demonym, cc):
    text = f"Hans Weber met Maria Lopez in the {demonym} city of Alexandria on Monday."
    (meeting,) = [e for e in _events(nlp, text) if e.event_type == "meeting"]
    assert meeting.location.name == "Alexandria" and meeting.location.country_code == cc


def test_a_name_the_gazetteer_holds_only_elsewhere_stays_in_the_named_country(nlp):
    from dateline.extractors.events.locate import place_info

    doc = nlp("Hans Weber met Maria Lopez in the Chinese city of Springfield.")
    info = place_info(next(t for t in doc if t.text == "Springfield"))
    assert info is not None and (info.name, info.country_code, info.latitude) == ("Springfield", "CN", None)


def test_an_arrival_in_a_shared_city_name_takes_the_story_country(nlp):
    text = "Spain's Prime Minister Hans Weber arrived in Valencia on Monday."
    (trip,) = [e for e in _events(nlp, text) if e.event_type == "travel"]
    assert trip.destination.country_code == "ES"  # not the bigger Valencia in Venezuela
