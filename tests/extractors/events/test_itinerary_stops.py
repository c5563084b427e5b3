"""Stops cut and ordered by mechanism, not by page (made-up events; no model): a day that reaches several places,
two trips to one place far apart in time."""

from __future__ import annotations

from datetime import date

from test_itinerary_evidence import CAIRO, TUNIS, event, person, stops

from dateline.extractors.records import Place

LIMA, QUITO = Place("Lima", "PE", -12.05, -77.04), Place("Quito", "EC", -0.22, -78.51)
WED, FRI = date(2022, 5, 18), date(2022, 5, 20)


def test_a_day_that_reaches_two_places_keeps_each_places_talks_after_its_own_arrival():
    """'She landed in Lima early on Wednesday and held talks there, then flew on to Quito the same day for talks':
    Lima (left that day), then Quito, not Lima, Quito, Lima, Quito."""
    ruiz = [person("Ana Ruiz", "ES")]
    evs = [event("t1", "travel", ruiz, dest=LIMA, start=WED, subtype="arrive", at=10),
           event("m1", "meeting", [*ruiz, person("Luis Soto", "PE")], loc=LIMA, start=WED, at=40),
           event("t2", "travel", ruiz, dest=QUITO, start=WED, at=90),
           event("m2", "meeting", [*ruiz, person("Rosa Vera", "EC")], loc=QUITO, start=WED, at=120)]
    assert stops(evs, "Ana Ruiz") == [("Lima", WED, WED), ("Quito", WED, None)]


def test_talks_elsewhere_on_a_day_with_two_arrivals_still_came_first():
    """Talks in Cairo, then flights to Lima and on to Quito that day: Cairo is left first."""
    ruiz = [person("Ana Ruiz", "ES")]
    evs = [event("m0", "meeting", [*ruiz, person("Omar Haddad", "EG")], loc=CAIRO, start=WED, at=200),
           event("t1", "travel", ruiz, dest=LIMA, start=WED, subtype="arrive", at=10),
           event("t2", "travel", ruiz, dest=QUITO, start=WED, at=90)]
    assert [p for p, _, _ in stops(evs, "Ana Ruiz")] == ["Cairo", "Lima", "Quito"]


def test_two_trips_to_one_place_a_year_apart_are_two_stops():
    """A summit in Cairo one spring and a state visit there the next year are not one stay of a year: the second
    visit is a stop of its own, dated by its own days."""
    weber = [person("Hans Weber", "DE")]
    evs = [event("m1", "meeting", [*weber, person("Omar Haddad", "EG")], loc=CAIRO, start=date(2021, 4, 12)),
           event("t2", "travel", weber, art="B", dest=CAIRO, start=date(2022, 1, 18), subtype="arrive"),
           event("m2", "meeting", [*weber, person("Omar Haddad", "EG")], art="B", loc=CAIRO,
                 start=date(2022, 1, 19), at=50)]
    assert stops(evs, "Hans Weber") == [("Cairo", date(2021, 4, 12), date(2021, 4, 12)),
                                         ("Cairo", date(2022, 1, 18), None)]


def test_a_stop_is_not_left_on_the_day_of_an_arrival_months_later():
    """Arrived in Tunis one October; the next arrival reported is in Cairo two years on. When Tunis was left is not
    known (the way back went unreported), so it is not the Cairo day."""
    weber = [person("Hans Weber", "DE")]
    evs = [event("t1", "travel", weber, dest=TUNIS, start=date(1997, 10, 28), subtype="arrive"),
           event("t2", "travel", weber, art="B", dest=CAIRO, start=date(1999, 10, 22), subtype="arrive")]
    assert stops(evs, "Hans Weber") == [("Tunis", date(1997, 10, 28), None), ("Cairo", date(1999, 10, 22), None)]


def test_a_stop_is_still_left_on_the_day_the_next_place_is_reached_within_weeks():
    weber = [person("Hans Weber", "DE")]
    evs = [event("t1", "travel", weber, dest=TUNIS, start=WED, subtype="arrive"),
           event("t2", "travel", weber, art="B", dest=CAIRO, start=FRI, subtype="arrive")]
    assert stops(evs, "Hans Weber") == [("Tunis", WED, FRI), ("Cairo", FRI, None)]


ROME = Place("Rome", "IT", 41.89, 12.48)
MAY = date(2022, 5, 2)


def test_a_return_home_means_the_journey_began_there():
    """'She leaves for Lima on Wednesday ... talks in Quito on Friday, before returning to Rome': Rome is the
    first stop, left when the journey's first day comes, and the last (when Lima was left is not said)."""
    ruiz = [person("Ana Ruiz", "IT")]
    evs = [event("t1", "travel", ruiz, dest=LIMA, start=WED, subtype="arrive", at=10),
           event("m1", "meeting", [*ruiz, person("Rosa Vera", "EC")], loc=QUITO, start=FRI, at=60),
           event("t2", "travel", ruiz, dest=ROME, start=FRI, subtype="return", at=90, status="planned")]
    assert stops(evs, "Ana Ruiz") == [("Rome", None, WED), ("Lima", WED, None), ("Quito", FRI, FRI),
                                       ("Rome", FRI, None)]


def test_an_earlier_trip_the_article_recalls_is_not_where_the_return_journey_began():
    """'Ruiz, who visited Cairo in early May, arrives in Lima on Wednesday and returns to Rome on Friday': the
    journey that ends in Rome began after Cairo, not before it."""
    ruiz = [person("Ana Ruiz", "IT")]
    evs = [event("t0", "travel", ruiz, dest=CAIRO, start=MAY, subtype="visit", at=5),
           event("t1", "travel", ruiz, dest=LIMA, start=date(2022, 7, 6), subtype="arrive", at=30),
           event("t2", "travel", ruiz, dest=ROME, start=date(2022, 7, 8), subtype="return", at=90)]
    assert [p for p, _, _ in stops(evs, "Ana Ruiz")] == ["Cairo", "Rome", "Lima", "Rome"]


def test_a_return_that_says_where_it_comes_from_adds_no_departure():
    ruiz = [person("Ana Ruiz", "IT")]
    evs = [event("t1", "travel", ruiz, dest=LIMA, start=WED, subtype="arrive", at=10),
           event("t2", "travel", ruiz, origin=LIMA, dest=ROME, start=FRI, subtype="return", at=90)]
    assert stops(evs, "Ana Ruiz") == [("Lima", WED, FRI), ("Rome", FRI, None)]


def test_a_visit_to_a_country_ends_at_its_last_city():
    """'arrived in Lyon on Monday on a five-day visit to France ... in Paris from Wednesday': France was left on
    the visit's last day, from Paris; Lyon was left when Paris was reached."""
    lyon, paris = Place("Lyon", "FR", 45.76, 4.84), Place("Paris", "FR", 48.86, 2.35)
    mon, wed, fri = date(2022, 5, 16), WED, FRI
    weber = [person("Hans Weber", "DE")]
    evs = [event("t1", "travel", weber, dest=lyon, start=mon, end=fri, subtype="visit"),
           event("t2", "travel", weber, dest=paris, start=wed, subtype="arrive", at=80)]
    assert stops(evs, "Hans Weber") == [("Lyon", mon, wed), ("Paris", wed, fri)]


def test_the_end_of_a_visit_to_a_country_already_left_widens_nothing():
    """A three-day visit to Egypt from Monday, but Amman reached on Wednesday: Cairo was left on Wednesday and
    Amman is not left on the Egypt visit's last day."""
    mon = date(2022, 5, 16)
    weber = [person("Hans Weber", "DE")]
    evs = [event("t1", "travel", weber, dest=CAIRO, start=mon, end=FRI, subtype="visit"),
           event("t2", "travel", weber, dest=Place("Amman", "JO", 31.95, 35.93), start=WED, subtype="arrive",
                 at=80)]
    assert stops(evs, "Hans Weber") == [("Cairo", mon, WED), ("Amman", WED, None)]
