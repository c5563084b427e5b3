"""A year-less stamp on a page with no full date takes its year from the years the page's own prose states, not from
the run date: the latest of them is the floor, and the weekday the stamp or its sentence names picks the first year
from it that fits. The page texts are made up, in forms real pages take."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import infer_article_date
from dateline.extractors.temporal.article_date_years import first_fitting_day, latest_stated_year

RUN = date(2026, 11, 23)


def test_the_latest_year_the_prose_states_is_found_but_not_counts_or_later_years():
    text = ("The rebels rose in September 2002 and the talks of 1999 failed. Some 2000 troops stayed. "
            "A plan for 2030 was announced.")
    found = latest_stated_year(text, RUN)
    assert found is not None and found.year == 2002 and "2002" in found.text
    assert latest_stated_year("Some 2000 troops stayed on 3,000 acres.", RUN) is None
    assert latest_stated_year("He first came in 2019.", date(2018, 12, 31)) is None  # after the bound


def test_the_first_year_from_the_floor_that_fits_the_weekday():
    # 3 December: a Tuesday in 2002, a Friday in 2004
    assert first_fitting_day(12, 3, 2002, RUN, (4,)) == date(2004, 12, 3)
    assert first_fitting_day(12, 3, 2002, RUN, None) == date(2002, 12, 3)
    assert first_fitting_day(12, 3, 2002, date(2003, 6, 1), (4,)) is None  # no fit before the bound


# (page text, the page's date, words its evidence must hold, words it must not): each stamp has no year of its own
STAMPS_AND_STATED_YEARS = {
    "the first year from the stated one that the weekday fits": (
        "PORTVILLE, Dec 3: The envoy on Friday began a three-day visit to the island, where he will present a "
        "peace plan to the parties.\nThe crisis began with a mutiny in March 2002.",
        date(2004, 12, 3), ("the latest year the page states", "Friday"), ()),
    "no weekday: the stated year": (
        "The minister ended her tour today, 26 November, with a visit to the old port.\n"
        "She had last come to the region in 2011, as a junior envoy.",
        date(2011, 11, 26), ("'in 2011'",), ()),
    # 'will present ... on Monday' is ahead; 'on Friday began' is the reported day: 7 March 2008 is a Friday
    "a weekday about the future does not hide the past one": (
        "PORTVILLE, March 7: The envoy on Friday began a visit to the island, where he will present a plan on "
        "Monday.\nThe talks stalled in 2006.",
        date(2008, 3, 7), (), ()),
    # 'announced Monday that ... will take place next week': the announcing is the dateline's day; 7 April 2014 is
    # the first Monday 7 April from the stated 2011 on (2011-2013 put it on a Thursday, Saturday, Sunday)
    "the reporting verb's weekday counts though its complement is about the future": (
        "PORTVILLE, Apr 7 (Agency) The premier announced Monday that her delayed visit to the island will take "
        "place next week.\nIt will be her first trip there since she took office in 2011.",
        date(2014, 4, 7), ("Monday",), ()),
    "a weekday inside a future complement still says nothing": (
        "PORTVILLE, Apr 7 (Agency) The premier said that she will visit the island on Monday.\n"
        "She took office in 2011.",
        date(2011, 4, 7), (), ("Monday",)),
}


@pytest.mark.parametrize("name", STAMPS_AND_STATED_YEARS)
def test_a_yearless_stamp_takes_its_year_from_the_stated_years_and_its_weekday(blank, name):
    text, expected, said, unsaid = STAMPS_AND_STATED_YEARS[name]
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == expected
    assert all(w in got.evidence for w in said) and not any(w in got.evidence for w in unsaid)


def test_a_page_stating_no_year_still_falls_back_to_the_run_date(blank):
    text = "PORTVILLE, Dec 3: The envoy on Friday began a visit to the island.\nHe met the parties."
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value is not None and got.value.weekday() in (4, 5) and "not after the run date" in got.evidence
