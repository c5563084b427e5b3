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



def test_a_quoted_spokesman_is_not_the_next_he(nlp):
    text = (TRIP + '"Ruiz arrived in Varna," spokesman Raj Kumar tweeted. '
            "He was received at the airport by Foreign Minister Anil Rao.")
    received = [e for e in run(nlp, text) if e.trigger == "received"]
    assert received and sorted(_names(received[0])) == ["Ana Ruiz", "Anil Rao"]


def test_a_quoted_actor_is_still_the_next_he(nlp):
    text = ("President Boris Lind met Prime Minister Anil Rao in Varna on Monday. "
            '"We agreed on trade," Rao said. He was received by King Tomas on Tuesday.')
    received = [e for e in run(nlp, text) if e.trigger == "received"]
    assert received and "Anil Rao" in _names(received[0])
