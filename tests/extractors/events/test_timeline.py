"""A step of a trip with no day of its own takes the days of its traveller's stay at its place, wherever in the
article the stay is dated; it stays undated when the story gives no such stay, or two (extractors/events/timeline.py).
Made-up text."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import run

from dateline.extractors.events.timeline import Stay, one_window
from dateline.extractors.records import Place

MONDAY = date(2019, 4, 22)
LIMA = Place("Lima", "PE", -12.05, -77.04)


def _meetings(events):
    return [e for e in events if e.event_type == "meeting"]


def test_stays_that_follow_each_other_are_one_window():
    stays = [Stay("Hans Weber", LIMA, date(2019, 5, 3), date(2019, 5, 3), False),
             Stay("Hans Weber", LIMA, date(2019, 5, 4), date(2019, 5, 6), False)]
    assert one_window([(s.first, s.last) for s in stays]) == (date(2019, 5, 3), date(2019, 5, 6))


def test_stays_apart_are_two_trips_and_no_window():
    stays = [Stay("Hans Weber", LIMA, date(2019, 5, 3), date(2019, 5, 4), False),
             Stay("Hans Weber", LIMA, date(2019, 6, 10), date(2019, 6, 12), False)]
    assert one_window([(s.first, s.last) for s in stays]) is None


def test_a_meeting_takes_the_days_of_a_stay_dated_later_in_the_article(nlp):
    text = ("Chancellor Hans Weber will hold talks with President Maria Lopez in Lima. "
            "Officials expect the talks to cover trade. "
            "Weber will visit Lima on May 3.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert (talks.date_start, talks.date_end) == (date(2019, 5, 3), date(2019, 5, 3))


def test_an_arrival_alone_gives_no_days_to_a_meeting_there(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on May 3. "
            "Officials expect large crowds at the airport. "
            "Weber will also meet President Maria Lopez in Lima.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert talks.date_start is None and talks.date_end is None


def test_a_meeting_told_as_earlier_takes_no_days_of_the_stay(nlp):
    text = ("Chancellor Hans Weber will visit Lima on May 3. "
            "Officials expect large crowds at the airport. "
            "Weber had met President Maria Lopez in Lima.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert talks.date_start is None and talks.date_end is None


def test_an_undated_step_takes_its_travellers_day_not_the_last_day_written(nlp):
    text = ("Chancellor Hans Weber arrived in Lima on Monday. "
            "On Tuesday, President Maria Lopez addressed the parliament about the budget. "
            "Weber met Foreign Minister Ana Ruiz at the palace.")
    (talks,) = _meetings(run(nlp, text, day=date(2019, 4, 24)))
    assert (talks.date_start, talks.date_end) == (MONDAY, MONDAY)


@pytest.mark.parametrize("last", [
    # "as Weber arrived for his meeting": a new arrival (at the meeting), not the landing the story dated Monday
    "Guards lined the palace road as Weber arrived for his meeting with Lopez.",
    "When Weber arrived at the palace, he met Foreign Minister Ana Ruiz.",
])
def test_a_meeting_an_undated_arrival_leads_to_keeps_the_running_day_not_an_earlier_arrivals(nlp, last):
    text = ("Chancellor Hans Weber arrived in Lima on Monday. "
            "On Wednesday, President Maria Lopez addressed the parliament about the budget. " + last)
    (talks,) = _meetings(run(nlp, text, day=date(2019, 4, 24)))
    assert talks.date_start == date(2019, 4, 24)  # the running day (Wednesday), not the landing's Monday


def test_without_a_dated_step_of_its_own_travellers_a_step_takes_the_story_day(nlp):
    text = ("President Maria Lopez addressed the parliament on Tuesday. "
            "Chancellor Hans Weber met Foreign Minister Ana Ruiz at the palace.")
    (talks,) = _meetings(run(nlp, text, day=date(2019, 4, 24)))
    assert talks.date_start == date(2019, 4, 23)


def test_a_meeting_takes_the_days_of_the_visit_a_landing_begins(nlp):
    # the landing's length hangs on another word than the landing in the parse ("heading a delegation on ...")
    text = ("Chancellor Hans Weber will arrive in Lima on May 3 heading a large delegation on a three day state visit. "
            "Officials expect large crowds at the airport. "
            "Weber will also meet President Maria Lopez in Lima.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert (talks.date_start, talks.date_end) == (date(2019, 5, 3), date(2019, 5, 5))


def test_a_meeting_takes_the_days_from_a_landing_to_the_departure_the_story_tells(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on May 3. "
            "Weber will also meet President Maria Lopez in Lima. "
            "He will leave Lima on May 5 for Quito.")
    talks = [m for m in _meetings(run(nlp, text, day=MONDAY)) if "Maria Lopez" in {p.name for p in m.participants}]
    assert [(m.date_start, m.date_end) for m in talks] == [(date(2019, 5, 3), date(2019, 5, 5))]
