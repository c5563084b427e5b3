"""A dateline whose full date comes before its place ('March 16, 2021 - TOKYO - ...') dates the page as the usual
place-first dateline does: otherwise a page that dates itself only there is dated from a reported weekday pair or
not at all, and every relative day in it resolves wrong. The pages are made up, in forms real pages use."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import infer_article_date

RUN = date(2026, 11, 23)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("March 16, 2021 - TOKYO - The two ministers met on Tuesday and agreed to resume the talks.",
         date(2021, 3, 16)),
        ("16 March 2021 — Lima (Wire) — The envoy arrived on Monday for two days of talks with the president.",
         date(2021, 3, 16)),
        ("4 June 2010: NAIROBI, Kenya: The minister opened the conference on Thursday evening.",
         date(2010, 6, 4)),
        ("Sept. 9, 2014 -- OSLO/STOCKHOLM -- The premiers will meet next week to sign the agreement.",
         date(2014, 9, 9)),
        ("Ann Lee, staff writer\n\nMay 2, 2019 – Port Avery – \"We are ready,\" the mayor said on Wednesday.",
         date(2019, 5, 2)),
    ],
)
def test_a_date_before_the_dateline_place_dates_the_page(blank, text, expected):
    got = infer_article_date(blank(text), run_date=RUN)
    assert (got.value, got.source) == (expected, "inferred"), got
    assert "dateline_date_then_place" in got.evidence


@pytest.mark.parametrize(
    "text",
    [
        # a schedule line: a date, a colon and prose, no place closed by a dash
        "May 25, 2016: The president will travel to the capital for two days of talks.",
        # a sentence opening with a date: no dash after the place
        "March 3, 2019 - the day the ministers met in Oslo - was a Sunday, the minister recalled.",
    ],
)
def test_a_date_opening_prose_is_no_dateline(blank, text):
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.evidence is None or "dateline_date_then_place" not in got.evidence


def test_a_publication_line_still_beats_it(blank):
    text = "Published: March 17, 2021\n\nMarch 16, 2021 - TOKYO - The two ministers met on Tuesday."
    assert infer_article_date(blank(text), run_date=RUN).value == date(2021, 3, 17)
