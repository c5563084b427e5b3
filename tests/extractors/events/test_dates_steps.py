"""An event dated from another step of the story: "a day after his summit" is the day before the step's day, and a
trip "to attend the April 26-27 forum" lasts the forum's days. Made-up text."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import run

FRIDAY = date(2019, 4, 26)


@pytest.mark.parametrize(("words", "day"), [("a day after", date(2019, 4, 25)),
                                            ("two days after", date(2019, 4, 24))])
def test_a_meeting_measured_back_from_a_dated_step(nlp, words, day):
    text = f"Leader Hans Weber left Lima on Friday, {words} his summit with President Ana Ruiz."
    (summit,) = [e for e in run(nlp, text, day=FRIDAY) if e.event_type == "meeting"]
    assert (summit.date_start, summit.date_end) == (day, day)


def test_a_meeting_measured_ahead_of_a_dated_step(nlp):
    text = "Leader Hans Weber will fly to Lima on Friday, two days before talks with President Ana Ruiz."
    (talks,) = [e for e in run(nlp, text, day=date(2019, 4, 24)) if e.event_type == "meeting"]
    assert talks.date_start == date(2019, 4, 28)


def test_a_trip_to_attend_a_dated_gathering_lasts_its_days(nlp):
    text = "Prime Minister Hans Weber is due to visit China to attend the April 26-27 trade forum in Beijing."
    (trip,) = [e for e in run(nlp, text, day=date(2019, 4, 23)) if e.event_type == "travel"]
    assert (trip.date_start, trip.date_end) == (date(2019, 4, 26), date(2019, 4, 27))


def test_a_trip_with_a_day_of_its_own_keeps_it(nlp):
    text = "Prime Minister Hans Weber will fly to China on Thursday to attend the April 26-27 trade forum in Beijing."
    (trip,) = [e for e in run(nlp, text, day=date(2019, 4, 23)) if e.event_type == "travel"]
    assert trip.date_start == date(2019, 4, 25)
