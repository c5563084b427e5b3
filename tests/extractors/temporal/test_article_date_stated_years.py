"""A year-less stamp on a page with no full date takes its year from the years the page's own prose states, not from
the run date: the latest of them is the floor, and the weekday the stamp or its sentence names picks the first year
from it that fits. The page texts are made up, in forms real pages take."""

from __future__ import annotations

from datetime import date

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


def test_a_yearless_dateline_takes_the_first_year_from_the_stated_one_its_weekday_fits(blank):
    text = ("PORTVILLE, Dec 3: The envoy on Friday began a three-day visit to the island, where he will present a "
            "peace plan to the parties.\nThe crisis began with a mutiny in March 2002.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2004, 12, 3)
    assert "the latest year the page states" in got.evidence and "Friday" in got.evidence


def test_a_yearless_stamp_without_a_weekday_takes_the_stated_year(blank):
    text = ("The minister ended her tour today, 26 November, with a visit to the old port.\n"
            "She had last come to the region in 2011, as a junior envoy.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2011, 11, 26) and "'in 2011'" in got.evidence


def test_a_page_stating_no_year_still_falls_back_to_the_run_date(blank):
    text = "PORTVILLE, Dec 3: The envoy on Friday began a visit to the island.\nHe met the parties."
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value is not None and got.value.weekday() in (4, 5) and "not after the run date" in got.evidence


def test_a_weekday_in_a_clause_about_the_future_does_not_hide_the_past_one(blank):
    # 'will present ... on Monday' is ahead; 'on Friday began' is the reported day: 7 March 2008 is a Friday
    text = ("PORTVILLE, March 7: The envoy on Friday began a visit to the island, where he will present a plan on "
            "Monday.\nThe talks stalled in 2006.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2008, 3, 7)


def test_a_weekday_on_the_reporting_verb_counts_though_its_complement_is_about_the_future(blank):
    # 'announced Monday that ... will take place next week': the announcing is the dateline's day; 7 April 2014 is
    # the first Monday (or Tuesday) 7 April from the stated 2011 on (2011-2013 put it on a Thursday, Saturday, Sunday)
    text = ("PORTVILLE, Apr 7 (Agency) The premier announced Monday that her delayed visit to the island will take "
            "place next week.\nIt will be her first trip there since she took office in 2011.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2014, 4, 7) and "Monday" in got.evidence


def test_a_weekday_inside_a_future_complement_still_says_nothing(blank):
    text = ("PORTVILLE, Apr 7 (Agency) The premier said that she will visit the island on Monday.\n"
            "She took office in 2011.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2011, 4, 7) and "Monday" not in got.evidence
