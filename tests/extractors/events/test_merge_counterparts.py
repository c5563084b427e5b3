"""In-article merge (thirty-second pass, issue-42merge): two meetings of one visit told in two sentences, each naming
someone the article knows whom the other lacks, are two meetings; the traveller they share makes them one trip, not one
meeting. A retelling that names no one new stays the told meeting. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import meetings as meetings_on
from made_up_text import names

DAY = date(2024, 5, 8)  # a Wednesday


def meetings(nlp, text):
    return meetings_on(nlp, text, DAY)


def test_two_counterparts_on_one_day_are_two_meetings(nlp):
    evs = meetings(nlp, "Anton Weber arrived in Lima on Thursday. On Friday he will meet with Omar Hassun, the "
                        "mayor of Lima. A meeting with Bishop Elias Moran is planned for the same day.")
    assert len(evs) == 2
    assert not any({"Omar Hassun", "Elias Moran"} <= names(e) for e in evs)


def test_a_retelling_with_no_new_counterpart_is_one_meeting(nlp):
    evs = meetings(nlp, "Anton Weber met President Luis Ortega in Lima on Monday. The talks between Weber and "
                        "Ortega lasted two hours.")
    assert len(evs) == 1
