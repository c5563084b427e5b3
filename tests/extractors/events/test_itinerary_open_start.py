"""A trip dated only by the day its story is on (its start left open): the stop is reached by that day, so the
itinerary dates its arrival, and the stop before it is left, on that day (made-up events; no model)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_itinerary_evidence import event, person, stops

from dateline.extractors.records import Place

LIMA, QUITO = Place("Lima", "PE", -12.05, -77.04), Place("Quito", "EC", -0.22, -78.51)
SAT, MON = date(2022, 5, 14), date(2022, 5, 16)


def _open_start(e, day: date, value: str | None):
    return replace(e, date_start=None, date_end=day, date_value=value)


def test_a_flight_dated_only_by_its_story_day_arrives_that_day():
    """'She left Lima on Saturday.' ... 'She flew from Lima to Quito' (dated by the story's Monday, start open):
    Quito is reached on Monday, Lima left then."""
    ruiz = [person("Ana Ruiz", "ES")]
    evs = [event("t1", "travel", ruiz, dest=LIMA, start=SAT, subtype="arrive"),
           _open_start(event("t2", "travel", ruiz, origin=LIMA, dest=QUITO, at=50), MON, MON.isoformat())]
    assert stops(evs, "Ana Ruiz") == [("Lima", SAT, MON), ("Quito", MON, None)]


def test_a_trip_dated_by_a_period_keeps_its_arrival_open():
    """'flew to Quito this week': the week says when, not which day."""
    ruiz = [person("Ana Ruiz", "ES")]
    evs = [event("t1", "travel", ruiz, dest=LIMA, start=SAT, subtype="arrive"),
           _open_start(event("t2", "travel", ruiz, dest=QUITO, at=50), MON, "2022-W20")]
    assert stops(evs, "Ana Ruiz") == [("Lima", SAT, None), ("Quito", None, None)]


def test_a_day_the_stop_was_reached_on_beats_a_day_it_was_reached_by():
    """'The visit was announced on Saturday' (an open-started visit dated by the announcement) and 'arrived in Lima
    on Monday': Lima is reached on Monday, not by Saturday."""
    ruiz = [person("Ana Ruiz", "ES")]
    evs = [_open_start(event("t1", "travel", ruiz, dest=LIMA, subtype="visit"), SAT, SAT.isoformat()),
           event("t2", "travel", ruiz, dest=LIMA, start=MON, subtype="arrive", at=50),
           event("t3", "travel", ruiz, dest=QUITO, start=date(2022, 5, 18), subtype="arrive", at=90)]
    assert stops(evs, "Ana Ruiz") == [("Lima", MON, date(2022, 5, 18)), ("Quito", date(2022, 5, 18), None)]


def test_a_stop_first_known_without_a_day_keeps_the_mark_of_the_day_it_was_reached_by():
    """'will visit Lima in May' (no day), the visit as announced on Saturday (start open: there by Saturday) and
    'arrived in Lima on Monday': the first report gives the stop no arrival, so the Saturday it takes is still only
    a day it was reached by, and Monday's arrival wins over it."""
    ruiz = [person("Ana Ruiz", "ES")]
    month = replace(event("t0", "travel", ruiz, dest=LIMA, start=date(2022, 5, 1), end=date(2022, 5, 31),
                          subtype="visit"), date_value="2022-05")
    evs = [month,
           _open_start(event("t1", "travel", ruiz, dest=LIMA, subtype="visit", at=40), SAT, SAT.isoformat()),
           event("t2", "travel", ruiz, dest=LIMA, start=MON, subtype="arrive", at=80),
           event("t3", "travel", ruiz, dest=QUITO, start=date(2022, 5, 18), subtype="arrive", at=120)]
    assert stops(evs, "Ana Ruiz") == [("Lima", MON, date(2022, 5, 18)), ("Quito", date(2022, 5, 18), None)]
