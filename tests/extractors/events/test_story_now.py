"""The story's now against the tense of an event with no day of its own: the story's running day dates what happens
at it; a past told as before it (the past perfect, 'earlier') takes no day; a present perfect the report tells
('has arrived') is the report's own day's news, whatever day the story reached. Made-up text."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import DAY, run

MONDAY = date(2016, 3, 7)


@pytest.mark.parametrize("text", [
    "President Ana Ruiz arrived in Lima on Monday. Earlier, she met Prime Minister Bo Lind in Quito.",
    "President Ana Ruiz arrived in Lima on Monday. She told aides she had met Prime Minister Bo Lind in Quito.",
])
def test_a_meeting_told_as_before_the_story_s_now_takes_no_running_day(nlp, text):
    (meeting,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert meeting.status == "occurred" and meeting.date_start is None and meeting.date_end is None


def test_a_meeting_at_the_story_s_now_takes_the_running_day(nlp):
    text = "President Ana Ruiz arrived in Lima on Monday. She met Prime Minister Bo Lind at the palace."
    (meeting,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert meeting.date_start == meeting.date_end == MONDAY


def test_a_reported_hot_news_perfect_is_the_report_s_day_not_the_running_one(nlp):
    text = "On Monday, President Ana Ruiz met Prime Minister Bo Lind in Quito. President Ana Ruiz has arrived in Lima."
    (trip,) = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert trip.date_start == trip.date_end == DAY


def test_a_perfect_someone_says_is_not_the_report_s_news(nlp):
    text = ("On Monday, President Ana Ruiz met Prime Minister Bo Lind in Quito. "
            "Ruiz told reporters she has met Chancellor Hans Weber.")
    calls = [e for e in run(nlp, text) if e.event_type == "meeting" and any(
        p.name.endswith("Weber") for p in e.participants)]
    assert calls and all(c.date_start != DAY for c in calls)
