"""A trip named by a noun and dated only by the story's day is that day, not an open start (open_start.closed_start,
applied as an event is written out); a past verb with no day of its own, or a trip under way, keeps the open start.
Made-up sentences parsed by the real pipeline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from made_up_text import DAY, run

from dateline.extractors.events.open_start import closed_start, going_on

TUE = date(2022, 5, 10)


@pytest.mark.parametrize(("text", "word"), [
    ("Hans Weber began his tour of the day with a visit to Lima.", "visit"),
    ("Hans Weber made the old port his first stop in Norlund.", "stop"),
])
def test_a_trip_noun_dated_by_the_story_takes_that_day(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert closed_start("travel", None, TUE, "context", t) == TUE


@pytest.mark.parametrize(("text", "word"), [
    ("Bo Lind said that Ana Ruiz's current visit will help the talks.", "visit"),  # the story's day is inside it
    ("Ana Ruiz is on a three-day visit to Lima.", "visit"),
    ("Ana Ruiz was en route from Quito to Lima.", "route"),
])
def test_a_trip_under_way_keeps_its_open_start(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert going_on(t)
    assert closed_start("travel", None, TUE, "context", t) is None


def test_only_a_travel_noun_with_its_start_open_and_a_day_from_the_story(nlp, trigger):
    verb = trigger(nlp, "Hans Weber visited Lima.", "visited")  # a past with no day: the reader writes none
    assert closed_start("travel", None, TUE, "context", verb) is None
    noun = trigger(nlp, "Hans Weber began his tour of the day with a visit to Lima.", "visit")
    assert closed_start("travel", None, TUE, "governing", noun) is None  # a day of its own: left as read
    assert closed_start("meeting", None, TUE, "context", noun) is None
    assert closed_start("travel", date(2022, 5, 9), TUE, "context", noun) == date(2022, 5, 9)
    assert closed_start("travel", None, None, "context", noun) is None


def test_the_visit_of_the_day_is_written_out_as_one_day(nlp):
    """The day on a line of its own heads the story; the last day written is the story's day."""
    text = "March 9, 2016\n\nHans Weber began his tour of the day with a visit to Cusco, where he met the mayor."
    visits = [e for e in run(nlp, text) if e.event_type == "travel" and e.trigger == "visit"]
    assert [(e.date_start, e.date_end) for e in visits] == [(date(2016, 3, 9), date(2016, 3, 9))]
    text = "Hans Weber met the mayor of Quito on Tuesday. He began his tour with a visit to Cusco."
    visits = [e for e in run(nlp, text) if e.event_type == "travel" and e.trigger == "visit"]
    assert [(e.date_start, e.date_end) for e in visits] == [(DAY - timedelta(days=2), DAY - timedelta(days=2))]


def test_a_trip_ended_that_day_keeps_its_open_start(nlp, trigger):
    t = trigger(nlp, "Hans Weber has ended his visit to Peru.", "visit")  # its last day, the first unknown
    assert closed_start("travel", None, TUE, "context", t) is None
