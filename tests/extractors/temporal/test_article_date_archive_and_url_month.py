"""Article dates from three kinds of page furniture: an archive photo's caption (which dates an old picture, never
the writing), a URL's year and month with no day (which give a year-less date its year and settle which way a
numeric date reads), and a title closed by a two-digit year. The pages are made up, in forms real pages use."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import infer_article_date

RUN = date(2026, 11, 23)
BODY = "The minister will fly to the capital on Thursday for talks with her counterpart.\n"


@pytest.mark.parametrize(
    "caption",
    [
        "FILE - The minister speaks at a rally in Lyon, France, March 3, 2011.",
        "FILE PHOTO: The minister speaks at a rally in Lyon, France, March 3, 2011. REUTERS/Ann Lee",
        "(FILE) The minister speaks at a rally in Lyon, France, March 3, 2011.",
        "File photo: the minister at a rally in Lyon on March 3, 2011. (Photo: Ann Lee)",
    ],
)
def test_an_archive_photo_caption_dates_no_article(blank, caption):
    text = f"Minister to visit the capital\n\n{caption}\n\n{BODY}"
    assert infer_article_date(blank(text), run_date=RUN).source == "unknown"


def test_a_caption_that_is_not_from_the_archive_still_dates_the_article(blank):
    text = f"Minister to visit the capital\n\nThe minister speaks at a rally in Lyon, France, March 3, 2011.\n\n{BODY}"
    assert infer_article_date(blank(text), run_date=RUN).value == date(2011, 3, 3)


def test_a_caption_after_an_archive_caption_still_counts(blank):
    text = ("Minister to visit the capital\n\nFILE - The minister at a rally in Lyon, France, March 3, 2011.\n"
            f"PARIS, May 4, 2016 (AFP) - {BODY}")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2016, 5, 4) and "2011" not in got.evidence


@pytest.mark.parametrize(
    "url, expected, how",
    [
        ("http://www.example.org/english/2001/Mar/6072.htm", date(2001, 3, 4), "in the URL's month"),
        ("https://example.gov/newsroom/2001/04/ministers-meet", date(2001, 4, 3), None),
        ("http://www.example.org/english/2001/3/6072.htm", date(2001, 3, 4), "in the URL's month"),
        (None, date(2001, 4, 3), None),  # day first, as wires print it
    ],
)
def test_a_bracketed_wire_credit_reads_its_numbers_in_the_urls_month(blank, url, expected, how):
    text = f"Ministers meet in the capital\n\n{BODY}\n(AFP 03/04/2001)\n"
    got = infer_article_date(blank(text), run_date=RUN, url=url)
    assert got.value == expected and "agency_credit_numeric" in got.evidence
    assert how is None or how in got.evidence


def test_a_bracketed_credit_must_close_its_bracket(blank):
    text = f"Ministers meet in the capital\n\n{BODY}\n(AFP 03/04/2001\n"
    assert infer_article_date(blank(text), run_date=RUN).source == "unknown"


def test_a_url_month_gives_a_yearless_dateline_the_year_nearest_to_it(blank):
    text = f"Ministers meet\n\nOSLO, Dec. 30 (Reuters) - {BODY}"
    got = infer_article_date(blank(text), run_date=RUN, url="https://example.com/world/2009/01/ministers-meet")
    assert got.value == date(2008, 12, 30) and "the URL" in got.evidence
    # a year alone still gives its own year
    got = infer_article_date(blank(text), run_date=RUN, url="https://example.com/world/2009/ministers-meet")
    assert got.value == date(2009, 12, 30)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Press statement: the minister's meetings at the summit in the capital, 28 Feb 09", date(2009, 2, 28)),
        ("Press statement: the minister's visit to the capital, 3 Mar 97", date(1997, 3, 3)),
    ],
)
def test_a_title_closed_by_a_two_digit_year(blank, title, expected):
    got = infer_article_date(blank(BODY), run_date=RUN, title=title)
    assert got.value == expected and "title_short_year" in got.evidence


def test_a_two_digit_number_inside_a_title_is_no_year(blank):
    title = "Minister meets 28 Feb 09 delegates"
    assert infer_article_date(blank(BODY), run_date=RUN, title=title).source == "unknown"
