"""An arrival still ahead, told by the part of the world it lands in, is kept beside the trip's legs
(``keep._landing_ahead``; real pipeline, made-up text)."""

from __future__ import annotations

from made_up_text import run


def _trips(nlp, text):
    return {(e.destination.name if e.destination else None, e.status) for e in run(nlp, text)
            if e.event_type == "travel"}


def test_an_arrival_ahead_in_a_region_stands_beside_a_leg_ahead(nlp):
    text = ("Foreign Minister Ana Ruiz arrives in South America on Friday. "
            "Ruiz will fly to Cusco after her talks, an aide said.")
    got = _trips(nlp, text)
    assert ("South America", "planned") in got
    assert ("Cusco", "planned") in got


def test_an_arrival_told_done_in_a_region_is_one_of_its_legs(nlp):
    text = ("Foreign Minister Ana Ruiz arrived in South America on Tuesday. "
            "Ruiz landed in Cusco on Tuesday evening, an aide said.")
    got = _trips(nlp, text)
    assert not any(place == "South America" for place, _ in got)
    assert any(place == "Cusco" for place, _ in got)
