"""A trip's length with one known bound: "has ended his three-day visit" (the report's day ends it; it began two days
before), "arrived here on a three-day visit" under a dated dateline (it runs three days from the arrival's day).
extractors/events/assemble.py ``finish``. Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import run

TUESDAY = date(2019, 4, 23)


def _trips(events):
    return [e for e in events if e.event_type == "travel"]


def test_an_ended_visit_of_known_length_ends_on_the_report_s_day(nlp):
    text = "Chancellor Hans Weber has ended his three-day visit to Peru."
    (visit,) = _trips(run(nlp, text, day=TUESDAY))
    assert (visit.date_start, visit.date_end) == (date(2019, 4, 21), TUESDAY)


def test_an_ended_visit_of_unknown_length_keeps_its_first_day_open(nlp):
    text = "Chancellor Hans Weber has ended his visit to Peru."
    (visit,) = _trips(run(nlp, text, day=TUESDAY))
    assert (visit.date_start, visit.date_end) == (None, TUESDAY)


def test_an_arrival_on_a_visit_under_a_dated_dateline_begins_the_visit(nlp):
    text = "LIMA, April 23: Chancellor Hans Weber arrived here on a three-day state visit to Peru."
    trips = _trips(run(nlp, text, day=TUESDAY))
    # the settled reading: one event, the visit the arrival begins (visit_span)
    assert {(e.date_start, e.date_end) for e in trips} == {(TUESDAY, date(2019, 4, 25))}
