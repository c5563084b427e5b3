"""A header line holding one full date and otherwise only page furniture (a section label, clock times and zones, a
'Posted:' label, a comment counter, a byline) is the page's own date line, whatever the furniture; a line with a
prose word, a second date, or the site's 'today' label is not; a date an update label opens is the update's. The
pages are made up, in forms real pages use."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import infer_article_date
from dateline.extractors.temporal.article_date_line import furniture_date_lines

RUN = date(2026, 11, 23)
LEAD = "The council approved the new ferry link on Thursday after a debate that ran past midnight, its chair said."


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Regional News 18:05 June 3, 2021", date(2021, 6, 3)),  # a section label and a clock before the date
        ("May 9, 2008 Posted: 6:15 PM CDT (2315 GMT)", date(2008, 5, 9)),  # a label, a clock and zones after it
        ("12th October 2017, Comments 4 comments", date(2017, 10, 12)),  # a comment counter
        ("By Ann Lee and Tom Roe | 3 Mar 2021 | 4 min read", date(2021, 3, 3)),  # a byline and a reading time
        ("March 4, 2020 9:00 am | Updated 11:30 am GMT", date(2020, 3, 4)),  # the update names no date of its own
    ],
)
def test_a_line_of_one_date_and_furniture_dates_the_page(blank, line, expected):
    text = f"Ferry link approved\n\n{line}\n\n{LEAD}"
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ferry link approved after a vote on June 3, 2021",  # prose words around the date
        "Talks set for June 3, 2021 and June 9, 2021",  # two dates
        "Today's Paper | Monday, June 3, 2024",  # the site's today
        "Updated: June 3, 2021 18:05",  # the update's date
    ],
)
def test_a_line_with_prose_two_dates_chrome_or_an_update_label_is_no_date_line(line):
    assert furniture_date_lines(f"{line}\n\n{LEAD}", 400) == []


def test_a_date_line_below_the_first_prose_line_is_the_bodys(blank):
    assert furniture_date_lines(f"{LEAD}\nRegional News 18:05 June 3, 2021\n", 400) == []


def test_a_printed_date_line_outranks_the_date_in_a_urls_story_code(blank):
    text = f"Ferry link approved\n\nRegional News 18:05 June 3, 2021\n\n{LEAD}"
    url = "https://example-wire.com/view/EXW20210602004500315"  # the code carries the first filing's day
    got = infer_article_date(blank(text), run_date=RUN, url=url)
    assert got.value == date(2021, 6, 3) and "furniture_date_line" in got.evidence
    # without the date line the story code dates the page
    assert infer_article_date(blank(f"Ferry link approved\n\n{LEAD}"), run_date=RUN, url=url).value == date(2021, 6, 2)


def test_a_date_line_days_after_the_urls_date_is_the_sites_today(blank):
    text = f"Ferry link approved\n\nRegional News 18:05 June 30, 2021\n\n{LEAD}"
    got = infer_article_date(blank(text), run_date=RUN, url="https://example.org/2021/06/03/ferry-link/")
    assert got.value == date(2021, 6, 3)
