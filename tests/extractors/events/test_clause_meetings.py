"""Two meetings told in one sentence, each by its own trigger with its own named counterpart, stay two meetings
(clause-level attachment, issue 11); a clause that retells the same meeting stays one. Made-up names and places."""

from __future__ import annotations

from datetime import date

from made_up_text import meetings, names

DAY = date(2024, 5, 8)  # a Wednesday


def _sides(events) -> list[set[str]]:
    return sorted((names(e) for e in events), key=sorted)


def test_a_meeting_ahead_of_another_is_its_own(nlp):
    text = ("Visiting President Dana Ferro will hold talks with President Arlo Venn on Monday ahead of a meeting "
            "with Prime Minister Lena Dorsk.")
    assert _sides(meetings(nlp, text, DAY)) == [{"Dana Ferro", "Arlo Venn"}, {"Dana Ferro", "Lena Dorsk"}]


def test_talks_after_which_another_meeting_take_their_own_counterpart(nlp):
    text = ("Visiting President Dana Ferro met with President Arlo Venn on Sunday after talks with Prime Minister "
            "Lena Dorsk.")
    assert _sides(meetings(nlp, text, DAY)) == [{"Dana Ferro", "Arlo Venn"}, {"Dana Ferro", "Lena Dorsk"}]


def test_coordinated_clauses_with_their_own_counterparts(nlp):
    text = ("Visiting President Dana Ferro met with President Arlo Venn on Monday and held private talks with Prime "
            "Minister Lena Dorsk.")
    assert _sides(meetings(nlp, text, DAY)) == [{"Dana Ferro", "Arlo Venn"}, {"Dana Ferro", "Lena Dorsk"}]


def test_a_clause_that_retells_the_same_meeting_stays_one(nlp):
    text = "President Dana Ferro met with President Arlo Venn on Monday and held talks with him."
    assert _sides(meetings(nlp, text, DAY)) == [{"Dana Ferro", "Arlo Venn"}]


def test_talks_after_their_meeting_with_the_same_counterpart_stay_one(nlp):
    text = "President Dana Ferro met with President Arlo Venn on Sunday after their talks."
    assert _sides(meetings(nlp, text, DAY)) == [{"Dana Ferro", "Arlo Venn"}]
