"""In-article merge (twenty-seventh pass, helper 37status): a trip told as done and a trip told as coming to a place
inside the one the done trip went to are two events, the second a leg still ahead, though neither has a day of its
own. A plan to the wider place stays with the trip. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import run as run_on

DAY = date(2024, 5, 6)  # a Monday


def trips(nlp, text):
    return [e for e in run_on(nlp, text, DAY) if e.event_type == "travel"]


def test_an_undated_leg_ahead_stays_apart_from_the_trip_under_way(nlp):
    evs = trips(nlp, "Hans Weber left for a long trip to Peru, officials said. "
                     "Weber will also visit Cusco, where he studied.")
    by_status = {e.status: e for e in evs}
    assert set(by_status) == {"occurred", "planned"}, [(e.trigger, e.status, e.destination) for e in evs]
    assert by_status["planned"].destination.name == "Cusco"


def test_a_plan_to_the_same_place_is_the_trip_retold(nlp):
    evs = trips(nlp, "Hans Weber left for a long trip to Peru, officials said. "
                     "Weber will visit Peru again, where he studied.")
    assert len({e.destination.name for e in evs}) == 1, [(e.trigger, e.status, e.destination) for e in evs]


def test_the_rule_reads_the_wider_place_as_no_leg():
    """'arrived in Lima ... his visit to Peru will go on': a plan to the wider place is no leg of the done trip."""
    from dateline.extractors.events.merge import _leg_ahead
    from dateline.extractors.records import Place

    class _C:  # the fields _leg_ahead reads before the clause
        def __init__(self, status: str, place: Place) -> None:
            self.event_type, self.status, self.destination = "travel", status, place

    peru, lima = Place("Peru", "PE"), Place("Lima", "PE", -12.05, -77.04)
    assert not _leg_ahead(_C("planned", peru), _C("occurred", lima))


def test_a_planning_word_with_the_trip_as_its_subject_tells_no_leg_ahead(nlp):
    """'His visit to Lima was aimed at easing ties': what the visit was for, not a visit still to come."""
    from dateline.extractors.events.merge import _ahead_in_its_clause

    class _C:  # the field _ahead_in_its_clause reads
        def __init__(self, trigger) -> None:
            self.trigger = trigger

    aimed = nlp("His visit to Lima was aimed at easing ties.")
    coming = nlp("She will visit Lima next year.")
    assert not _ahead_in_its_clause(_C(next(t for t in aimed if t.lower_ == "visit")))
    assert _ahead_in_its_clause(_C(next(t for t in coming if t.lower_ == "visit")))
