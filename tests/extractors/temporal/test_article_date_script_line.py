"""A page whose only date is a header line in another script ('16 <month> 2021 09:30', the month named in Arabic,
Cyrillic or Chinese characters) is dated from it by dateparser, in the languages of the line's script; and two wire
dateline shapes date a page too: a place with its region in brackets, and a date-first dateline whose place the
copying site dropped. The pages are made up, in forms real pages use."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import infer_article_date
from dateline.extractors.temporal.article_date_script import read_script_date, script_of

RUN = date(2026, 11, 23)
BODY = "The two ministers met in the capital and agreed to resume the talks on trade next month."


@pytest.mark.parametrize(
    "line, expected",
    [
        ("16 آذار 2021 09:30", date(2021, 3, 16)),  # a regional calendar's month name
        ("16 مارس 2021", date(2021, 3, 16)),
        ("16 марта 2021 г.", date(2021, 3, 16)),
        ("2021年3月16日 09:30", date(2021, 3, 16)),
    ],
)
def test_a_header_date_line_in_another_script_dates_the_page(blank, line, expected):
    got = infer_article_date(blank(f"Ministers agree to resume trade talks\n{line}\n{BODY}"), run_date=RUN)
    assert (got.value, got.source) == (expected, "inferred"), got
    assert "script_date_line" in got.evidence


@pytest.mark.parametrize(
    "line",
    [
        "16 آذار",  # no year: a month and day say nothing of the page's year
        "وزراء يتفقون على استئناف المحادثات",  # a headline in another script, no date
        "Ministers 16 March",  # Latin script: the English rules' business
    ],
)
def test_a_line_that_is_no_full_date_in_another_script_gives_nothing(line):
    assert read_script_date(line) is None


def test_the_script_is_one_non_latin_writing():
    assert script_of("16 марта 2021") == "CYRILLIC"
    assert script_of("2021年3月16日") == "CJK"
    assert script_of("16 March 2021") is None
    assert script_of("16 марта March 2021") is None


def test_the_english_rules_still_come_first(blank):
    text = f"Ministers agree\nMarch 15, 2021\n16 марта 2021\n{BODY}"
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2021, 3, 15), got


@pytest.mark.parametrize(
    "text, rule",
    [
        ("March 16 (Wire) -- The minister was in the capital Tuesday for talks, the first since 2020.",
         "dateline_date_agency"),
    ],
)
def test_wire_datelines_without_a_year_date_the_page(blank, text, rule):
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2021, 3, 16), got  # the first year after the stated 2020 whose March 16 is a Tuesday
    assert rule in got.evidence


def test_a_date_first_line_with_no_agency_is_no_dateline(blank):
    got = infer_article_date(blank("March 16 -- The minister was in the capital for talks, the first since 2020."),
                             run_date=RUN)
    assert "dateline_date_agency" not in (got.evidence or "")
