"""A page with no date of its own whose story lends it a day: its year-less date line (a dateline naming the city's
state in brackets) dates it in the story's year. Without a story's day that line dates nothing (the latest year, the
only other guess, is years off for an old page). The page texts are made up, in forms real pages take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateline.extractors.process import story_year_date
from dateline.extractors.temporal import infer_article_date

RUN = date(2026, 12, 7)
BRACKETS = ("Corvale (West Arda) [Ardania], December 9 : Bishop Aren Dovik set out for the hill parishes at the "
            "weekend and will lead services there until the middle of the month, his office said.")


@dataclass(frozen=True)
class _Article:
    title: str
    text: str
    published: date | None = None
    header_date: date | None = None
    url: str | None = None


def test_a_dateline_with_the_state_in_brackets_takes_the_storys_year():
    got = infer_article_date(BRACKETS, run_date=RUN, title="Bishop sets out for the hills",
                             story_day=date(2012, 12, 11))
    assert got.value == date(2012, 12, 9) and "dateline_bracket_state" in got.evidence


def test_a_dateline_with_the_state_in_brackets_without_a_storys_day_dates_nothing():
    assert infer_article_date(BRACKETS, run_date=RUN, title="Bishop sets out for the hills").value is None


def test_the_story_dates_the_page_only_when_its_line_falls_near_the_lent_day():
    page = _Article("Bishop sets out for the hills", BRACKETS)
    assert story_year_date(BRACKETS, page, RUN, date(2012, 12, 11)).value == date(2012, 12, 9)
    assert story_year_date(BRACKETS, page, RUN, date(2012, 10, 1)) is None  # ten weeks away: another story's day


def test_a_page_with_no_date_line_is_not_dated_by_its_story():
    page = _Article("Bishop sets out for the hills", "The bishop set out for the hill parishes at the weekend.")
    assert story_year_date(page.text, page, RUN, date(2012, 12, 11)) is None
