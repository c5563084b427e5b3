"""A departure's destination said by its own clause outside the verb's phrases ('bound for', 'heading on to', 'and
heads to', 'en route to'); on made-up text."""

from __future__ import annotations

import pytest
from made_up_text import run


def _departures(nlp, text: str) -> list:
    return [e for e in run(nlp, text) if e.event_type == "travel" and e.subtype == "depart"]


@pytest.mark.parametrize("text, place", [
    ("President Ana Ruiz is due to leave Peru on Sunday, bound for Beijing.", "Beijing"),
    ("Prime Minister Bo Lind left Lima on Monday, heading on to Quito.", "Quito"),
    ("President Ana Ruiz has left Peru and heads to Japan.", "Japan"),
    ("Foreign Minister Hans Weber left Madrid on Monday en route to Lisbon.", "Lisbon"),
])
def test_a_departure_goes_where_its_clause_heads(nlp, text, place):
    (dep,) = _departures(nlp, text)
    assert dep.destination is not None and dep.destination.name.endswith(place)


@pytest.mark.parametrize("text", [
    "President Ana Ruiz left Lima on Monday, heading to Quito and Bogota.",  # a tour: its first leg is not told
    "President Ana Ruiz left Lima on Monday, and Hans Weber flew to Quito.",  # someone else's step
])
def test_no_destination_when_the_clause_does_not_give_one_place_of_the_traveller(nlp, text):
    deps = _departures(nlp, text)
    assert deps and all(d.destination is None or not d.destination.name.endswith("Quito") for d in deps)


def test_a_departure_with_its_own_destination_keeps_it(nlp):
    (dep,) = _departures(nlp, "President Ana Ruiz left Lima for Quito on Monday, heading to Bogota later.")
    assert dep.destination is not None and dep.destination.name.endswith("Quito")
