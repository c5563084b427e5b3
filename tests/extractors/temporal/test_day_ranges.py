"""The two ends of a range of days, joined for callers that date an event by one expression (made-up sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import resolve_timexes
from dateline.extractors.temporal.day_ranges import day_range_pairs, join_day_ranges

ANCHOR = date(2020, 12, 16)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The choir tours the valley from December 21 (Mon.) to 24 (Thu.), its manager said.", "2020-12-21", "2020-12-24"),
    ("The choir tours the valley Dec. 21 to Dec. 24.", "2020-12-21", "2020-12-24"),
    ("The choir toured the valley Nov. 30 to Dec. 2.", "2020-11-30", "2020-12-02"),
    ("The choir tours the valley on Tuesday (22 December) and Wednesday (23 December).", "2020-12-22", "2020-12-23"),
    ("The choir tours the valley from 21 to 24 December.", "2020-12-21", "2020-12-24"),
    ("The choir tours the valley on January 2 and January 3.", "2021-01-02", "2021-01-03"),
])
def test_linked_days_join(nlp, text, start, end):
    joined = join_day_ranges(resolve_timexes(nlp(text), ANCHOR), text)
    days = [t for t in joined if t.start_date is not None]
    assert [(t.start_date.isoformat(), t.end_date.isoformat()) for t in days] == [(start, end)]


@pytest.mark.parametrize("text", [
    "The choir sang on May 3 and May 10 in the valley.",  # two occasions a week apart, not a span
    "The choir sang on December 3, and on December 4 it rested in town, then on December 9 it left.",
    "The choir sang on Friday and Thursday in the valley.",  # a list out of order
])
def test_unlinked_days_stay_apart(nlp, text):
    assert day_range_pairs(resolve_timexes(nlp(text), ANCHOR), text) == []
