"""How a schedule's undated steps and the departures from other places shape every itinerary (made-up events; no
model): a step undated before anything its article dates sorts into the schedule, not after all of it; a stop is
left by the day its traveller is next known leaving another place."""

from __future__ import annotations

from datetime import date

from test_itinerary_evidence import AMMAN, CAIRO, MON, TUNIS, WED, event, person, stops

from dateline.extractors.records import Place

LIMA, QUITO = Place("Lima", "PE", -12.05, -77.04), Place("Quito", "EC", -0.22, -78.51)
FRI = date(2022, 5, 20)


def test_steps_undated_before_the_first_dated_one_keep_their_place_in_the_schedule():
    """'She will visit Lima and Quito, then reach Cairo on Friday' (after a report of her in Tunis on Monday):
    Lima and Quito come before Cairo, not after the whole trip; nobody claims the days she reached them."""
    ruiz = [person("Ana Ruiz", "ES")]
    evs = [event("t0", "travel", ruiz, art="B", dest=TUNIS, start=MON, subtype="arrive"),
           event("t1", "travel", ruiz, dest=LIMA, at=10, status="planned"),
           event("t2", "travel", ruiz, dest=QUITO, at=40, status="planned"),
           event("t3", "travel", ruiz, dest=CAIRO, start=FRI, at=90, status="planned")]
    assert [p for p, _, _ in stops(evs, "Ana Ruiz")] == ["Tunis", "Lima", "Quito", "Cairo"]
    assert stops(evs, "Ana Ruiz")[1:] == [("Lima", None, None), ("Quito", None, FRI), ("Cairo", FRI, None)]


def test_a_stop_is_left_by_the_day_the_traveller_leaves_another_place():
    """Arrived in Tunis on Monday; a later report has him leave Cairo for Amman on Wednesday: Tunis was left by
    Wednesday (he was in Cairo by then), as it would be by the day he reached Cairo."""
    vale = [person("Tom Vale", "GB")]
    evs = [event("t1", "travel", vale, dest=TUNIS, start=MON, subtype="arrive"),
           event("t2", "travel", vale, art="B", origin=CAIRO, dest=AMMAN, start=WED, subtype="depart")]
    assert stops(evs, "Tom Vale") == [("Tunis", MON, WED), ("Cairo", None, WED), ("Amman", WED, None)]


def test_an_undated_next_step_still_dates_no_departure():
    """Arrived in Tunis on Monday, 'will then travel to Cairo' (no day): the narrative puts Cairo after Tunis, but
    says nothing of when Tunis was left."""
    vale = [person("Tom Vale", "GB")]
    evs = [event("t1", "travel", vale, dest=TUNIS, start=MON, subtype="arrive"),
           event("t2", "travel", vale, dest=CAIRO, at=60, status="planned")]
    assert stops(evs, "Tom Vale") == [("Tunis", MON, None), ("Cairo", None, None)]
