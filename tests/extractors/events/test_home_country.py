"""'will fly home', 'after returning home': home is the traveller's country, from their title, a nationality word
before their name anywhere in the story, or the country the report is filed from (made-up sentences)."""

from __future__ import annotations

from datetime import date

from conftest import make_tx
from made_up_text import with_timexes

DAY = date(2022, 5, 10)  # a Tuesday


def _trips(nlp, text, timexes=()):
    return with_timexes(nlp, text, timexes, DAY, "travel")


def _monday_friday(text):
    return [make_tx(text, "on Monday", date(2022, 5, 9)), make_tx(text, "on Friday", date(2022, 5, 13))]


def _home_trip(trips):
    (trip,) = [e for e in trips if e.destination is not None and e.date_start == date(2022, 5, 13)]
    return trip.destination


def test_a_nationality_before_the_name_elsewhere_in_the_story_says_where_home_is(nlp):
    text = ("Peruvian Foreign Minister Maria Lopez held talks in Madrid on Monday. "
            "Lopez will fly home on Friday.")
    trips = _trips(nlp, text, _monday_friday(text))
    assert _home_trip(trips).name == "Peru"


def test_a_nationality_glued_to_page_furniture_still_counts(nlp):
    text = ("Madrid, May 10 (Wire Agency)--Peruvian Foreign Minister Maria Lopez said on Tuesday that she would "
            "fly home on Friday.")
    trips = _trips(nlp, text, [make_tx(text, "on Tuesday", DAY), make_tx(text, "on Friday", date(2022, 5, 13))])
    assert _home_trip(trips).name == "Peru"


def test_the_dateline_country_is_home_when_nothing_else_says_it(nlp):
    text = ("OSLO (Reuters) - Prime Minister Hans Weber held talks in Brussels on Monday and will fly home on "
            "Friday.")
    trips = _trips(nlp, text, _monday_friday(text))
    assert _home_trip(trips).name == "Norway"


def test_a_visitor_who_arrived_in_the_dateline_country_does_not_live_there(nlp):
    text = ("OSLO (Reuters) - Prime Minister Hans Weber arrived in Oslo on Monday for talks. "
            "Weber will fly home on Friday.")
    trips = _trips(nlp, text, _monday_friday(text))
    assert _home_trip(trips).name == "home"
