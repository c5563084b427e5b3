"""A step told in a 'before' clause and dated only by the clause it hangs on comes on or after that day ("In a
statement Friday, before leaving for Lima, ..."): the same step told on its own day a few days later is one event,
on that day. Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import trips

SATURDAY = date(2016, 3, 12)


def test_a_step_before_which_a_day_is_told_joins_its_own_telling_days_later(nlp):
    text = ("Prime Minister Ana Velkova left for Peru on Saturday to attend the annual summit with Tomas Brenner.\n"
            "In a statement Friday, before leaving for Peru, Velkova described the two nations as close partners.\n")
    assert [e.date_start for e in trips(nlp, text, SATURDAY)] == [SATURDAY]


def test_alone_it_keeps_the_day_of_its_clause(nlp):
    text = "In a statement Friday, before leaving for Peru, Prime Minister Ana Velkova praised her hosts.\n"
    assert [e.date_start for e in trips(nlp, text, SATURDAY)] == [date(2016, 3, 11)]


def test_a_step_told_on_its_own_day_before_another_is_not_joined(nlp):
    """'left ... on Thursday' and 'left ... on Saturday', each by its own words: two departures."""
    text = ("Prime Minister Ana Velkova left for Peru on Thursday.\n"
            "Prime Minister Ana Velkova left for Peru again on Saturday after a day at home.\n")
    assert len(trips(nlp, text, SATURDAY)) == 2
