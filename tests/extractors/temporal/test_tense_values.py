"""Four wrong values a reader would call bugs (issue 13), on made-up sentences through the public resolver: a month
hung on a noun in a past report read as the coming one, 'since year-end' in the page's own year, 'N units later' in
a clause told ahead counted from a day gone by, and 'the day' before a weekday taking another day."""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from dateline.extractors.temporal import resolve_timexes

ANCHOR = date(2021, 10, 27)  # a Wednesday


def _values(nlp, text: str, anchor: date = ANCHOR) -> dict[str, str]:
    return {t.text: t.value for t in resolve_timexes(nlp(text), anchor)}


# --- a month hung on a noun in a past report: the last such month, or the coming one -----------------------------

MONTHS = list(calendar.month_name)[1:]


@pytest.mark.parametrize("month", [mo for mo in range(1, 13) if (mo - ANCHOR.month) % 12 != 1])
def test_a_month_on_a_noun_in_a_past_report_is_the_last_one(nlp, month):
    name = MONTHS[month - 1]
    text = f"Profit at Velloran Boats was hurt by the closure of its Dunmere yard in {name}."
    year = ANCHOR.year if month <= ANCHOR.month else ANCHOR.year - 1
    assert _values(nlp, text)[name] == f"{year:04d}-{month:02d}"


def test_the_coming_month_on_a_noun_in_a_past_report_stays_ahead(nlp):
    text = "Velloran Boats announced the opening of a yard in November."
    assert _values(nlp, text)["November"] == "2021-11"


def test_a_month_as_an_end_point_keeps_the_nearest(nlp):
    text = "The Quellport bank extended the loans to Velloran Boats through January."
    assert _values(nlp, text)["January"] == "2022-01"


# --- 'since' + a period's boundary: the last day of the unit before the anchor's --------------------------------

@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Shares of Velloran Boats have risen 8% since year-end.", "year-end", "2020-12-31"),
    ("Shares of Velloran Boats have risen 8% since year end.", "year end", "2020-12-31"),
    ("Shares of Velloran Boats have risen 8% since the year-end.", "the year-end", "2020-12-31"),
    ("Shares of Velloran Boats have risen 8% since the end of the year.", "the end of the year", "2020-12-31"),
    ("Shares of Velloran Boats have risen 8% since the end of the quarter.", "the end of the quarter",
     "2021-09-30"),
    ("Shares of Velloran Boats have risen 8% since the end of the month.", "the end of the month", "2021-09-30"),
    ("Shares of Velloran Boats have risen 8% since the end of the week.", "the end of the week", "2021-10-24"),
])
def test_since_a_boundary_is_the_one_already_passed(nlp, text, expr, value):
    assert _values(nlp, text)[expr] == value


def test_by_year_end_stays_the_anchor_s_year(nlp):
    values = {t.text: (t.value, t.mod) for t in resolve_timexes(nlp("Velloran Boats will list its shares by "
                                                                    "year-end."), ANCHOR)}
    assert values["year-end"] == ("2021", "END")


# --- 'N units later' in a clause told ahead counts from the writer's day, not from a day gone by ------------------

PAGE = date(2021, 6, 1)
VOTE = "The Tarnwick council voted on the harbour works on April 22. "


@pytest.mark.parametrize(("later", "value"), [
    ("seven days later", "2021-06-08"),
    ("two weeks later", "2021-06-15"),
    ("a month later", "2021-07"),
    ("two years later", "2023"),
])
def test_later_in_a_clause_told_ahead_counts_from_the_page_s_day(nlp, later, value):
    text = VOTE + f"The Marlow club will appeal, and the works will start {later}."
    assert _values(nlp, text, PAGE)[later] == value


def test_later_under_a_present_condition_counts_from_the_page_s_day(nlp):
    text = VOTE + ("If the Marlow club fails to appeal within 14 days, the soonest the works could start would be "
                   "seven days later.")
    assert _values(nlp, text, PAGE)["seven days later"] == "2021-06-08"


@pytest.mark.parametrize(("text", "later", "value"), [
    # a future seen from the day reported counts from that day
    ("The Tarnwick council voted on April 22 and said the works would begin three days later.", "three days later",
     "2021-04-25"),
    # a past clause counts from the day under discussion, as before
    (VOTE + "The works started two weeks later.", "two weeks later", "2021-05-06"),
])
def test_later_seen_from_a_past_day_counts_from_that_day(nlp, text, later, value):
    assert _values(nlp, text, PAGE)[later] == value


def test_later_in_a_clause_told_ahead_from_a_day_ahead_counts_from_that_day(nlp):
    text = "The mayor of Tarnwick will open the bridge on June 14. Three days later, the council will vote."
    assert _values(nlp, text, PAGE)["Three days later"] == "2021-06-17"


# --- 'the day' before a weekday is that weekday's, which the weekday itself tells ---------------------------------

FRIDAY = date(2021, 6, 11)


@pytest.mark.parametrize(("lead", "weekday", "value"), [
    ("During the day", "Friday", "2021-06-11"),
    ("Throughout the day", "Thursday", "2021-06-10"),
    ("During the day on", "Wednesday", "2021-06-09"),
])
def test_the_day_before_a_weekday_takes_no_other_day(nlp, lead, weekday, value):
    text = (f"The Pellmoor group said it would march on Monday. {lead} {weekday}, the boy played in the yard with "
            "a puppy.")
    values = _values(nlp, text, FRIDAY)
    assert "the day" not in values
    assert values[weekday] == value


def test_the_day_alone_still_takes_the_day_under_discussion(nlp):
    text = "The Pellmoor fair opened on Tuesday. During the day, the boy played in the yard."
    assert _values(nlp, text, FRIDAY)["the day"] == "2021-06-08"
