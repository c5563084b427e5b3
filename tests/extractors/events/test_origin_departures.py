"""A departure told only by where it leaves from, beside the trip it begins or the visit it ends, is a step of that
trip, not a trip of its own (thirty-sixth pass, issue-46depart). Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import trips as trips_in

DAY = date(2024, 5, 10)  # a Friday


def departures(evs: list) -> list:
    return [e for e in evs if e.subtype == "depart" and e.destination is None]


def test_leaving_home_the_day_of_the_landing_is_the_landing(nlp):
    evs = trips_in(nlp, "Chancellor Hanna Veltri arrived in Portugal on Friday for talks. Veltri told reporters "
                        "she expected progress before departing Lindora Airport on Friday morning.", DAY)
    assert any(e.destination is not None and e.destination.country_code == "PT" for e in evs)
    assert departures(evs) == []


def test_leaving_the_visited_country_is_the_visit_ending(nlp):
    evs = trips_in(nlp, "Chancellor Hanna Veltri returned to Lindora on Friday. Veltri left Portugal on Friday "
                        "at the end of a three-day visit.", DAY)
    assert departures(evs) == []


def test_a_departure_with_no_other_trip_stays(nlp):
    evs = trips_in(nlp, "Chancellor Hanna Veltri left Lindora on Friday, her office said.", DAY)
    assert len(departures(evs)) == 1


def test_a_departure_on_another_day_stays(nlp):
    evs = trips_in(nlp, "Chancellor Hanna Veltri arrived in Portugal on Friday. Veltri left Portugal on "
                        "Wednesday after her first visit there.", date(2024, 5, 20))
    assert len(departures(evs)) == 1
