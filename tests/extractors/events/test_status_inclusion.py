"""A present verb of inclusion whose subject is a trip or a schedule ('a four-day tour that includes meetings with A
and B') reads out steps still to come (``status_cues.programme_frame``), on made-up sentences parsed by the real
pipeline; told in the past, or said of something that is no trip, it is left to the tense and the days."""

from __future__ import annotations

import datetime

import pytest

from dateline.extractors.events.status import status_of
from dateline.extractors.events.status_cues import programme_frame

DAY = datetime.date(2019, 5, 14)


@pytest.mark.parametrize(("text", "word"), [
    ("Queen Ana Ruiz visits Norway on Tuesday for a four-day tour that includes meetings with Bo Lind.", "meetings"),
    ("Her three-day visit includes talks with the mayor of Bergen.", "talks"),
])
def test_a_step_a_trip_includes_is_still_to_come(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert status_of(t, DAY, DAY, DAY) == "planned"  # was 'occurred': a step of the page's own day, no tense


def test_a_step_whose_days_are_gone_is_left_to_them(nlp, trigger):
    t = trigger(nlp, "Her three-day visit includes talks with the mayor of Bergen.", "talks")
    before = DAY - datetime.timedelta(days=3)
    assert status_of(t, before, before, DAY) == "occurred"


@pytest.mark.parametrize(("text", "word"), [
    ("Queen Ana Ruiz visited Norway last week on a tour that included meetings with Bo Lind.", "meetings"),  # past
    ("The accord includes talks on trade with Bo Lind.", "talks"),  # an accord is no trip
])
def test_no_trip_read_out_in_the_present_is_no_programme(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert not programme_frame([t, t.head])
