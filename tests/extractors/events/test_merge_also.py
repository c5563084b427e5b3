"""In-article merge (eleventh pass, helper 16o): a meeting told with "also" and a party the meeting told before
lacks is one more meeting, not a retelling; "also" with no new party stays the told meeting. Made-up sentences
through the real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import meetings as meetings_on

DAY = date(2024, 5, 8)  # a Wednesday


def meetings(nlp, text):
    return meetings_on(nlp, text, DAY)


def names(e):
    return {p.name for p in e.participants}


def test_also_met_a_group_after_a_summit_is_another_meeting(nlp):
    evs = meetings(nlp, "John Carter left Lima for Quito on Monday after attending the Andean Trade Summit. "
                        "He also met Peruvian civil society leaders.")
    assert len(evs) == 2


def test_also_meeting_someone_after_talks_with_a_group_is_another_meeting(nlp):
    evs = meetings(nlp, "John Carter arrived in Lima on Monday for a three-day visit. He is expected to hold talks "
                        "with business leaders. He will also meet Maria Lopez.")
    assert len(evs) == 2
    assert any("Maria Lopez" in names(e) and "business leaders" not in names(e) for e in evs)


def test_also_with_no_new_party_stays_the_told_meeting(nlp):
    evs = meetings(nlp, "John Carter met Maria Lopez in Lima on Monday. The two also met on the sidelines of the "
                        "forum.")
    assert len(evs) == 1
