"""Trips told by a noun with its arguments (session 10, helper 15n): "the trip took her to Lima" says where the trip
goes and who goes; "on the first day of their visit to Peru" keeps the trip's 'to' even when the parser hangs it on
the day; a reference dated by an era ("for the 21st century") takes no days. Made-up sentences through the real
pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import run as run_on

DAY = date(2024, 5, 6)  # a Monday


def run(nlp, text):
    return run_on(nlp, text, DAY)


def trips(evs):
    return [e for e in evs if e.event_type == "travel"]


def test_a_trip_that_takes_someone_somewhere_is_a_trip_there(nlp):
    evs = trips(run(nlp, "Maria Lopez left Peru on Friday. The trip also took Lopez to the old port city of "
                         "Valparaiso."))
    there = [e for e in evs if e.destination is not None and e.destination.name == "Valparaiso"]
    assert there, [(e.trigger, e.destination) for e in evs]
    assert any(p.name == "Maria Lopez" for p in there[0].participants)


def test_the_first_day_of_a_visit_to_a_country_is_a_visit_there(nlp):
    evs = trips(run(nlp, "Hans Weber and Anna Weber were welcomed in Lima on the first day of their State Visit "
                         "to Peru."))
    assert any(e.destination is not None and e.destination.name == "Peru" for e in evs), \
        [(e.trigger, e.destination) for e in evs]


def test_the_day_of_a_meeting_lends_no_place_to_a_trip(nlp):
    # only a trip noun's own 'of' phrase is repaired: a meeting's day going 'to' somewhere is no trip
    evs = trips(run(nlp, "Hans Weber spoke on the first day of the meeting to Peru's envoys."))
    assert not any(e.destination is not None and e.destination.name == "Peru" for e in evs)


def test_a_reference_dated_by_an_era_gives_the_trip_no_days(nlp):
    evs = trips(run(nlp, "John Carter arrived in Chile on Monday for talks. The trip also took Carter to Santiago. "
                         "This visit opens a golden era for the 21st century, officials said."))
    assert evs and all(e.date_end is None or e.date_end.year < 2030 for e in evs), \
        [(e.trigger, e.date_start, e.date_end) for e in evs]


def test_an_unowned_reference_points_back_at_the_trip_told_before_it(nlp):
    # another traveller's trip told later in the story does not make "the visit" ambiguous
    evs = trips(run(nlp, "Hans Weber is to make his first state visit to Peru this week. The visit, from 8-10 May, "
                         "comes a week after Maria Lopez visited Chile."))
    peru = [e for e in evs if e.destination is not None and e.destination.name == "Peru"]
    assert peru and (peru[0].date_start, peru[0].date_end) == (date(2024, 5, 8), date(2024, 5, 10)), \
        [(e.trigger, e.destination, e.date_start, e.date_end) for e in evs]
