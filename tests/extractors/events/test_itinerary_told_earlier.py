"""A step told by stepping back ('Earlier, ...') comes, on the day the narrative gives it, before the steps already
told (made-up events; no model)."""

from __future__ import annotations

from dataclasses import replace

from test_itinerary_evidence import CAIRO, MON, TUNIS, WED, event, person, stops

from dateline.extractors.events.itinerary_narrative import told_earlier
from dateline.extractors.records import Place

LIMA = Place("Lima", "PE", -12.05, -77.04)


def test_openers_that_step_back():
    assert told_earlier("Earlier, she reached Cairo from Tunis.")
    assert told_earlier("Before that, the minister had stopped in Cairo.")
    assert told_earlier("Earlier in the day, he toured the port.")
    assert not told_earlier("She will travel to Cairo earlier than planned.")
    assert not told_earlier("Earliest arrivals reached Cairo by noon.")


def _trip(last_sentence: str):
    ruiz = [person("Ana Ruiz", "ES")]
    return [replace(event("t1", "travel", ruiz, dest=TUNIS, start=MON, subtype="arrive"),
                    sentence="She arrived in Tunis on Monday."),
            replace(event("t2", "travel", ruiz, dest=LIMA, start=WED, at=40, subtype="arrive"),
                    sentence="She landed in Lima on Wednesday."),
            replace(event("t3", "travel", ruiz, origin=TUNIS, dest=CAIRO, at=90, subtype="arrive"),
                    sentence=last_sentence)]


def test_an_undated_step_told_as_earlier_comes_before_the_step_told_before_it():
    """'Earlier, she reached Cairo from Tunis', written after her landing in Lima on Wednesday: Cairo is dated by
    the narrative (no later than Wednesday) but comes before Lima, not after it."""
    got = stops(_trip("Earlier, she reached Cairo from Tunis."), "Ana Ruiz")
    assert [p for p, _, _ in got] == ["Tunis", "Cairo", "Lima"]
    assert got[-1] == ("Lima", WED, None)


def test_an_undated_step_told_as_next_still_follows():
    """'She then reached Cairo from Tunis': the narrative goes on, and Cairo follows Lima as before."""
    got = stops(_trip("She then reached Cairo from Tunis."), "Ana Ruiz")
    assert [p for p, _, _ in got] == ["Tunis", "Lima", "Cairo"]
