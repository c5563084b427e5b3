"""One trip step told twice in an article, once without a place (a headline block), is one event: the unplaced
mention would otherwise take the dateline place and stand as a second arrival (real pipeline, made-up text)."""

from __future__ import annotations

from datetime import date

from made_up_text import with_timexes

MON, TUE = date(2022, 5, 9), date(2022, 5, 10)


def travel(nlp, text, timexes):
    return with_timexes(nlp, text, timexes, TUE, "travel")


def test_an_arrival_told_without_a_place_is_the_placed_one_of_that_day(nlp, tx):
    text = ("Hans Weber arrives May 10, 2022.\n\n"
            "LIMA (Reuters) - Foreign Minister Hans Weber arrived in Lima on Tuesday for two days of talks.")
    (e,) = travel(nlp, text, [tx(text, "May 10, 2022", TUE), tx(text, "Tuesday", TUE)])
    assert e.destination is not None and e.destination.name == "Lima"
    assert (e.date_start, e.date_end, e.status) == (TUE, TUE, "occurred")


def test_an_unplaced_arrival_on_another_day_stays_its_own_step(nlp, tx):
    text = ("Hans Weber arrives May 9, 2022.\n\n"
            "LIMA (Reuters) - Foreign Minister Hans Weber arrived in Lima on Tuesday for two days of talks.")
    got = travel(nlp, text, [tx(text, "May 9, 2022", MON), tx(text, "Tuesday", TUE)])
    assert len(got) == 2
