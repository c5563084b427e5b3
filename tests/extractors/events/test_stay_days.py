"""A stay lends its days to the trip already told ('where he is to stay until Sunday', 'a visit, which will last
until Saturday', 'in his stay from March 14 to 17') and makes no event of its own; on made-up text (the day is
Thursday 2016-03-10)."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import trips


def _to(events: list, place: str) -> list:
    return [e for e in events if e.destination is not None and e.destination.name.endswith(place)]


@pytest.mark.parametrize("text, place, start, end", [
    ("President John Keller will leave Lima on Friday morning. Later that day he will travel to Quito, Ecuador, "
     "where he is to stay until Sunday night.", "Quito", date(2016, 3, 11), date(2016, 3, 13)),
    ("President John Keller landed in Quito on Thursday to begin a state visit to Ecuador, which will last "
     "until Saturday.", "Quito", date(2016, 3, 10), date(2016, 3, 12)),
])
def test_a_stay_clause_ends_the_trip_it_hangs_on(nlp, text, place, start, end):
    (trip,) = _to(trips(nlp, text), place)
    assert (trip.date_start, trip.date_end) == (start, end)


def test_a_stay_noun_gives_the_trip_its_days(nlp):
    text = ("Chancellor Mark Daley has ended a visit to Ecuador. In his stay from March 14 to 17, Daley toured "
            "three farms.")
    (trip,) = _to(trips(nlp, text), "Ecuador")
    assert (trip.date_start, trip.date_end) == (date(2016, 3, 14), date(2016, 3, 17))


def test_a_where_clause_on_the_lodging_ends_the_arrival(nlp):
    text = ("President John Keller arrived in Quito on Thursday. He then drove to a guest house in "
            "Cumbaya, where he is to stay until Sunday noon.")
    (trip,) = _to(trips(nlp, text), "Quito")
    assert (trip.date_start, trip.date_end) == (date(2016, 3, 10), date(2016, 3, 13))


def test_a_clause_of_another_event_lends_nothing(nlp):
    text = ("The conference, which will last until Sunday, was called after envoys led by Mark Daley travelled "
            "to Quito on Thursday.")
    (trip,) = _to(trips(nlp, text), "Quito")
    assert (trip.date_start, trip.date_end) == (date(2016, 3, 10), date(2016, 3, 10))


def test_the_stay_makes_no_event_of_its_own(nlp):
    text = "President John Keller will fly to Quito on Friday, where he is to stay until Sunday night."
    assert [e.trigger for e in trips(nlp, text)] == ["fly"]


@pytest.mark.parametrize("text", [
    "John Keller will stay in power until 2020.",  # no trip
    "The company will remain in Quito until Sunday.",  # no traveller the story names, no trip
])
def test_no_trip_no_stay(nlp, text):
    assert not trips(nlp, text)


def test_the_day_a_traveller_set_off_keeps_its_day(nlp):
    text = "President John Keller set off on Thursday for his tour of Ecuador and is to remain there until Sunday."
    dated = [(e.date_start, e.date_end) for e in trips(nlp, text)]
    assert (date(2016, 3, 10), date(2016, 3, 10)) in dated
