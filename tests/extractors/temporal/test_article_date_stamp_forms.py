"""Stamp forms a page dates itself with that the rules once missed: an ISO stamp printed without leading zeros, a
caption whose credit is labelled 'Image Credit:', a date line printed over a datelined item (not a related story's
date line). The page texts are made up, in forms real pages take."""

from __future__ import annotations

from datetime import date

from dateline.extractors.temporal import infer_article_date

RUN = date(2026, 11, 23)


def test_an_iso_stamp_without_leading_zeros_dates_the_page(blank):
    text = ("Source:Valley Post Published: 2011-3-7 9:05:12\n\n"
            "The minister said on Sunday that the talks in the port city had gone well and would resume soon.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2011, 3, 7)
    assert infer_article_date(blank("2011-3-7 0 Comments\n\nThe talks began on Monday."), run_date=RUN).value \
        == date(2011, 3, 7)
    # a longer run of digits is no date
    assert infer_article_date(blank("Ref 2011-3-789\n\nThe talks began on Monday."), run_date=RUN).value is None


def test_a_caption_with_an_image_credit_label_dates_the_page(blank):
    text = ("The two ministers meet at the palace in the capital, on May 4, 2012. Image Credit: NEWSWIRE\n\n"
            "Capital: The foreign minister landed on Friday for talks on trade, the ministry said.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2012, 5, 4) and "photo_caption_date" in got.evidence


def _page_then(tail: str) -> str:
    """A wire story with no date of its own, then ``tail``: what follows it on the page."""
    long_lead = "The two leaders spoke by telephone yesterday about the dispute over the river. " * 8
    return f"Leaders talk\n\nCapital (Wire)\n{long_lead}\nThe ministry issued a statement on Thursday.\n\n{tail}"


def test_a_date_line_over_a_datelined_item_dates_the_page(blank):
    text = _page_then("14 March 2004\n\nPremier calls his neighbour\n\n"
                      "PORT TOWN, March 13: The premier telephoned his counterpart on Saturday to discuss the river.\n")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2004, 3, 14) and "item_date_header" in got.evidence


def test_a_related_story_date_dates_nothing(blank):
    # a date line under a related story's headline, with no dateline opening an item below it: page noise
    text = _page_then("Related stories\n\nPremier opens a bridge\n\n14 March 2004\n\nFloods close the coast road\n\n"
                      "2 March 2004\n")
    assert infer_article_date(blank(text), run_date=RUN).value is None
