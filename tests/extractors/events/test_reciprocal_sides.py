"""A talk told by its two holders together ("A and B discussed trade", "A and B are expected to discuss the
crisis", "A and B talked by telephone"): the coordinated subject is both sides. Not a group of three, not a
single subject with no one talked to, not two of one household. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import meetings as meetings_on

DAY = date(2024, 5, 8)  # a Wednesday
PAIR = {"Hans Weber", "Maria Lopez"}
LEAD = "Prime Minister Hans Weber of Norland arrived in Velosa on Monday for talks with President Maria Lopez. "


def meetings(nlp, text):
    return meetings_on(nlp, text, DAY)


def test_a_coordinated_pair_that_discussed_is_talks_on_its_day(nlp):
    (e,) = [m for m in meetings(nlp, "On Tuesday, Prime Minister Hans Weber and President Maria Lopez discussed "
                                     "trade and security.")]
    assert e.subtype == "talks" and {p.name for p in e.participants} == PAIR
    assert e.date_start == date(2024, 5, 7)


def test_a_pair_expected_to_discuss_is_planned_talks(nlp):
    got = meetings(nlp, "Prime Minister Hans Weber will visit Velosa next week. Weber and President Maria Lopez "
                        "are expected to discuss the border crisis.")
    (e,) = [m for m in got if "expected" in m.sentence]
    assert {p.name for p in e.participants} == PAIR and e.status == "planned"


def test_a_pair_that_talked_by_telephone_is_a_call(nlp):
    (e,) = meetings(nlp, "Prime Minister Hans Weber and President Maria Lopez talked by telephone for a quarter "
                         "of an hour on Tuesday.")
    assert e.subtype == "phone call" and {p.name for p in e.participants} == PAIR


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber discussed trade and security on Tuesday.",
    "Prime Minister Hans Weber, President Maria Lopez and King Pedro Alves discussed trade on Tuesday.",
    "Prime Minister Hans Weber and his wife Anna Weber discussed the menu on Tuesday.",
])
def test_no_pair_of_sides_no_talks(nlp, text):
    assert meetings(nlp, text) == []
