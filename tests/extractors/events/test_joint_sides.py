"""'Will meet A and B' is one meeting with each, unless A and B are one party: a couple (a spouse noun, or the
consort titles of roles data) or a list closed by a group ('and other officials') is received as one
(``joint_sides.one_party``, called from ``sentence.separate_sides``). Made-up sentences through the real pipeline."""

from __future__ import annotations

from made_up_text import meetings


def _sides(nlp, text: str) -> list[list[str]]:
    return sorted(sorted(p.name for p in e.participants) for e in meetings(nlp, text))


def test_a_royal_couple_is_met_in_one_meeting(nlp):
    text = "On Friday Prince Carl Lund will meet King Henrik Dahl and Queen Maria Dahl at the palace."
    assert _sides(nlp, text) == [["Carl Lund", "Henrik Dahl", "Maria Dahl"]]


def test_a_president_and_his_wife_are_met_in_one_meeting(nlp):
    text = "President John Miller will meet President Paul Berg and his wife, Anna Berg, on Friday."
    assert _sides(nlp, text) == [["Anna Berg", "John Miller", "Paul Berg"]]


def test_a_list_closed_by_other_officials_is_one_meeting(nlp):
    text = ("On Monday, the envoy Lars Holm is expected to meet President Tom Berg, Vice President Dick Olsen, "
            "Secretary of State Ann Dahl and other officials.")
    assert _sides(nlp, text) == [["Ann Dahl", "Dick Olsen", "Lars Holm", "Tom Berg"]]


def test_two_office_holders_are_still_met_one_by_one(nlp):
    text = "On Monday, Lars Holm will meet President Tom Berg and Prime Minister Dick Olsen."
    assert _sides(nlp, text) == [["Dick Olsen", "Lars Holm"], ["Lars Holm", "Tom Berg"]]
