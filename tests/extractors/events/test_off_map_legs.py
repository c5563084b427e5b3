"""A tour's later legs that the list reader did not reach (made-up text, real parse):
- a town the gazetteer lacks, named with its area noun ("will travel to Lyon, Dijon and Kesmara district"), is read by
  ``described_place`` only as a weak place, so a list whose first item is on the map dropped it;
- the parser hangs "and B" on a description set beside the first item ("Lyon, the regional capital, and B"), so B
  was no item of the list at all."""

from __future__ import annotations

from datetime import date

from made_up_text import run

DAY = date(2016, 3, 10)  # a Thursday


def _legs(evs, who="Ana Ruiz"):
    return [e.destination.name for e in evs
            if e.event_type == "travel" and any(p.name == who for p in e.participants) and e.destination]


def test_an_off_map_district_after_a_city_is_a_leg_of_its_own(nlp):
    evs = run(nlp, "President Ana Ruiz will travel to Lyon, Dijon and Kesmara district on Monday.", DAY)
    assert _legs(evs) == ["Lyon", "Dijon", "Kesmara district"]


def test_a_list_item_hung_on_a_description_of_the_first_is_a_leg(nlp):
    evs = run(nlp, "President Ana Ruiz will travel to Lyon \u2013 the regional capital \u2013 and Kesmara district on "
                   "Monday.", DAY)
    assert _legs(evs) == ["Lyon", "Kesmara district"]


def test_a_description_of_places_is_no_leg(nlp):
    # 'the northern districts' names no town: no leg, only the city
    evs = run(nlp, "President Ana Ruiz will travel to Lyon and the northern districts on Monday.", DAY)
    assert _legs(evs) == ["Lyon"]


def test_a_thing_beside_the_description_is_no_leg(nlp):
    evs = run(nlp, "President Ana Ruiz will travel to Lyon, the regional capital, and its northern districts on "
                   "Monday.", DAY)
    assert _legs(evs) == ["Lyon"]

