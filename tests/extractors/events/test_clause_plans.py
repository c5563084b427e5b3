"""A plan told in a clause of its own (fourteenth pass, helper 22v): 'met X ... and will hold talks on Friday' tells
a done meeting and the next one. The plan's clause takes the sides of the meeting clause it is conjoined to, and the
two are not merged in their sentence. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import run as run_on

DAY = date(2024, 5, 8)  # a Wednesday
FRI = date(2024, 5, 10)


def meetings(nlp, text):
    return sorted((e for e in run_on(nlp, text, DAY) if e.event_type == "meeting"), key=lambda e: e.status)


def test_a_done_meeting_and_a_conjoined_plan_with_its_own_day_are_two(nlp):
    done, plan = meetings(nlp, "John Carter met Maria Lopez in Lima on Tuesday and will hold talks on Friday.")
    assert (done.status, plan.status) == ("occurred", "planned")
    assert (plan.date_start, plan.date_end) == (FRI, FRI)
    assert {p.name for p in plan.participants} == {"John Carter", "Maria Lopez"}


def test_an_undated_done_meeting_is_not_folded_into_the_plan_of_its_sentence(nlp):
    evs = meetings(nlp, "John Carter met Maria Lopez at her residence and will hold talks on Friday.")
    assert [e.status for e in evs] == ["occurred", "planned"]


def test_the_two_of_the_first_clause_hold_the_planned_talks(nlp):
    evs = meetings(nlp, "John Carter met Maria Lopez in Lima on Tuesday and the two will hold talks on Friday.")
    assert [e.status for e in evs] == ["occurred", "planned"]


def test_talks_told_again_in_the_past_stay_the_one_meeting(nlp):
    evs = meetings(nlp, "John Carter met Maria Lopez in Lima on Tuesday and held talks with her.")
    assert len(evs) == 1


def test_an_undated_plan_conjoined_to_a_meeting_takes_no_sides(nlp):
    evs = meetings(nlp, "John Carter met Maria Lopez in Lima and will hold talks.")
    assert len(evs) == 1 and evs[0].status == "occurred"


def test_a_plan_told_by_a_verb_of_planning_in_its_own_clause_is_its_own_meeting(nlp):
    evs = meetings(nlp, "John Carter met Maria Lopez in Lima on Tuesday and is scheduled to hold talks on Friday.")
    assert [e.status for e in evs] == ["occurred", "planned"]
    assert evs[1].date_start == FRI


def test_meeting_again_on_a_later_day_is_the_next_meeting_of_the_same_people(nlp):
    evs = meetings(nlp, "John Carter met Maria Lopez in Lima on Tuesday and will meet her again on Friday.")
    assert [e.status for e in evs] == ["occurred", "planned"]
    assert {p.name for p in evs[1].participants} == {"John Carter", "Maria Lopez"}


def test_talks_held_and_talks_ahead_in_one_sentence_are_two(nlp):
    evs = meetings(nlp, "John Carter held talks with Maria Lopez in Lima on Tuesday and will hold talks again on "
                        "Friday.")
    assert [e.status for e in evs] == ["occurred", "planned"]
