"""In-article merge (ninth pass, helper 11j): two sentences that each tell an event on their own evidence, one as
done and one as still to come, are two events; a sentence that only points back at the told meeting stays part of
it. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import meetings as meetings_on
from made_up_text import run as run_on

DAY = date(2024, 5, 8)  # a Wednesday


def meetings(nlp, text):
    return meetings_on(nlp, text, DAY)


def test_a_meeting_held_and_one_still_to_come_are_two(nlp):
    evs = meetings(nlp, "John Carter met Maria Lopez in Lima on Monday. "
                        "John Carter will meet Maria Lopez again in Lima this week, officials said.")
    assert sorted(e.status for e in evs) == ["occurred", "planned"]


def test_a_later_sentence_about_the_held_meeting_stays_with_it(nlp):
    evs = meetings(nlp, "John Carter met Maria Lopez in Lima on Monday. The talks focused on trade.")
    assert len(evs) == 1
    assert evs[0].status == "occurred"


def test_the_next_meeting_of_the_same_people_that_day_is_held_where_they_are(nlp):
    evs = [e for e in run_on(nlp, "John Carter met Maria Lopez in Lima on Monday morning. "
                                  "John Carter will host Maria Lopez for dinner on Monday evening.", date(2024, 5, 6))
           if e.event_type == "meeting"]
    assert sorted(e.status for e in evs) == ["occurred", "planned"]
    assert all(e.location is not None and e.location.name == "Lima" for e in evs)


def test_a_caption_in_the_present_tense_is_no_plan_apart_from_the_told_meeting(nlp):
    evs = [e for e in run_on(nlp, "John Carter met Maria Lopez in Lima on Monday morning. "
                                  "John Carter meets with Maria Lopez in Lima on Monday.", date(2024, 5, 6))
           if e.event_type == "meeting"]
    assert len(evs) == 1
