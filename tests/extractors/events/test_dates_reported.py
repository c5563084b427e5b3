"""A day the parser hangs on a reporting verb may be the reported clause's: "X will hold talks in Y on May 14,
sources told Z" (written inside the reported clause, before its reporter; extractors/events/dates.py
``reported_clause_day``). Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import run

MONDAY = date(2019, 4, 22)


def _meetings(events):
    return [e for e in events if e.event_type == "meeting"]


def test_a_day_inside_the_reported_clause_is_the_clause_s(nlp):
    text = ("Chancellor Hans Weber will hold talks with President Maria Lopez in Lima, instead of Quito, on April 29, "
            "sources told the Daily Courier.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert (talks.date_start, talks.date_end) == (date(2019, 4, 29), date(2019, 4, 29))


def test_a_day_written_after_the_reporting_verb_stays_with_the_report(nlp):
    text = "Chancellor Hans Weber will hold talks with President Maria Lopez in Lima, officials said on Friday."
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert talks.date_start is None  # the report's day (last Friday), not the talks'
