"""A line that is only a date is the page's own date line: a blog's date header the .txt reader takes for the title
beats a byline's date further down (often a quoted story's) unless it falls days after it (then it is the site's
'today'), and a hand-typed date with a space before its comma ('September 27 , 2019') is still a full date. The
pages are made up, in forms real pages use."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import infer_article_date

RUN = date(2026, 11, 23)
QUOTED = ("Floodwaters Close Main Road\nBy ANN LEE | March 7, 2015 | Valley Courier\n\n"
          "Floodwaters closed the main road into Marrowby on Saturday as the river rose, officials said.\n")


@pytest.mark.parametrize("title", ["Sunday, March 8, 2015", "March 8, 2015", "Sunday, 8 March 2015"])
def test_a_title_that_is_only_a_date_is_the_posts_date_header(blank, title):
    got = infer_article_date(blank(QUOTED), run_date=RUN, title=title)
    assert got.value == date(2015, 3, 8) and "title_date_line" in got.evidence
    # without it the quoted story's byline dates the page
    assert infer_article_date(blank(QUOTED), run_date=RUN).value == date(2015, 3, 7)


def test_a_title_date_header_beats_a_reported_weekday_pair(blank):
    body = "The island ferry sailed again on Friday (April 13) after a week of storms, the harbour master said."
    assert infer_article_date(blank(body), run_date=RUN, title="April 14, 2012").value == date(2012, 4, 14)


def test_a_title_with_words_and_a_date_is_still_the_weakest_evidence(blank):
    body = "The ministers met on Tuesday (March 12, 2019) and will meet again."
    got = infer_article_date(blank(body), run_date=RUN, title="Summit set for June 10, 2019")
    assert got.value == date(2019, 3, 12)


def test_a_title_date_days_after_the_byline_is_the_sites_today(blank):
    body = "Harbour board approves new berth\nBy Tom Roe | June 3, 2021\n\nThe board approved a berth, its chair said."
    got = infer_article_date(blank(body), run_date=RUN, title="Wednesday, October 21, 2026")
    assert got.value == date(2021, 6, 3) and "passed over" in got.evidence


def test_a_date_with_a_space_before_its_comma_is_a_full_date(blank):
    text = ("The weekly briefing will break from October 1 to October 7 and resume on Tuesday, October 8.\n\n"
            "Press Office, Ministry of Ports\n\nSeptember 27 , 2019\n\nSuggest To A Friend\n")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2019, 9, 27)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://example-notes.blogspot.com/2009/09/9-point-plan-for-the-river.html", None),  # a slug's number
        ("https://example.org/2014/05/10_ways_to_save_water/", None),
        ("https://example.org/2019/10/13/minister-visits-port/", date(2019, 10, 13)),  # a day folder
        ("https://example.org/2019/10/13.html", date(2019, 10, 13)),
        ("https://example.org/news/2019-10-13-minister-visits-port", date(2019, 10, 13)),  # a dashed date
    ],
)
def test_a_number_opening_the_slug_is_no_day_of_the_url(blank, url, expected):
    body = "The minister visited the port and met dock workers, her office said."
    got = infer_article_date(blank(body), run_date=RUN, url=url)
    assert got.value == expected


def test_a_title_date_with_no_weekday_long_after_the_byline_is_the_sites_clock(blank):
    body = "Ferry link approved\n\nBy The Island Wire on March 31, 2023.\n\nThe council approved the ferry link."
    got = infer_article_date(blank(body), run_date=RUN, title="November 19th, 2024")
    assert got.value == date(2023, 3, 31) and "passed over 'November 19th, 2024'" in got.evidence
