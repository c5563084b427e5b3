"""An arrival and the trip noun its verb is 'on' or 'for' ("arrived here Wednesday on his fourth visit to Peru") are
one event: the landing begins the visit it names. The noun names a place of its own, which the verb lacks or gives at
another grain, and the merge used to keep the two apart, so the page emitted the trip twice (real pipeline, made-up
text)."""

from __future__ import annotations

from datetime import date

from made_up_text import with_timexes

TUE, WED = date(2022, 5, 10), date(2022, 5, 11)


def trips(nlp, text, timexes, day=WED):
    return with_timexes(nlp, text, timexes, day, "travel")


def test_an_unplaced_landing_and_the_visit_it_is_for_are_one_trip(nlp, tx):
    text = ("Businessman Anton Ruiz was given a warm reception at the airport when he arrived from Quito late on "
            "Tuesday for a 24-hour visit to Lima.")
    got = trips(nlp, text, [tx(text, "Tuesday", TUE)])
    assert len(got) == 1
    assert got[0].destination is not None and got[0].destination.name == "Lima"
    assert got[0].date_start == TUE


def test_a_landing_in_a_country_keeps_its_name_over_a_described_one(nlp, tx):
    text = "President Anton Ruiz arrived in Peru on Wednesday for an official visit to the Andean country."
    got = trips(nlp, text, [tx(text, "Wednesday", WED)])
    assert len(got) == 1
    assert got[0].destination is not None and got[0].destination.name == "Peru"


def test_a_landing_in_a_relative_clause_is_the_visit_it_begins(nlp, tx):
    text = "Lima has warmly welcomed Ruiz, who arrived on Wednesday for his first visit to the Peruvian capital."
    got = trips(nlp, text, [tx(text, "Wednesday", WED)])
    assert len(got) == 1


def test_a_departure_and_the_visit_it_ends_are_left_alone(nlp, tx):
    """Only an arrival begins the trip its noun names; a departure that wraps one up is another step."""
    text = "President Anton Ruiz left Lima on Wednesday, wrapping up a two-day state visit to Peru."
    got = trips(nlp, text, [tx(text, "Wednesday", WED)])
    assert {e.subtype for e in got} == {"depart", "visit"}
