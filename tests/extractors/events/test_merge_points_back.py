"""In-article merge (nineteenth pass, helper 29x): two mentions with no shared day or place are one event when they
name the very same people, or when the one naming fewer points back at the other: a definite or possessed noun
("the summit") or a headline's bare noun ("after historic summit"), with no day or place of its own. Made-up
sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import meetings as meetings_on

DAY = date(2024, 5, 8)  # a Wednesday


def meetings(nlp, text):
    return meetings_on(nlp, text, DAY)


def test_a_headline_summit_naming_one_side_is_the_summit_the_body_tells(nlp):
    evs = meetings(nlp, "Carlos Ruiz returns home after historic summit with neighbour\n\n"
                        "President Carlos Ruiz returned home on Tuesday after a summit with President Anna Weber "
                        "of Norland.")
    assert len(evs) == 1
    assert {p.name for p in evs[0].participants} >= {"Carlos Ruiz", "Anna Weber"}


def test_a_summit_with_its_own_place_and_day_is_not_pointed_at(nlp):
    evs = meetings(nlp, "Carlos Ruiz and Anna Weber hold summit talks\n\n"
                        "Ruiz will also attend the Lisbon summit on May 20.")
    assert len(evs) == 2


def test_an_indefinite_meeting_naming_fewer_is_not_a_pointer(nlp):
    evs = meetings(nlp, "Carlos Ruiz will host Anna Weber for talks on Friday. "
                        "Ruiz also held a meeting in the afternoon.")
    assert len(evs) != 1 or {p.name for p in evs[0].participants} >= {"Carlos Ruiz", "Anna Weber"}
