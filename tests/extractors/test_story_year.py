"""A page with no date of its own places its year-less dates in its story's year (``temporal.story_year``), in the
flow: the page stays undated, its weekdays stay unresolved, and its explicit month-and-day dates get the year."""

from __future__ import annotations

from datetime import date

import pytest
from analysed_fakes import FakeArticle

from dateline.extractors.records import Timex
from dateline.extractors.temporal.story_year import in_story_year, nearest_year_value

RUN = date(2026, 12, 1)


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


@pytest.fixture(scope="module")
def nlp():
    from dateline.extractors.pipeline import load_nlp

    return load_nlp()


def test_an_undated_preview_dates_its_trip_in_the_year_of_its_storys_report(nlp) -> None:
    from dateline.extractors.process import process_articles

    report = FakeArticle("report", "Published: 9 May 2031\n\nPrime Minister Ana Velkova arrived in Oslo on Friday "
                         "for a two-day visit and met President Tomas Brenner.\n")
    preview = FakeArticle("preview", "Prime Minister Ana Velkova will visit Oslo on May 9, her office said on "
                          "Monday. She will meet President Tomas Brenner during the visit.\n")
    got = {r.article.article_id: r for r in process_articles(nlp, [preview, report], run_date=RUN)}
    page = got["preview"]
    assert page.article_date.value is None and page.story_day is not None  # the page stays undated
    assert {t.text: t.value for t in page.timexes} == {"May 9": "2031-05-09", "Monday": "XXXX-WXX-1"}
    trips = [e for e in page.events if e.event_type == "travel"]
    assert [(e.date_start, e.status) for e in trips] == [(date(2031, 5, 9), "planned")]
