"""Names listed with a division noun ('the states of A and B', 'the Northern and Eastern regions') are one place
each, each a leg of the trip; a lone modifier or a division noun with no name is no place (made-up text, real
parse)."""

from __future__ import annotations

from datetime import date

from made_up_text import run

MAY = date(2016, 5, 2)  # a Monday


def _trips(evs, who="Ana Weber"):
    return [(e.destination.name, e.date_start) for e in evs
            if e.event_type == "travel" and any(p.name == who for p in e.participants) and e.destination]


def test_the_places_of_a_division_noun_are_one_leg_each(nlp):
    evs = run(nlp, "Chancellor Ana Weber will then travel on to the states of Bavaria and Hesse on Thursday.", MAY)
    assert _trips(evs) == [("Bavaria", date(2016, 5, 5)), ("Hesse", date(2016, 5, 5))]


def test_names_listed_before_a_plural_division_noun_are_one_place_each(nlp):
    evs = run(nlp, "President Ana Weber will begin a five-day tour of the Southern, Central and Western regions.", MAY)
    assert [p for p, _ in _trips(evs)] == ["Southern Region", "Central Region", "Western Region"]


def test_a_division_noun_with_no_name_is_no_place(nlp):
    evs = run(nlp, "Chancellor Ana Weber declared a state of emergency and will travel to the region on Friday.", MAY)
    assert _trips(evs) == []


def test_a_lone_modifier_is_a_kind_not_a_list(nlp):
    evs = run(nlp, "Chancellor Ana Weber will visit the three Alpine states on Friday.", MAY)
    assert _trips(evs) == []
