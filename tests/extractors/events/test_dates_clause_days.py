"""Whose days a clause's trip takes: a headline's simple present is the report's news (its first day is the day
it is told, not open as for a past "toured Lima" told with no day), and a clause coordinated with its own subject
does not take the days of the clause before it. Made-up text."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import DAY, run


@pytest.mark.parametrize("text", [
    "President Ana Ruiz visits Lima to open a trade fair",
    "President Ana Ruiz flies to Lima to open a trade fair",
])
def test_a_present_tense_trip_is_the_report_s_news(nlp, text):
    (trip,) = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert trip.date_start == trip.date_end == DAY


def test_a_clause_with_its_own_subject_does_not_take_the_days_of_the_clause_before(nlp):
    text = ("The summit had been planned since last month, but the date was set after Foreign Minister Bo Lind "
            "travelled to Lima to meet President Ana Ruiz on Wednesday.")
    events = run(nlp, text)
    assert {e.event_type for e in events} == {"travel", "meeting"}
    assert all(e.date_start == e.date_end == date(2016, 3, 9) for e in events)


def test_a_conjunct_sharing_the_subject_shares_the_day(nlp):
    text = "President Ana Ruiz left Quito on Monday and flew to Lima."
    trips = [e for e in run(nlp, text) if e.destination is not None and e.destination.name == "Lima"]
    assert trips and all(t.date_start == date(2016, 3, 7) for t in trips)
