"""A page with no date of its own places its year-less dates in the year of its story's day (``temporal.story_year``):
the nearest year, for months and month-and-day dates only. The flow's use is tested with ``story_day``'s flow test."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.records import Timex
from dateline.extractors.temporal.story_year import in_story_year, nearest_year_value


@pytest.mark.parametrize(("value", "story_day", "placed"), [
    ("XXXX-04-28", date(2017, 4, 29), ("2017-04-28", date(2017, 4, 28), date(2017, 4, 28))),
    ("XXXX-12", date(2017, 4, 29), ("2016-12", date(2016, 12, 1), date(2016, 12, 31))),  # 'a December attack'
    ("XXXX-01-03", date(2018, 12, 28), ("2019-01-03", date(2019, 1, 3), date(2019, 1, 3))),  # across the new year
    ("XXXX-02-29", date(2021, 2, 20), ("2020-02-29", date(2020, 2, 29), date(2020, 2, 29))),  # the leap year near
    ("XXXX-06", date(2022, 6, 29), ("2022-06", date(2022, 6, 1), date(2022, 6, 30))),
])
def test_a_yearless_date_takes_the_year_nearest_the_storys_day(value, story_day, placed) -> None:
    assert nearest_year_value(value, story_day) == placed


@pytest.mark.parametrize("value", ["XXXX-WXX-5", "XXXX-XX-XXTMO", "P2D", "PRESENT_REF", "XXXX", "2011"])
def test_weekdays_parts_of_day_durations_and_years_are_not_placed(value) -> None:
    assert nearest_year_value(value, date(2017, 4, 29)) is None


def test_only_unanchored_dates_are_placed() -> None:
    friday = Timex(0, 6, "Friday", "DATE", "XXXX-WXX-5", rule="weekday")
    april = Timex(10, 18, "April 28", "DATE", "XXXX-04-28", granularity="day", rule="month_day")
    stated = Timex(20, 24, "2011", "DATE", "2011", start_date=date(2011, 1, 1), end_date=date(2011, 12, 31))
    got = in_story_year([friday, april, stated], date(2017, 4, 29))
    assert got[0] == friday and got[2] == stated
    assert (got[1].value, got[1].start_date, got[1].end_date) == ("2017-04-28", date(2017, 4, 28), date(2017, 4, 28))
