"""A trip's hot-news perfect ('has arrived in X') with no day of its own is news of the report's day, even after a
line that names an earlier day; a meeting's perfect ('has spoken with X') is not. Made-up text."""

from __future__ import annotations

from made_up_text import DAY, run


def test_a_trip_s_hot_news_perfect_is_the_report_s_day_after_an_earlier_day(nlp):
    text = ("President Ana Ruiz and Prime Minister Bo Lind met for three hours on Tuesday.\n\n"
            "President Ana Ruiz has arrived in Lima, where she is due to hold talks with the president.")
    (trip,) = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert trip.date_start == trip.date_end == DAY


def test_a_perfect_of_speaking_keeps_no_report_s_day(nlp):
    text = ("President Ana Ruiz met Prime Minister Bo Lind on Tuesday.\n\n"
            "Ruiz has spoken with Prime Minister Bo Lind by phone.")
    (spoken,) = [e for e in run(nlp, text) if e.trigger == "spoken"]
    assert spoken.date_start != DAY
