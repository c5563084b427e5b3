"""A timetable told in the past ("was due to arrive on Thursday") still looks ahead from the writer's day: the
event's weekday is the coming one, not the one before. Made-up text."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import run

WEDNESDAY = date(2019, 5, 8)


@pytest.mark.parametrize("plan", ["was due to", "was expected to", "was set to"])
def test_a_past_timetable_dates_its_arrival_on_the_coming_weekday(nlp, plan):
    text = f"Foreign Minister Bo Lind {plan} arrive in Lima on Thursday for talks."
    (arrival,) = [e for e in run(nlp, text, day=WEDNESDAY) if e.subtype == "arrive"]
    assert (arrival.date_start, arrival.date_end) == (date(2019, 5, 9), date(2019, 5, 9))


def test_an_arrival_told_in_the_past_keeps_the_weekday_before(nlp):
    (arrival,) = [e for e in run(nlp, "Foreign Minister Bo Lind arrived in Lima on Thursday.", day=WEDNESDAY)
                  if e.subtype == "arrive"]
    assert arrival.date_start == date(2019, 5, 2)
