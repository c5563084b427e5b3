"""An event dated by months given as alternatives ("in April or May") spans them all. Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import run


def test_a_trip_in_one_of_two_months_spans_both(nlp):
    (trip,) = run(nlp, "Transport Minister Bo Lind will visit Peru in April or May.", day=date(2010, 3, 8))
    assert (trip.date_start, trip.date_end) == (date(2010, 4, 1), date(2010, 5, 31))
