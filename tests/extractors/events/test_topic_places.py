"""A place inside what a meeting was about is no place of the meeting: 'the talks addressed relations in X', 'the
meeting covered the war in X' (made-up sentences)."""

from __future__ import annotations

from datetime import date

import pytest


def _meetings(nlp, text):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    events = extract_events(nlp(text), article_id="a1", timexes=[], article_date=date(2022, 5, 10),
                            noise=find_noise(text, None))
    return [e for e in events if e.event_type == "meeting"]


@pytest.mark.parametrize("text", [
    "The ministry said Hans Weber's talks with church leaders addressed relations in Chile, where Weber has sought "
    "peace.",
    "The ministry said the meeting between Hans Weber and Maria Lopez covered the war in Chile.",
])
def test_a_place_in_the_topic_object_is_not_where_they_met(nlp, text):
    meetings = _meetings(nlp, text)
    assert meetings and all(m.location is None or m.location.country_code != "CL" for m in meetings)


def test_where_the_talks_were_held_still_counts(nlp):
    text = "Maria Lopez held talks with Hans Weber in Rome on Monday. The talks addressed relations in Chile."
    (m,) = _meetings(nlp, text)
    assert m.location.name == "Rome"
