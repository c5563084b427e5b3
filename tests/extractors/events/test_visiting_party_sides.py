"""'Will meet A and B' is one meeting with each office-holder also when the visitors are two people the verb's own
subject names together ('the king and queen are due to meet A and B') (``sentence.separate_sides`` with
``_one_visiting_party``). Hosts the context lends beside the subject are no such party. Made-up sentences through
the real pipeline. (The first round's 'will call on A and B' as a call on each was taken out in issue-44combo-r2: it
split a planned preview's calls the read sets do not count there, and moved no fully right.)"""

from __future__ import annotations

from made_up_text import meetings


def _sides(nlp, text: str) -> list[list[str]]:
    return sorted(sorted(p.name for p in e.participants) for e in meetings(nlp, text))


def test_a_visiting_couple_meets_two_office_holders_one_by_one(nlp):
    text = ("Prince Anton Lind and Princess Marta Lind arrived in Vessa on Monday. Prince Anton Lind and Princess "
            "Marta Lind will meet President Luis Ortega and Prime Minister Omar Hassun on Tuesday.")
    assert _sides(nlp, text) == [["Anton Lind", "Luis Ortega", "Marta Lind"],
                                 ["Anton Lind", "Marta Lind", "Omar Hassun"]]


def test_a_joint_meeting_of_the_couple_stays_one(nlp):
    text = ("Prince Anton Lind and Princess Marta Lind arrived in Vessa on Monday. Prince Anton Lind and Princess "
            "Marta Lind will meet President Luis Ortega and Prime Minister Omar Hassun together on Tuesday.")
    assert len(meetings(nlp, text)) == 1
