"""Stays a story tells by their ends: an arrival (or a one-day visit) closed by a dated departure from the same place,
or lengthened by the one length the story gives the trip; and a visit told by one day, a period or its last day
takes the whole stay (extractors/events/timeline.py). Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import run

MONDAY = date(2019, 4, 22)


def _meetings(events):
    return [e for e in events if e.event_type == "meeting"]


def test_a_meeting_takes_the_days_from_the_arrival_to_the_departure(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on May 3. "
            "Officials expect large crowds at the airport. "
            "Weber will also meet President Maria Lopez in Lima. "
            "Weber will leave Lima on May 5.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert (talks.date_start, talks.date_end) == (date(2019, 5, 3), date(2019, 5, 5))


def test_a_departure_from_elsewhere_closes_no_stay(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on May 3. "
            "Officials expect large crowds at the airport. "
            "Weber will also meet President Maria Lopez in Lima. "
            "Weber will leave Tokyo on May 5.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert talks.date_start is None and talks.date_end is None


def test_a_length_told_elsewhere_gives_the_arrival_its_stay(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on May 3. "
            "Officials expect large crowds at the airport. "
            "Weber will also meet President Maria Lopez in Lima. "
            "Weber's three-day visit to Peru is his first since taking office.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert (talks.date_start, talks.date_end) == (date(2019, 5, 3), date(2019, 5, 5))


def test_a_visit_told_in_a_month_takes_the_stay_dated_elsewhere(nlp):
    text = ("Chancellor Hans Weber will visit Lima in May. "
            "Officials expect large crowds at the airport. "
            "Weber will be in Lima from May 3 to May 5.")
    visits = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "travel"]
    assert visits and all((v.date_start, v.date_end) == (date(2019, 5, 3), date(2019, 5, 5)) for v in visits)


def test_the_next_arrival_elsewhere_ends_the_stay(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on May 3. "
            "Officials expect large crowds at the airport. "
            "Weber will also meet President Maria Lopez in Lima. "
            "Weber will arrive in Tokyo on May 6.")
    (talks,) = [m for m in _meetings(run(nlp, text, day=MONDAY)) if m.location and m.location.name == "Lima"]
    assert (talks.date_start, talks.date_end) == (date(2019, 5, 3), date(2019, 5, 6))
