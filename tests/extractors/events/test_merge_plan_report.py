"""A trip told as done, dated only by the report, and a trip told ahead with days of its own are two events
(session 10, helper 15n): "arrived in Lima to a warm welcome ... will visit Cusco later this week". Made-up
sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import run as run_on

DAY = date(2024, 5, 6)  # a Monday


def test_an_arrival_reported_and_a_visit_planned_stay_apart(nlp):
    evs = [e for e in run_on(nlp, "Hans Weber was given a warm welcome as he arrived in Peru for a ten-day tour. "
                                  "Weber will visit Cusco later this week, officials said.", DAY)
           if e.event_type == "travel"]
    done = [e for e in evs if e.status == "occurred"]
    ahead = [e for e in evs if e.status == "planned"]
    assert done and ahead, [(e.trigger, e.status, e.destination) for e in evs]


def test_an_undated_meeting_told_as_done_is_not_split_from_the_planned_one():
    """Only a done trip may go undated: a meeting noun with no day of its own points back at the meeting told."""
    from dateline.extractors.events.merge import _plan_and_occurrence

    class _C:  # the fields _plan_and_occurrence reads
        def __init__(self, event_type: str, status: str, date_source: str) -> None:
            self.event_type, self.status, self.date_source = event_type, status, date_source

    plan, done = _C("meeting", "planned", "own"), _C("meeting", "occurred", "none")
    assert not _plan_and_occurrence(plan, done)
