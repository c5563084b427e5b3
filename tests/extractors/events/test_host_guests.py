"""A visit told from the host's side: the subject of 'host', 'welcome', 'receive' or 'invite' stays at home and
its object travels ('A will host B for a state visit', 'A invited the Chilean leader to visit Peru'). Made-up text."""

from __future__ import annotations

import pytest
from made_up_text import names, run


def _trips(nlp, text: str) -> list:
    return [e for e in run(nlp, text) if e.event_type == "travel"]


@pytest.mark.parametrize("verb", ["would welcome", "will receive", "will host"])
def test_the_guest_of_a_host_verb_makes_the_visit(nlp, verb):
    text = f"President Tomas Varga {verb} Prime Minister Elin Dorsk for a state visit to Lima on May 19."
    (trip,) = _trips(nlp, text)
    assert names(trip) == {"Elin Dorsk"}


def test_a_host_couple_does_not_travel(nlp):
    text = ("President Tomas Varga and First Lady Mira Varga will host Prime Minister Elin Dorsk of Chile "
            "for an official state visit to Peru on June 22.")
    (trip,) = _trips(nlp, text)
    assert names(trip) == {"Elin Dorsk"}


def test_an_unnamed_invited_guest_does_not_make_the_host_travel(nlp):
    text = "President Tomas Varga invited the Chilean leader to visit Peru for talks."
    assert all("Tomas Varga" not in names(e) for e in _trips(nlp, text))


def test_a_named_invited_guest_still_travels(nlp):
    (trip,) = _trips(nlp, "Foreign Minister Ana Ruiz invited Foreign Minister Lars Berg to visit Peru.")
    assert names(trip) == {"Lars Berg"}
