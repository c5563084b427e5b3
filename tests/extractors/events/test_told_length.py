"""A trip told with its length lasts that many days from its first day (told_length); trips told as over, legs of a
tour, called-off trips and arrivals keep their days. Made-up sentences parsed by
the real pipeline; candidates built by hand around their triggers."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events.candidate import Candidate
from dateline.extractors.events.told_length import held_to_length, hold_trips_to_length, told_as_over
from dateline.extractors.records import Participant, Place

TUE = date(2022, 5, 10)
THU = date(2022, 5, 12)
LIMA = Place(name="Lima", country_code="PE")


def test_the_window_runs_from_the_first_day():
    assert held_to_length(TUE, 3) == (TUE, THU)
    assert held_to_length(None, 3) is None  # no first day: no anchor


@pytest.mark.parametrize(("text", "word"), [
    ("Hans Weber concluded his two-day visit to Norlund.", "visit"),
    ("Ana Ruiz's six-day visit to Peru wrapped up with a concert.", "visit"),
    ("Ana Ruiz returned home on Thursday after a three-day trip to Peru.", "trip"),
])
def test_a_trip_told_as_over(nlp, trigger, text, word):
    assert told_as_over(trigger(nlp, text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Hans Weber began a two-day visit to Norlund on Tuesday.", "visit"),
    ("Ana Ruiz is boarding a train for the final leg of her three-day visit to Peru.", "visit"),
    ("Ana Ruiz met the mayor after a three-day trip to Peru.", "trip"),  # met: no going home
])
def test_a_trip_not_told_as_over(nlp, trigger, text, word):
    assert not told_as_over(trigger(nlp, text, word))


def _trip(t, start, end, *, subtype="visit", status="occurred", source="context", leg=0) -> Candidate:
    return Candidate("travel", subtype, t, [Participant(name="Ana Ruiz")], None, None, LIMA, start, end, None,
                     source, status, leg=leg)


def test_a_trip_with_its_length_takes_those_days(nlp, trigger):
    t = trigger(nlp, "Ana Ruiz is boarding a train for the final leg of her three-day visit to Lima.", "visit")
    c = _trip(t, TUE, TUE)
    hold_trips_to_length([c])
    assert (c.date_start, c.date_end) == (TUE, THU)
    over = _trip(trigger(nlp, "Ana Ruiz concluded her three-day visit to Lima on Thursday.", "visit"), THU, THU,
                 source="own")
    hold_trips_to_length([over])  # told as over: its day is its last, dated by the sentence reader
    assert (over.date_start, over.date_end) == (THU, THU)


def test_what_keeps_its_days(nlp, trigger):
    t = trigger(nlp, "Ana Ruiz is boarding a train for the final leg of her three-day visit to Lima.", "visit")
    kept = [
        _trip(t, TUE, TUE, status="cancelled"),  # a plan that was not kept
        _trip(t, TUE, TUE, leg=1),  # one leg of a tour: the length is the tour's
        _trip(t, TUE, TUE, subtype="arrive"),  # a step of one day
        _trip(t, TUE, date(2022, 5, 15), source="own"),  # days of its own, told as written
        _trip(t, None, None),  # no day to start from
    ]
    before = [(c.date_start, c.date_end) for c in kept]
    hold_trips_to_length(kept)
    assert [(c.date_start, c.date_end) for c in kept] == before
    plain = _trip(trigger(nlp, "Ana Ruiz visited Lima on Tuesday.", "visited"), TUE, TUE, source="own")
    hold_trips_to_length([plain])  # no length told
    assert (plain.date_start, plain.date_end) == (TUE, TUE)
