"""An undated step written before the first dated step of its article comes before that step, not after the
traveller's whole history (made-up events; no model)."""

from __future__ import annotations

from datetime import date

from test_itinerary_evidence import AMMAN, CAIRO, TUNIS, event, person, stops

MON, FRI = date(2022, 5, 16), date(2022, 5, 20)


def test_an_undated_first_leg_comes_before_the_dated_leg_written_after_it():
    """Article B: 'Maria Lopez arrived in Amman on Monday.' Article A: 'She will visit Cairo, then fly to Tunis on
    Friday': Amman, Cairo, Tunis (Cairo is not put after Tunis for want of a day)."""
    lopez = [person("Maria Lopez", "ES")]
    evs = [event("b1", "travel", lopez, art="B", dest=AMMAN, start=MON, subtype="arrive"),
           event("a1", "travel", lopez, art="A", dest=CAIRO, status="planned", subtype="visit", at=10),
           event("a2", "travel", lopez, art="A", dest=TUNIS, start=FRI, status="planned", at=60)]
    got = stops(evs, "Maria Lopez")
    assert [p for p, _, _ in got] == ["Amman", "Cairo", "Tunis"]
    assert got[1][1] is None and got[2][1] == FRI  # Cairo's day is still not known


def test_an_undated_leg_written_after_a_dated_one_still_follows_it():
    lopez = [person("Maria Lopez", "ES")]
    evs = [event("a1", "travel", lopez, dest=TUNIS, start=MON, status="planned", at=10),
           event("a2", "travel", lopez, dest=CAIRO, status="planned", subtype="visit", at=60)]
    assert [p for p, _, _ in stops(evs, "Maria Lopez")] == ["Tunis", "Cairo"]


def test_an_article_with_no_dated_step_keeps_its_steps_after_the_dated_history():
    lopez = [person("Maria Lopez", "ES")]
    evs = [event("b1", "travel", lopez, art="B", dest=AMMAN, start=MON, subtype="arrive"),
           event("a1", "travel", lopez, art="A", dest=CAIRO, status="planned", subtype="visit", at=10),
           event("a2", "travel", lopez, art="A", dest=TUNIS, status="planned", at=60)]
    assert [p for p, _, _ in stops(evs, "Maria Lopez")] == ["Amman", "Cairo", "Tunis"]
