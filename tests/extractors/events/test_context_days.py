"""When the story's current day dates an event that gives no day of its own, and when it does not: a past told
without its time ("has already met", "met three times") keeps no day. Made-up text."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import DAY, run


@pytest.mark.parametrize("text", [
    "So far, President Ana Ruiz has already met with Prime Minister Bo Lind.",
    "President Ana Ruiz has met Prime Minister Bo Lind three times.",
    "President Ana Ruiz has previously visited Lima.",
])
def test_an_indefinite_past_takes_no_day_from_the_report(nlp, text):
    (event,) = run(nlp, text)
    assert event.status == "occurred" and event.date_start is None and event.date_end is None


def test_a_hot_news_perfect_is_the_report_s_day(nlp):
    (trip,) = run(nlp, "President Ana Ruiz has arrived in Lima.")
    assert trip.date_start == trip.date_end == DAY


def test_a_superlative_ever_on_a_noun_is_no_indefinite_past(nlp):
    text = "Prime Minister Bo Lind met President Ana Ruiz on Tuesday. It was the quickest such meeting ever."
    assert all(e.date_start == date(2016, 3, 8) for e in run(nlp, text))


@pytest.mark.parametrize("text", [
    "President Ana Ruiz is on a three-day visit to Ghana.",
    "President Ana Ruiz, currently on a visit to Ghana, will fly to Togo on Wednesday.",
])
def test_a_trip_under_way_has_begun_and_takes_no_day_from_its_verb(nlp, text):
    (visit,) = [e for e in run(nlp, text) if e.destination is not None and e.destination.name == "Ghana"]
    assert visit.status == "occurred" and visit.date_start is None and visit.date_end is None


def test_a_trip_that_ended_on_a_day_ends_then(nlp):
    (visit,) = run(nlp, "President Ana Ruiz's visit to Ghana ended on Tuesday.")
    assert visit.date_start is None and visit.date_end == date(2016, 3, 8)


def test_a_time_clause_dates_the_event_it_qualifies(nlp):
    text = "President Ana Ruiz was greeted by Prime Minister John Carter when she arrived in Lima on Monday."
    (welcome,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert welcome.date_start == welcome.date_end == date(2016, 3, 7)


@pytest.mark.parametrize("text, status", [
    ("President Maria Lopez landed in Lima on Monday and went straight into talks with John Carter.", "occurred"),
    ("President Maria Lopez is going to meet Prime Minister John Carter in Lima.", "planned"),
])
def test_go_is_a_plan_only_in_going_to(nlp, text, status):
    (talks,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert talks.status == status


def test_having_met_is_a_meeting_held_before_the_main_clause(nlp):
    text = "Having met Chancellor Hans Weber in Berlin, President Maria Lopez flew to Paris."
    (meeting,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert meeting.status == "occurred" and meeting.date_start is None


def test_a_call_by_phone_is_a_phone_call_whatever_the_parse(nlp):
    (call,) = run(nlp, "President Maria Lopez has already talked to Chancellor Hans Weber by phone.")
    assert call.subtype == "phone call" and call.status == "occurred"


@pytest.mark.parametrize("text, start, end", [
    ("President Maria Lopez's visit to Berlin, scheduled for March 22, was called off.",
     date(2016, 3, 22), date(2016, 3, 22)),
    ("Officials outlined President Maria Lopez's tour, which begins on March 20 in Berlin.", date(2016, 3, 20), None),
])
def test_a_reduced_or_relative_clause_on_the_trip_dates_it(nlp, text, start, end):
    (trip,) = run(nlp, text)
    assert (trip.date_start, trip.date_end) == (start, end) and trip.destination.name == "Berlin"


def test_the_travellers_own_visit_told_again_gives_the_trip_its_days(nlp):
    text = ("President Hans Weber will visit India next week. A spokesman issued a statement about the President's "
            "upcoming visit which will be from December 15th to 17th.")
    (trip,) = [e for e in run(nlp, text, date(2024, 12, 10)) if e.event_type == "travel"]
    assert trip.destination is not None and trip.destination.name == "India"
    assert (trip.date_start, trip.date_end) == (date(2024, 12, 15), date(2024, 12, 17))  # the days, not the week


def test_an_owned_visit_with_no_trip_told_before_is_no_event(nlp):
    text = "A spokesman issued a statement about President Hans Weber's upcoming visit, which has been delayed."
    assert [e for e in run(nlp, text) if e.event_type == "travel"] == []


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber was scheduled to visit India earlier in the year but had to cancel due to floods.",
    "Prime Minister Hans Weber was scheduled to visit India in January but postponed the trip because of floods.",
])
def test_a_plan_its_own_clause_calls_off_is_cancelled(nlp, text):
    (trip,) = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert trip.status == "cancelled"


def test_a_meeting_coordinated_with_a_trip_is_held_on_it(nlp):
    text = "Prime Minister Hans Weber is scheduled to visit India next week and will meet President John Carter."
    (trip,) = [e for e in run(nlp, text, date(2020, 6, 4)) if e.event_type == "travel"]
    (meeting,) = [e for e in run(nlp, text, date(2020, 6, 4)) if e.event_type == "meeting"]
    assert (meeting.date_start, meeting.date_end) == (trip.date_start, trip.date_end) == (date(2020, 6, 8),
                                                                                          date(2020, 6, 14))
    # the visitor meets the host's president in the capital (the trip says who visits)
    assert meeting.location is not None and meeting.location.name == "New Delhi"


def test_an_arrival_on_a_visit_of_some_days_is_the_visit_from_that_day(nlp):
    # the settled reading (the seed's): an arrival that begins a visit is one event, the visit, from the arrival day
    # to the last day its length gives (visit_span), not a one-day arrival beside it
    text = "Commerce Minister Hans Weber will arrive in Beijing on Monday on a four-day official visit to China."
    trips = [e for e in run(nlp, text, date(2005, 7, 10)) if e.event_type == "travel"]
    assert [(e.date_start, e.date_end) for e in trips] == [(date(2005, 7, 11), date(2005, 7, 14))]


def test_an_arrival_under_the_story_s_written_day_arrived_that_day(nlp):
    text = ("President Ana Ruiz on Tuesday toured the flooded villages of the south. "
            "The president reached Lima by train and met the mayor.")
    (arrival,) = [e for e in run(nlp, text) if e.event_type == "travel" and e.destination is not None
                  and e.destination.name == "Lima"]
    assert arrival.date_start == date(2016, 3, 8)



def test_an_arrival_after_the_story_moved_to_another_month_takes_no_running_day(nlp):
    text = ("President Ana Ruiz will meet Prime Minister Bo Lind on Friday. "
            "Prime Minister Bo Lind had a similar schedule when he visited Peru last October. "
            "He arrived first in Lima, then flew to Cusco.")
    (arrival,) = [e for e in run(nlp, text) if e.event_type == "travel" and e.destination is not None
                  and e.destination.name == "Lima"]
    assert arrival.date_start != date(2016, 3, 11)  # not the running day the story left


def test_an_arrival_under_a_day_written_for_words_keeps_its_first_day_open(nlp):
    text = ("Secretary Ana Ruiz warned rival powers against pressure on Tuesday. "
            "Ruiz came to Lima with Minister Bo Lind on the first trip of the new cabinet.")
    (arrival,) = [e for e in run(nlp, text) if e.event_type == "travel" and e.destination is not None
                  and e.destination.name == "Lima"]
    assert arrival.date_start is None
