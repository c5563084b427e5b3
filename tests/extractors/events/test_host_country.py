"""A meeting the story places nowhere is held in the counterpart's home when the story sends its visitor there
(forty-second pass, issue-42place). Made-up people and sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import meetings as meetings_in
from made_up_text import names

DAY = date(2024, 5, 7)  # a Tuesday


def meetings(nlp, text):
    return meetings_in(nlp, text, DAY)


@pytest.mark.parametrize(("text", "place"), [
    # a planned leg to a city of the president's country, no day: she is in the country, the city is not told
    ("Maria Lopez held talks with Portuguese President Tomas Varga on Tuesday. Lopez also plans to visit a factory "
     "in the northern city of Porto, the company said.", "Portugal"),
    # her arrival that day, told after the talks, names the city
    ("Maria Lopez held talks with Portuguese President Tomas Varga on Tuesday. Lopez arrived in Porto on Tuesday.",
     "Porto"),
])
def test_the_meeting_is_in_the_counterparts_home(nlp, text, place):
    evs = meetings(nlp, text)
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.name == place


def test_her_other_talks_that_day_follow_them(nlp):
    # the minister's country is not told: his talks with her are where her talks with the president were
    evs = meetings(nlp, "Maria Lopez held talks with Portuguese President Tomas Varga on Tuesday. Her meetings with "
                        "Varga and Trade Minister Rui Sola focused on trade. Lopez also plans to visit a factory in "
                        "the northern city of Porto, the company said.")
    assert {(e.location.name if e.location else None) for e in evs} == {"Portugal"}


@pytest.mark.parametrize("text", [
    # no trip of hers in the story: who is abroad is not told
    "Maria Lopez held talks with Portuguese President Tomas Varga on Tuesday.",
    # the counterpart's country is not told: she may be anywhere on her trip
    "Maria Lopez held talks with Tomas Varga on Tuesday. Lopez also plans to visit a factory in the northern city "
    "of Porto, the company said.",
    # her trip there is on another day
    "Maria Lopez held talks with Portuguese President Tomas Varga on Tuesday. Lopez will travel to Porto on "
    "Wednesday.",
    # the sentence tells its visitor: the counterpart is the one abroad
    "The visiting Portuguese President Tomas Varga will also hold talks with Maria Lopez. Lopez visited Portugal "
    "for a summit.",
    # a call is held nowhere
    "Maria Lopez spoke by phone with Portuguese President Tomas Varga on Tuesday. Lopez also plans to visit a "
    "factory in the northern city of Porto, the company said.",
])
def test_the_meeting_stays_placed_nowhere(nlp, text):
    evs = meetings(nlp, text)
    assert all(e.location is None for e in evs if "Tomas Varga" in names(e))
