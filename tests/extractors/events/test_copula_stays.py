"""Copula stays: 'was in X on Monday', 'is in X on a visit', 'is in X meeting ...' are trips; other uses of 'be'
with a place are not (copula_stays.py)."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import run


def _trips(nlp, text: str) -> list:
    return sorted((e for e in run(nlp, text) if e.event_type == "travel"), key=lambda e: e.start_char)


def test_a_stay_told_with_its_days_is_a_trip_there_on_those_days(nlp):
    (trip,) = _trips(nlp, "President Ana Lu was in Lisbon on Monday and Tuesday, where she opened a bridge.")
    assert trip.destination.name == "Lisbon"
    assert [p.name for p in trip.participants] == ["Ana Lu"]
    assert trip.date_start == date(2016, 3, 7)


@pytest.mark.parametrize("text, place", [
    ("Minister Bo Lind, who is in Madrid on a state visit, thanked the king.", "Madrid"),
    ("Minister Cy Moss is in Rome inspecting the new harbour works.", "Rome"),
])
def test_a_stay_told_with_its_purpose_is_a_trip_there(nlp, text, place):
    assert place in [e.destination.name for e in _trips(nlp, text) if e.destination is not None]


@pytest.mark.parametrize("text", [
    "President Ana Lu was in Lisbon when the strike began.",
    "President Ana Lu was not in Lisbon on Monday.",
    "Bo Lind was in Madrid last week.",
    "The documents were in Madrid on Monday.",
])
def test_a_place_of_be_with_no_day_or_purpose_or_a_denied_one_is_no_trip(nlp, text):
    assert _trips(nlp, text) == []
