"""A gathering a departure sets off to attend is not dated by the departure's day ("left for Oslo on Saturday
to attend the summit": the summit is held after the traveller gets there). Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import meetings

SATURDAY = date(2018, 10, 27)


def test_the_gathering_a_departure_goes_to_attend_takes_no_day_of_it(nlp):
    text = ("Prime Minister Ana Velkova left for Oslo on Saturday to attend the annual summit with "
            "Tomas Brenner.\n")
    (summit,) = meetings(nlp, text, SATURDAY)
    assert summit.date_start is None and summit.date_end is None


def test_its_own_day_still_dates_it_once_the_mentions_are_one(nlp):
    text = ("Prime Minister Ana Velkova left for Oslo on Saturday to attend the annual summit with "
            "Tomas Brenner.\nThe summit will be held on Monday.\n")
    assert [e.date_start for e in meetings(nlp, text, SATURDAY)] == [date(2018, 10, 29)]


def test_the_gathering_an_arrival_goes_to_attend_keeps_the_arrival_day(nlp):
    text = "Ana Velkova arrived in Ruritania on Saturday to attend the annual summit with Tomas Brenner.\n"
    (summit,) = meetings(nlp, text, SATURDAY)
    assert summit.date_start == SATURDAY



def test_a_gathering_told_on_one_day_and_again_on_the_days_it_runs_takes_the_days(nlp):
    """The merge: 'held on Monday' and 'held on October 29 and 30' are one summit over both days."""
    text = ("The summit of Ana Velkova and Tomas Brenner will be held on Monday in Oslo.\n"
            "The summit of Ana Velkova and Tomas Brenner will be held on October 29 and 30 in Oslo.\n")
    (summit,) = meetings(nlp, text, SATURDAY)
    assert (summit.date_start, summit.date_end) == (date(2018, 10, 29), date(2018, 10, 30))
