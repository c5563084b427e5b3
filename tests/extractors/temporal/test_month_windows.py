"""Months given as alternatives ('in April or May', 'April/June') are one window for an event dated by them
(made-up sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import resolve_timexes
from dateline.extractors.temporal.month_windows import join_month_windows

ANCHOR = date(2010, 3, 8)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The band will tour the coast in April or May.", "2010-04-01", "2010-05-31"),
    ("The band will tour the coast sometime in April/June.", "2010-04-01", "2010-06-30"),
    ("The band will tour the coast in April and May.", "2010-04-01", "2010-05-31"),
])
def test_months_as_alternatives_are_one_window(nlp, text, start, end):
    months = [t for t in join_month_windows(resolve_timexes(nlp(text), ANCHOR), text) if t.start_date is not None]
    assert [(t.start_date.isoformat(), t.end_date.isoformat()) for t in months] == [(start, end)]


@pytest.mark.parametrize("text", [
    "The band toured the coast in April, and in June it played in town.",  # two occasions
    "The band will tour the coast in May or April.",  # out of order: not a window
    "The band will tour the coast in April or October.",  # too far apart to be one window
])
def test_months_that_are_no_window_stay_apart(nlp, text):
    months = [t for t in join_month_windows(resolve_timexes(nlp(text), ANCHOR), text) if t.granularity == "month"]
    assert all(t.start_date.month == t.end_date.month for t in months)
