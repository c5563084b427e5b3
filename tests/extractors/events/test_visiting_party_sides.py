"""'Will meet A and B' is one meeting with each office-holder also when the visitors are two people the verb's own
subject names together ('the king and queen are due to meet A and B'), and 'will call on A and B' is a call on each
(``sentence.separate_sides`` with ``_one_visiting_party`` and the calls of ``_ONE_HOST_CALLS``). Hosts the context
lends beside the subject are no such party. Made-up sentences through the real pipeline."""

from __future__ import annotations

from made_up_text import meetings


def _sides(nlp, text: str) -> list[list[str]]:
    return sorted(sorted(p.name for p in e.participants) for e in meetings(nlp, text))


def test_a_visiting_couple_meets_two_office_holders_one_by_one(nlp):
    text = ("Prince Anton Lind and Princess Marta Lind arrived in Vessa on Monday. Prince Anton Lind and Princess "
            "Marta Lind will meet President Luis Ortega and Prime Minister Omar Hassun on Tuesday.")
    assert _sides(nlp, text) == [["Anton Lind", "Luis Ortega", "Marta Lind"],
                                 ["Anton Lind", "Marta Lind", "Omar Hassun"]]


def test_calls_on_two_office_holders_are_two_calls(nlp):
    text = ("Anton Weber arrived in Vessa on Monday. Weber will call on President Luis Ortega and Prime Minister "
            "Omar Hassun on Tuesday.")
    assert _sides(nlp, text) == [["Anton Weber", "Luis Ortega"], ["Anton Weber", "Omar Hassun"]]


def test_a_joint_meeting_of_the_couple_stays_one(nlp):
    text = ("Prince Anton Lind and Princess Marta Lind arrived in Vessa on Monday. Prince Anton Lind and Princess "
            "Marta Lind will meet President Luis Ortega and Prime Minister Omar Hassun together on Tuesday.")
    assert len(meetings(nlp, text)) == 1
