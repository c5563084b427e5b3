"""One trip clause, several places: each becomes a leg in text order, dated by its own phrase (made-up text, real
parse). The parser's shapes these read: verbs of sequence coordinated with the trip's verb, prepositions coordinated
with the trigger's own, a day per place, a tour of a list of places, the verb that starts a tour, a trip noun that
follows another. And lists that are no destinations stay none."""

from __future__ import annotations

from datetime import date

from made_up_text import run

from dateline.extractors.events.itinerary import build_itineraries

MAY = date(2016, 5, 1)


def _trips(evs, who="Marie Dubois"):
    return [(e.destination.name, e.date_start) for e in evs
            if e.event_type == "travel" and any(p.name == who for p in e.participants) and e.destination]


def _stops(evs, who="Marie Dubois"):
    return [(s.place, s.arrive, s.depart) for s in build_itineraries(evs) if s.traveler == who]


def test_verbs_of_sequence_make_one_leg_each_with_its_own_day(nlp):
    text = ("French President Marie Dubois will start her visit in Lyon on May 3, move to Nice on May 4 and end in "
            "Paris on May 5.")
    evs = run(nlp, text, MAY)
    assert _trips(evs) == [("Lyon", date(2016, 5, 3)), ("Nice", date(2016, 5, 4)), ("Paris", date(2016, 5, 5))]
    assert _stops(evs) == [("Lyon", date(2016, 5, 3), date(2016, 5, 4)), ("Nice", date(2016, 5, 4), date(2016, 5, 5)),
                           ("Paris", date(2016, 5, 5), None)]


def test_a_place_per_day_dates_each_leg_by_its_own_day(nlp):
    evs = run(nlp, "French President Marie Dubois will fly to Nairobi on May 3, then to Accra on May 5.", MAY)
    assert _trips(evs) == [("Nairobi", date(2016, 5, 3)), ("Accra", date(2016, 5, 5))]


def test_a_coordinated_preposition_is_one_more_leg(nlp):
    evs = run(nlp, "French President Marie Dubois will travel to Rome and then to Vienna.", MAY)
    assert [p for p, _ in _trips(evs)] == ["Rome", "Vienna"]


def test_one_day_for_a_list_of_places_stays_the_trips(nlp):
    evs = run(nlp, "French President Marie Dubois will travel to Manila and Tokyo on May 6.", MAY)
    assert _trips(evs) == [("Manila", date(2016, 5, 6)), ("Tokyo", date(2016, 5, 6))]


def test_a_tour_of_a_list_of_places_goes_to_each_and_takes_no_traveller_from_the_list(nlp):
    evs = run(nlp, "French President Marie Dubois will leave on Monday for a tour of Kenya, Ghana and Senegal.", MAY)
    trips = [e for e in evs if e.event_type == "travel"]
    assert [e.destination.name for e in trips] == ["Kenya", "Ghana", "Senegal"]
    assert all([p.name for p in e.participants] == ["Marie Dubois"] for e in trips)


def test_the_verb_that_starts_a_tour_gives_its_first_place(nlp):
    evs = run(nlp, "French President Marie Dubois will begin her tour in Nairobi on May 3 before heading to Accra.",
              MAY)
    assert [p for p, _ in _trips(evs)] == ["Nairobi", "Accra"]


def test_a_trip_that_follows_another_is_the_same_travellers(nlp):
    text = ("French President Marie Dubois arrived in Kenya on Monday. The stop in Nairobi was followed by visits to "
            "Accra and Dakar.")
    assert [p for p, _ in _trips(run(nlp, text, MAY))] == ["Kenya", "Accra", "Dakar"]


def test_ending_something_else_somewhere_is_no_leg(nlp):
    text = ("French President Marie Dubois arrived in Lyon on May 3 to end the strike in Toulon and move the talks to "
            "Rome.")
    assert [p for p, _ in _trips(run(nlp, text, MAY))] == ["Lyon"]


def test_leaders_of_a_list_of_countries_are_no_legs(nlp):
    evs = run(nlp, "French President Marie Dubois met leaders of Kenya, Ghana and Senegal in Paris on May 3.", MAY)
    assert _trips(evs) == []


def test_a_trip_whose_relative_clause_includes_a_list_of_places_goes_to_each(nlp):
    evs = run(nlp, "French President Marie Dubois began a 12-day trip which included Kenya, Ghana and Senegal.", MAY)
    assert [p for p, _ in _trips(evs)] == ["Kenya", "Ghana", "Senegal"]


def test_a_trip_whose_relative_clause_includes_no_place_gets_no_leg_from_it(nlp):
    evs = run(nlp, "French President Marie Dubois began a visit which included a state dinner.", MAY)
    assert _trips(evs) == []


def test_a_begun_tour_whose_programme_is_told_in_the_present_has_its_listed_places_ahead(nlp):
    evs = run(nlp, "French President Marie Dubois has embarked on a tour, which includes Kenya, Ghana and Senegal.",
              MAY)
    trips = [e for e in evs if e.event_type == "travel"]
    assert [(e.destination.name, e.status) for e in trips] == [
        ("Kenya", "planned"), ("Ghana", "planned"), ("Senegal", "planned")]
