"""Sides the story supplies: a meeting word that names only who it was held with ('the meeting was with X') was the
protagonist's. Made-up text."""

from __future__ import annotations

from made_up_text import run

TRIP = ("Prime Minister Ana Ruiz of Peru arrived in Varna on Monday for a three-day visit. "
        "Ruiz said the trip would open new markets. ")


def _names(event) -> list[str]:
    return [p.name for p in event.participants]


def test_a_meeting_that_was_with_someone_is_the_protagonist_s(nlp):
    text = TRIP + "One major bilateral meeting was with President Boris Lind and covered trade."
    meetings = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert meetings and sorted(_names(meetings[0])) == ["Ana Ruiz", "Boris Lind"]


def test_a_meeting_held_by_the_protagonist_is_not_doubled(nlp):
    text = TRIP + "Ruiz held a meeting with President Boris Lind on Tuesday."
    meetings = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert meetings and sorted(_names(meetings[0])) == ["Ana Ruiz", "Boris Lind"]

