"""A trip told only as a reference ("Carter's visit was a success") stands as a visit to where the story places its
traveller: a meeting they took part in, or their arrival (ninth pass, helper 11f). Made-up sentences through the
real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import run as run_on

DAY = date(2024, 5, 6)  # a Monday


def run(nlp, text):
    return run_on(nlp, text, DAY)


def visits(evs):
    return [e for e in evs if e.event_type == "travel"]


def test_a_possessed_visit_goes_where_the_traveller_met_someone(nlp):
    evs = visits(run(nlp, "Maria Lopez met John Carter in Madrid on Monday. Carter's visit was a success, "
                          "officials said."))
    assert len(evs) == 1
    e = evs[0]
    assert [p.name for p in e.participants] == ["John Carter"]
    assert e.destination is not None and e.destination.name == "Madrid"
    assert (e.date_start, e.date_end) == (DAY, None)  # under way that day; its end is not told
    assert e.status == "occurred"


def test_the_visit_keeps_the_days_its_own_clause_gives(nlp):
    evs = visits(run(nlp, "Hans Weber will meet John Carter in Berlin on Thursday. Carter's visit will last from "
                          "May 9 to May 11."))
    assert len(evs) == 1
    assert evs[0].destination is not None and evs[0].destination.name == "Berlin"
    assert (evs[0].date_start, evs[0].date_end) == (date(2024, 5, 9), date(2024, 5, 11))
    assert evs[0].status == "planned"


def test_a_visit_that_is_only_a_setting_is_no_event(nlp):
    # "during his visit" is when the museum was seen, not a statement about the trip: its place is not the story's
    evs = visits(run(nlp, "John Carter met Maria Lopez in Madrid on Monday. During his visit, he also saw the "
                          "museum."))
    assert evs == []


def test_no_visit_in_the_travellers_own_country(nlp):
    evs = visits(run(nlp, "Spanish Prime Minister Maria Lopez met John Carter in Madrid on Monday. Lopez's visit "
                          "was useful, her office said."))
    assert evs == []


def test_a_traveller_placed_nowhere_keeps_the_reference_no_event(nlp):
    evs = visits(run(nlp, "John Carter spoke to reporters on Monday. Carter's visit was a success, officials said."))
    assert evs == []


def test_a_cancelled_visit_is_not_the_one_where_they_met(nlp):
    evs = visits(run(nlp, "Hans Weber met John Carter in Berlin on Monday. Carter's visit was "
                          "cancelled last month."))
    assert evs == []


def test_a_visit_its_traveller_is_making_goes_where_they_meet(nlp):
    evs = visits(run(nlp, "Maria Lopez met John Carter in Madrid on Monday. Officials say John Carter is making an "
                          "official working visit."))
    assert len(evs) == 1
    assert [p.name for p in evs[0].participants] == ["John Carter"]
    assert evs[0].destination is not None and evs[0].destination.name == "Madrid"


def test_a_visit_begun_on_a_day_takes_that_day_and_its_length(nlp):
    evs = visits(run(nlp, "Maria Lopez will meet John Carter in Madrid on Thursday. John Carter will begin a "
                          "two-day visit Thursday."))
    assert len(evs) == 1
    assert evs[0].destination is not None and evs[0].destination.name == "Madrid"
    assert (evs[0].date_start, evs[0].date_end) == (date(2024, 5, 9), date(2024, 5, 10))


def test_a_visit_begun_on_a_day_narrows_the_told_trip(nlp):
    evs = visits(run(nlp, "John Carter will visit Spain in June. Carter will begin a two-day visit on June 20, "
                          "officials said."))
    assert len(evs) == 1
    assert evs[0].destination is not None and evs[0].destination.name == "Spain"
    assert (evs[0].date_start, evs[0].date_end) == (date(2024, 6, 20), date(2024, 6, 21))


def test_a_visit_paid_to_a_place_of_its_own_is_no_reference(nlp):
    # "paid a visit to the old temple": a visit there, which does not re-date the trip the story tells
    evs = visits(run(nlp, "John Carter is on a visit to Spain from May 5 to May 8. On Tuesday he paid a visit to the "
                          "old temple."))
    spain = [e for e in evs if e.destination is not None and e.destination.name == "Spain"]
    assert spain and (spain[0].date_start, spain[0].date_end) == (date(2024, 5, 5), date(2024, 5, 8))
